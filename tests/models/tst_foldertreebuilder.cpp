// The folder tree's pure parts: special-use roles (attributes and the
// well-known-name fallback), names split and decoded level by level, and
// the tree built from real LIST/LSUB/STATUS/NAMESPACE transcripts, including
// what Dovecot never sends (odd delimiters, NIL, hostile names).

#include "imap/protocol/responsereader.h"
#include "models/foldertreebuilder.h"
#include "models/mailboxpath.h"
#include "models/specialuse.h"

#include <QTest>

using namespace Quail::Models;
using namespace Quail::Imap;

namespace {

// Parses server lines (LIST, LSUB, XLIST, STATUS, NAMESPACE) into a listing.
FolderListing listingFrom(const QByteArray &transcript, bool withLsub = false)
{
    FolderListing listing;
    if (withLsub)
        listing.subscriptions = QList<ListData>();
    ResponseReader reader;
    reader.feed(transcript);
    while (auto result = reader.next()) {
        const auto *response = std::get_if<Response>(&*result);
        if (!response) {
            qWarning("unparsable test line: %s", qPrintable(std::get<ParseError>(*result).message));
            continue;
        }
        if (const auto *list = response->get<ListData>()) {
            if (list->command == ListData::Command::Lsub)
                listing.subscriptions->append(*list);
            else
                listing.mailboxes.append(*list);
        } else if (const auto *status = response->get<StatusData>()) {
            listing.statuses.append(*status);
        } else if (const auto *ns = response->get<NamespaceData>()) {
            listing.namespaces = *ns;
        }
    }
    return listing;
}

const Folder *find(const QList<Folder> &folders, const QByteArray &wire)
{
    for (const Folder &folder : folders) {
        if (folder.name.wire() == wire)
            return &folder;
    }
    return nullptr;
}

QByteArrayList wires(const QList<Folder> &folders)
{
    QByteArrayList names;
    for (const Folder &folder : folders)
        names.append(folder.name.wire());
    return names;
}

} // namespace

Q_DECLARE_METATYPE(Quail::Models::SpecialUse)

class TestFolderTreeBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rolesFromAttributes_data();
    void rolesFromAttributes();
    void wellKnownNames_data();
    void wellKnownNames();
    void splitKeepsBase64Runs();
    void unsafeCharactersAreReplaced();
    void dovecotStyleTree();
    void missingParentsAreImplied();
    void nonExistentWithoutChildrenIsDropped();
    void personalPrefixIsNotALevel();
    void otherNamespacesHaveRoots();
    void lsubGivesSubscriptions();
    void fallbackOnlyForUnmarkedRoles();
    void gmailXlist();
    void flatNamespace();
    void hostileNames();
    void duplicatesAreMerged();
    void utf8Names();
    void childNames();
};

void TestFolderTreeBuilder::rolesFromAttributes_data()
{
    QTest::addColumn<QByteArrayList>("attributes");
    QTest::addColumn<SpecialUse>("use");
    QTest::newRow("none") << QByteArrayList{"\\HasNoChildren"} << SpecialUse::None;
    QTest::newRow("sent") << QByteArrayList{"\\HasNoChildren", "\\Sent"} << SpecialUse::Sent;
    QTest::newRow("lower case") << QByteArrayList{"\\trash"} << SpecialUse::Trash;
    QTest::newRow("drafts") << QByteArrayList{"\\Drafts"} << SpecialUse::Drafts;
    QTest::newRow("junk") << QByteArrayList{"\\Junk"} << SpecialUse::Junk;
    QTest::newRow("archive") << QByteArrayList{"\\Archive"} << SpecialUse::Archive;
    QTest::newRow("all") << QByteArrayList{"\\All"} << SpecialUse::All;
    QTest::newRow("flagged") << QByteArrayList{"\\Flagged"} << SpecialUse::Flagged;
    QTest::newRow("xlist allmail") << QByteArrayList{"\\AllMail"} << SpecialUse::All;
    QTest::newRow("xlist spam") << QByteArrayList{"\\Spam"} << SpecialUse::Junk;
    QTest::newRow("xlist starred") << QByteArrayList{"\\Starred"} << SpecialUse::Flagged;
    QTest::newRow("xlist inbox") << QByteArrayList{"\\Inbox"} << SpecialUse::Inbox;
}

void TestFolderTreeBuilder::rolesFromAttributes()
{
    QFETCH(QByteArrayList, attributes);
    QFETCH(SpecialUse, use);
    QCOMPARE(SpecialUses::fromAttributes(attributes), use);
    if (use != SpecialUse::None && use != SpecialUse::Inbox)
        QCOMPARE(SpecialUses::fromAttributes({SpecialUses::attribute(use)}), use);
}

void TestFolderTreeBuilder::wellKnownNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<SpecialUse>("use");
    const auto row = [](const char16_t *name, SpecialUse use) {
        QTest::newRow(QString::fromUtf16(name).toUtf8().constData()) << QString::fromUtf16(name) << use;
    };
    row(u"Sent", SpecialUse::Sent);
    row(u"sent items", SpecialUse::Sent);
    row(u"Sent Messages", SpecialUse::Sent);
    row(u"Sent Mail", SpecialUse::Sent);
    row(u"Gesendet", SpecialUse::Sent);
    row(u"Envoyés", SpecialUse::Sent);
    row(u"ENVOYÉS", SpecialUse::Sent);
    row(u"Enviados", SpecialUse::Sent);
    row(u"Trash", SpecialUse::Trash);
    row(u"Deleted Items", SpecialUse::Trash);
    row(u"Papierkorb", SpecialUse::Trash);
    row(u"Junk", SpecialUse::Junk);
    row(u"Spam", SpecialUse::Junk);
    row(u"Drafts", SpecialUse::Drafts);
    row(u"Entwürfe", SpecialUse::Drafts);
    // Decomposed ü (NFD) is the same name to people.
    row(u"Entwu\u0308rfe", SpecialUse::Drafts);
    row(u"Archive", SpecialUse::Archive);
    row(u"Archiv", SpecialUse::Archive);
    row(u"All Mail", SpecialUse::All);
    row(u"Starred", SpecialUse::Flagged);
    row(u"inbox", SpecialUse::Inbox);
    row(u"Work", SpecialUse::None);
    row(u"Sent2", SpecialUse::None);
    row(u"", SpecialUse::None);
}

void TestFolderTreeBuilder::wellKnownNames()
{
    QFETCH(QString, name);
    QFETCH(SpecialUse, use);
    QCOMPARE(SpecialUses::fromWellKnownName(name), use);
}

void TestFolderTreeBuilder::splitKeepsBase64Runs()
{
    using MailboxPath::split;
    QCOMPARE(split("Work/Projects/Quail", '/'), (QByteArrayList{"Work", "Projects", "Quail"}));
    QCOMPARE(split("Work", std::nullopt), (QByteArrayList{"Work"}));
    // "&ZeVnLIqe-" is 日本語; with ',' or '+' as the delimiter, the ones
    // inside a base64 run are not splits.
    QCOMPARE(split("a,&ZeVnLIqe-,b", ','), (QByteArrayList{"a", "&ZeVnLIqe-", "b"}));
    QCOMPARE(split("x+&U,BTFw-+y", '+'), (QByteArrayList{"x", "&U,BTFw-", "y"}));
    // UTF-8 names have no runs.
    QCOMPARE(split("a&b/c", '/', MailboxName::Encoding::Utf8), (QByteArrayList{"a&b", "c"}));
}

void TestFolderTreeBuilder::unsafeCharactersAreReplaced()
{
    using MailboxPath::safeForDisplay;
    QCOMPARE(safeForDisplay(QStringLiteral("Invoices")), QStringLiteral("Invoices"));
    // RIGHT-TO-LEFT OVERRIDE would show "Invoices\u202Efdp.exe" as "Invoicesexe.pdf".
    QCOMPARE(safeForDisplay(QString::fromUtf16(u"a\u202Eb")), QString::fromUtf16(u"a\uFFFDb"));
    QCOMPARE(safeForDisplay(QString::fromUtf16(u"a\u2066b\u200Fc")), QString::fromUtf16(u"a\uFFFDb\uFFFDc"));
    QCOMPARE(safeForDisplay(QString::fromUtf16(u"a\tb\u0085")), QString::fromUtf16(u"a\uFFFDb\uFFFD"));
    bool decoded = true;
    QCOMPARE(MailboxPath::decodeLevel("&ZeVnLIqe-", MailboxName::Encoding::ModifiedUtf7, &decoded),
             QString::fromUtf16(u"日本語"));
    QVERIFY(decoded);
    QCOMPARE(MailboxPath::decodeLevel("bad&-x&AGE-", MailboxName::Encoding::ModifiedUtf7, &decoded),
             QStringLiteral("bad&-x&AGE-"));
    QVERIFY(!decoded);
}

void TestFolderTreeBuilder::dovecotStyleTree()
{
    const FolderListing listing =
        listingFrom("* NAMESPACE ((\"\" \"/\")) ((\"shared/\" \"/\")) ((\"Public/\" \"/\"))\r\n"
                    "* LIST (\\HasChildren \\Subscribed) \"/\" Work\r\n"
                    "* LIST (\\HasNoChildren \\Subscribed) \"/\" Work/Projects\r\n"
                    "* LIST (\\HasNoChildren \\Subscribed \\Sent) \"/\" Sent\r\n"
                    "* LIST (\\HasNoChildren \\Subscribed) \"/\" INBOX\r\n"
                    "* LIST (\\HasNoChildren \\Subscribed) \"/\" &ANw-berweisungen\r\n"
                    "* STATUS INBOX (MESSAGES 300 UNSEEN 12)\r\n"
                    "* STATUS Work (MESSAGES 30 UNSEEN 0)\r\n");
    const QList<Folder> folders = buildFolderTree(QStringLiteral("acct"), listing);
    QCOMPARE(wires(folders), (QByteArrayList{"&ANw-berweisungen", "INBOX", "Sent", "Work", "Work/Projects"}));
    const Folder *inbox = find(folders, "INBOX");
    QCOMPARE(inbox->specialUse, SpecialUse::Inbox);
    QCOMPARE(inbox->total, 300u);
    QCOMPARE(inbox->unseen, 12u);
    QCOMPARE(inbox->accountId, QStringLiteral("acct"));
    QCOMPARE(find(folders, "Sent")->specialUse, SpecialUse::Sent);
    const Folder *projects = find(folders, "Work/Projects");
    QCOMPARE(projects->parent, QByteArray("Work"));
    QCOMPARE(projects->displayName, QStringLiteral("Projects"));
    QCOMPARE(projects->path, QStringLiteral("Work/Projects"));
    QCOMPARE(projects->delimiter, '/');
    QVERIFY(projects->subscribed);
    QVERIFY(projects->selectable);
    QCOMPARE(projects->total, std::nullopt);
    const Folder *bank = find(folders, "&ANw-berweisungen");
    QCOMPARE(bank->displayName, QString::fromUtf16(u"Überweisungen"));
    QVERIFY(bank->decodable);
}

void TestFolderTreeBuilder::missingParentsAreImplied()
{
    const FolderListing listing = listingFrom("* LIST (\\HasNoChildren) \"/\" Receipts/2025/Q1\r\n"
                                              "* LIST (\\Noselect \\HasChildren) \"/\" Old\r\n"
                                              "* LIST () \"/\" Old/Mail\r\n");
    const QList<Folder> folders = buildFolderTree({}, listing);
    QCOMPARE(wires(folders), (QByteArrayList{"Old", "Receipts", "Old/Mail", "Receipts/2025", "Receipts/2025/Q1"}));
    const Folder *receipts = find(folders, "Receipts");
    QVERIFY(!receipts->selectable);
    QVERIFY(!receipts->exists);
    QCOMPARE(receipts->parent, QByteArray());
    QCOMPARE(find(folders, "Receipts/2025")->parent, QByteArray("Receipts"));
    const Folder *old = find(folders, "Old");
    QVERIFY(!old->selectable);
    QVERIFY(old->exists);
}

void TestFolderTreeBuilder::nonExistentWithoutChildrenIsDropped()
{
    const FolderListing listing = listingFrom("* LIST (\\NonExistent \\HasChildren) \"/\" Gone\r\n"
                                              "* LIST (\\Subscribed) \"/\" Gone/Child\r\n"
                                              "* LIST (\\NonExistent \\Subscribed) \"/\" Lost\r\n");
    const QList<Folder> folders = buildFolderTree({}, listing);
    QCOMPARE(wires(folders), (QByteArrayList{"Gone", "Gone/Child"}));
    QVERIFY(!find(folders, "Gone")->selectable);
    QVERIFY(!find(folders, "Gone")->exists);
}

void TestFolderTreeBuilder::personalPrefixIsNotALevel()
{
    // Courier and Cyrus: personal folders live under "INBOX.".
    const FolderListing listing = listingFrom("* NAMESPACE ((\"INBOX.\" \".\")) NIL ((\"#public.\" \".\"))\r\n"
                                              "* LIST (\\HasChildren) \".\" INBOX\r\n"
                                              "* LIST (\\HasNoChildren) \".\" INBOX.Sent\r\n"
                                              "* LIST (\\HasChildren) \".\" INBOX.Work\r\n"
                                              "* LIST (\\HasNoChildren) \".\" INBOX.Work.2024\r\n"
                                              "* LIST (\\Noselect \\HasChildren) \".\" #public\r\n"
                                              "* LIST (\\HasNoChildren) \".\" #public.News\r\n");
    const QList<Folder> folders = buildFolderTree({}, listing);
    const Folder *sent = find(folders, "INBOX.Sent");
    QCOMPARE(sent->parent, QByteArray());
    QCOMPARE(sent->path, QStringLiteral("Sent"));
    QCOMPARE(sent->specialUse, SpecialUse::Sent); // by name: no SPECIAL-USE here
    QCOMPARE(find(folders, "INBOX.Work.2024")->parent, QByteArray("INBOX.Work"));
    QCOMPARE(find(folders, "INBOX.Work.2024")->path, QStringLiteral("Work.2024"));
    QCOMPARE(find(folders, "INBOX")->parent, QByteArray());
    const Folder *publicRoot = find(folders, "#public");
    QVERIFY(publicRoot->namespaceRoot);
    QCOMPARE(publicRoot->namespaceKind, NamespaceKind::Shared);
    QCOMPARE(find(folders, "#public.News")->namespaceKind, NamespaceKind::Shared);
    QCOMPARE(find(folders, "#public.News")->parent, QByteArray("#public"));

    QString error;
    QCOMPARE(childName(nullptr, QStringLiteral("Lists"), listing, &error).wire(), QByteArray("INBOX.Lists"));
    QCOMPARE(childName(sent, QStringLiteral("2024"), listing, &error).wire(), QByteArray("INBOX.Sent.2024"));
    QVERIFY(childName(nullptr, QStringLiteral("a.b"), listing, &error).isEmpty());
    QVERIFY2(error.contains(QLatin1Char('.')), qPrintable(error));
}

void TestFolderTreeBuilder::otherNamespacesHaveRoots()
{
    const FolderListing listing =
        listingFrom("* NAMESPACE ((\"\" \"/\")) ((\"shared/\" \"/\")) ((\"Public/\" \"/\"))\r\n"
                    "* LIST (\\HasNoChildren) \"/\" INBOX\r\n"
                    "* LIST (\\HasNoChildren) \"/\" \"shared/quail2/Shared Projects\"\r\n"
                    "* LIST (\\Noselect \\HasChildren) \"/\" Public\r\n"
                    "* LIST (\\HasNoChildren) \"/\" Public/Announcements\r\n"
                    "* LIST (\\HasNoChildren) \"/\" Public/Sent\r\n");
    const QList<Folder> folders = buildFolderTree({}, listing);
    const Folder *shared = find(folders, "shared");
    QVERIFY(shared);
    QVERIFY(shared->namespaceRoot);
    QCOMPARE(shared->namespaceKind, NamespaceKind::OtherUsers);
    QVERIFY(!shared->selectable);
    const Folder *user = find(folders, "shared/quail2");
    QVERIFY(user);
    QVERIFY(!user->namespaceRoot);
    QCOMPARE(user->displayName, QStringLiteral("quail2"));
    const Folder *projects = find(folders, "shared/quail2/Shared Projects");
    QCOMPARE(projects->path, QStringLiteral("shared/quail2/Shared Projects"));
    QCOMPARE(projects->namespaceKind, NamespaceKind::OtherUsers);
    QVERIFY(find(folders, "Public")->namespaceRoot);
    QCOMPARE(find(folders, "Public/Announcements")->namespaceKind, NamespaceKind::Shared);
    // Someone else's "Sent" is not ours.
    QCOMPARE(find(folders, "Public/Sent")->specialUse, SpecialUse::None);
}

void TestFolderTreeBuilder::lsubGivesSubscriptions()
{
    const FolderListing listing = listingFrom("* LIST () \"/\" INBOX\r\n"
                                              "* LIST () \"/\" Lists\r\n"
                                              "* LIST () \"/\" Lists/dovecot\r\n"
                                              "* LSUB () \"/\" INBOX\r\n"
                                              "* LSUB () \"/\" Lists\r\n"
                                              "* LSUB () \"/\" Deleted/Long/Ago\r\n",
                                              true);
    const QList<Folder> folders = buildFolderTree({}, listing);
    QCOMPARE(wires(folders), (QByteArrayList{"INBOX", "Lists", "Lists/dovecot"}));
    QVERIFY(find(folders, "INBOX")->subscribed);
    QVERIFY(find(folders, "Lists")->subscribed);
    QVERIFY(!find(folders, "Lists/dovecot")->subscribed);
}

void TestFolderTreeBuilder::fallbackOnlyForUnmarkedRoles()
{
    // The server marks its Trash; "Papierkorb" is then just a folder, while
    // "Spam" becomes the Junk folder because nothing is marked \Junk, and
    // only the first of two Sent candidates (by name) gets the role.
    const FolderListing listing = listingFrom("* LIST (\\Trash) \"/\" Deleted\r\n"
                                              "* LIST () \"/\" Papierkorb\r\n"
                                              "* LIST () \"/\" Spam\r\n"
                                              "* LIST () \"/\" \"Sent Items\"\r\n"
                                              "* LIST () \"/\" Gesendet\r\n"
                                              "* LIST (\\Noselect) \"/\" Drafts\r\n"
                                              "* LIST () \"/\" Work/Sent\r\n");
    const QList<Folder> folders = buildFolderTree({}, listing);
    QCOMPARE(find(folders, "Deleted")->specialUse, SpecialUse::Trash);
    QCOMPARE(find(folders, "Papierkorb")->specialUse, SpecialUse::None);
    QCOMPARE(find(folders, "Spam")->specialUse, SpecialUse::Junk);
    QCOMPARE(find(folders, "Gesendet")->specialUse, SpecialUse::Sent);
    QCOMPARE(find(folders, "Sent Items")->specialUse, SpecialUse::None);
    QCOMPARE(find(folders, "Drafts")->specialUse, SpecialUse::None); // \Noselect
    QCOMPARE(find(folders, "Work/Sent")->specialUse, SpecialUse::None); // not top level
}

void TestFolderTreeBuilder::gmailXlist()
{
    const FolderListing listing = listingFrom("* XLIST (\\HasNoChildren \\Inbox) \"/\" Inbox\r\n"
                                              "* XLIST (\\Noselect \\HasChildren) \"/\" [Gmail]\r\n"
                                              "* XLIST (\\HasNoChildren \\AllMail) \"/\" \"[Gmail]/All Mail\"\r\n"
                                              "* XLIST (\\HasNoChildren \\Spam) \"/\" [Gmail]/Spam\r\n"
                                              "* XLIST (\\HasNoChildren \\Starred) \"/\" [Gmail]/Starred\r\n"
                                              "* XLIST (\\HasNoChildren) \"/\" \"[Gmail]/Sent Mail\"\r\n"
                                              "* XLIST (\\HasNoChildren) \"/\" [Gmail]/Papierkorb\r\n");
    const QList<Folder> folders = buildFolderTree({}, listing);
    QCOMPARE(find(folders, "INBOX")->specialUse, SpecialUse::Inbox);
    QVERIFY(!find(folders, "[Gmail]")->selectable);
    QCOMPARE(find(folders, "[Gmail]/All Mail")->specialUse, SpecialUse::All);
    QCOMPARE(find(folders, "[Gmail]/Spam")->specialUse, SpecialUse::Junk);
    QCOMPARE(find(folders, "[Gmail]/Starred")->specialUse, SpecialUse::Flagged);
    // Not marked by this (older) XLIST: Gmail's children fall back by name.
    QCOMPARE(find(folders, "[Gmail]/Sent Mail")->specialUse, SpecialUse::Sent);
    QCOMPARE(find(folders, "[Gmail]/Papierkorb")->specialUse, SpecialUse::Trash);
}

void TestFolderTreeBuilder::flatNamespace()
{
    const FolderListing listing = listingFrom("* LIST (\\Noinferiors) NIL INBOX\r\n"
                                              "* LIST () NIL a/b.c\r\n");
    const QList<Folder> folders = buildFolderTree({}, listing);
    const Folder *flat = find(folders, "a/b.c");
    QCOMPARE(flat->parent, QByteArray());
    QCOMPARE(flat->displayName, QStringLiteral("a/b.c"));
    QCOMPARE(flat->delimiter, std::nullopt);
    QVERIFY(!flat->mayHaveChildren);
    QVERIFY(!find(folders, "INBOX")->mayHaveChildren);
    QString error;
    QVERIFY(childName(flat, QStringLiteral("x"), listing, &error).isEmpty());
    QVERIFY(!error.isEmpty());
}

void TestFolderTreeBuilder::hostileNames()
{
    // Not modified UTF-7 ("&" unterminated, a base64 run hiding ASCII), a
    // literal with a control character, a bidi override, and ".." levels.
    const FolderListing listing = listingFrom("* LIST () \"/\" \"Bad&name\"\r\n"
                                              "* LIST () \"/\" \"Spoof&AGUAeABl-\"\r\n"
                                              "* LIST () \"/\" {4}\r\na\tb\x01\r\n"
                                              "* LIST () \"/\" \"Invoice&IC4-fdp.exe\"\r\n"
                                              "* LIST () \"/\" \"../../etc\"\r\n");
    const QList<Folder> folders = buildFolderTree({}, listing);
    const Folder *bad = find(folders, "Bad&name");
    QVERIFY(bad);
    QVERIFY(!bad->decodable);
    QCOMPARE(bad->displayName, QStringLiteral("Bad&name"));
    const Folder *spoof = find(folders, "Spoof&AGUAeABl-");
    QVERIFY(!spoof->decodable);
    QCOMPARE(spoof->displayName, QStringLiteral("Spoof&AGUAeABl-"));
    const Folder *control = find(folders, QByteArray("a\tb\x01"));
    QVERIFY(control);
    // Control characters are not modified UTF-7: shown as escaped bytes.
    QVERIFY(!control->decodable);
    QCOMPARE(control->displayName, QStringLiteral("a\\x09b\\x01"));
    const Folder *bidi = find(folders, "Invoice&IC4-fdp.exe");
    QVERIFY(bidi->decodable);
    QCOMPARE(bidi->displayName, QString::fromUtf16(u"Invoice\uFFFDfdp.exe"));
    // ".." is just a name here; no path on disk is ever made from it.
    QVERIFY(find(folders, "../../etc"));
    QCOMPARE(find(folders, "..")->parent, QByteArray());
    QVERIFY(!find(folders, "..")->exists);
}

void TestFolderTreeBuilder::duplicatesAreMerged()
{
    FolderListing listing = listingFrom("* LIST (\\HasChildren) \"/\" shared\r\n"
                                        "* LIST (\\Noselect) \"/\" shared\r\n"
                                        "* LIST () \"/\" shared/x\r\n");
    const QList<Folder> folders = buildFolderTree({}, listing);
    QCOMPARE(wires(folders), (QByteArrayList{"shared", "shared/x"}));
    QVERIFY(!find(folders, "shared")->selectable);
}

void TestFolderTreeBuilder::utf8Names()
{
    FolderListing listing = listingFrom("* LIST () \"/\" \"Gr\xc3\xbc\xc3\x9f\x65/&Stuff\"\r\n");
    listing.encoding = MailboxName::Encoding::Utf8;
    const QList<Folder> folders = buildFolderTree({}, listing);
    const Folder *stuff = find(folders,
                               "Gr\xc3\xbc\xc3\x9f"
                               "e/&Stuff");
    QVERIFY(stuff);
    QCOMPARE(stuff->path, QString::fromUtf16(u"Grüße/&Stuff"));
    QString error;
    QCOMPARE(childName(stuff, QString::fromUtf16(u"Ü"), listing, &error).wire(),
             QByteArray("Gr\xc3\xbc\xc3\x9f"
                        "e/&Stuff/\xc3\x9c"));
}

void TestFolderTreeBuilder::childNames()
{
    const FolderListing listing = listingFrom("* LIST () \"/\" INBOX\r\n* LIST () \"/\" Work\r\n");
    const QList<Folder> folders = buildFolderTree({}, listing);
    QString error;
    QCOMPARE(childName(nullptr, QString::fromUtf16(u"日本語"), listing, &error).wire(), QByteArray("&ZeVnLIqe-"));
    QCOMPARE(childName(find(folders, "Work"), QStringLiteral("A&B"), listing, &error).wire(), QByteArray("Work/A&-B"));
    QVERIFY(childName(nullptr, QStringLiteral("  "), listing, &error).isEmpty());
    QVERIFY(!error.isEmpty());
    QVERIFY(childName(nullptr, QStringLiteral("a/b"), listing, &error).isEmpty());
}

QTEST_GUILESS_MAIN(TestFolderTreeBuilder)
#include "tst_foldertreebuilder.moc"
