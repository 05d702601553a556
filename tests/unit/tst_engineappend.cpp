// Engine::append() against scripted servers with and without MULTIAPPEND:
// one command or one APPEND per message, the exact bytes on the wire, the
// APPENDUIDs joined, and the first refusal stopping the rest.

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
                          "S: <tag> OK [CAPABILITY IMAP4rev1 %1] logged in\n")
        .arg(capabilities);
}

QList<Commands::AppendMessage> messages()
{
    return {{{"\\Seen"}, InternalDate::parse("05-Mar-2024 10:11:12 +0100"), "one", false},
            {{}, std::nullopt, "two", false},
            {{"$Later"}, std::nullopt, "three", false}};
}

} // namespace

class TestEngineAppend : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void append_data();
    void append();
    void nothingToAppend();
};

void TestEngineAppend::append_data()
{
    QTest::addColumn<QString>("capabilities");
    QTest::addColumn<QString>("exchange");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("appendUids"); // empty: no APPENDUID
    QTest::addColumn<int>("failedMessage"); // -1: none

    QTest::newRow("MULTIAPPEND") << QStringLiteral("MULTIAPPEND UIDPLUS")
                                 << QStringLiteral(
                                        "C: <tag> APPEND Drafts (\\Seen) \"05-Mar-2024 10:11:12 +0100\" {3}\n"
                                        "S: + go on\n"
                                        "C{}: one\n"
                                        "C:  {3}\n"
                                        "S: + go on\n"
                                        "C{}: two\n"
                                        "C:  ($Later) {5}\n"
                                        "S: + go on\n"
                                        "C{}: three\n"
                                        "C: \n"
                                        "S: <tag> OK [APPENDUID 4 7:9] done\n")
                                 << int(CommandResult::Status::Ok) << QStringLiteral("7:9") << -1;
    // Plaintext the account chose is never upgraded, so the capabilities
    // after login count there too: no waiting for "+".
    QTest::newRow("MULTIAPPEND with LITERAL+")
        << QStringLiteral("MULTIAPPEND LITERAL+")
        << QStringLiteral("C: <tag> APPEND Drafts (\\Seen) \"05-Mar-2024 10:11:12 +0100\" {3+}\n"
                          "C{}: one\n"
                          "C:  {3+}\n"
                          "C{}: two\n"
                          "C:  ($Later) {5+}\n"
                          "C{}: three\n"
                          "C: \n"
                          "S: <tag> OK done\n")
        << int(CommandResult::Status::Ok) << QString() << -1;
    QTest::newRow("one APPEND each") << QStringLiteral("UIDPLUS")
                                     << QStringLiteral(
                                            "C: <tag> APPEND Drafts (\\Seen) \"05-Mar-2024 10:11:12 +0100\" {3}\n"
                                            "S: + go on\n"
                                            "C{}: one\n"
                                            "C: \n"
                                            "S: <tag> OK [APPENDUID 4 7] done\n"
                                            "C: <tag> APPEND Drafts {3}\n"
                                            "S: + go on\n"
                                            "C{}: two\n"
                                            "C: \n"
                                            "S: * 8 EXISTS\n"
                                            "S: <tag> OK [APPENDUID 4 8] done\n"
                                            "C: <tag> APPEND Drafts ($Later) {5}\n"
                                            "S: + go on\n"
                                            "C{}: three\n"
                                            "C: \n"
                                            "S: <tag> OK [APPENDUID 4 9] done\n")
                                     << int(CommandResult::Status::Ok) << QStringLiteral("7:9") << -1;
    QTest::newRow("the second refused") << QString()
                                        << QStringLiteral(
                                               "C: <tag> APPEND Drafts (\\Seen) \"05-Mar-2024 10:11:12 +0100\" {3}\n"
                                               "S: + go on\n"
                                               "C{}: one\n"
                                               "C: \n"
                                               "S: * 8 EXISTS\n"
                                               "S: <tag> OK done\n"
                                               "C: <tag> APPEND Drafts {3}\n"
                                               "S: + go on\n"
                                               "C{}: two\n"
                                               "C: \n"
                                               "S: <tag> NO [OVERQUOTA] full\n")
                                        << int(CommandResult::Status::No) << QString() << 1;
}

void TestEngineAppend::append()
{
    QFETCH(QString, capabilities);
    QFETCH(QString, exchange);
    QFETCH(int, status);
    QFETCH(QString, appendUids);
    QFETCH(int, failedMessage);

    ScriptedServer server;
    QVERIFY(server.addScript(login(capabilities) + exchange + QStringLiteral("EXPECT_CLOSE\n")));
    QVERIFY(server.listen());
    auto engine = server.openEngine(Timeout);
    QVERIFY(engine);

    std::unique_ptr<CommandReply> reply(engine->append(MailboxName::fromString(u"Drafts"), messages()));
    QVERIFY(QTest::qWaitFor([&] { return reply->isFinished(); }, Timeout));
    const CommandResult &result = reply->result();
    QVERIFY2(int(result.status) == status, qPrintable(result.text + server.report()));
    QCOMPARE(result.code.type == ResponseCode::Type::AppendUid, !appendUids.isEmpty());
    if (!appendUids.isEmpty())
        QCOMPARE(result.code.uids.toByteArray(), appendUids.toLatin1());
    QCOMPARE(result.failedMessage.value_or(-1), failedMessage);
    // What the server said along the way is kept, whichever step said it.
    QCOMPARE(result.all<ExistsData>().size(), exchange.contains(QStringLiteral("EXISTS")) ? 1 : 0);

    engine.reset();
    QVERIFY2(server.waitForFinished(Timeout), qPrintable(server.report()));
    QVERIFY2(server.failures().isEmpty(), qPrintable(server.report()));
}

void TestEngineAppend::nothingToAppend()
{
    ScriptedServer server;
    QVERIFY(server.addScript(login(QStringLiteral("MULTIAPPEND")) + QStringLiteral("EXPECT_CLOSE\n")));
    QVERIFY(server.listen());
    auto engine = server.openEngine(Timeout);
    QVERIFY(engine);
    std::unique_ptr<CommandReply> reply(engine->append(MailboxName::fromString(u"Drafts"), {}));
    QVERIFY(QTest::qWaitFor([&] { return reply->isFinished(); }, Timeout));
    QCOMPARE(reply->result().status, CommandResult::Status::Bad);
    QCOMPARE(reply->result().text, QStringLiteral("There is no message to append."));
    engine.reset();
    QVERIFY2(server.waitForFinished(Timeout), qPrintable(server.report()));
    QVERIFY2(server.failures().isEmpty(), qPrintable(server.report()));
}

QTEST_GUILESS_MAIN(TestEngineAppend)
#include "tst_engineappend.moc"
