// How the engine's signals reach the caller's thread: in the order the
// server's responses came (untagged data before the reply it belongs to),
// batched, and those already delivered keep flowing while a receiver spins
// a nested event loop (a dialog opened from a reply handler).

#include "imap/engine/engine.h"
#include "imap/protocol/commands.h"
#include "scriptedserver.h"

#include <QEventLoop>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Quail::Imap;
using Quail::Test::ScriptedServer;

namespace {

constexpr int Timeout = 10000;

const QString Login = QStringLiteral("S: * OK [CAPABILITY IMAP4rev1] ready\n"
                                     "C: <tag> LOGIN alice S3NT1NEL\n"
                                     "S: <tag> OK [CAPABILITY IMAP4rev1] logged in\n");

Credentials alice()
{
    return Credentials{QStringLiteral("alice"), QStringLiteral("S3NT1NEL"), false, AuthMethod::Login, {}};
}

} // namespace

class TestEngineDelivery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void untaggedComesBeforeItsReply();
    void statusAloneWithoutUntaggedListeners();
    void nestedEventLoopKeepsDelivering();
};

void TestEngineDelivery::untaggedComesBeforeItsReply()
{
    ScriptedServer server;
    QString exchange = QStringLiteral("C: <tag> NOOP\n");
    for (int i = 1; i <= 2000; ++i)
        exchange += QStringLiteral("S: * %1 EXISTS\n").arg(i);
    exchange += QStringLiteral("S: <tag> OK done\nEXPECT_CLOSE\n");
    QVERIFY(server.addScript(Login + exchange));
    QVERIFY(server.listen());
    Engine engine;
    QSignalSpy ready(&engine, &Engine::ready);
    engine.open(server.connectionSettings(ConnectionSettings::Security::None), alice());
    QVERIFY(ready.wait(Timeout));

    // Every EXISTS is heard, in order, before the NOOP's reply.
    QList<quint32> heard;
    int heardAtFinish = -1;
    connect(&engine, &Engine::untagged, this, [&](const Response &response) {
        if (const auto *exists = response.get<ExistsData>())
            heard.append(exists->count);
    });
    std::unique_ptr<CommandReply> reply(engine.execute(Commands::noop()));
    connect(reply.get(), &CommandReply::finished, this, [&] { heardAtFinish = int(heard.size()); });
    QVERIFY(QTest::qWaitFor([&] { return reply->isFinished(); }, Timeout));
    QCOMPARE(heardAtFinish, 2000);
    for (int i = 0; i < heard.size(); ++i)
        QCOMPARE(heard.at(i), quint32(i + 1));
    QCOMPARE(reply->result().all<ExistsData>().size(), 2000);
}

void TestEngineDelivery::statusAloneWithoutUntaggedListeners()
{
    // statusReceived() carries the STATUS responses, whichever command they
    // came with, and nothing else: a folder tree needs no copy of a big
    // folder's FETCH responses to keep its counts.
    ScriptedServer server;
    QVERIFY(server.addScript(Login
                             + QStringLiteral("C: <tag> SELECT INBOX\n"
                                              "S: * 2 EXISTS\n"
                                              "S: <tag> OK [READ-WRITE] selected\n"
                                              "C: <tag> FETCH 1:* (UID FLAGS)\n"
                                              "S: * 1 FETCH (UID 1 FLAGS ())\n"
                                              "S: * 2 FETCH (UID 2 FLAGS (\\Seen))\n"
                                              "S: <tag> OK fetched\n"
                                              "C: <tag> STATUS Archive (MESSAGES UNSEEN)\n"
                                              "S: * STATUS Archive (MESSAGES 12 UNSEEN 3)\n"
                                              "S: <tag> OK done\n"
                                              "EXPECT_CLOSE\n")));
    QVERIFY(server.listen());
    const auto engine = server.openEngine(Timeout);
    QVERIFY(engine);
    QSignalSpy statuses(engine.get(), &Engine::statusReceived);
    for (const Command &command :
         {Commands::select(MailboxName::fromString(u"INBOX")),
          Commands::fetch(SequenceSet::range(1, SequenceSet::Star), {"UID", "FLAGS"}, Commands::SetKind::Sequence),
          Commands::status(MailboxName::fromString(u"Archive"), {"MESSAGES", "UNSEEN"})}) {
        std::unique_ptr<CommandReply> reply(engine->execute(command));
        QVERIFY(QTest::qWaitFor([&] { return reply->isFinished(); }, Timeout));
        QVERIFY(reply->result().ok());
    }
    QVERIFY(QTest::qWaitFor([&] { return !statuses.isEmpty(); }, Timeout));
    QCOMPARE(statuses.size(), 1);
    const auto status = statuses.constFirst().constFirst().value<StatusData>();
    QCOMPARE(status.mailbox, MailboxName::fromString(u"Archive"));
    QCOMPARE(status.messages, std::optional<quint32>(12));
    QCOMPARE(status.unseen, std::optional<quint32>(3));
}

void TestEngineDelivery::nestedEventLoopKeepsDelivering()
{
    // Two pipelined STATUS commands answered in one segment: both replies
    // reach this thread in one batch, the second behind the first.
    ScriptedServer server;
    QVERIFY(server.addScript(Login
                             + QStringLiteral("C: <tag1> STATUS Sent (MESSAGES)\n"
                                              "C: <tag2> STATUS Drafts (MESSAGES)\n"
                                              "SEGMENT\n"
                                              "S: * STATUS Sent (MESSAGES 1)\n"
                                              "S: <tag1> OK first\n"
                                              "S: * STATUS Drafts (MESSAGES 2)\n"
                                              "S: <tag2> OK second\n"
                                              "END\n"
                                              "EXPECT_CLOSE\n")));
    QVERIFY(server.listen());
    Engine engine;
    QSignalSpy ready(&engine, &Engine::ready);
    engine.open(server.connectionSettings(ConnectionSettings::Security::None), alice());
    QVERIFY(ready.wait(Timeout));

    std::unique_ptr<CommandReply> first(
        engine.execute(Commands::status(MailboxName::fromString(u"Sent"), {"MESSAGES"})));
    std::unique_ptr<CommandReply> second(
        engine.execute(Commands::status(MailboxName::fromString(u"Drafts"), {"MESSAGES"})));
    bool secondFinishedInside = false;
    connect(first.get(), &CommandReply::finished, this, [&] {
        // What a modal dialog does: a nested loop until something happens.
        QEventLoop loop;
        connect(second.get(), &CommandReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(Timeout, &loop, &QEventLoop::quit);
        if (!second->isFinished())
            loop.exec();
        secondFinishedInside = second->isFinished();
    });
    QVERIFY(QTest::qWaitFor([&] { return first->isFinished() && second->isFinished(); }, 2 * Timeout));
    QVERIFY(secondFinishedInside);
    QCOMPARE(second->result().text, QStringLiteral("second"));
}

QTEST_GUILESS_MAIN(TestEngineDelivery)
#include "tst_enginedelivery.moc"
