// Reconnecting: the backoff policy, and the engine against a scripted server
// that drops it — running commands fail with the reason, the next session
// selects the mailbox again, and failures another try cannot fix are not
// retried.

#include "imap/engine/engine.h"
#include "imap/engine/reconnectpolicy.h"
#include "imap/protocol/commands.h"
#include "scriptedserver.h"

#include <QSignalSpy>
#include <QTest>

using namespace Quail::Imap;
using namespace std::chrono_literals;
using Quail::Test::ScriptedServer;

namespace {

constexpr int Timeout = 10000;

const QString Login = QStringLiteral("S: * OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] ready\n"
                                     "C: <tag> LOGIN alice S3NT1NEL\n"
                                     "S: <tag> OK [CAPABILITY IMAP4rev1] logged in\n");

std::unique_ptr<Engine> engineFor(const ScriptedServer &server)
{
    auto engine = std::make_unique<Engine>();
    ReconnectPolicy::Settings fast;
    fast.firstDelay = 20ms;
    fast.maxDelay = 100ms;
    fast.maxAttempts = 3;
    engine->setReconnect(true, fast);
    // The scripted server speaks plaintext here.
    const ConnectionSettings settings = server.connectionSettings(ConnectionSettings::Security::None);
    engine->open(settings,
                 Credentials{QStringLiteral("alice"), QStringLiteral("S3NT1NEL"), false, AuthMethod::Login, {}});
    return engine;
}

} // namespace

class TestEngineReconnect : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backoffDoublesUpToTheCap();
    void whatIsNeverRetried_data();
    void whatIsNeverRetried();
    void reconnectsAndSelectsAgain();
    void wrongPasswordIsNotRetried();
    void givesUpAfterTheCap();
    void logoutDoesNotReconnect();
};

void TestEngineReconnect::backoffDoublesUpToTheCap()
{
    ReconnectPolicy policy({1000ms, 5000ms, 5});
    const SessionError dropped{SessionError::Kind::ServerClosed, {}, {}};
    QCOMPARE(policy.next(dropped), 1000ms);
    QCOMPARE(policy.next(dropped), 2000ms);
    QCOMPARE(policy.next(dropped), 4000ms);
    QCOMPARE(policy.next(dropped), 5000ms);
    QCOMPARE(policy.next(dropped), 5000ms);
    QCOMPARE(policy.next(dropped), std::nullopt);
    policy.reset();
    QCOMPARE(policy.next(dropped), 1000ms);
}

void TestEngineReconnect::whatIsNeverRetried_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("transportKind");
    QTest::addColumn<bool>("retry");
    const int none = -1;
    QTest::newRow("wrong password") << int(SessionError::Kind::AuthenticationFailed) << none << false;
    QTest::newRow("STARTTLS stripped") << int(SessionError::Kind::Insecure) << none << false;
    QTest::newRow("no login mechanism") << int(SessionError::Kind::LoginRefused) << none << false;
    QTest::newRow("logins unavailable for now") << int(SessionError::Kind::LoginUnavailable) << none << true;
    QTest::newRow("untrusted certificate")
        << int(SessionError::Kind::Transport) << int(TransportError::Kind::CertificateUntrusted) << false;
    QTest::newRow("changed certificate") << int(SessionError::Kind::Transport)
                                         << int(TransportError::Kind::CertificateChanged) << false;
    QTest::newRow("connection refused") << int(SessionError::Kind::Transport)
                                        << int(TransportError::Kind::ConnectionRefused) << true;
    QTest::newRow("timeout") << int(SessionError::Kind::Timeout) << none << true;
    QTest::newRow("BYE") << int(SessionError::Kind::ServerClosed) << none << true;
}

void TestEngineReconnect::whatIsNeverRetried()
{
    QFETCH(int, kind);
    QFETCH(int, transportKind);
    QFETCH(bool, retry);
    SessionError error{SessionError::Kind(kind), {}, {}};
    if (transportKind >= 0)
        error.transport = TransportError{TransportError::Kind(transportKind), {}, {}};
    QCOMPARE(ReconnectPolicy::isRetryable(error), retry);
    ReconnectPolicy policy;
    QCOMPARE(policy.next(error).has_value(), retry);
}

void TestEngineReconnect::reconnectsAndSelectsAgain()
{
    ScriptedServer server;
    QVERIFY(server.addScript(Login
                             + QStringLiteral("C: <tag> SELECT INBOX\n"
                                              "S: * 3 EXISTS\n"
                                              "S: <tag> OK [READ-WRITE] selected\n"
                                              "C: <tag> NOOP\n"
                                              "S: * BYE server shutting down\n"
                                              "CLOSE\n")));
    QVERIFY(server.addScript(Login
                             + QStringLiteral("C: <tag> SELECT INBOX\n"
                                              "S: * 3 EXISTS\n"
                                              "S: <tag> OK [READ-WRITE] selected again\n"
                                              "C: <tag> NOOP\n"
                                              "S: <tag> OK still here\n"
                                              "EXPECT_CLOSE\n")));
    QVERIFY(server.listen());
    auto engine = engineFor(server);
    QSignalSpy ready(engine.get(), &Engine::ready);
    QSignalSpy reconnecting(engine.get(), &Engine::reconnecting);
    QSignalSpy failed(engine.get(), &Engine::failed);
    QVERIFY(ready.wait(Timeout));

    std::unique_ptr<CommandReply> select(engine->select(MailboxName::fromString(u"INBOX"), false));
    QVERIFY(QTest::qWaitFor([&] { return select->isFinished(); }, Timeout));
    QVERIFY(select->result().ok());

    std::unique_ptr<CommandReply> dropped(engine->execute(Commands::noop()));
    QVERIFY(QTest::qWaitFor([&] { return dropped->isFinished(); }, Timeout));
    QCOMPARE(dropped->result().status, CommandResult::Status::Failed);
    QVERIFY2(dropped->result().text.contains(QStringLiteral("server shutting down")),
             qPrintable(dropped->result().text));

    QVERIFY(QTest::qWaitFor([&] { return ready.size() == 2; }, Timeout));
    QCOMPARE(reconnecting.size(), 1);
    QVERIFY(failed.isEmpty());
    std::unique_ptr<CommandReply> after(engine->execute(Commands::noop()));
    QVERIFY(QTest::qWaitFor([&] { return after->isFinished(); }, Timeout));
    QVERIFY2(after->result().ok(), qPrintable(after->result().text));
    engine.reset();
    QVERIFY2(server.waitForFinished(Timeout), qPrintable(server.report()));
    QVERIFY2(server.failures().isEmpty(), qPrintable(server.report()));
    QCOMPARE(server.connectionCount(), 2);
}

void TestEngineReconnect::wrongPasswordIsNotRetried()
{
    ScriptedServer server;
    QVERIFY(server.addScript(QStringLiteral("S: * OK [CAPABILITY IMAP4rev1] ready\n"
                                            "C: <tag> LOGIN alice S3NT1NEL\n"
                                            "S: <tag> NO [AUTHENTICATIONFAILED] nope\n"
                                            "EXPECT_CLOSE\n")));
    QVERIFY(server.listen());
    auto engine = engineFor(server);
    QSignalSpy failed(engine.get(), &Engine::failed);
    QSignalSpy reconnecting(engine.get(), &Engine::reconnecting);
    QVERIFY(failed.wait(Timeout));
    QCOMPARE(failed.first().first().value<SessionError>().kind, SessionError::Kind::AuthenticationFailed);
    QTest::qWait(300); // longer than any backoff here
    QVERIFY(reconnecting.isEmpty());
    QCOMPARE(server.connectionCount(), 1);
}

void TestEngineReconnect::givesUpAfterTheCap()
{
    // A server that accepts and hangs up at once, every time.
    ScriptedServer server;
    for (int i = 0; i < 4; ++i)
        QVERIFY(server.addScript(QStringLiteral("CLOSE\n")));
    QVERIFY(server.listen());
    auto engine = engineFor(server);
    QSignalSpy failed(engine.get(), &Engine::failed);
    QSignalSpy reconnecting(engine.get(), &Engine::reconnecting);
    QVERIFY(failed.wait(Timeout));
    QCOMPARE(reconnecting.size(), 3);
    QCOMPARE(server.connectionCount(), 4);
    QTest::qWait(300);
    QCOMPARE(server.connectionCount(), 4);
}

void TestEngineReconnect::logoutDoesNotReconnect()
{
    ScriptedServer server;
    QVERIFY(server.addScript(Login
                             + QStringLiteral("C: <tag> LOGOUT\n"
                                              "S: * BYE bye\n"
                                              "S: <tag> OK logged out\n"
                                              "CLOSE\n")));
    QVERIFY(server.listen());
    auto engine = engineFor(server);
    QSignalSpy ready(engine.get(), &Engine::ready);
    QSignalSpy closed(engine.get(), &Engine::closed);
    QSignalSpy reconnecting(engine.get(), &Engine::reconnecting);
    QVERIFY(ready.wait(Timeout));
    engine->logout();
    QVERIFY(closed.wait(Timeout));
    QTest::qWait(300);
    QVERIFY(reconnecting.isEmpty());
    QCOMPARE(server.connectionCount(), 1);
}

QTEST_GUILESS_MAIN(TestEngineReconnect)
#include "tst_enginereconnect.moc"
