// The folder tree model against scripted servers, for what Dovecot will not
// do: no LIST-EXTENDED (LIST, LSUB, then one STATUS per folder), a personal
// namespace under "INBOX." with "." as delimiter, Gmail's XLIST, a flat
// (NIL) namespace, undecodable and spoofing names, unsolicited STATUS, and
// refusals with NOPERM, HASCHILDREN, CANNOT or only text. The scripts are
// the exact commands the model must send, in order.

#include "imap/engine/engine.h"
#include "imap/protocol/commands.h"
#include "models/foldertreemodel.h"
#include "scriptedserver.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Quail::Imap;
using namespace Quail::Models;
using Quail::Test::ScriptedServer;

namespace {

constexpr int Timeout = 10000;
const QString Account = QStringLiteral("scripted");

QString login(const char *capabilities)
{
    return QStringLiteral("S: * OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] ready\n"
                          "C: <tag> LOGIN alice S3NT1NEL\n"
                          "S: <tag> OK [CAPABILITY IMAP4rev1 %1] logged in\n")
        .arg(QLatin1StringView(capabilities));
}

} // namespace

class TestFolderTreeModelScripted : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void withoutListExtended();
    void gmailXlist();
    void flatNamespaceAndHostileNames();

private:
    void start(const QString &script);
    QString refusal(const std::function<void()> &call);
    QModelIndex byPath(const QString &path) const { return m_model->folderIndexByPath(Account, path); }
    QStringList topLevel() const;

    std::unique_ptr<ScriptedServer> m_server;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<FolderTreeModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestFolderTreeModelScripted::init()
{
    m_server = std::make_unique<ScriptedServer>();
    m_model = std::make_unique<FolderTreeModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setRefreshInterval(std::chrono::milliseconds(0));
    connect(m_model.get(), &QAbstractItemModel::modelAboutToBeReset, this, [] { QFAIL("the model was reset"); });
}

void TestFolderTreeModelScripted::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_engine.reset(); // closes the connection: every script ends with EXPECT_CLOSE
    if (m_server) {
        QVERIFY2(m_server->waitForFinished(Timeout), qPrintable(m_server->report()));
        QVERIFY2(m_server->failures().isEmpty(), qPrintable(m_server->report()));
    }
    m_server.reset();
}

void TestFolderTreeModelScripted::start(const QString &script)
{
    QVERIFY(m_server->addScript(script));
    QVERIFY(m_server->listen());
    m_engine = std::make_unique<Engine>();
    ConnectionSettings settings;
    settings.host = QStringLiteral("127.0.0.1");
    settings.port = m_server->port();
    settings.security = ConnectionSettings::Security::None; // the scripted server speaks plaintext
    QSignalSpy refreshed(m_model.get(), &FolderTreeModel::accountRefreshed);
    m_model->addAccount(Account, QStringLiteral("Scripted"), m_engine.get());
    m_engine->open(settings,
                   Credentials{QStringLiteral("alice"), QStringLiteral("S3NT1NEL"), false, AuthMethod::Login, {}});
    QVERIFY2(refreshed.wait(Timeout), qPrintable(m_server->report()));
}

QString TestFolderTreeModelScripted::refusal(const std::function<void()> &call)
{
    QSignalSpy failed(m_model.get(), &FolderTreeModel::operationFailed);
    QSignalSpy finished(m_model.get(), &FolderTreeModel::operationFinished);
    call();
    if (!QTest::qWaitFor([&] { return !failed.isEmpty() || !finished.isEmpty(); }, Timeout))
        return QStringLiteral("timed out: ") + m_server->report();
    if (failed.isEmpty())
        return QStringLiteral("it succeeded");
    qInfo("refused: %s", qPrintable(failed.constFirst().at(3).toString()));
    return failed.constFirst().at(3).toString();
}

QStringList TestFolderTreeModelScripted::topLevel() const
{
    QStringList names;
    const QModelIndex account = m_model->accountIndex(Account);
    for (int row = 0; row < m_model->rowCount(account); ++row)
        names.append(m_model->index(row, 0, account).data().toString());
    return names;
}

void TestFolderTreeModelScripted::withoutListExtended()
{
    start(login("NAMESPACE")
          + QStringLiteral("C: <tag> NAMESPACE\n"
                           "S: * NAMESPACE ((\"INBOX.\" \".\")) NIL NIL\n"
                           "S: <tag> OK done\n"
                           "C: <tag> LIST \"\" \"*\"\n"
                           "S: * LIST (\\HasChildren) \".\" INBOX\n"
                           "S: * LIST (\\HasNoChildren) \".\" INBOX.Sent\n"
                           "S: * LIST (\\HasNoChildren) \".\" INBOX.Papierkorb\n"
                           "S: * LIST (\\Noselect \\HasChildren) \".\" INBOX.Old\n"
                           "S: * LIST (\\HasNoChildren) \".\" INBOX.Old.2019\n"
                           "S: * LIST (\\HasNoChildren) \".\" INBOX.Work\n"
                           "S: <tag> OK done\n"
                           "C: <tag> LSUB \"\" \"*\"\n"
                           "S: * LSUB () \".\" INBOX\n"
                           "S: * LSUB () \".\" INBOX.Sent\n"
                           "S: * LSUB () \".\" INBOX.Gone\n"
                           "S: <tag> OK done\n"
                           // One STATUS per selectable folder, parents first, by name.
                           "C: <tag> STATUS INBOX (MESSAGES UNSEEN)\n"
                           "S: * STATUS INBOX (MESSAGES 10 UNSEEN 2)\n"
                           "S: <tag> OK done\n"
                           "C: <tag> STATUS INBOX.Papierkorb (MESSAGES UNSEEN)\n"
                           "S: * STATUS INBOX.Papierkorb (MESSAGES 5 UNSEEN 0)\n"
                           "S: <tag> OK done\n"
                           "C: <tag> STATUS INBOX.Sent (MESSAGES UNSEEN)\n"
                           "S: * STATUS INBOX.Sent (MESSAGES 7 UNSEEN 0)\n"
                           "S: <tag> OK done\n"
                           "C: <tag> STATUS INBOX.Work (MESSAGES UNSEEN)\n"
                           "S: <tag> NO [NONEXISTENT] deleted meanwhile\n"
                           "C: <tag> STATUS INBOX.Old.2019 (MESSAGES UNSEEN)\n"
                           "S: * STATUS INBOX.Old.2019 (MESSAGES 1 UNSEEN 1)\n"
                           "S: <tag> OK done\n"
                           // An unsolicited STATUS updates the counts.
                           "C: <tag> NOOP\n"
                           "S: * STATUS INBOX (MESSAGES 11 UNSEEN 3)\n"
                           "S: <tag> OK done\n"
                           // Refusals.
                           "C: <tag> CREATE INBOX.New\n"
                           "S: <tag> NO [NOPERM] Not allowed\n"
                           "C: <tag> DELETE INBOX.Old\n"
                           "S: <tag> NO [HASCHILDREN] Has children\n"
                           "C: <tag> RENAME INBOX.Work INBOX.Job\n"
                           "S: <tag> NO Renaming is switched off today\n"
                           "EXPECT_CLOSE\n"));
    if (QTest::currentTestFailed())
        return;

    // The personal prefix is not a level; roles by well-known names.
    QCOMPARE(topLevel(),
             (QStringList{QStringLiteral("INBOX"), QStringLiteral("Sent"), QStringLiteral("Papierkorb"),
                          QStringLiteral("Old"), QStringLiteral("Work")}));
    QCOMPARE(byPath(QStringLiteral("Sent")).data(FolderTreeModel::SpecialUseRole).toInt(), int(SpecialUse::Sent));
    QCOMPARE(byPath(QStringLiteral("Papierkorb")).data(FolderTreeModel::SpecialUseRole).toInt(),
             int(SpecialUse::Trash));
    QCOMPARE(byPath(QStringLiteral("Sent")).data(FolderTreeModel::WireNameRole).toByteArray(),
             QByteArray("INBOX.Sent"));
    QCOMPARE(byPath(QStringLiteral("Old.2019")).parent(), byPath(QStringLiteral("Old")));
    QVERIFY(!byPath(QStringLiteral("Old")).data(FolderTreeModel::SelectableRole).toBool());
    QCOMPARE(byPath(QStringLiteral("Old.2019")).data(FolderTreeModel::DelimiterRole).toString(), QStringLiteral("."));
    // LSUB: subscriptions, and a subscribed but deleted folder is not shown.
    QVERIFY(byPath(QStringLiteral("Sent")).data(FolderTreeModel::SubscribedRole).toBool());
    QVERIFY(!byPath(QStringLiteral("Papierkorb")).data(FolderTreeModel::SubscribedRole).toBool());
    QVERIFY(!byPath(QStringLiteral("Gone")).isValid());
    // Counts by STATUS; none for a folder the server would not count.
    QCOMPARE(byPath(QStringLiteral("Sent")).data(FolderTreeModel::TotalRole).toInt(), 7);
    QCOMPARE(byPath(QStringLiteral("Old.2019")).data(FolderTreeModel::UnseenRole).toInt(), 1);
    QVERIFY(!byPath(QStringLiteral("Work")).data(FolderTreeModel::TotalRole).isValid());
    QCOMPARE(byPath(QStringLiteral("INBOX")).data(FolderTreeModel::UnseenRole).toInt(), 2);

    std::unique_ptr<CommandReply> noop(m_engine->execute(Commands::noop()));
    QTRY_COMPARE_WITH_TIMEOUT(byPath(QStringLiteral("INBOX")).data(FolderTreeModel::UnseenRole).toInt(), 3, Timeout);
    QCOMPARE(byPath(QStringLiteral("INBOX")).data(FolderTreeModel::TotalRole).toInt(), 11);

    const QModelIndex account = m_model->accountIndex(Account);
    QString message = refusal([&] { m_model->createFolder(account, QStringLiteral("New")); });
    QVERIFY2(message.contains(QStringLiteral("permission")) && message.contains(QStringLiteral("“New”")),
             qPrintable(message));
    message = refusal([&] { m_model->deleteFolder(byPath(QStringLiteral("Old"))); });
    QVERIFY2(message.contains(QStringLiteral("subfolders")), qPrintable(message));
    message = refusal([&] { m_model->renameFolder(byPath(QStringLiteral("Work")), QStringLiteral("Job")); });
    QVERIFY2(message.contains(QStringLiteral("“Renaming is switched off today”")), qPrintable(message));
    QVERIFY(byPath(QStringLiteral("Work")).isValid());
    // The delimiter of this server is refused in names, before sending.
    message = refusal([&] { m_model->createFolder(account, QStringLiteral("a.b")); });
    QVERIFY2(message.contains(QStringLiteral("“.”")), qPrintable(message));
}

void TestFolderTreeModelScripted::gmailXlist()
{
    start(login("XLIST")
          + QStringLiteral("C: <tag> XLIST \"\" \"*\"\n"
                           "S: * XLIST (\\HasNoChildren \\Inbox) \"/\" \"Inbox\"\n"
                           "S: * XLIST (\\Noselect \\HasChildren) \"/\" \"[Gmail]\"\n"
                           "S: * XLIST (\\HasNoChildren \\AllMail) \"/\" \"[Gmail]/All Mail\"\n"
                           "S: * XLIST (\\HasNoChildren) \"/\" \"[Gmail]/Sent Mail\"\n"
                           "S: * XLIST (\\HasNoChildren \\Spam) \"/\" \"[Gmail]/Spam\"\n"
                           "S: * XLIST (\\HasNoChildren \\Starred) \"/\" \"[Gmail]/Starred\"\n"
                           "S: <tag> OK done\n"
                           "C: <tag> LSUB \"\" \"*\"\n"
                           "S: <tag> NO LSUB is not supported\n"
                           "C: <tag> STATUS INBOX (MESSAGES UNSEEN)\n"
                           "S: * STATUS INBOX (MESSAGES 3 UNSEEN 1)\n"
                           "S: <tag> OK done\n"
                           "C: <tag> STATUS *All Mail* (MESSAGES UNSEEN)\n"
                           "S: <tag> OK done\n"
                           "C: <tag> STATUS *Sent Mail* (MESSAGES UNSEEN)\n"
                           "S: <tag> OK done\n"
                           "C: <tag> STATUS *Spam* (MESSAGES UNSEEN)\n"
                           "S: <tag> OK done\n"
                           "C: <tag> STATUS *Starred* (MESSAGES UNSEEN)\n"
                           "S: <tag> OK done\n"
                           "EXPECT_CLOSE\n"));
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(topLevel(), (QStringList{QStringLiteral("INBOX"), QStringLiteral("[Gmail]")}));
    const QModelIndex gmail = byPath(QStringLiteral("[Gmail]"));
    QStringList children;
    for (int row = 0; row < m_model->rowCount(gmail); ++row)
        children.append(m_model->index(row, 0, gmail).data().toString());
    QCOMPARE(children,
             (QStringList{QStringLiteral("Sent Mail"), QStringLiteral("All Mail"), QStringLiteral("Starred"),
                          QStringLiteral("Spam")}));
    QCOMPARE(m_model->specialFolder(Account, SpecialUse::All), byPath(QStringLiteral("[Gmail]/All Mail")));
    QCOMPARE(m_model->specialFolder(Account, SpecialUse::Sent), byPath(QStringLiteral("[Gmail]/Sent Mail")));
    QCOMPARE(m_model->specialFolder(Account, SpecialUse::Junk), byPath(QStringLiteral("[Gmail]/Spam")));
    QCOMPARE(m_model->specialFolder(Account, SpecialUse::Flagged), byPath(QStringLiteral("[Gmail]/Starred")));
    QCOMPARE(byPath(QStringLiteral("INBOX")).data(FolderTreeModel::TotalRole).toInt(), 3);
}

void TestFolderTreeModelScripted::flatNamespaceAndHostileNames()
{
    // LIST-EXTENDED and SPECIAL-USE but no LIST-STATUS: one LIST with
    // RETURN options, then STATUS.
    start(login("LIST-EXTENDED SPECIAL-USE")
          + QStringLiteral("C: <tag> LIST \"\" \"*\" RETURN (SUBSCRIBED CHILDREN SPECIAL-USE)\n"
                           "S: * LIST (\\HasNoChildren \\Subscribed) NIL INBOX\n"
                           "S: * LIST (\\HasNoChildren \\Subscribed \\Drafts) NIL \"Entw&APw-rfe\"\n"
                           "S: * LIST (\\HasNoChildren) NIL \"Invoice&IC4-fdp.exe\"\n"
                           "S: * LIST (\\HasNoChildren) NIL \"Spoof&AGUAeABl-\"\n"
                           "S: * LIST (\\HasNoChildren) NIL \"a/b\"\n"
                           "S: <tag> OK done\n"
                           "C: <tag> STATUS *Entw&APw-rfe* (MESSAGES UNSEEN)\n"
                           "S: <tag> OK done\n"
                           "C: <tag> STATUS *INBOX* (MESSAGES UNSEEN)\n"
                           "S: <tag> OK done\n"
                           "C: <tag> STATUS *Invoice&IC4-fdp.exe* (MESSAGES UNSEEN)\n"
                           "S: <tag> OK done\n"
                           "C: <tag> STATUS *Spoof&AGUAeABl-* (MESSAGES UNSEEN)\n"
                           "S: <tag> OK done\n"
                           "C: <tag> STATUS *a/b* (MESSAGES UNSEEN)\n"
                           "S: <tag> OK done\n"
                           "C: <tag> RENAME *a/b* c\n"
                           "S: <tag> NO [CANNOT] Not on this server\n"
                           "EXPECT_CLOSE\n"));
    if (QTest::currentTestFailed())
        return;
    const QModelIndex drafts = byPath(QString::fromUtf16(u"Entwürfe"));
    QVERIFY(drafts.isValid());
    QCOMPARE(drafts.data(FolderTreeModel::SpecialUseRole).toInt(), int(SpecialUse::Drafts));
    QCOMPARE(drafts.data(FolderTreeModel::DelimiterRole).toString(), QString());
    const QModelIndex flat = byPath(QStringLiteral("a/b"));
    QVERIFY(flat.isValid());
    QCOMPARE(flat.parent(), m_model->accountIndex(Account));
    // The bidi override cannot reorder what people see.
    QVERIFY(byPath(QString::fromUtf16(u"Invoice\uFFFDfdp.exe")).isValid());
    // Not canonical modified UTF-7 (ASCII hidden in base64): shown as sent,
    // never as the "Spoofexe" it decodes to, and still usable on the wire.
    const QModelIndex spoof = byPath(QStringLiteral("Spoof&AGUAeABl-"));
    QVERIFY(spoof.isValid());
    QVERIFY(!spoof.data(FolderTreeModel::DecodableRole).toBool());
    QCOMPARE(spoof.data(FolderTreeModel::WireNameRole).toByteArray(), QByteArray("Spoof&AGUAeABl-"));

    QString message = refusal([&] { m_model->createFolder(flat, QStringLiteral("x")); });
    QVERIFY2(message.contains(QStringLiteral("cannot have subfolders")), qPrintable(message));
    message = refusal([&] { m_model->renameFolder(flat, QStringLiteral("c")); });
    QVERIFY2(message.contains(QStringLiteral("Not on this server")), qPrintable(message));
}

QTEST_MAIN(TestFolderTreeModelScripted)
#include "tst_foldertreemodel_scripted.moc"
