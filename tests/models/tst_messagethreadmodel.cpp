// The conversation tree over the message list, against the Dovecot fixture
// and under QAbstractItemModelTester: the server's THREAD and the client's
// threading give the same tree for the sample mail, rows carry their
// messages' data, and a reply appended by another client joins its thread
// while views keep their selection.

#include "awaitreply.h"
#include "imap/engine/engine.h"
#include "imap/protocol/commands.h"
#include "imap/protocol/searchkey.h"
#include "models/messagelistmodel.h"
#include "models/messagethreadmodel.h"
#include "testserver.h"
#include "threadnotation.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

using namespace Quail::Imap;
using namespace Quail::Models;
using Quail::Test::TestServer;

namespace {

constexpr int Timeout = 30000;

CommandResult await(CommandReply *reply)
{
    return Quail::Test::await(reply, Timeout);
}

// RFC 5256's notation, "(1 (2)(3 4))", one thread per line.
QByteArray renderModel(const QAbstractItemModel &model)
{
    std::function<QByteArray(const QModelIndex &)> chain = [&](const QModelIndex &index) -> QByteArray {
        QByteArray out = QByteArray::number(index.data(MessageListModel::UidRole).toUInt());
        const int children = model.rowCount(index);
        if (children == 1)
            return out + ' ' + chain(model.index(0, 0, index));
        if (children > 0)
            out += ' ';
        for (int row = 0; row < children; ++row)
            out += '(' + chain(model.index(row, 0, index)) + ')';
        return out;
    };
    QByteArray out;
    for (int row = 0; row < model.rowCount(); ++row)
        out += '(' + chain(model.index(row, 0)) + ")\n";
    return out;
}

} // namespace

class TestMessageThreadModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void serverAndClientAgree();
    void rowsCarryTheirMessages();
    void replyJoinsItsThread();
    void overlappingThreadingsSettle();

private:
    bool waitThreaded();
    QByteArray serverThreads();

    TestServer m_server;
    QJsonObject m_firstMessage;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<Engine> m_other;
    std::unique_ptr<MessageListModel> m_list;
    std::unique_ptr<MessageThreadModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<QSignalSpy> m_threaded;
};

void TestMessageThreadModel::initTestCase()
{
    QString error;
    const auto server = TestServer::fromEnvironment(&error);
    QVERIFY2(server, qPrintable(error));
    m_server = *server;
    const QJsonArray messages = m_server.manifestFolder(QStringLiteral("INBOX")).value(u"messages").toArray();
    QVERIFY2(!messages.isEmpty(), "the fixture ran without sample mail");
    m_firstMessage = messages.first().toObject();
}

void TestMessageThreadModel::init()
{
    m_engine = m_server.openEngine(Timeout);
    m_other = m_server.openEngine(Timeout);
    QVERIFY(m_engine && m_other);
    m_list = std::make_unique<MessageListModel>();
    m_model = std::make_unique<MessageThreadModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_threaded = std::make_unique<QSignalSpy>(m_model.get(), &MessageThreadModel::threaded);
    m_model->setSourceModel(m_list.get());
    m_list->setMailbox(m_engine.get(), MailboxName::fromString(u"INBOX"));
    QVERIFY(waitThreaded());
}

void TestMessageThreadModel::cleanup()
{
    m_threaded.reset();
    m_tester.reset();
    m_model.reset();
    m_list.reset();
    m_engine.reset();
    m_other.reset();
}

bool TestMessageThreadModel::waitThreaded()
{
    QSignalSpy failed(m_model.get(), &MessageThreadModel::failed);
    const bool done = QTest::qWaitFor([&] { return !m_threaded->isEmpty() || !failed.isEmpty(); }, Timeout);
    const bool ok = done && failed.isEmpty() && !m_model->isBusy();
    m_threaded->clear();
    return ok;
}

void TestMessageThreadModel::overlappingThreadingsSettle()
{
    // Two threadings asked for back to back: the first answer arrives
    // stale and is dropped; the second is applied, and nothing more is
    // asked (a stale answer must not start yet another threading, which
    // would make the one in flight stale in turn, for ever).
    m_model->setClientThreadingPreferred(true);
    m_model->setClientThreadingPreferred(false);
    QVERIFY(waitThreaded());
    QCOMPARE(m_model->method(), MessageThreadModel::Method::Server);
    QTest::qWait(500);
    QVERIFY(!m_model->isBusy());
    QVERIFY(m_threaded->isEmpty());
}

QByteArray TestMessageThreadModel::serverThreads()
{
    if (!await(m_other->select(MailboxName::fromString(u"INBOX"), true)).ok())
        return {};
    const CommandResult result = await(m_other->execute(Commands::thread("REFERENCES", SearchKey::all())));
    const auto threads = result.all<ThreadData>();
    return threads.isEmpty() ? QByteArray() : Quail::Test::threadNotation(threads.first());
}

void TestMessageThreadModel::serverAndClientAgree()
{
    const QByteArray expected = serverThreads();
    QVERIFY(expected.contains(" (")); // threads that branch, not just a list
    QCOMPARE(m_model->method(), MessageThreadModel::Method::Server);
    QCOMPARE(renderModel(*m_model), expected);

    m_model->setClientThreadingPreferred(true);
    QVERIFY(waitThreaded());
    QCOMPARE(m_model->method(), MessageThreadModel::Method::Client);
    QCOMPARE(renderModel(*m_model), expected);
}

void TestMessageThreadModel::rowsCarryTheirMessages()
{
    // Deep rows show their own message's data, loaded lazily by the list.
    int checked = 0;
    std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int row = 0; row < m_model->rowCount(parent); ++row) {
            const QModelIndex index = m_model->index(row, MessageListModel::SubjectColumn, parent);
            const quint32 uid = index.data(MessageListModel::UidRole).toUInt();
            // A message is selected and dragged like one in the list; a
            // placeholder for a missing parent is neither.
            const Qt::ItemFlags movable = Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
            QCOMPARE(m_model->flags(index) & movable, uid != 0 ? movable : Qt::ItemFlags());
            if (uid != 0 && parent.isValid() && checked < 20) {
                const int listRow = m_list->rowOfUid(uid);
                QCOMPARE(m_model->sourceRow(index), listRow);
                m_list->fetchRows(listRow, listRow);
                QVERIFY(QTest::qWaitFor([&] { return m_list->isRowLoaded(listRow); }, Timeout));
                QCOMPARE(index.data(), m_list->index(listRow, MessageListModel::SubjectColumn).data());
                QVERIFY(!index.data().toString().isEmpty());
                ++checked;
            }
            walk(m_model->index(row, 0, parent));
        }
    };
    walk({});
    QCOMPARE(checked, 20);
}

void TestMessageThreadModel::replyJoinsItsThread()
{
    const quint32 parentUid = quint32(m_firstMessage.value(u"uid").toInt());
    const QByteArray messageId = m_firstMessage.value(u"messageId").toString().toLatin1();
    QPersistentModelIndex selected = m_model->indexOfUid(parentUid, MessageListModel::SubjectColumn);
    QVERIFY(selected.isValid());

    const QByteArray reply = "From: other@example.org\r\nSubject: Re: "
        + m_firstMessage.value(u"subject").toString().toUtf8() + "\r\nMessage-ID: <thread-test@quail.test>\r\n"
        + "In-Reply-To: " + messageId + "\r\nReferences: " + messageId + "\r\n\r\nAgreed.\r\n";
    const CommandResult appended =
        await(m_other->execute(Commands::append(MailboxName::fromString(u"INBOX"), {}, std::nullopt, reply)));
    QVERIFY2(appended.ok(), qPrintable(appended.text));
    const auto uids = appended.code.uids.toNumbers();
    QVERIFY(uids && uids->size() == 1);
    const quint32 uid = uids->first();
    auto restore = qScopeGuard([&] {
        await(m_other->select(MailboxName::fromString(u"INBOX"), false));
        await(m_other->execute(Commands::store(SequenceSet::single(uid), Commands::StoreMode::Add, {"\\Deleted"})));
        await(m_other->execute(Commands::uidExpunge(SequenceSet::single(uid))));
    });

    QVERIFY(await(m_engine->execute(Commands::noop())).ok()); // IDLE in the app
    QVERIFY(QTest::qWaitFor([&] { return m_model->indexOfUid(uid).isValid(); }, Timeout));
    QVERIFY(waitThreaded());
    const QModelIndex joined = m_model->indexOfUid(uid);
    QVERIFY(joined.parent().isValid());
    // Somewhere under the message it answers.
    QModelIndex ancestor = joined.parent();
    while (ancestor.isValid() && ancestor.data(MessageListModel::UidRole).toUInt() != parentUid)
        ancestor = ancestor.parent();
    QVERIFY(ancestor.isValid());
    // The view's selection still holds the same message.
    QVERIFY(selected.isValid());
    QCOMPARE(selected.data(MessageListModel::UidRole).toUInt(), parentUid);
    QCOMPARE(renderModel(*m_model), serverThreads());

    // Expunged again: gone from the tree after the next threading.
    restore.dismiss();
    QVERIFY(await(m_other->select(MailboxName::fromString(u"INBOX"), false)).ok());
    QVERIFY(await(m_other->execute(Commands::store(SequenceSet::single(uid), Commands::StoreMode::Add, {"\\Deleted"})))
                .ok());
    QVERIFY(await(m_other->execute(Commands::uidExpunge(SequenceSet::single(uid)))).ok());
    QVERIFY(await(m_engine->execute(Commands::noop())).ok());
    QVERIFY(waitThreaded());
    QVERIFY(!m_model->indexOfUid(uid).isValid());
    QCOMPARE(renderModel(*m_model), serverThreads());
}

QTEST_MAIN(TestMessageThreadModel)
#include "tst_messagethreadmodel.moc"
