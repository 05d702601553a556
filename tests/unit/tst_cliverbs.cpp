// quail-imap's verbs against scripted servers, for what the Dovecot fixture
// cannot show: servers without MOVE, UIDPLUS or MULTIAPPEND, PROXYAUTH, and
// OAuth logins. Each test asserts the exact commands on the wire (a script
// fails on any byte it did not expect), the output and the exit status.

#include "cliprocess.h"
#include "scriptedserver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using Quail::Test::CliRun;
using Quail::Test::ScriptedServer;

namespace {

constexpr int Timeout = 30000;
const QByteArray Sentinel = "S3NT1NEL";
const QByteArray Token = "ya29.T0KEN-s3cret_value";

QString preauth(const QString &capabilities)
{
    return QStringLiteral("S: * PREAUTH [CAPABILITY IMAP4rev1 %1] welcome\n").arg(capabilities);
}

const QString Logout = QStringLiteral("C: <tag> LOGOUT\nS: * BYE bye\nS: <tag> OK done\nCLOSE\n");

// stderr without the warning every --security none run starts with.
QByteArray errors(const CliRun &run)
{
    QByteArray err = run.err;
    if (err.startsWith("quail-imap: warning: --security none"))
        err.remove(0, err.indexOf('\n') + 1);
    return err;
}

QJsonObject lastObject(const QByteArray &out)
{
    const QList<QByteArray> lines = out.trimmed().split('\n');
    return QJsonDocument::fromJson(lines.last()).object();
}

} // namespace

class TestCliVerbs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void moveWithoutMove_data();
    void moveWithoutMove();
    void moveWithoutUidPlusSaysSoInText();
    void appendSeveral_data();
    void appendSeveral();
    void appendStopsAtTheFirstRefusal();
    void proxyAuth();
    void oauth_data();
    void oauth();
    void helpAndMessagesInGerman();

private:
    CliRun play(ScriptedServer &server, const QString &script, const QStringList &verbs,
                const QStringList &extra = {}) const;
    QString writeFile(const QString &name, const QByteArray &content) const;

    QTemporaryDir m_dir;
    QString m_passwordFile;
};

void TestCliVerbs::initTestCase()
{
    QVERIFY2(QFile::exists(Quail::Test::cliBinary()), "QUAIL_IMAP must name the quail-imap binary");
    QVERIFY(m_dir.isValid());
    m_passwordFile = writeFile(QStringLiteral("password"), Sentinel + '\n');
}

QString TestCliVerbs::writeFile(const QString &name, const QByteArray &content) const
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(content);
    return path;
}

// Plays `script` to one quail-imap run over plaintext (--security none) and
// checks that the script was played to its end.
CliRun TestCliVerbs::play(ScriptedServer &server, const QString &script, const QStringList &verbs,
                          const QStringList &extra) const
{
    if (!server.addScript(script) || !server.listen())
        return {};
    QStringList arguments{QStringLiteral("--host"),     QStringLiteral("127.0.0.1"),
                          QStringLiteral("--port"),     QString::number(server.port()),
                          QStringLiteral("--security"), QStringLiteral("none"),
                          QStringLiteral("--user"),     QStringLiteral("anna"),
                          QStringLiteral("--timeout"),  QStringLiteral("5")};
    if (!extra.contains(QStringLiteral("--oauth-token-file")))
        arguments << QStringLiteral("--password-file") << m_passwordFile;
    arguments += extra;
    for (const QString &verb : verbs)
        arguments << QStringLiteral("-e") << verb;
    return Quail::Test::runCli(arguments, {}, Timeout);
}

void TestCliVerbs::moveWithoutMove_data()
{
    QTest::addColumn<QString>("capabilities");
    QTest::addColumn<QString>("verb");
    QTest::addColumn<QString>("exchange");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("awaitExpunge");

    QTest::newRow("uid move with UIDPLUS") << QStringLiteral("UIDPLUS") << QStringLiteral("uid move 5:* Archive")
                                           << QStringLiteral("C: <tag> UID FETCH 5:* (UID)\n"
                                                             "S: * 1 FETCH (UID 5)\n"
                                                             "S: * 2 FETCH (UID 7)\n"
                                                             "S: <tag> OK fetched\n"
                                                             "C: <tag> UID COPY 5,7 Archive\n"
                                                             "S: <tag> OK [COPYUID 9 5,7 100:101] copied\n"
                                                             "C: <tag> UID STORE 5,7 +FLAGS.SILENT (\\Deleted)\n"
                                                             "S: <tag> OK stored\n"
                                                             "C: <tag> UID EXPUNGE 5,7\n"
                                                             "S: * 2 EXPUNGE\n"
                                                             "S: * 1 EXPUNGE\n"
                                                             "S: <tag> OK expunged\n")
                                           << 0 << QStringLiteral("COPYUID 9 5,7 100:101") << false;
    // Another session's flag change arrives meanwhile, with its UID (as
    // under QRESYNC): it is not one of the messages asked for.
    QTest::newRow("move by sequence number, without UIDPLUS")
        << QString() << QStringLiteral("move 2:3 Archive")
        << QStringLiteral("C: <tag> FETCH 2:3 (UID)\n"
                          "S: * 2 FETCH (UID 12)\n"
                          "S: * 5 FETCH (FLAGS (\\Seen) UID 20)\n"
                          "S: * 3 FETCH (UID 14)\n"
                          "S: <tag> OK fetched\n"
                          "C: <tag> UID COPY 12,14 Archive\n"
                          "S: <tag> OK copied\n"
                          "C: <tag> UID STORE 12,14 +FLAGS.SILENT (\\Deleted)\n"
                          "S: <tag> OK stored\n")
        << 0 << QString() << true;
    QTest::newRow("refused COPY stops the move") << QStringLiteral("UIDPLUS") << QStringLiteral("uid move 5 Nowhere")
                                                 << QStringLiteral("C: <tag> UID FETCH 5 (UID)\n"
                                                                   "S: * 1 FETCH (UID 5)\n"
                                                                   "S: <tag> OK fetched\n"
                                                                   "C: <tag> UID COPY 5 Nowhere\n"
                                                                   "S: <tag> NO [TRYCREATE] no such mailbox\n")
                                                 << 1 << QStringLiteral("TRYCREATE") << false;
    QTest::newRow("nothing to move") << QStringLiteral("UIDPLUS") << QStringLiteral("uid move 100:200 Archive")
                                     << QStringLiteral("C: <tag> UID FETCH 100:200 (UID)\n"
                                                       "S: <tag> OK fetched\n")
                                     << 0 << QString() << false;
}

void TestCliVerbs::moveWithoutMove()
{
    QFETCH(QString, capabilities);
    QFETCH(QString, verb);
    QFETCH(QString, exchange);
    QFETCH(int, exitCode);
    QFETCH(QString, code);
    QFETCH(bool, awaitExpunge);

    ScriptedServer server;
    const CliRun r = play(server, preauth(capabilities) + exchange + Logout, {verb}, {QStringLiteral("--json")});
    QVERIFY2(server.waitForFinished(Timeout), qPrintable(server.report()));
    QVERIFY2(server.failures().isEmpty(), qPrintable(server.report() + QString::fromUtf8(r.err)));
    QCOMPARE(r.exitCode, exitCode);
    const QJsonObject object = lastObject(r.out);
    QCOMPARE(object.value(QStringLiteral("status")).toString(),
             exitCode == 0 ? QStringLiteral("OK") : QStringLiteral("NO"));
    QCOMPARE(object.value(QStringLiteral("code")).toString(), code);
    QCOMPARE(object.value(QStringLiteral("originalsAwaitExpunge")).toBool(), awaitExpunge);
    QCOMPARE(object.contains(QStringLiteral("originalsAwaitExpunge")), awaitExpunge);
    if (exitCode == 1)
        QCOMPARE(errors(r), QByteArray("quail-imap: uid move: NO no such mailbox\n"));
    if (verb.contains(QStringLiteral("100:200")))
        QCOMPARE(object.value(QStringLiteral("text")).toString(),
                 QStringLiteral("no such messages; nothing was moved"));
    // Never the plain EXPUNGE that would remove other \Deleted messages.
    for (const QByteArray &line : server.receivedLines())
        QVERIFY2(!line.contains(" EXPUNGE") || line.contains("UID EXPUNGE"), line.constData());
}

void TestCliVerbs::moveWithoutUidPlusSaysSoInText()
{
    ScriptedServer server;
    const CliRun r = play(server,
                          preauth(QString())
                              + QStringLiteral("C: <tag> UID FETCH 4 (UID)\n"
                                               "S: * 1 FETCH (UID 4)\n"
                                               "S: <tag> OK fetched\n"
                                               "C: <tag> UID COPY 4 Archive\n"
                                               "S: <tag> OK copied\n"
                                               "C: <tag> UID STORE 4 +FLAGS.SILENT (\\Deleted)\n"
                                               "S: <tag> OK stored\n")
                              + Logout,
                          {QStringLiteral("uid move 4 Archive")});
    QVERIFY2(server.waitForFinished(Timeout), qPrintable(server.report()));
    QVERIFY2(server.failures().isEmpty(), qPrintable(server.report()));
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.endsWith("uid move: OK copied\n"
                            "uid move: the originals are flagged \\Deleted and stay until the mailbox is expunged "
                            "(the server has neither MOVE nor UIDPLUS)\n"),
             r.out.constData());
}

void TestCliVerbs::appendSeveral_data()
{
    QTest::addColumn<QString>("capabilities");
    QTest::addColumn<QString>("exchange");
    QTest::addColumn<QString>("code");

    QTest::newRow("MULTIAPPEND: one command")
        << QStringLiteral("MULTIAPPEND UIDPLUS")
        << QStringLiteral("C: <tag> APPEND Drafts (\\Seen) \"05-Mar-2024 10:11:12 +0100\" {5}\n"
                          "S: + go on\n"
                          "C{}: first\n"
                          "C:  {6}\n"
                          "S: + go on\n"
                          "C{}: second\n"
                          "C:  (\\Flagged) {5}\n"
                          "S: + go on\n"
                          "C{}: third\n"
                          "C: \n"
                          "S: <tag> OK [APPENDUID 7 10:12] appended\n")
        << QStringLiteral("APPENDUID 7 10:12");
    QTest::newRow("without MULTIAPPEND: one APPEND each")
        << QStringLiteral("UIDPLUS")
        << QStringLiteral("C: <tag> APPEND Drafts (\\Seen) \"05-Mar-2024 10:11:12 +0100\" {5}\n"
                          "S: + go on\n"
                          "C{}: first\n"
                          "C: \n"
                          "S: <tag> OK [APPENDUID 7 10] appended\n"
                          "C: <tag> APPEND Drafts {6}\n"
                          "S: + go on\n"
                          "C{}: second\n"
                          "C: \n"
                          "S: <tag> OK [APPENDUID 7 11] appended\n"
                          "C: <tag> APPEND Drafts (\\Flagged) {5}\n"
                          "S: + go on\n"
                          "C{}: third\n"
                          "C: \n"
                          "S: <tag> OK [APPENDUID 7 12] appended\n")
        << QStringLiteral("APPENDUID 7 10:12");
}

void TestCliVerbs::appendSeveral()
{
    QFETCH(QString, capabilities);
    QFETCH(QString, exchange);
    QFETCH(QString, code);

    const QString first = writeFile(QStringLiteral("first.eml"), "first");
    const QString second = writeFile(QStringLiteral("second.eml"), "second");
    const QString third = writeFile(QStringLiteral("third.eml"), "third");
    ScriptedServer server;
    const CliRun r =
        play(server, preauth(capabilities) + exchange + Logout,
             {QStringLiteral("append Drafts (\\Seen) \"05-Mar-2024 10:11:12 +0100\" @%1 @%2 (\\Flagged) @%3")
                  .arg(first, second, third)},
             {QStringLiteral("--json")});
    QVERIFY2(server.waitForFinished(Timeout), qPrintable(server.report()));
    QVERIFY2(server.failures().isEmpty(), qPrintable(server.report() + QString::fromUtf8(r.err)));
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(lastObject(r.out).value(QStringLiteral("code")).toString(), code);
}

void TestCliVerbs::appendStopsAtTheFirstRefusal()
{
    const QString first = writeFile(QStringLiteral("a.eml"), "first");
    const QString second = writeFile(QStringLiteral("b.eml"), "second");
    const QString third = writeFile(QStringLiteral("c.eml"), "third");
    ScriptedServer server;
    const CliRun r =
        play(server,
             preauth(QString())
                 + QStringLiteral("C: <tag> APPEND Drafts {5}\n"
                                  "S: + go on\n"
                                  "C{}: first\n"
                                  "C: \n"
                                  "S: <tag> OK appended\n"
                                  "C: <tag> APPEND Drafts {6}\n"
                                  "S: + go on\n"
                                  "C{}: second\n"
                                  "C: \n"
                                  "S: <tag> NO [OVERQUOTA] mailbox full\n")
                 + Logout,
             {QStringLiteral("append Drafts @%1 @%2 @%3").arg(first, second, third)}, {QStringLiteral("--json")});
    QVERIFY2(server.waitForFinished(Timeout), qPrintable(server.report()));
    QVERIFY2(server.failures().isEmpty(), qPrintable(server.report() + QString::fromUtf8(r.err)));
    QCOMPARE(r.exitCode, 1);
    const QString expected =
        QStringLiteral("message 2 of 3 (%1) was refused: mailbox full (1 message(s) before it were appended, "
                       "none after it)")
            .arg(second);
    QCOMPARE(errors(r), QByteArray("quail-imap: append: NO ") + expected.toUtf8() + '\n');
    const QJsonObject object = lastObject(r.out);
    QCOMPARE(object.value(QStringLiteral("status")).toString(), QStringLiteral("NO"));
    QCOMPARE(object.value(QStringLiteral("code")).toString(), QStringLiteral("OVERQUOTA"));
    QCOMPARE(object.value(QStringLiteral("text")).toString(), expected);
}

void TestCliVerbs::proxyAuth()
{
    ScriptedServer server;
    const CliRun r = play(server,
                          QStringLiteral("S: * OK [CAPABILITY IMAP4rev1] ready\n"
                                         "C: <tag> LOGIN anna S3NT1NEL\n"
                                         "S: <tag> OK [CAPABILITY IMAP4rev1] logged in\n"
                                         "C: <tag> PROXYAUTH \"bob smith\"\n"
                                         "S: <tag> OK now acting as bob smith\n"
                                         "C: <tag> PROXYAUTH carol\n"
                                         "S: <tag> NO not an administrator\n")
                              + Logout,
                          {QStringLiteral("proxyauth \"bob smith\""), QStringLiteral("proxyauth carol")});
    QVERIFY2(server.waitForFinished(Timeout), qPrintable(server.report()));
    QVERIFY2(server.failures().isEmpty(), qPrintable(server.report() + QString::fromUtf8(r.err)));
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.out, QByteArray("proxyauth: OK now acting as bob smith\nproxyauth: NO not an administrator\n"));
    QCOMPARE(errors(r), QByteArray("quail-imap: proxyauth: NO not an administrator\n"));
}

void TestCliVerbs::oauth_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QStringList>("verbs");
    QTest::addColumn<QByteArray>("mechanism");
    QTest::addColumn<QByteArray>("payload");

    const QByteArray xoauth2 = "user=anna\x01"
                               "auth=Bearer "
        + Token + "\x01\x01";
    QTest::newRow("--auth xoauth2") << QStringList{QStringLiteral("--auth"), QStringLiteral("xoauth2")}
                                    << QStringList{QStringLiteral("noop")} << QByteArray("XOAUTH2") << xoauth2;
    QTest::newRow("authenticate XOAUTH2")
        << QStringList{} << QStringList{QStringLiteral("authenticate XOAUTH2"), QStringLiteral("noop")}
        << QByteArray("XOAUTH2") << xoauth2;
    // RFC 7628 §3.1: the GS2 header, then host and port of the server.
    QTest::newRow("--auth oauthbearer") << QStringList{QStringLiteral("--auth"), QStringLiteral("oauthbearer")}
                                        << QStringList{QStringLiteral("noop")} << QByteArray("OAUTHBEARER")
                                        << QByteArray("n,a=anna,\x01host=127.0.0.1\x01port=PORT\x01"
                                                      "auth=Bearer "
                                                      + Token + "\x01\x01");
}

void TestCliVerbs::oauth()
{
    QFETCH(QStringList, options);
    QFETCH(QStringList, verbs);
    QFETCH(QByteArray, mechanism);
    QFETCH(QByteArray, payload);

    // A token file with the newline an editor adds: stripped.
    const QString tokenFile = writeFile(QStringLiteral("token"), Token + '\n');
    ScriptedServer server;
    QVERIFY(server.listen());
    payload.replace("PORT", QByteArray::number(server.port()));
    const QString script =
        QStringLiteral("S: * OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=XOAUTH2 AUTH=OAUTHBEARER AUTH=PLAIN] ready\n"
                       "C: <tag> AUTHENTICATE %1 %2\n"
                       "S: <tag> OK [CAPABILITY IMAP4rev1] welcome\n"
                       "C: <tag> NOOP\n"
                       "S: <tag> OK nothing\n")
            .arg(QString::fromLatin1(mechanism), QString::fromLatin1(payload.toBase64()))
        + Logout;
    QVERIFY(server.addScript(script));
    QStringList arguments{QStringLiteral("--host"),
                          QStringLiteral("127.0.0.1"),
                          QStringLiteral("--port"),
                          QString::number(server.port()),
                          QStringLiteral("--security"),
                          QStringLiteral("none"),
                          QStringLiteral("--user"),
                          QStringLiteral("anna"),
                          QStringLiteral("--oauth-token-file"),
                          tokenFile,
                          QStringLiteral("--debug"),
                          QStringLiteral("--timeout"),
                          QStringLiteral("5")};
    arguments += options;
    for (const QString &verb : verbs)
        arguments << QStringLiteral("-e") << verb;
    const CliRun r = Quail::Test::runCli(arguments, {}, Timeout);
    QVERIFY2(server.waitForFinished(Timeout), qPrintable(server.report()));
    QVERIFY2(server.failures().isEmpty(), qPrintable(server.report() + QString::fromUtf8(r.err)));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    // The trace shows the exchange, never the token, raw or encoded.
    QVERIFY2(r.err.contains("C: "), r.err.constData());
    QVERIFY2(r.err.contains(" AUTHENTICATE <redacted>\n"), r.err.constData());
    QVERIFY2(!r.err.contains(Token), r.err.constData());
    QVERIFY2(!r.err.contains(payload.toBase64()), r.err.constData());
    QVERIFY(!r.out.contains(Token));
}

void TestCliVerbs::helpAndMessagesInGerman()
{
    // Qt takes the languages from LANGUAGE and LC_ALL itself, so no German
    // locale needs to be installed for the catalogue to load.
    const QStringList german{QStringLiteral("LANGUAGE=de"), QStringLiteral("LC_ALL=de_DE.UTF-8")};
    CliRun r = Quail::Test::runCli({QStringLiteral("--help")}, {}, Timeout, german);
    QCOMPARE(r.exitCode, 0);
    const QString help = QString::fromUtf8(r.out);
    QVERIFY2(help.contains(QStringLiteral("quail-imap, ein IMAP-Client für die Kommandozeile")), r.out.constData());
    QVERIFY(help.contains(QStringLiteral("Verben (jedes -e 'VERB ARGUMENTE…' führt eines aus")));
    QVERIFY(help.contains(QStringLiteral("Der IMAP-Server.")));
    // The verb table, from QT_TRANSLATE_NOOP entries.
    QVERIFY(help.contains(QStringLiteral("Nachrichten verschieben (MOVE, oder COPY + STORE + UID EXPUNGE)")));
    QVERIFY(help.contains(QStringLiteral("vor der Anmeldung zu TLS wechseln, wie --security starttls")));
    QVERIFY(!help.contains(QStringLiteral("move messages")));

    // Messages too, and the exit status does not change.
    r = Quail::Test::runCli({QStringLiteral("-e"), QStringLiteral("noop")}, {}, Timeout, german);
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(QString::fromUtf8(r.err),
             QStringLiteral("quail-imap: Ziel angeben: --account NAME, --host H oder --stream BEFEHL\n"));
    r = Quail::Test::runCli({QStringLiteral("--host"), QStringLiteral("127.0.0.1"), QStringLiteral("-e"),
                             QStringLiteral("fetch 1,,2 FLAGS")},
                            {}, Timeout, german);
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(QString::fromUtf8(r.err),
             QStringLiteral("quail-imap: -e 'fetch 1,,2 FLAGS': keine Nachrichtenmenge "
                            "(wie 1:5,7 oder 3:*): '1,,2'\n"));

    // Without a German language, English.
    r = Quail::Test::runCli({QStringLiteral("--help")}, {}, Timeout,
                            {QStringLiteral("LANGUAGE="), QStringLiteral("LC_ALL=C")});
    QVERIFY(QString::fromUtf8(r.out).contains(QStringLiteral("move messages (MOVE, or COPY + STORE + UID EXPUNGE)")));
}

QTEST_GUILESS_MAIN(TestCliVerbs)
#include "tst_cliverbs.moc"
