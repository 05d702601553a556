// Engine::move() against scripted servers with and without MOVE and
// UIDPLUS: the exact commands on the wire, never a plain EXPUNGE, and the
// COPYUID kept for undo.

#include "imap/engine/engine.h"
#include "imap/protocol/commands.h"
#include "scriptedserver.h"

#include <QSignalSpy>
#include <QTest>

using namespace Quail::Imap;
using Quail::Test::ScriptedServer;

namespace {

constexpr int Timeout = 10000;

QString login(const QString &capabilities)
{
    return QStringLiteral("S: * OK [CAPABILITY IMAP4rev1] ready\n"
                          "C: <tag> LOGIN alice S3NT1NEL\n"
                          "S: <tag> OK [CAPABILITY IMAP4rev1 %1] logged in\n"
                          "C: <tag> SELECT INBOX\n"
                          "S: * 9 EXISTS\n"
                          "S: <tag> OK [READ-WRITE] selected\n")
        .arg(capabilities);
}

} // namespace

class TestEngineMove : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void move_data();
    void move();
};

void TestEngineMove::move_data()
{
    QTest::addColumn<QString>("capabilities");
    QTest::addColumn<QString>("exchange");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("awaitExpunge");

    QTest::newRow("MOVE") << QStringLiteral("MOVE UIDPLUS")
                          << QStringLiteral("C: <tag> UID MOVE 5:7 Archive\n"
                                            "S: * OK [COPYUID 9 5:7 100:102] moved\n"
                                            "S: * 7 EXPUNGE\n"
                                            "S: * 6 EXPUNGE\n"
                                            "S: * 5 EXPUNGE\n"
                                            "S: <tag> OK done\n")
                          << int(CommandResult::Status::Ok) << false;
    QTest::newRow("COPY, STORE, UID EXPUNGE with UIDPLUS")
        << QStringLiteral("UIDPLUS")
        << QStringLiteral("C: <tag> UID COPY 5:7 Archive\n"
                          "S: <tag> OK [COPYUID 9 5:7 100:102] copied\n"
                          "C: <tag> UID STORE 5:7 +FLAGS.SILENT (\\Deleted)\n"
                          "S: <tag> OK stored\n"
                          "C: <tag> UID EXPUNGE 5:7\n"
                          "S: * 7 EXPUNGE\n"
                          "S: * 6 EXPUNGE\n"
                          "S: * 5 EXPUNGE\n"
                          "S: <tag> OK expunged\n")
        << int(CommandResult::Status::Ok) << false;
    QTest::newRow("without UIDPLUS the originals wait")
        << QString()
        << QStringLiteral("C: <tag> UID COPY 5:7 Archive\n"
                          "S: <tag> OK copied\n"
                          "C: <tag> UID STORE 5:7 +FLAGS.SILENT (\\Deleted)\n"
                          "S: <tag> OK stored\n")
        << int(CommandResult::Status::Ok) << true;
    QTest::newRow("a refused COPY stops the chain") << QStringLiteral("UIDPLUS")
                                                    << QStringLiteral("C: <tag> UID COPY 5:7 Archive\n"
                                                                      "S: <tag> NO [TRYCREATE] no such mailbox\n")
                                                    << int(CommandResult::Status::No) << false;
}

void TestEngineMove::move()
{
    QFETCH(QString, capabilities);
    QFETCH(QString, exchange);
    QFETCH(int, status);
    QFETCH(bool, awaitExpunge);

    ScriptedServer server;
    QVERIFY(server.addScript(login(capabilities) + exchange + QStringLiteral("EXPECT_CLOSE\n")));
    QVERIFY(server.listen());
    auto engine = server.openEngine(Timeout);
    QVERIFY(engine);
    std::unique_ptr<CommandReply> select(engine->select(MailboxName::fromString(u"INBOX"), false));
    QVERIFY(QTest::qWaitFor([&] { return select->isFinished(); }, Timeout));

    std::unique_ptr<CommandReply> moved(engine->move(SequenceSet::range(5, 7), MailboxName::fromString(u"Archive")));
    QVERIFY(QTest::qWaitFor([&] { return moved->isFinished(); }, Timeout));
    QCOMPARE(int(moved->result().status), status);
    QCOMPARE(moved->result().originalsAwaitExpunge, awaitExpunge);
    if (exchange.contains(QStringLiteral("COPYUID")))
        QCOMPARE(moved->result().code.type, ResponseCode::Type::CopyUid);

    engine.reset();
    QVERIFY2(server.waitForFinished(Timeout), qPrintable(server.report()));
    QVERIFY2(server.failures().isEmpty(), qPrintable(server.report()));
    // Never the plain EXPUNGE that would remove other \Deleted messages.
    for (const QByteArray &line : server.receivedLines())
        QVERIFY2(!line.contains(" EXPUNGE") || line.contains("UID EXPUNGE"), line.constData());
}

QTEST_GUILESS_MAIN(TestEngineMove)
#include "tst_enginemove.moc"
