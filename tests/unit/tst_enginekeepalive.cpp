// Keep-alive without IDLE: a server that lacks it, or whose IDLE the user
// turned off, is polled with NOOP while the session has nothing else to do,
// and what the poll brings becomes events.

#include "imap/engine/engine.h"
#include "imap/protocol/commands.h"
#include "scriptedserver.h"

#include <QSignalSpy>
#include <QTest>

using namespace Quail::Imap;
using namespace std::chrono_literals;
using Quail::Test::ScriptedServer;

class TestEngineKeepAlive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pollsWithNoopWithoutIdle_data();
    void pollsWithNoopWithoutIdle();
};

void TestEngineKeepAlive::pollsWithNoopWithoutIdle_data()
{
    QTest::addColumn<QString>("capabilities");
    QTest::addColumn<bool>("useIdle");
    QTest::newRow("server without IDLE") << QStringLiteral("IMAP4rev1 UIDPLUS") << true;
    QTest::newRow("IDLE turned off") << QStringLiteral("IMAP4rev1 UIDPLUS IDLE") << false;
}

void TestEngineKeepAlive::pollsWithNoopWithoutIdle()
{
    QFETCH(QString, capabilities);
    QFETCH(bool, useIdle);
    ScriptedServer server;
    QVERIFY(server.addScript(QStringLiteral("S: * OK [CAPABILITY IMAP4rev1] ready\n"
                                            "C: <tag> LOGIN alice S3NT1NEL\n"
                                            "S: <tag> OK [CAPABILITY ")
                             + capabilities
                             + QStringLiteral("] logged in\n"
                                              "C: <tag> SELECT INBOX\n"
                                              "S: * 2 EXISTS\n"
                                              "S: <tag> OK [READ-WRITE] selected\n"
                                              "C: <tag> NOOP\n"
                                              "S: * 3 EXISTS\n"
                                              "S: <tag> OK polled\n"
                                              "C: <tag> NOOP\n"
                                              "S: <tag> OK polled again\n"
                                              "C: <tag> LOGOUT\n"
                                              "S: * BYE bye\n"
                                              "S: <tag> OK bye\n"
                                              "CLOSE\n")));
    QVERIFY(server.listen());

    Engine engine;
    engine.setKeepAlive(true, 100ms, 10min, useIdle);
    const ConnectionSettings settings = server.connectionSettings(ConnectionSettings::Security::None);
    QSignalSpy ready(&engine, &Engine::ready);
    QSignalSpy events(&engine, &Engine::mailboxEvent);
    engine.open(settings,
                Credentials{QStringLiteral("alice"), QStringLiteral("S3NT1NEL"), false, AuthMethod::Login, {}});
    QVERIFY(ready.wait(10000));
    std::unique_ptr<CommandReply> select(engine.select(MailboxName::fromString(u"INBOX"), false));
    QVERIFY(QTest::qWaitFor([&] { return select->isFinished(); }, 10000));
    QVERIFY(select->result().ok());

    // The first poll brings a new message.
    QVERIFY(QTest::qWaitFor([&] { return !events.isEmpty(); }, 10000));
    const MailboxEvent event = events.first().first().value<MailboxEvent>();
    QCOMPARE(std::get<MailboxEvent::Exists>(event.change).count, 3u);
    // The second poll happened too, then the test ends the session.
    QVERIFY(QTest::qWaitFor([&] { return server.receivedLines().size() >= 4; }, 10000));
    QSignalSpy closed(&engine, &Engine::closed);
    engine.logout();
    QVERIFY(closed.wait(10000));
    QVERIFY2(server.waitForFinished(10000), qPrintable(server.report()));
    QVERIFY2(server.failures().isEmpty(), qPrintable(server.report()));
}

QTEST_GUILESS_MAIN(TestEngineKeepAlive)
#include "tst_enginekeepalive.moc"
