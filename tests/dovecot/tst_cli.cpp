// quail-imap as users run it: the real binary, started with QProcess against
// the Dovecot fixture. Every change a verb makes is checked through a second,
// independent run (a new session), and content against quail-mailgen's
// manifest.

#include "imap/protocol/internaldate.h"
#include "testserver.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using Quail::Test::TestServer;

namespace {

constexpr int Timeout = 60000;

// One finished run of quail-imap.
struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QList<QJsonObject> objects; // with --json: one per line

    // The object of the n-th verb (idle's per-response lines skipped).
    QJsonObject verb(int n) const
    {
        int seen = 0;
        for (const QJsonObject &object : objects) {
            if (object.contains(QStringLiteral("status")) && seen++ == n)
                return object;
        }
        return {};
    }
    QJsonArray responses(int n) const { return verb(n).value(QStringLiteral("responses")).toArray(); }
    QString status(int n) const { return verb(n).value(QStringLiteral("status")).toString(); }
    QString describe() const
    {
        return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
            .arg(exitCode)
            .arg(QString::fromUtf8(out.left(4000)), QString::fromUtf8(err.left(4000)));
    }
};

QList<QJsonObject> ofType(const QJsonArray &responses, const QString &type)
{
    QList<QJsonObject> found;
    for (const QJsonValue &value : responses) {
        if (value.toObject().value(QStringLiteral("type")).toString() == type)
            found.append(value.toObject());
    }
    return found;
}

// Literal data: text when valid UTF-8, else {"base64": …}.
QByteArray bytesOf(const QJsonValue &value)
{
    if (value.isObject())
        return QByteArray::fromBase64(value.toObject().value(QStringLiteral("base64")).toString().toLatin1());
    return value.toString().toUtf8();
}

QList<QJsonObject> parseLines(const QByteArray &out)
{
    QList<QJsonObject> objects;
    for (const QByteArray &line : out.split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        if (document.isObject())
            objects.append(document.object());
        else
            objects.append(QJsonObject{{QStringLiteral("unparsable"), QString::fromUtf8(line)}});
    }
    return objects;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void capabilityNoopAndJson();
    void examineMatchesTheManifest();
    void fetchDecodesEnvelopesAndBodyStructure();
    void searchAndSort();
    void storeIsSeenByAnotherSession();
    void createRenameDeleteSubscribe();
    void appendWithFlagsAndDate();
    void multiAppendIsSeenByAnotherSession();
    void copyMoveAndExpunge();
    void idleReportsAnAppendFromAnotherConnection();
    void partialFetch();
    void metadataQuotaAclNamespaceId();
    void aclIsSeenByTheOtherUser();
    void setQuotaIsRefusedByDovecot();
    void otherVerbs();
    void noStopsTheRunUnlessKeepGoing();
    void streamPreauth();
    void startTlsAndLoginVerb();
    void startTlsAndCompressVerbs();
    void debugTraceRedactsThePassword();
    void wrongPasswordAndUntrustedCertificate();
    void textOutputIsReadable();

private:
    Run run(const QStringList &arguments, const QByteArray &input = {}) const;
    Run runVerbs(const QStringList &verbs, const QStringList &extra = {}) const;
    QStringList connection() const;
    QJsonObject manifestFolder(const QString &name) const;
    QString uniqueName(const QString &stem) const;

    TestServer m_server;
    QString m_binary;
    QTemporaryDir m_dir;
    QString m_passwordFile;
    QString m_password2File;
};

void TestCli::initTestCase()
{
    QString error;
    const auto server = TestServer::fromEnvironment(&error);
    QVERIFY2(server, qPrintable(error));
    m_server = *server;
    m_binary = qEnvironmentVariable("QUAIL_IMAP");
    QVERIFY2(QFile::exists(m_binary), "QUAIL_IMAP must name the quail-imap binary");
    QVERIFY(m_dir.isValid());
    m_passwordFile = m_dir.filePath(QStringLiteral("password"));
    QFile file(m_passwordFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    // With the trailing newline an editor or `echo` adds: it is stripped.
    file.write(m_server.password.toUtf8() + '\n');
    file.close();
    m_password2File = m_dir.filePath(QStringLiteral("password2"));
    QFile second(m_password2File);
    QVERIFY(second.open(QIODevice::WriteOnly));
    second.write(m_server.password2.toUtf8());
}

QStringList TestCli::connection() const
{
    return {QStringLiteral("--host"),          m_server.host,
            QStringLiteral("--port"),          QString::number(m_server.imapsPort),
            QStringLiteral("--ca-file"),       m_server.caFile,
            QStringLiteral("--user"),          m_server.user,
            QStringLiteral("--password-file"), m_passwordFile,
            QStringLiteral("--timeout"),       QStringLiteral("20")};
}

Run TestCli::run(const QStringList &arguments, const QByteArray &input) const
{
    QProcess process;
    process.start(m_binary, arguments);
    Run result;
    if (!process.waitForStarted(Timeout))
        return result;
    if (!input.isNull())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(Timeout)) {
        process.kill();
        process.waitForFinished();
        result.err = "quail-imap did not finish within 60 s";
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    result.objects = parseLines(result.out);
    return result;
}

Run TestCli::runVerbs(const QStringList &verbs, const QStringList &extra) const
{
    QStringList arguments = connection() + extra + QStringList{QStringLiteral("--json")};
    for (const QString &verb : verbs)
        arguments << QStringLiteral("-e") << verb;
    return run(arguments);
}

QJsonObject TestCli::manifestFolder(const QString &name) const
{
    return m_server.manifestFolder(name);
}

// Other tests share the fixture: each test works in folders of its own.
QString TestCli::uniqueName(const QString &stem) const
{
    return QStringLiteral("%1 %2").arg(stem).arg(QCoreApplication::applicationPid());
}

void TestCli::capabilityNoopAndJson()
{
    const Run r = runVerbs({QStringLiteral("capability"), QStringLiteral("noop")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(r.status(0), QStringLiteral("OK"));
    QCOMPARE(r.verb(0).value(QStringLiteral("verb")).toString(), QStringLiteral("capability"));
    const auto capabilities = ofType(r.responses(0), QStringLiteral("CAPABILITY"));
    QCOMPARE(capabilities.size(), 1);
    QVERIFY(capabilities.first().value(QStringLiteral("capabilities")).toArray().contains(QStringLiteral("IMAP4REV1")));
    QCOMPARE(r.status(1), QStringLiteral("OK"));
    // JSON Lines: exactly one object per verb, nothing else on stdout.
    QCOMPARE(r.objects.size(), 2);
}

void TestCli::examineMatchesTheManifest()
{
    const Run r = runVerbs(
        {QStringLiteral("examine INBOX"), QStringLiteral("examine Überweisungen"), QStringLiteral("select 日本語")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const auto exists = [&](int verb) {
        return ofType(r.responses(verb), QStringLiteral("EXISTS")).value(0).value(QStringLiteral("count")).toInt();
    };
    QCOMPARE(exists(0), manifestFolder(QStringLiteral("INBOX")).value(QStringLiteral("total")).toInt());
    QCOMPARE(exists(1), manifestFolder(QStringLiteral("Überweisungen")).value(QStringLiteral("total")).toInt());
    QCOMPARE(exists(2), manifestFolder(QStringLiteral("日本語")).value(QStringLiteral("total")).toInt());
    QCOMPARE(r.verb(1).value(QStringLiteral("code")).toString(), QStringLiteral("READ-ONLY"));
    QCOMPARE(r.verb(2).value(QStringLiteral("code")).toString(), QStringLiteral("READ-WRITE"));
    // Non-ASCII is written as is, never \u-escaped.
    QVERIFY(r.out.contains("Überweisungen"));
    QVERIFY(!r.out.contains("\\u00dc"));
}

void TestCli::fetchDecodesEnvelopesAndBodyStructure()
{
    const QJsonArray messages = manifestFolder(QStringLiteral("INBOX")).value(QStringLiteral("messages")).toArray();
    const Run r = runVerbs({QStringLiteral("examine INBOX"),
                            QStringLiteral("uid fetch 1:40 (UID FLAGS ENVELOPE RFC822.SIZE BODYSTRUCTURE)")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const auto fetches = ofType(r.responses(1), QStringLiteral("FETCH"));
    QCOMPARE(fetches.size(), 40);
    bool sawNonAsciiName = false;
    bool sawFileName = false;
    for (const QJsonObject &fetch : fetches) {
        const QJsonObject items = fetch.value(QStringLiteral("items")).toObject();
        const int uid = items.value(QStringLiteral("UID")).toInt();
        const QJsonObject expected = messages.at(uid - 1).toObject();
        const QJsonObject envelope = items.value(QStringLiteral("ENVELOPE")).toObject();
        QCOMPARE(envelope.value(QStringLiteral("subject")).toString(),
                 expected.value(QStringLiteral("subject")).toString());
        QCOMPARE(envelope.value(QStringLiteral("message-id")).toString(),
                 expected.value(QStringLiteral("messageId")).toString());
        const QJsonObject from = envelope.value(QStringLiteral("from")).toArray().first().toObject();
        const QJsonObject expectedFrom = expected.value(QStringLiteral("from")).toObject();
        QCOMPARE(from.value(QStringLiteral("address")).toString(),
                 expectedFrom.value(QStringLiteral("address")).toString());
        QCOMPARE(from.value(QStringLiteral("name")).toString(), expectedFrom.value(QStringLiteral("name")).toString());
        const QString name = from.value(QStringLiteral("name")).toString();
        sawNonAsciiName |= std::any_of(name.cbegin(), name.cend(), [](QChar c) { return c.unicode() > 0x7f; });
        QCOMPARE(items.value(QStringLiteral("RFC822.SIZE")).toInteger(),
                 expected.value(QStringLiteral("rfc822Size")).toInteger());
        const QJsonArray flags = items.value(QStringLiteral("FLAGS")).toArray();
        QCOMPARE(flags.contains(QStringLiteral("\\Seen")),
                 expected.value(QStringLiteral("flags")).toArray().contains(QStringLiteral("\\Seen")));
        const QByteArray structure =
            QJsonDocument(items.value(QStringLiteral("BODYSTRUCTURE")).toObject()).toJson(QJsonDocument::Compact);
        sawFileName |= structure.contains("\"filename\":");
        if (expected.value(QStringLiteral("hasAttachment")).toBool())
            QVERIFY2(structure.contains("\"filename\":"), structure.constData());
    }
    QVERIFY(sawNonAsciiName);
    QVERIFY(sawFileName);
}

void TestCli::searchAndSort()
{
    const QJsonObject inbox = manifestFolder(QStringLiteral("INBOX"));
    const QJsonArray messages = inbox.value(QStringLiteral("messages")).toArray();
    int withUmlautSender = 0;
    for (const QJsonValue &message : messages) {
        if (message.toObject()
                .value(QStringLiteral("from"))
                .toObject()
                .value(QStringLiteral("name"))
                .toString()
                .contains(QStringLiteral("Jürgen")))
            ++withUmlautSender;
    }
    QVERIFY(withUmlautSender > 0);
    const Run r =
        runVerbs({QStringLiteral("examine INBOX"), QStringLiteral("search FLAGGED"),
                  QStringLiteral("uid search CHARSET UTF-8 FROM \"Jürgen\""), QStringLiteral("search FROM \"Jürgen\""),
                  QStringLiteral("search OR SEEN NOT SEEN"), QStringLiteral("sort (REVERSE ARRIVAL) UTF-8 ALL"),
                  QStringLiteral("thread REFERENCES UTF-8 ALL")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const auto numbers = [&](int verb, const QString &type) {
        return ofType(r.responses(verb), type).value(0).value(QStringLiteral("numbers")).toArray();
    };
    QCOMPARE(numbers(1, QStringLiteral("SEARCH")).size(), inbox.value(QStringLiteral("flagged")).toInt());
    QCOMPARE(numbers(2, QStringLiteral("SEARCH")).size(), withUmlautSender);
    // Without CHARSET the tool adds CHARSET UTF-8 for non-ASCII text.
    QCOMPARE(numbers(3, QStringLiteral("SEARCH")).size(), withUmlautSender);
    QCOMPARE(numbers(4, QStringLiteral("SEARCH")).size(), inbox.value(QStringLiteral("total")).toInt());
    const QJsonArray sorted = numbers(5, QStringLiteral("SORT"));
    QCOMPARE(sorted.size(), inbox.value(QStringLiteral("total")).toInt());
    QCOMPARE(sorted.first().toInt(), inbox.value(QStringLiteral("total")).toInt());
    QCOMPARE(ofType(r.responses(6), QStringLiteral("THREAD")).size(), 1);
}

void TestCli::storeIsSeenByAnotherSession()
{
    const Run stored =
        runVerbs({QStringLiteral("select Family"), QStringLiteral("store 1 +FLAGS (\\Flagged $CliTest)")});
    QVERIFY2(stored.exitCode == 0, qPrintable(stored.describe()));

    const Run check = runVerbs({QStringLiteral("examine Family"), QStringLiteral("fetch 1 FLAGS")});
    QVERIFY2(check.exitCode == 0, qPrintable(check.describe()));
    const QJsonArray flags = ofType(check.responses(1), QStringLiteral("FETCH"))
                                 .value(0)
                                 .value(QStringLiteral("items"))
                                 .toObject()
                                 .value(QStringLiteral("FLAGS"))
                                 .toArray();
    QVERIFY2(flags.contains(QStringLiteral("$CliTest")), qPrintable(check.describe()));
    QVERIFY(flags.contains(QStringLiteral("\\Flagged")));

    // And back, so the fixture stays as the manifest says.
    const bool wasFlagged = manifestFolder(QStringLiteral("Family"))
                                .value(QStringLiteral("messages"))
                                .toArray()
                                .first()
                                .toObject()
                                .value(QStringLiteral("flags"))
                                .toArray()
                                .contains(QStringLiteral("\\Flagged"));
    const QString restore = wasFlagged ? QStringLiteral("store 1 -FLAGS.SILENT $CliTest")
                                       : QStringLiteral("store 1 -FLAGS.SILENT (\\Flagged $CliTest)");
    const Run restored = runVerbs({QStringLiteral("select Family"), restore, QStringLiteral("fetch 1 FLAGS")});
    QVERIFY2(restored.exitCode == 0, qPrintable(restored.describe()));
    // The mailbox keeps the keyword in its FLAGS; the message must not.
    QVERIFY(!ofType(restored.responses(2), QStringLiteral("FETCH"))
                 .value(0)
                 .value(QStringLiteral("items"))
                 .toObject()
                 .value(QStringLiteral("FLAGS"))
                 .toArray()
                 .contains(QStringLiteral("$CliTest")));
}

void TestCli::createRenameDeleteSubscribe()
{
    const QString name = uniqueName(QStringLiteral("Cli Ordner ä"));
    const QString renamed = uniqueName(QStringLiteral("Cli Größe \"quoted\" \\ back"));
    const auto listed = [&](const QString &mailbox) {
        const Run r = runVerbs({QStringLiteral("list \"\" *")});
        for (const QJsonObject &entry : ofType(r.responses(0), QStringLiteral("LIST"))) {
            if (entry.value(QStringLiteral("mailbox")).toString() == mailbox)
                return true;
        }
        return false;
    };
    const auto quoted = [](QString text) -> QString {
        return u'"' + text.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\"")) + u'"';
    };
    Run r = runVerbs({QStringLiteral("create ") + quoted(name)});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY(listed(name));

    r = runVerbs({QStringLiteral("rename %1 %2").arg(quoted(name), quoted(renamed))});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY(listed(renamed));
    QVERIFY(!listed(name));

    r = runVerbs({QStringLiteral("subscribe ") + quoted(renamed)});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    r = runVerbs({QStringLiteral("lsub \"\" *")});
    QVERIFY(r.out.contains(QJsonDocument(QJsonArray{renamed}).toJson(QJsonDocument::Compact).mid(1).chopped(1)));
    r = runVerbs({QStringLiteral("unsubscribe ") + quoted(renamed)});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    r = runVerbs({QStringLiteral("lsub \"\" *")});
    QVERIFY(!r.out.contains(QJsonDocument(QJsonArray{renamed}).toJson(QJsonDocument::Compact).mid(1).chopped(1)));

    r = runVerbs({QStringLiteral("delete ") + quoted(renamed)});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY(!listed(renamed));
}

void TestCli::appendWithFlagsAndDate()
{
    const QString mailbox = uniqueName(QStringLiteral("CliAppend"));
    const QByteArray message = "From: Zoë <zoe@example.org>\r\nSubject: =?UTF-8?Q?Gr=C3=BC=C3=9Fe?=\r\n"
                               "Message-ID: <cli-append@example.org>\r\n\r\nHallo Welt\r\n";
    const QString file = m_dir.filePath(QStringLiteral("message.eml"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(message);
    out.close();

    Run r = runVerbs(
        {QStringLiteral("create \"%1\"").arg(mailbox),
         QStringLiteral("append \"%1\" (\\Flagged $Cli) \"05-Mar-2024 10:11:12 +0100\" @%2").arg(mailbox, file)});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY(r.verb(1).value(QStringLiteral("code")).toString().startsWith(QStringLiteral("APPENDUID ")));

    // From stdin too, without flags or date.
    QStringList arguments = connection();
    arguments << QStringLiteral("--json") << QStringLiteral("-e") << QStringLiteral("append \"%1\" @-").arg(mailbox);
    r = run(arguments, "Subject: from stdin\r\n\r\nbody\r\n");
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));

    r = runVerbs({QStringLiteral("examine \"%1\"").arg(mailbox),
                  QStringLiteral("fetch 1:* (FLAGS INTERNALDATE ENVELOPE BODY.PEEK[])")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const auto fetches = ofType(r.responses(1), QStringLiteral("FETCH"));
    QCOMPARE(fetches.size(), 2);
    const QJsonObject first = fetches.first().value(QStringLiteral("items")).toObject();
    const QJsonArray flags = first.value(QStringLiteral("FLAGS")).toArray();
    QVERIFY(flags.contains(QStringLiteral("\\Flagged")));
    QVERIFY(flags.contains(QStringLiteral("$Cli")));
    QCOMPARE(first.value(QStringLiteral("INTERNALDATE")).toString().left(11), QStringLiteral("05-Mar-2024"));
    const QDateTime date = QDateTime::fromString(first.value(QStringLiteral("INTERNALDATE")).toString(),
                                                 QStringLiteral("dd-MMM-yyyy HH:mm:ss t"));
    Q_UNUSED(date);
    QCOMPARE(first.value(QStringLiteral("BODY[]")).toString().toUtf8(), message);
    QCOMPARE(first.value(QStringLiteral("ENVELOPE")).toObject().value(QStringLiteral("subject")).toString(),
             QStringLiteral("Grüße"));
    QCOMPARE(fetches.at(1).value(QStringLiteral("items")).toObject().value(QStringLiteral("BODY[]")).toString(),
             QStringLiteral("Subject: from stdin\r\n\r\nbody\r\n"));

    QCOMPARE(runVerbs({QStringLiteral("delete \"%1\"").arg(mailbox)}).exitCode, 0);
}

void TestCli::multiAppendIsSeenByAnotherSession()
{
    const QString mailbox = uniqueName(QStringLiteral("CliMulti"));
    const QByteArray one = "Subject: one\r\n\r\nfirst\r\n";
    const QByteArray two = "Subject: two\r\n\r\nsecond\r\n";
    const QString oneFile = m_dir.filePath(QStringLiteral("one.eml"));
    const QString twoFile = m_dir.filePath(QStringLiteral("two.eml"));
    for (const auto &[path, content] : {std::pair(oneFile, one), std::pair(twoFile, two)}) {
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(content);
    }
    // Dovecot offers MULTIAPPEND: one APPEND command carries both.
    Run r = runVerbs({QStringLiteral("create \"%1\"").arg(mailbox),
                      QStringLiteral("append \"%1\" (\\Seen) \"05-Mar-2024 10:11:12 +0100\" @%2 "
                                     "(\\Flagged $Two) \"2023-12-24T18:00:00Z\" @%3")
                          .arg(mailbox, oneFile, twoFile)},
                     {QStringLiteral("--debug")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(r.err.count(" APPEND "), 1);
    static const QRegularExpression appendUid(QStringLiteral("^APPENDUID \\d+ (\\d+):(\\d+)$"));
    const QRegularExpressionMatch uids = appendUid.match(r.verb(1).value(QStringLiteral("code")).toString());
    QVERIFY2(uids.hasMatch(), qPrintable(r.describe()));
    QCOMPARE(uids.captured(2).toInt() - uids.captured(1).toInt(), 1);

    // Another session sees both, with their flags and dates.
    r = runVerbs(
        {QStringLiteral("examine \"%1\"").arg(mailbox), QStringLiteral("fetch 1:* (FLAGS INTERNALDATE BODY.PEEK[])")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const auto fetches = ofType(r.responses(1), QStringLiteral("FETCH"));
    QCOMPARE(fetches.size(), 2);
    const QJsonObject first = fetches.at(0).value(QStringLiteral("items")).toObject();
    const QJsonObject second = fetches.at(1).value(QStringLiteral("items")).toObject();
    QVERIFY(first.value(QStringLiteral("FLAGS")).toArray().contains(QStringLiteral("\\Seen")));
    QVERIFY(!first.value(QStringLiteral("FLAGS")).toArray().contains(QStringLiteral("\\Flagged")));
    QVERIFY(second.value(QStringLiteral("FLAGS")).toArray().contains(QStringLiteral("\\Flagged")));
    QVERIFY(second.value(QStringLiteral("FLAGS")).toArray().contains(QStringLiteral("$Two")));
    QVERIFY(!second.value(QStringLiteral("FLAGS")).toArray().contains(QStringLiteral("\\Seen")));
    // The same instant; Dovecot may give it in its own zone.
    const auto seconds = [](const QJsonObject &items) {
        const auto date =
            Quail::Imap::InternalDate::parse(items.value(QStringLiteral("INTERNALDATE")).toString().toLatin1());
        return date ? date->secondsSinceEpoch() : -1;
    };
    QCOMPARE(seconds(first), QDateTime(QDate(2024, 3, 5), QTime(9, 11, 12), Qt::UTC).toSecsSinceEpoch());
    QCOMPARE(seconds(second), QDateTime(QDate(2023, 12, 24), QTime(18, 0, 0), Qt::UTC).toSecsSinceEpoch());
    QCOMPARE(first.value(QStringLiteral("BODY[]")).toString().toUtf8(), one);
    QCOMPARE(second.value(QStringLiteral("BODY[]")).toString().toUtf8(), two);

    QCOMPARE(runVerbs({QStringLiteral("delete \"%1\"").arg(mailbox)}).exitCode, 0);
}

void TestCli::copyMoveAndExpunge()
{
    const QString from = uniqueName(QStringLiteral("CliFrom"));
    const QString to = uniqueName(QStringLiteral("CliTo"));
    const QString file = m_dir.filePath(QStringLiteral("small.eml"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write("Subject: move me\r\n\r\nx\r\n");
    out.close();
    Run r = runVerbs({QStringLiteral("create %1").arg(from.section(u' ', 0, 0) + from.section(u' ', 1)),
                      QStringLiteral("create %1").arg(to.section(u' ', 0, 0) + to.section(u' ', 1))});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QString a = from.section(u' ', 0, 0) + from.section(u' ', 1);
    const QString b = to.section(u' ', 0, 0) + to.section(u' ', 1);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(runVerbs({QStringLiteral("append %1 @%2").arg(a, file)}).exitCode, 0);

    r = runVerbs({QStringLiteral("select ") + a, QStringLiteral("uid copy 1 ") + b, QStringLiteral("move 2 ") + b,
                  QStringLiteral("store 1 +FLAGS.SILENT \\Deleted"), QStringLiteral("expunge")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY(r.verb(1).value(QStringLiteral("code")).toString().startsWith(QStringLiteral("COPYUID ")));
    // EXPUNGE, or VANISHED once QRESYNC is enabled (RFC 7162 §3.2.10).
    QCOMPARE(ofType(r.responses(4), QStringLiteral("EXPUNGE")).size()
                 + ofType(r.responses(4), QStringLiteral("VANISHED")).size(),
             1);

    r = runVerbs({QStringLiteral("status %1 (MESSAGES)").arg(a), QStringLiteral("status %1 (MESSAGES)").arg(b)});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const auto messages = [&](int verb) {
        return ofType(r.responses(verb), QStringLiteral("STATUS"))
            .value(0)
            .value(QStringLiteral("items"))
            .toObject()
            .value(QStringLiteral("MESSAGES"))
            .toInt();
    };
    QCOMPARE(messages(0), 1); // 3 appended, one moved away, one expunged
    QCOMPARE(messages(1), 2); // one copied, one moved

    // UID EXPUNGE removes exactly the named message.
    r = runVerbs({QStringLiteral("select ") + b, QStringLiteral("uid store 1:* +FLAGS.SILENT (\\Deleted)"),
                  QStringLiteral("uid expunge 1"), QStringLiteral("close")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    r = runVerbs({QStringLiteral("status %1 (MESSAGES)").arg(b)});
    QCOMPARE(messages(0), 0); // close expunged the other one
    QCOMPARE(runVerbs({QStringLiteral("delete ") + a, QStringLiteral("delete ") + b}).exitCode, 0);
}

void TestCli::idleReportsAnAppendFromAnotherConnection()
{
    const QString mailbox = uniqueName(QStringLiteral("CliIdle")).remove(u' ');
    QCOMPARE(runVerbs({QStringLiteral("create ") + mailbox}).exitCode, 0);

    QProcess idler;
    QStringList arguments = connection();
    arguments << QStringLiteral("--json") << QStringLiteral("--debug") << QStringLiteral("-e")
              << QStringLiteral("select ") + mailbox << QStringLiteral("-e") << QStringLiteral("idle 40");
    idler.start(m_binary, arguments);
    QVERIFY(idler.waitForStarted());
    QByteArray err;
    QVERIFY(QTest::qWaitFor(
        [&] {
            err += idler.readAllStandardError();
            return err.contains("S: + idling");
        },
        Timeout));

    QElapsedTimer clock;
    clock.start();
    const QString file = m_dir.filePath(QStringLiteral("idle.eml"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write("Subject: while idling\r\n\r\nnews\r\n");
    out.close();
    QCOMPARE(runVerbs({QStringLiteral("append %1 @%2").arg(mailbox, file)}).exitCode, 0);

    // The EXISTS is printed while IDLE still runs, as its own line.
    QByteArray output;
    QVERIFY(QTest::qWaitFor(
        [&] {
            output += idler.readAllStandardOutput();
            return output.contains("{\"verb\":\"idle\",\"response\":{\"count\":1,\"type\":\"EXISTS\"}}");
        },
        Timeout));
    QCOMPARE(idler.state(), QProcess::Running);
    // Ctrl+C ends IDLE with DONE, and the run ends normally.
    ::kill(pid_t(idler.processId()), SIGINT);
    QVERIFY(idler.waitForFinished(Timeout));
    output += idler.readAllStandardOutput();
    QCOMPARE(idler.exitStatus(), QProcess::NormalExit);
    QCOMPARE(idler.exitCode(), 0);
    QVERIFY(clock.elapsed() < 30000);
    const QList<QJsonObject> lines = parseLines(output);
    QVERIFY(lines.size() >= 3);
    const QJsonObject live = lines.at(1);
    QCOMPARE(live.value(QStringLiteral("verb")).toString(), QStringLiteral("idle"));
    QCOMPARE(live.value(QStringLiteral("response")).toObject().value(QStringLiteral("type")).toString(),
             QStringLiteral("EXISTS"));
    QCOMPARE(lines.last().value(QStringLiteral("verb")).toString(), QStringLiteral("idle"));
    QCOMPARE(lines.last().value(QStringLiteral("status")).toString(), QStringLiteral("OK"));
    err += idler.readAllStandardError();
    QVERIFY2(err.contains("C: DONE"), err.constData());

    QCOMPARE(runVerbs({QStringLiteral("delete ") + mailbox}).exitCode, 0);
}

void TestCli::partialFetch()
{
    const Run r = runVerbs({QStringLiteral("examine INBOX"), QStringLiteral("partial 1 BODY[] 0 64"),
                            QStringLiteral("fetch 1 BODY.PEEK[]")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QJsonObject part =
        ofType(r.responses(1), QStringLiteral("FETCH")).value(0).value(QStringLiteral("items")).toObject();
    const QByteArray whole = bytesOf(ofType(r.responses(2), QStringLiteral("FETCH"))
                                         .value(0)
                                         .value(QStringLiteral("items"))
                                         .toObject()
                                         .value(QStringLiteral("BODY[]")));
    QVERIFY(whole.size() > 64);
    QCOMPARE(bytesOf(part.value(QStringLiteral("BODY[]<0>"))), whole.left(64));
}

void TestCli::metadataQuotaAclNamespaceId()
{
    const Run r = runVerbs({QStringLiteral("namespace"), QStringLiteral("id"), QStringLiteral("id NIL"),
                            QStringLiteral("getquotaroot INBOX"), QStringLiteral("getquota \"User quota\""),
                            QStringLiteral("myrights INBOX"), QStringLiteral("getacl INBOX"),
                            QStringLiteral("setannotation INBOX /private/comment \"Grüße vom CLI\""),
                            QStringLiteral("status INBOX (MESSAGES UIDNEXT UNSEEN)")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(ofType(r.responses(0), QStringLiteral("NAMESPACE")).size(), 1);
    QCOMPARE(ofType(r.responses(1), QStringLiteral("ID"))
                 .value(0)
                 .value(QStringLiteral("fields"))
                 .toObject()
                 .value(QStringLiteral("name")),
             QJsonValue(QStringLiteral("Dovecot")));
    QCOMPARE(ofType(r.responses(3), QStringLiteral("QUOTAROOT")).size(), 1);
    QCOMPARE(ofType(r.responses(4), QStringLiteral("QUOTA")).size(), 1);
    QVERIFY(ofType(r.responses(5), QStringLiteral("MYRIGHTS"))
                .value(0)
                .value(QStringLiteral("rights"))
                .toString()
                .contains(u'l'));
    QCOMPARE(ofType(r.responses(6), QStringLiteral("ACL")).size(), 1);
    const QJsonObject status = ofType(r.responses(8), QStringLiteral("STATUS")).value(0);
    QCOMPARE(status.value(QStringLiteral("items")).toObject().value(QStringLiteral("MESSAGES")).toInt(),
             manifestFolder(QStringLiteral("INBOX")).value(QStringLiteral("total")).toInt());

    // The annotation is really there, for another session.
    const Run check = runVerbs({QStringLiteral("getannotation INBOX /private/comment")});
    QVERIFY2(check.exitCode == 0, qPrintable(check.describe()));
    QCOMPARE(ofType(check.responses(0), QStringLiteral("METADATA"))
                 .value(0)
                 .value(QStringLiteral("entries"))
                 .toObject()
                 .value(QStringLiteral("/private/comment"))
                 .toString(),
             QStringLiteral("Grüße vom CLI"));
    QCOMPARE(runVerbs({QStringLiteral("setannotation INBOX /private/comment NIL")}).exitCode, 0);
}

void TestCli::aclIsSeenByTheOtherUser()
{
    // The fixture shares users' folders as shared/USER/… (ACL, RFC 4314).
    const QString folder = QStringLiteral("CliAcl%1").arg(QCoreApplication::applicationPid());
    const QString shared = QStringLiteral("shared/%1/%2").arg(m_server.user, folder);
    QStringList second{QStringLiteral("--host"),          m_server.host,
                       QStringLiteral("--port"),          QString::number(m_server.imapsPort),
                       QStringLiteral("--ca-file"),       m_server.caFile,
                       QStringLiteral("--user"),          m_server.user2,
                       QStringLiteral("--password-file"), m_password2File,
                       QStringLiteral("--json")};
    const auto asSecondUser = [&](const QString &verb) {
        return run(second + QStringList{QStringLiteral("-e"), verb});
    };

    Run r =
        runVerbs({QStringLiteral("create ") + folder, QStringLiteral("setacl %1 %2 lrs").arg(folder, m_server.user2),
                  QStringLiteral("getacl ") + folder});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(ofType(r.responses(2), QStringLiteral("ACL"))
                 .value(0)
                 .value(QStringLiteral("rights"))
                 .toObject()
                 .value(m_server.user2)
                 .toString(),
             QStringLiteral("lrs"));
    r = asSecondUser(QStringLiteral("myrights ") + shared);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(ofType(r.responses(0), QStringLiteral("MYRIGHTS")).value(0).value(QStringLiteral("rights")).toString(),
             QStringLiteral("lrs"));

    // After DELETEACL the folder is gone for the other user.
    r = runVerbs({QStringLiteral("deleteacl %1 %2").arg(folder, m_server.user2), QStringLiteral("getacl ") + folder});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY(!ofType(r.responses(1), QStringLiteral("ACL"))
                 .value(0)
                 .value(QStringLiteral("rights"))
                 .toObject()
                 .contains(m_server.user2));
    r = asSecondUser(QStringLiteral("myrights ") + shared);
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.status(0), QStringLiteral("NO"));

    QCOMPARE(runVerbs({QStringLiteral("delete ") + folder}).exitCode, 0);
}

void TestCli::setQuotaIsRefusedByDovecot()
{
    // Dovecot 2.3 lets only its admin change quotas (RFC 9208 allows the
    // refusal): the server's NO is reported as it came, exit status 1.
    const Run r = runVerbs({QStringLiteral("setquota \"User quota\" (STORAGE 4096)"), QStringLiteral("noop")});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.objects.size(), 1);
    QCOMPARE(r.status(0), QStringLiteral("NO"));
    QVERIFY2(r.verb(0)
                 .value(QStringLiteral("text"))
                 .toString()
                 .startsWith(QStringLiteral("Quota can be changed only by admin")),
             qPrintable(r.describe()));
    QVERIFY2(r.err.startsWith("quail-imap: setquota: NO Quota can be changed only by admin"), qPrintable(r.describe()));
    QCOMPARE(r.err.count('\n'), 1);
}

void TestCli::otherVerbs()
{
    const Run r =
        runVerbs({QStringLiteral("compress"), QStringLiteral("enable CONDSTORE"), QStringLiteral("select Work"),
                  QStringLiteral("check"), QStringLiteral("recent"), QStringLiteral("response UIDNEXT"),
                  QStringLiteral("response EXISTS"), QStringLiteral("raw EXAMINE Work"), QStringLiteral("xatom NOOP"),
                  QStringLiteral("unselect"), QStringLiteral("logout")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(r.objects.size(), 11);
    QCOMPARE(r.status(0), QStringLiteral("OK")); // COMPRESS=DEFLATE was set up
    QCOMPARE(ofType(r.responses(5), QStringLiteral("OK")).value(0).value(QStringLiteral("code")).toString(),
             QStringLiteral("UIDNEXT %1")
                 .arg(manifestFolder(QStringLiteral("Work")).value(QStringLiteral("total")).toInt() + 1));
    QCOMPARE(ofType(r.responses(6), QStringLiteral("EXISTS")).value(0).value(QStringLiteral("count")).toInt(),
             manifestFolder(QStringLiteral("Work")).value(QStringLiteral("total")).toInt());
    QCOMPARE(r.verb(7).value(QStringLiteral("code")).toString(), QStringLiteral("READ-ONLY"));
    QCOMPARE(ofType(r.responses(10), QStringLiteral("BYE")).size(), 1);

    // A verb after LOGOUT cannot run.
    const Run late = runVerbs({QStringLiteral("logout"), QStringLiteral("noop")});
    QCOMPARE(late.exitCode, 3);
    QCOMPARE(late.status(1), QStringLiteral("ERROR"));
}

void TestCli::noStopsTheRunUnlessKeepGoing()
{
    Run r = runVerbs({QStringLiteral("select \"No such folder\""), QStringLiteral("noop")});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.status(0), QStringLiteral("NO"));
    QCOMPARE(r.objects.size(), 1);
    QVERIFY2(r.err.contains("select: NO ") && r.err.contains("doesn't exist"), r.err.constData());

    r = runVerbs({QStringLiteral("select \"No such folder\""), QStringLiteral("noop")},
                 {QStringLiteral("--keep-going")});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.objects.size(), 2);
    QCOMPARE(r.status(1), QStringLiteral("OK"));

    r = runVerbs({QStringLiteral("fetch")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("usage: fetch SET ITEMS"), r.err.constData());
}

void TestCli::streamPreauth()
{
    // Dovecot's imap binary over a pipe: PREAUTH, no password needed.
    const Run r = run({QStringLiteral("--stream"), m_server.streamCommand, QStringLiteral("--json"),
                       QStringLiteral("-e"), QStringLiteral("examine INBOX")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(ofType(r.responses(0), QStringLiteral("EXISTS")).value(0).value(QStringLiteral("count")).toInt(),
             manifestFolder(QStringLiteral("INBOX")).value(QStringLiteral("total")).toInt());

    // login after PREAUTH: nothing to do, said so.
    const Run login = run({QStringLiteral("--stream"), m_server.streamCommand, QStringLiteral("--json"),
                           QStringLiteral("-e"), QStringLiteral("login")});
    QCOMPARE(login.exitCode, 1);
    QVERIFY(login.verb(0).value(QStringLiteral("text")).toString().contains(QStringLiteral("PREAUTH")));
}

void TestCli::startTlsAndLoginVerb()
{
    const QStringList common{QStringLiteral("--host"),          m_server.host,
                             QStringLiteral("--port"),          QString::number(m_server.imapPort),
                             QStringLiteral("--security"),      QStringLiteral("starttls"),
                             QStringLiteral("--ca-file"),       m_server.caFile,
                             QStringLiteral("--password-file"), m_passwordFile,
                             QStringLiteral("--json")};
    Run r = run(common
                + QStringList{QStringLiteral("-e"), QStringLiteral("starttls"), QStringLiteral("-e"),
                              QStringLiteral("login ") + m_server.user, QStringLiteral("-e"),
                              QStringLiteral("examine Junk")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(r.status(0), QStringLiteral("OK"));
    QCOMPARE(r.status(1), QStringLiteral("OK"));

    for (const QString &verb : {QStringLiteral("authenticate PLAIN"), QStringLiteral("login_cram_md5")}) {
        r = run(common
                + QStringList{QStringLiteral("--user"), m_server.user, QStringLiteral("-e"), verb, QStringLiteral("-e"),
                              QStringLiteral("noop")});
        // The fixture may not offer CRAM-MD5 on every set-up; it must then
        // say so, not fall back to another mechanism.
        if (verb.startsWith(QStringLiteral("login_cram")) && r.exitCode != 0) {
            QVERIFY2(r.err.contains("CRAM-MD5"), qPrintable(r.describe()));
            continue;
        }
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    }

    // The same server with --security none: plaintext by explicit choice,
    // with a warning on stderr.
    r = run({QStringLiteral("--host"), m_server.host, QStringLiteral("--port"), QString::number(m_server.imapPort),
             QStringLiteral("--security"), QStringLiteral("none"), QStringLiteral("--user"), m_server.user,
             QStringLiteral("--password-file"), m_passwordFile, QStringLiteral("-e"), QStringLiteral("noop")});
    QVERIFY2(r.err.contains("warning: --security none"), qPrintable(r.describe()));
}

void TestCli::startTlsAndCompressVerbs()
{
    // starttls is --security starttls said as a verb: on the plaintext port,
    // with --security none or none given, the session is upgraded first.
    const QStringList plain{QStringLiteral("--host"),          m_server.host,
                            QStringLiteral("--port"),          QString::number(m_server.imapPort),
                            QStringLiteral("--ca-file"),       m_server.caFile,
                            QStringLiteral("--user"),          m_server.user,
                            QStringLiteral("--password-file"), m_passwordFile,
                            QStringLiteral("--debug"),         QStringLiteral("--json")};
    for (const QStringList &security :
         {QStringList{}, QStringList{QStringLiteral("--security"), QStringLiteral("none")}}) {
        const Run r = run(plain + security
                          + QStringList{QStringLiteral("-e"), QStringLiteral("starttls"), QStringLiteral("-e"),
                                        QStringLiteral("compress DEFLATE"), QStringLiteral("-e"),
                                        QStringLiteral("examine INBOX")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.status(0), QStringLiteral("OK"));
        QCOMPARE(r.status(1), QStringLiteral("OK"));
        QCOMPARE(r.verb(1).value(QStringLiteral("text")).toString(),
                 QStringLiteral("COMPRESS=DEFLATE is active (set up when connecting)"));
        // STARTTLS before the login, COMPRESS after it; no plaintext warning.
        const qsizetype startTls = r.err.indexOf(" STARTTLS\n");
        const qsizetype login = r.err.indexOf(" LOGIN <redacted>");
        const qsizetype authenticate = r.err.indexOf(" AUTHENTICATE <redacted>");
        const qsizetype credentials = login >= 0 ? login : authenticate;
        const qsizetype compress = r.err.indexOf(" COMPRESS DEFLATE\n");
        QVERIFY2(startTls > 0 && credentials > startTls && compress > credentials, r.err.constData());
        QVERIFY(!r.err.contains("warning: --security none"));
    }

    // Said where it cannot hold: refused before connecting, exit status 2.
    const auto refused = [&](const QStringList &arguments, const QByteArray &message) {
        const Run r = run(plain + arguments);
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err, QByteArray("quail-imap: " + message + '\n'));
        QVERIFY(r.out.isEmpty());
    };
    refused({QStringLiteral("--security"), QStringLiteral("tls"), QStringLiteral("-e"), QStringLiteral("starttls")},
            "-e 'starttls': the connection uses implicit TLS (--security tls); STARTTLS needs --security starttls "
            "or none");
    refused({QStringLiteral("-e"), QStringLiteral("noop"), QStringLiteral("-e"), QStringLiteral("starttls")},
            "-e 'starttls': starttls must be the first verb: TLS starts before anything else is sent");
    refused({QStringLiteral("-e"), QStringLiteral("login"), QStringLiteral("-e"), QStringLiteral("starttls")},
            "-e 'starttls': starttls must be the first verb: TLS starts before anything else is sent");
    refused({QStringLiteral("-e"), QStringLiteral("noop"), QStringLiteral("-e"), QStringLiteral("compress")},
            "-e 'compress': compress must come before the other verbs: it is done when the session is set up");
    refused({QStringLiteral("-e"), QStringLiteral("compress LZ4")},
            "-e 'compress LZ4': compress knows only DEFLATE (RFC 4978), not 'LZ4'");
    refused({QStringLiteral("--stream"), m_server.streamCommand, QStringLiteral("-e"), QStringLiteral("starttls")},
            "-e 'starttls': STARTTLS does not apply to --stream, which talks to a local command");
}

void TestCli::debugTraceRedactsThePassword()
{
    for (const QString &auth : {QStringLiteral("login"), QStringLiteral("plain")}) {
        const Run r = runVerbs({QStringLiteral("noop")}, {QStringLiteral("--debug"), QStringLiteral("--auth"), auth});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.err.contains("C: "), r.err.constData());
        QVERIFY2(r.err.contains("<redacted>"), r.err.constData());
        QVERIFY(!r.err.contains(m_server.password.toUtf8()));
        QVERIFY(!r.out.contains(m_server.password.toUtf8()));
        const QByteArray plain = QByteArray('\0' + m_server.user.toUtf8() + '\0' + m_server.password.toUtf8());
        QVERIFY(!r.err.contains(plain.toBase64()));
    }
}

void TestCli::wrongPasswordAndUntrustedCertificate()
{
    const QString wrong = m_dir.filePath(QStringLiteral("wrong"));
    QFile file(wrong);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not-the-password\n");
    file.close();
    Run r = run({QStringLiteral("--host"), m_server.host, QStringLiteral("--port"), QString::number(m_server.imapsPort),
                 QStringLiteral("--ca-file"), m_server.caFile, QStringLiteral("--user"), m_server.user,
                 QStringLiteral("--password-file"), wrong, QStringLiteral("-e"), QStringLiteral("noop")});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("login failed"), r.err.constData());

    // Without the fixture's CA the self-signed certificate is refused.
    r = run({QStringLiteral("--host"), m_server.host, QStringLiteral("--port"), QString::number(m_server.imapsPort),
             QStringLiteral("--user"), m_server.user, QStringLiteral("--password-file"), m_passwordFile,
             QStringLiteral("-e"), QStringLiteral("noop")});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.startsWith("quail-imap: certificate not trusted: "), r.err.constData());
    QVERIFY(r.err.contains("SHA-256"));
}

void TestCli::textOutputIsReadable()
{
    QStringList arguments = connection();
    arguments << QStringLiteral("-e") << QStringLiteral("list \"\" Ü*") << QStringLiteral("-e")
              << QStringLiteral("examine Überweisungen") << QStringLiteral("-e")
              << QStringLiteral("fetch 1 (UID ENVELOPE)");
    const Run r = run(arguments);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QString text = QString::fromUtf8(r.out);
    // Other tests share the server: Dovecot may add \Marked once the
    // folder has had new mail, so match the attributes loosely.
    static const QRegularExpression listLine(
        QStringLiteral("^\\* LIST \\([^)]*\\\\HasNoChildren[^)]*\\) \"/\" Überweisungen$"),
        QRegularExpression::MultilineOption);
    QVERIFY2(listLine.match(text).hasMatch(), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("examine: OK [READ-ONLY]")));
    QVERIFY(text.contains(QStringLiteral("* 1 FETCH\n")));
    QVERIFY(text.contains(QStringLiteral("    Subject: ")));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
