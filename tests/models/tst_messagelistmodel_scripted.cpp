// The message list against a scripted server, for timing Dovecot will not
// produce on demand: news that arrives right behind the UID listing, while
// the rows are still being built off the GUI thread, must not be lost.

#include "imap/engine/engine.h"
#include "models/messagelistmodel.h"
#include "scriptedserver.h"

#include <QSignalSpy>
#include <QTest>

using namespace Quail::Imap;
using namespace Quail::Models;
using Quail::Test::ScriptedServer;

namespace {

constexpr int Timeout = 10000;

} // namespace

class TestMessageListModelScripted : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newsBehindTheListingIsKept();
};

void TestMessageListModelScripted::newsBehindTheListingIsKept()
{
    // In the same segment as the listing's OK: message 1 was read and
    // message 2 expunged by another client.
    ScriptedServer server;
    QVERIFY(server.addScript(QStringLiteral("S: * OK [CAPABILITY IMAP4rev1] ready\n"
                                            "C: <tag> LOGIN alice S3NT1NEL\n"
                                            "S: <tag> OK [CAPABILITY IMAP4rev1] logged in\n"
                                            "C: <tag> SELECT INBOX\n"
                                            "S: * 3 EXISTS\n"
                                            "S: * OK [UIDVALIDITY 7] ok\n"
                                            "S: <tag> OK [READ-WRITE] selected\n"
                                            "C: <tag> FETCH 1:* (UID FLAGS)\n"
                                            "SEGMENT\n"
                                            "S: * 1 FETCH (UID 10 FLAGS ())\n"
                                            "S: * 2 FETCH (UID 20 FLAGS ())\n"
                                            "S: * 3 FETCH (UID 30 FLAGS ())\n"
                                            "S: <tag> OK fetched\n"
                                            "S: * 1 FETCH (FLAGS (\\Seen))\n"
                                            "S: * 2 EXPUNGE\n"
                                            "END\n"
                                            "EXPECT_CLOSE\n")));
    QVERIFY(server.listen());
    Engine engine;
    QSignalSpy ready(&engine, &Engine::ready);
    engine.open(server.connectionSettings(ConnectionSettings::Security::None),
                Credentials{QStringLiteral("alice"), QStringLiteral("S3NT1NEL"), false, AuthMethod::Login, {}});
    QVERIFY(ready.wait(Timeout));

    // No QAbstractItemModelTester here: it reads every row's text, which
    // asks for details this timing script does not serve; the flags and
    // UIDs checked below never ask the server for anything.
    MessageListModel model;
    QSignalSpy loaded(&model, &MessageListModel::loaded);
    model.setMailbox(&engine, MailboxName::fromString(u"INBOX"));
    QVERIFY(loaded.wait(Timeout));
    QVERIFY(QTest::qWaitFor([&] { return model.rowCount() == 2; }, Timeout));
    QCOMPARE(model.index(0, 0).data(MessageListModel::UidRole).toUInt(), 10u);
    QCOMPARE(model.index(0, 0).data(MessageListModel::SeenRole).toBool(), true);
    QCOMPARE(model.index(1, 0).data(MessageListModel::UidRole).toUInt(), 30u);
    QCOMPARE(model.index(1, 0).data(MessageListModel::SeenRole).toBool(), false);
    QVERIFY2(server.failures().isEmpty(), qPrintable(server.report()));
}

QTEST_MAIN(TestMessageListModelScripted)
#include "tst_messagelistmodel_scripted.moc"
