// The message list against a scripted server, for what Dovecot will not
// produce on demand: news that arrives right behind the UID listing, while
// the rows are still being built off the GUI thread, must not be lost; a flag
// change among a batch's details is not taken for details; and a big
// folder's every row asked for at once, with the exact batches checked.

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

// Opens INBOX in `model` and waits for its listing.
bool loadInbox(MessageListModel &model, Engine *engine)
{
    QSignalSpy loaded(&model, &MessageListModel::loaded);
    model.setMailbox(engine, MailboxName::fromString(u"INBOX"));
    return loaded.wait(Timeout);
}

} // namespace

class TestMessageListModelScripted : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newsBehindTheListingIsKept();
    void flagChangeAmongTheDetailsIsNotDetails();
    void everyRowOfABigFolder();
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
    const auto engine = server.openEngine(Timeout);
    QVERIFY(engine);

    // No QAbstractItemModelTester here: it reads every row's text, which
    // asks for details this timing script does not serve; the flags and
    // UIDs checked below never ask the server for anything.
    MessageListModel model;
    QVERIFY(loadInbox(model, engine.get()));
    QVERIFY(QTest::qWaitFor([&] { return model.rowCount() == 2; }, Timeout));
    QCOMPARE(model.index(0, 0).data(MessageListModel::UidRole).toUInt(), 10u);
    QCOMPARE(model.index(0, 0).data(MessageListModel::SeenRole).toBool(), true);
    QCOMPARE(model.index(1, 0).data(MessageListModel::UidRole).toUInt(), 30u);
    QCOMPARE(model.index(1, 0).data(MessageListModel::SeenRole).toBool(), false);
    QVERIFY2(server.failures().isEmpty(), qPrintable(server.report()));
}

void TestMessageListModelScripted::flagChangeAmongTheDetailsIsNotDetails()
{
    // Another client reads message 1 while its details are on the way: the
    // server says so in a FETCH of FLAGS alone, after the details and
    // before the command's OK. The row keeps its details and takes the flag.
    ScriptedServer server;
    QVERIFY(server.addScript(
        QStringLiteral("S: * OK [CAPABILITY IMAP4rev1] ready\n"
                       "C: <tag> LOGIN alice S3NT1NEL\n"
                       "S: <tag> OK [CAPABILITY IMAP4rev1] logged in\n"
                       "C: <tag> SELECT INBOX\n"
                       "S: * 1 EXISTS\n"
                       "S: * OK [UIDVALIDITY 7] ok\n"
                       "S: <tag> OK [READ-WRITE] selected\n"
                       "C: <tag> FETCH 1:* (UID FLAGS)\n"
                       "S: * 1 FETCH (UID 10 FLAGS ())\n"
                       "S: <tag> OK fetched\n"
                       "C: <tag> UID FETCH 10 (ENVELOPE INTERNALDATE RFC822.SIZE BODYSTRUCTURE)\n"
                       "S: * 1 FETCH (UID 10 ENVELOPE (NIL \"Quarterly report\" NIL NIL NIL NIL NIL NIL NIL NIL) "
                       "INTERNALDATE \"01-Jan-2024 10:00:00 +0000\" RFC822.SIZE 1234 BODYSTRUCTURE "
                       "(\"TEXT\" \"PLAIN\" NIL NIL NIL \"7BIT\" 1 1))\n"
                       "S: * 1 FETCH (UID 10 FLAGS (\\Seen))\n"
                       "S: <tag> OK fetched\n"
                       "EXPECT_CLOSE\n")));
    QVERIFY(server.listen());
    auto engine = server.openEngine(Timeout);
    QVERIFY(engine);

    MessageListModel model;
    QVERIFY(loadInbox(model, engine.get()));
    QCOMPARE(model.rowCount(), 1);
    model.fetchRows(0, 0);
    QVERIFY(QTest::qWaitFor([&] { return model.isRowLoaded(0) && model.pendingRequests() == 0; }, Timeout));
    QCOMPARE(model.index(0, MessageListModel::SubjectColumn).data().toString(), QStringLiteral("Quarterly report"));
    QCOMPARE(model.index(0, MessageListModel::SizeColumn).data(MessageListModel::SizeRole).toULongLong(), 1234u);
    QVERIFY(QTest::qWaitFor([&] { return model.index(0, 0).data(MessageListModel::SeenRole).toBool(); }, Timeout));

    engine.reset();
    QVERIFY2(server.waitForFinished(Timeout), qPrintable(server.report()));
    QVERIFY2(server.failures().isEmpty(), qPrintable(server.report()));
}

void TestMessageListModelScripted::everyRowOfABigFolder()
{
    // fetchRows() over every row of 5,000 messages (a sort in the client
    // asks so): served in turns of the event loop, 1,000 rows per command,
    // every row loaded in the end and none asked for twice.
    constexpr int Count = 5000;
    QString script = QStringLiteral("S: * OK [CAPABILITY IMAP4rev1] ready\n"
                                    "C: <tag> LOGIN alice S3NT1NEL\n"
                                    "S: <tag> OK [CAPABILITY IMAP4rev1] logged in\n"
                                    "C: <tag> SELECT INBOX\n"
                                    "S: * %1 EXISTS\n"
                                    "S: * OK [UIDVALIDITY 7] ok\n"
                                    "S: <tag> OK [READ-WRITE] selected\n"
                                    "C: <tag> FETCH 1:* (UID FLAGS)\n")
                         .arg(Count);
    for (int i = 1; i <= Count; ++i)
        script += QStringLiteral("S: * %1 FETCH (UID %1 FLAGS ())\n").arg(i);
    script += QStringLiteral("S: <tag> OK fetched\n");
    for (int first = 1; first <= Count; first += 1000) {
        script += QStringLiteral("C: <tag> UID FETCH %1:%2 (ENVELOPE INTERNALDATE RFC822.SIZE BODYSTRUCTURE)\n")
                      .arg(first)
                      .arg(first + 999);
        for (int uid = first; uid < first + 1000; ++uid) {
            script += QStringLiteral("S: * %1 FETCH (UID %1 ENVELOPE (NIL \"Message %1\" NIL NIL NIL NIL NIL NIL NIL "
                                     "NIL) INTERNALDATE \"01-Jan-2024 10:00:00 +0000\" RFC822.SIZE %1 BODYSTRUCTURE "
                                     "(\"TEXT\" \"PLAIN\" NIL NIL NIL \"7BIT\" 1 1))\n")
                          .arg(uid);
        }
        script += QStringLiteral("S: <tag> OK fetched\n");
    }
    script += QStringLiteral("EXPECT_CLOSE\n");

    ScriptedServer server;
    QVERIFY(server.addScript(script));
    QVERIFY(server.listen());
    auto engine = server.openEngine(Timeout);
    QVERIFY(engine);

    MessageListModel model;
    QVERIFY(loadInbox(model, engine.get()));
    QCOMPARE(model.rowCount(), Count);
    model.fetchRows(0, Count - 1);
    QVERIFY(QTest::qWaitFor([&] { return model.isRowLoaded(Count - 1) && model.pendingRequests() == 0; }, 30000));
    for (int row = 0; row < Count; ++row)
        QVERIFY2(model.isRowLoaded(row), qPrintable(QString::number(row)));
    QCOMPARE(model.index(4321, MessageListModel::SubjectColumn).data().toString(), QStringLiteral("Message 4322"));

    engine.reset();
    QVERIFY2(server.waitForFinished(Timeout), qPrintable(server.report()));
    QVERIFY2(server.failures().isEmpty(), qPrintable(server.report()));
}

QTEST_MAIN(TestMessageListModelScripted)
#include "tst_messagelistmodel_scripted.moc"
