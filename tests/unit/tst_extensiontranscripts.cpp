// Extensions Dovecot 2.3 lacks, played as server transcripts written from the
// RFCs and documented server behaviour: IMAP4rev2 (RFC 9051), LITERAL-
// (RFC 7888), UTF8=ACCEPT (RFC 9755), OBJECTID (RFC 8474), Gmail's
// X-GM-EXT-1, and iCloud's ENABLE without ENABLED.

#include "awaitreply.h"
#include "imap/engine/engine.h"
#include "imap/protocol/commands.h"
#include "scriptedserver.h"
#include "testcertificates.h"

#include <QSignalSpy>
#include <QTest>

using namespace Quail::Imap;
using Quail::Test::ScriptedServer;
using Quail::Test::TestCertificates;

namespace {

constexpr int Timeout = 10000;

CommandResult await(CommandReply *reply)
{
    return Quail::Test::await(reply, Timeout);
}

} // namespace

class TestExtensionTranscripts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void imap4rev2FoldsInItsExtensions();
    void utf8AcceptSendsNamesAsUtf8();
    void objectIdsAndGmailItems();
    void icloudEnableWithoutEnabled();

private:
    // Opens an engine over implicit TLS against `server`, logged in.
    std::unique_ptr<Engine> connect(ScriptedServer &server, SessionInfo *info);

    std::unique_ptr<TestCertificates> m_certificates;
};

void TestExtensionTranscripts::initTestCase()
{
    QString error;
    m_certificates = TestCertificates::create(&error);
    QVERIFY2(m_certificates, qPrintable(error));
}

std::unique_ptr<Engine> TestExtensionTranscripts::connect(ScriptedServer &server, SessionInfo *info)
{
    auto engine = std::make_unique<Engine>();
    const ConnectionSettings settings =
        server.connectionSettings(ConnectionSettings::Security::ImplicitTls, m_certificates->ca().certificateFile);
    QSignalSpy ready(engine.get(), &Engine::ready);
    QSignalSpy failed(engine.get(), &Engine::failed);
    engine->open(settings,
                 Credentials{QStringLiteral("alice"), QStringLiteral("S3NT1NEL"), false, AuthMethod::Auto, {}});
    if (!QTest::qWaitFor([&] { return !ready.isEmpty() || !failed.isEmpty(); }, Timeout) || ready.isEmpty())
        return nullptr;
    *info = ready.first().first().value<SessionInfo>();
    return engine;
}

void TestExtensionTranscripts::imap4rev2FoldsInItsExtensions()
{
    // RFC 9051: a rev2 server need not list what the base protocol absorbed.
    // LITERAL- (RFC 7888 §5): a literal up to 4096 bytes may be sent
    // non-synchronizing, "{n+}", without waiting for "+".
    ScriptedServer server;
    server.setImplicitTls(true);
    server.setCertificate(m_certificates->server().certificate, m_certificates->server().key);
    QVERIFY(server.addScript(QStringLiteral("S: * OK [CAPABILITY IMAP4rev2 AUTH=PLAIN] IMAP4rev2 server ready\n"
                                            "C: <tag> AUTHENTICATE PLAIN AGFsaWNlAFMzTlQxTkVM\n"
                                            "S: <tag> OK [CAPABILITY IMAP4rev2 ENABLE] logged in\n"
                                            "C: <tag> CREATE {14+}\n"
                                            "C{}: Entw\\xc3\\xbcrfe 2026\n"
                                            "C: \n"
                                            "S: <tag> OK created\n"
                                            "EXPECT_CLOSE\n")));
    QVERIFY(server.listen());
    SessionInfo info;
    auto engine = connect(server, &info);
    QVERIFY2(engine, qPrintable(server.report()));
    QVERIFY(info.capabilities.isImap4rev2());
    for (const char *implied :
         {"MOVE", "ESEARCH", "UIDPLUS", "IDLE", "NAMESPACE", "LITERAL-", "SPECIAL-USE", "UNSELECT"})
        QVERIFY2(info.capabilities.has(implied), implied);
    QVERIFY(!info.capabilities.advertised().contains("MOVE")); // folded in, not advertised

    // Raw 8-bit bytes: without UTF8=ACCEPT they must go as a literal, here a
    // non-synchronizing one, with no "+" awaited.
    const CommandResult created =
        await(engine->execute(Commands::create(MailboxName::fromWire("Entw\xc3\xbcrfe 2026"))));
    QVERIFY2(created.ok(), qPrintable(created.text + server.report()));
    engine.reset();
    QVERIFY2(server.waitForFinished(Timeout), qPrintable(server.report()));
    QVERIFY2(server.failures().isEmpty(), qPrintable(server.report()));
}

void TestExtensionTranscripts::utf8AcceptSendsNamesAsUtf8()
{
    // RFC 9755 §3: once UTF8=ACCEPT is enabled, mailbox names are UTF-8 and
    // may be quoted strings.
    ScriptedServer server;
    server.setImplicitTls(true);
    server.setCertificate(m_certificates->server().certificate, m_certificates->server().key);
    QVERIFY(
        server.addScript(QStringLiteral("S: * OK [CAPABILITY IMAP4rev1 AUTH=PLAIN SASL-IR ENABLE UTF8=ACCEPT] ready\n"
                                        "C: <tag> AUTHENTICATE PLAIN AGFsaWNlAFMzTlQxTkVM\n"
                                        "S: <tag> OK [CAPABILITY IMAP4rev1 ENABLE UTF8=ACCEPT] logged in\n"
                                        "C: <tag> ENABLE UTF8=ACCEPT\n"
                                        "S: * ENABLED UTF8=ACCEPT\n"
                                        "S: <tag> OK enabled\n"
                                        "C: <tag> SELECT \"Überweisungen\"\n"
                                        "S: * 2 EXISTS\n"
                                        "S: <tag> OK [READ-WRITE] selected\n"
                                        "EXPECT_CLOSE\n")));
    QVERIFY(server.listen());
    SessionInfo info;
    auto engine = connect(server, &info);
    QVERIFY2(engine, qPrintable(server.report()));
    QVERIFY(info.enabled.contains("UTF8=ACCEPT"));
    const CommandResult selected =
        await(engine->select(MailboxName::fromString(u"Überweisungen", MailboxName::Encoding::Utf8), false));
    QVERIFY2(selected.ok(), qPrintable(selected.text + server.report()));
    engine.reset();
    QVERIFY2(server.waitForFinished(Timeout), qPrintable(server.report()));
    QVERIFY2(server.failures().isEmpty(), qPrintable(server.report()));
}

void TestExtensionTranscripts::objectIdsAndGmailItems()
{
    // RFC 8474 §5 and Gmail's documented FETCH items.
    ScriptedServer server;
    server.setImplicitTls(true);
    server.setCertificate(m_certificates->server().certificate, m_certificates->server().key);
    QVERIFY(server.addScript(QStringLiteral(
        "S: * OK [CAPABILITY IMAP4rev1 AUTH=PLAIN SASL-IR X-GM-EXT-1 OBJECTID] Gimap ready for requests\n"
        "C: <tag> AUTHENTICATE PLAIN AGFsaWNlAFMzTlQxTkVM\n"
        "S: <tag> OK [CAPABILITY IMAP4rev1 X-GM-EXT-1 OBJECTID UIDPLUS] alice authenticated (Success)\n"
        "C: <tag> SELECT INBOX\n"
        "S: * 1 EXISTS\n"
        "S: * OK [MAILBOXID (F2212ea87-6097-4256-9d51-71338625)] Ok\n"
        "S: <tag> OK [READ-WRITE] INBOX selected. (Success)\n"
        "C: <tag> UID FETCH 42 (EMAILID THREADID X-GM-MSGID X-GM-THRID X-GM-LABELS)\n"
        "S: * 1 FETCH (UID 42 EMAILID (M6d99ac3275bb4e) THREADID (T64b478a75b7ea9) X-GM-MSGID 1278455344230334865 "
        "X-GM-THRID 1266894439832287888 X-GM-LABELS (\\\\Inbox \\\\Sent Important \"Muy Importante\" [Imap]/Trash))\n"
        "S: <tag> OK Success\n"
        "EXPECT_CLOSE\n")));
    QVERIFY(server.listen());
    SessionInfo info;
    auto engine = connect(server, &info);
    QVERIFY2(engine, qPrintable(server.report()));
    QCOMPARE(info.quirks.family, ServerQuirks::Family::Gmail);
    QVERIFY(await(engine->select(MailboxName::fromString(u"INBOX"), false)).ok());
    const CommandResult fetched = await(engine->execute(
        Commands::fetch(SequenceSet::single(42), {"EMAILID", "THREADID", "X-GM-MSGID", "X-GM-THRID", "X-GM-LABELS"})));
    QVERIFY2(fetched.ok(), qPrintable(fetched.text + server.report()));
    const FetchData data = fetched.all<FetchData>().first();
    QCOMPARE(data.emailId, QByteArray("M6d99ac3275bb4e"));
    QCOMPARE(data.threadId, QByteArray("T64b478a75b7ea9"));
    QCOMPARE(data.gmailMessageId, quint64(1278455344230334865ULL));
    QCOMPARE(data.gmailThreadId, quint64(1266894439832287888ULL));
    QVERIFY(data.gmailLabels);
    QCOMPARE(data.gmailLabels->size(), 5);
    QVERIFY(data.gmailLabels->contains("Muy Importante"));
    QVERIFY(data.gmailLabels->contains("[Imap]/Trash")); // a bare "]" in an atom, as Gmail sends
    engine.reset();
    QVERIFY2(server.waitForFinished(Timeout), qPrintable(server.report()));
    QVERIFY2(server.failures().isEmpty(), qPrintable(server.report()));
}

void TestExtensionTranscripts::icloudEnableWithoutEnabled()
{
    // iCloud answers ENABLE QRESYNC with OK but no untagged ENABLED
    // (imap-landscape.md); its QRESYNC is also unreliable, so only
    // CONDSTORE is asked for.
    ScriptedServer server;
    server.setImplicitTls(true);
    server.setCertificate(m_certificates->server().certificate, m_certificates->server().key);
    QVERIFY(
        server.addScript(QStringLiteral("S: * OK [CAPABILITY IMAP4rev1 AUTH=PLAIN SASL-IR] iCloud IMAP4 service ready\n"
                                        "C: <tag> AUTHENTICATE PLAIN AGFsaWNlAFMzTlQxTkVM\n"
                                        "S: <tag> OK [CAPABILITY IMAP4rev1 ENABLE CONDSTORE QRESYNC] iCloud logged in\n"
                                        "C: <tag> ENABLE CONDSTORE\n"
                                        "S: <tag> OK ENABLE completed\n"
                                        "EXPECT_CLOSE\n")));
    QVERIFY(server.listen());
    SessionInfo info;
    auto engine = connect(server, &info);
    QVERIFY2(engine, qPrintable(server.report()));
    QCOMPARE(info.quirks.family, ServerQuirks::Family::ICloud);
    QCOMPARE(info.enabled, QList<QByteArray>{"CONDSTORE"});
    engine.reset();
    QVERIFY2(server.waitForFinished(Timeout), qPrintable(server.report()));
    QVERIFY2(server.failures().isEmpty(), qPrintable(server.report()));
}

QTEST_GUILESS_MAIN(TestExtensionTranscripts)
#include "tst_extensiontranscripts.moc"
