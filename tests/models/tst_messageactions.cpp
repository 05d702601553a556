// MessageActions and the message list's catch-up against the Dovecot
// fixture, under QAbstractItemModelTester: every action shows in the model at
// once and is then checked on the server through a second connection; undo
// moves the copies back by their COPYUID; delete inside the Trash waits for
// confirmation; and after the list's connection is cut (a TCP proxy in
// between), the folder is brought up to date with QRESYNC, in place.
//
// Each test works in folders of its own, deleted again at the end: other
// tests share the server. The Trash and Archive roles are given to scratch
// folders, as the app gives the ones from the folder tree.

#include "awaitreply.h"
#include "imap/engine/engine.h"
#include "imap/protocol/commands.h"
#include "models/messageactions.h"
#include "models/messagelistmodel.h"
#include "tcpproxy.h"
#include "testserver.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QDateTime>
#include <QMap>
#include <QMutex>
#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <QTest>

using namespace Quail::Imap;
using namespace Quail::Models;
using Quail::Test::TcpProxy;
using Quail::Test::TestServer;

namespace {

constexpr int Timeout = 15000;

CommandResult await(CommandReply *reply)
{
    return Quail::Test::await(reply, Timeout);
}

MailboxName box(const QByteArray &name)
{
    return MailboxName::fromWire(name);
}

} // namespace

class TestMessageActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void flagsReachTheServer();
    void openingMarksRead();
    void markDeletedUndoAndExpunge();
    void deleteToTrashAndUndoByCopyUid();
    void deleteInTrashNeedsConfirmation();
    void archiveCopyAndMove();
    void catchesUpAfterADropWithQresync();

private:
    std::unique_ptr<Engine> openEngine(quint16 port = 0);
    // A new folder of this test with `count` messages; their UIDs.
    QList<quint32> makeFolder(const QByteArray &name, int count);
    bool openModel(const QByteArray &folder);
    // The folder's messages as the server has them now, by UID.
    QMap<quint32, Flags> serverFlags(const QByteArray &folder);
    bool waitFinished(QSignalSpy &finished, int count);
    QList<QByteArray> sentSince(qsizetype first)
    {
        QMutexLocker locker(&m_traceMutex);
        return m_sent.mid(first);
    }
    qsizetype sentCount()
    {
        QMutexLocker locker(&m_traceMutex);
        return m_sent.size();
    }

    TestServer m_server;
    QByteArray m_stem;
    QList<QByteArray> m_folders; // created by this test, deleted in cleanup()
    std::unique_ptr<TcpProxy> m_proxy;
    std::unique_ptr<Engine> m_engine; // the list's session, through the proxy
    std::unique_ptr<Engine> m_other; // another client, and the checker
    std::unique_ptr<Engine> m_undoEngine; // the account's second session
    std::unique_ptr<MessageListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<MessageActions> m_actions;
    int m_resets = 0;
    QMutex m_traceMutex;
    QList<QByteArray> m_sent; // the list session's commands
    QList<QByteArray> m_undoSent; // the second session's
};

void TestMessageActions::initTestCase()
{
    QString error;
    const auto server = TestServer::fromEnvironment(&error);
    QVERIFY2(server, qPrintable(error));
    m_server = *server;
}

std::unique_ptr<Engine> TestMessageActions::openEngine(quint16 port)
{
    auto engine = std::make_unique<Engine>();
    ConnectionSettings settings = m_server.connectionSettings();
    if (port != 0) {
        settings.port = port;
        engine->setReconnect(true, {std::chrono::milliseconds(100), std::chrono::milliseconds(500), 5});
    }
    QSignalSpy ready(engine.get(), &Engine::ready);
    QSignalSpy failed(engine.get(), &Engine::failed);
    engine->open(settings, Credentials{m_server.user, m_server.password, false, AuthMethod::Auto, {}});
    if (!QTest::qWaitFor([&] { return !ready.isEmpty() || !failed.isEmpty(); }, Timeout) || ready.isEmpty())
        return nullptr;
    return engine;
}

void TestMessageActions::init()
{
    m_stem = "quail-actions-" + QByteArray::number(QCoreApplication::applicationPid()) + '-'
        + QByteArray::number(QDateTime::currentMSecsSinceEpoch() % 100000000);
    m_folders.clear();
    m_proxy = std::make_unique<TcpProxy>(m_server.host, m_server.imapsPort);
    QVERIFY(m_proxy->listen());
    m_engine = openEngine(m_proxy->port());
    m_other = openEngine();
    m_undoEngine = openEngine();
    QVERIFY(m_engine && m_other && m_undoEngine);
    {
        QMutexLocker locker(&m_traceMutex);
        m_sent.clear();
        m_undoSent.clear();
    }
    m_engine->setTraceSink([this](bool incoming, const QByteArray &line) {
        if (!incoming) {
            QMutexLocker locker(&m_traceMutex);
            m_sent.append(line);
        }
    });
    m_undoEngine->setTraceSink([this](bool incoming, const QByteArray &line) {
        if (!incoming) {
            QMutexLocker locker(&m_traceMutex);
            m_undoSent.append(line);
        }
    });
    m_model = std::make_unique<MessageListModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_actions = std::make_unique<MessageActions>(m_model.get());
    m_actions->setOtherEngine(m_undoEngine.get());
    m_resets = 0;
}

void TestMessageActions::cleanup()
{
    m_actions.reset();
    m_tester.reset();
    m_model.reset();
    m_engine.reset();
    m_undoEngine.reset();
    m_proxy.reset();
    if (m_other) {
        await(m_other->execute(Commands::unselect()));
        for (const QByteArray &folder : std::as_const(m_folders))
            await(m_other->execute(Commands::deleteMailbox(box(folder))));
    }
    m_other.reset();
}

QList<quint32> TestMessageActions::makeFolder(const QByteArray &name, int count)
{
    const CommandResult created = await(m_other->execute(Commands::create(box(name))));
    if (!created.ok())
        return {};
    m_folders.append(name);
    QList<quint32> uids;
    for (int i = 0; i < count; ++i) {
        const QByteArray id = name + '-' + QByteArray::number(i);
        const QByteArray message = "From: Sender <sender@example.org>\r\nTo: quail@example.org\r\nSubject: " + id
            + "\r\nMessage-ID: <" + id + "@quail.test>\r\n\r\nBody.\r\n";
        const CommandResult appended = await(m_other->execute(Commands::append(box(name), {}, std::nullopt, message)));
        if (!appended.ok() || appended.code.type != ResponseCode::Type::AppendUid)
            return {};
        uids += *appended.code.uids.toNumbers();
    }
    return uids;
}

bool TestMessageActions::openModel(const QByteArray &folder)
{
    QSignalSpy loaded(m_model.get(), &MessageListModel::loaded);
    m_model->setMailbox(m_engine.get(), box(folder));
    connect(m_model.get(), &QAbstractItemModel::modelAboutToBeReset, this, [this] { ++m_resets; });
    if (!loaded.wait(Timeout) || m_model->state() != MessageListModel::State::Ready)
        return false;
    // As a view showing every row would; Message-IDs come with the details.
    m_model->fetchRows(0, m_model->rowCount() - 1);
    return QTest::qWaitFor(
        [&] { return m_model->pendingRequests() == 0 && m_model->isRowLoaded(m_model->rowCount() - 1); }, Timeout);
}

QMap<quint32, Flags> TestMessageActions::serverFlags(const QByteArray &folder)
{
    QMap<quint32, Flags> flags;
    const CommandResult selected = await(m_other->select(box(folder), true));
    if (!selected.ok())
        return flags;
    if (!selected.all<ExistsData>().isEmpty() && selected.all<ExistsData>().constLast().count > 0) {
        const CommandResult fetched = await(m_other->execute(
            Commands::fetch(SequenceSet::range(1, SequenceSet::Star), {"UID", "FLAGS"}, Commands::SetKind::Sequence)));
        for (const FetchData &data : fetched.all<FetchData>())
            flags.insert(*data.uid, data.flags.value_or(Flags()));
    }
    await(m_other->execute(Commands::unselect()));
    return flags;
}

bool TestMessageActions::waitFinished(QSignalSpy &finished, int count)
{
    return QTest::qWaitFor([&] { return finished.size() >= count; }, Timeout) && finished.at(count - 1).at(1).toBool();
}

void TestMessageActions::openingMarksRead()
{
    const QByteArray folder = m_stem;
    const QList<quint32> uids = makeFolder(folder, 2);
    QCOMPARE(uids.size(), 2);
    QVERIFY(openModel(folder));
    QSignalSpy finished(m_actions.get(), &MessageActions::finished);

    // The setting off: opening changes nothing, here or on the server.
    m_actions->setMarkReadOnOpen(false);
    QVERIFY(!m_actions->opened(uids[0]));
    QVERIFY(!m_model->index(0, 0).data(MessageListModel::SeenRole).toBool());

    // On (the default): read at once, and on the server once it answers.
    m_actions->setMarkReadOnOpen(true);
    QVERIFY(m_actions->opened(uids[0]));
    QVERIFY(m_model->index(0, 0).data(MessageListModel::SeenRole).toBool());
    QVERIFY(waitFinished(finished, 1));
    const QMap<quint32, Flags> flags = serverFlags(folder);
    QVERIFY(flags[uids[0]].has(Flags::Seen));
    QVERIFY(!flags[uids[1]].has(Flags::Seen));
    // A read message is not marked again.
    QVERIFY(!m_actions->opened(uids[0]));
}

void TestMessageActions::flagsReachTheServer()
{
    const QByteArray folder = m_stem;
    const QList<quint32> uids = makeFolder(folder, 4);
    QCOMPARE(uids.size(), 4);
    QVERIFY(openModel(folder));
    QSignalSpy finished(m_actions.get(), &MessageActions::finished);
    QSignalSpy failed(m_actions.get(), &MessageActions::failed);
    const QList<quint32> two{uids[1], uids[2]};

    // Each one shows at once, before the server answers.
    QCOMPARE(m_actions->setSeen(two, true), MessageActions::Start::Started);
    QVERIFY(m_model->index(1, 0).data(MessageListModel::SeenRole).toBool());
    QVERIFY(waitFinished(finished, 1));
    QCOMPARE(m_actions->setFlagged(two, true), MessageActions::Start::Started);
    QVERIFY(m_model->index(2, 0).data(MessageListModel::FlaggedRole).toBool());
    QVERIFY(waitFinished(finished, 2));
    QCOMPARE(m_actions->setKeyword(two, "$Label1", true), MessageActions::Start::Started);
    QCOMPARE(m_model->index(1, 0).data(MessageListModel::KeywordsRole).toStringList(),
             QStringList{QStringLiteral("$Label1")});
    QVERIFY(waitFinished(finished, 3));

    QMap<quint32, Flags> flags = serverFlags(folder);
    for (const quint32 uid : two) {
        QVERIFY(flags[uid].has(Flags::Seen));
        QVERIFY(flags[uid].has(Flags::Flagged));
        QVERIFY(flags[uid].contains("$Label1"));
    }
    QVERIFY(flags[uids[0]].isEmpty() && flags[uids[3]].isEmpty());

    // And back, one message of the two.
    QCOMPARE(m_actions->setSeen({uids[1]}, false), MessageActions::Start::Started);
    QCOMPARE(m_actions->setFlagged({uids[1]}, false), MessageActions::Start::Started);
    QCOMPARE(m_actions->setKeyword({uids[1]}, "$Label1", false), MessageActions::Start::Started);
    QVERIFY(!m_model->index(1, 0).data(MessageListModel::SeenRole).toBool());
    QVERIFY(waitFinished(finished, 6));
    flags = serverFlags(folder);
    QVERIFY(flags[uids[1]].isEmpty());
    QVERIFY(flags[uids[2]].has(Flags::Seen) && flags[uids[2]].has(Flags::Flagged));
    QVERIFY(!m_model->index(1, 0).data(MessageListModel::FlaggedRole).toBool());
    QVERIFY(m_model->index(2, 0).data(MessageListModel::FlaggedRole).toBool());

    // Several messages, one command.
    const QList<QByteArray> stores = [&] {
        QList<QByteArray> lines;
        for (const QByteArray &line : sentSince(0)) {
            if (line.contains(" UID STORE "))
                lines.append(line);
        }
        return lines;
    }();
    QCOMPARE(stores.size(), 6);
    QVERIFY2(stores.first().contains(QByteArray(" UID STORE " + QByteArray::number(uids[1]) + ':'
                                                + QByteArray::number(uids[2]) + " +FLAGS (\\Seen)")),
             stores.first().constData());
    QVERIFY(failed.isEmpty());
    QCOMPARE(m_resets, 0);
}

void TestMessageActions::markDeletedUndoAndExpunge()
{
    const QByteArray folder = m_stem;
    const QList<quint32> uids = makeFolder(folder, 4);
    QCOMPARE(uids.size(), 4);
    QVERIFY(openModel(folder));
    m_actions->setDeleteMode(MessageActions::DeleteMode::MarkDeleted);
    m_actions->setFolderRoles(box(m_stem + "-trash"), {});
    QSignalSpy finished(m_actions.get(), &MessageActions::finished);

    QCOMPARE(m_actions->deleteMessages({uids[0], uids[1]}), MessageActions::Start::Started);
    QVERIFY(m_model->index(0, 0).data(MessageListModel::DeletedRole).toBool());
    QVERIFY(waitFinished(finished, 1));
    QVERIFY(serverFlags(folder)[uids[0]].has(Flags::Deleted));
    QVERIFY2(m_actions->canUndo(), qPrintable(m_actions->undoUnavailableReason()));

    QCOMPARE(m_actions->undo(), MessageActions::Start::Started);
    QVERIFY(waitFinished(finished, 2));
    QVERIFY(!m_model->index(0, 0).data(MessageListModel::DeletedRole).toBool());
    QVERIFY(!serverFlags(folder)[uids[0]].has(Flags::Deleted));
    QVERIFY(!m_actions->canUndo());

    QCOMPARE(m_actions->deleteMessages({uids[1]}), MessageActions::Start::Started);
    QVERIFY(waitFinished(finished, 3));
    QCOMPARE(m_actions->undelete({uids[1]}), MessageActions::Start::Started);
    QVERIFY(waitFinished(finished, 4));
    QVERIFY(!serverFlags(folder)[uids[1]].has(Flags::Deleted));
    QCOMPARE(m_actions->deleteMessages({uids[1]}), MessageActions::Start::Started);
    QVERIFY(waitFinished(finished, 5));
    // Another client marks one deleted, unknown to the list (no command has
    // run on its session since): expunge removes only the list's own.
    QVERIFY(await(m_other->select(box(folder), false)).ok());
    QVERIFY(
        await(m_other->execute(Commands::store(SequenceSet::single(uids[3]), Commands::StoreMode::Add, {"\\Deleted"})))
            .ok());
    QVERIFY(await(m_other->execute(Commands::unselect())).ok());
    QCOMPARE(m_actions->expunge(), MessageActions::Start::Started);
    QCOMPARE(m_model->rowCount(), 3);
    QVERIFY(waitFinished(finished, 6));
    QCOMPARE(m_model->rowCount(), 3);
    const QMap<quint32, Flags> left = serverFlags(folder);
    QCOMPARE(left.keys(), (QList<quint32>{uids[0], uids[2], uids[3]}));
    QVERIFY(left[uids[3]].has(Flags::Deleted));
    QCOMPARE(m_resets, 0);
}

void TestMessageActions::deleteToTrashAndUndoByCopyUid()
{
    const QByteArray folder = m_stem;
    const QByteArray trash = m_stem + "-trash";
    const QList<quint32> uids = makeFolder(folder, 4);
    QCOMPARE(uids.size(), 4);
    QVERIFY(!makeFolder(trash, 0).size() && m_folders.contains(trash));
    QVERIFY(openModel(folder));
    m_actions->setFolderRoles(box(trash), {});
    QSignalSpy finished(m_actions.get(), &MessageActions::finished);
    const QPersistentModelIndex kept = m_model->index(3, MessageListModel::SubjectColumn);

    QVERIFY(!m_actions->deletesPermanently());
    QCOMPARE(m_actions->deleteMessages({uids[1], uids[2]}), MessageActions::Start::Started);
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(kept.row(), 1);
    QVERIFY(waitFinished(finished, 1));
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(serverFlags(folder).keys(), (QList<quint32>{uids[0], uids[3]}));
    QCOMPARE(serverFlags(trash).size(), 2);
    QVERIFY2(m_actions->canUndo(), qPrintable(m_actions->undoUnavailableReason()));

    QCOMPARE(m_actions->undo(), MessageActions::Start::Started);
    QVERIFY(waitFinished(finished, 2));
    QVERIFY(serverFlags(trash).isEmpty());
    QCOMPARE(serverFlags(folder).size(), 4);
    {
        // By the COPYUID's UIDs: no search for the copies by Message-ID
        // (the session's own UID SEARCH ALL after VANISHED may appear).
        QMutexLocker locker(&m_traceMutex);
        const QByteArray sent = m_undoSent.join('\n');
        QVERIFY2(sent.contains(" UID MOVE ") && !sent.contains("Message-ID"), sent.constData());
    }
    QVERIFY(await(m_engine->execute(Commands::noop())).ok());
    QVERIFY(QTest::qWaitFor([&] { return m_model->rowCount() == 4; }, Timeout));
    QCOMPARE(kept.row(), 1);
    QCOMPARE(m_resets, 0);
}

void TestMessageActions::deleteInTrashNeedsConfirmation()
{
    const QByteArray trash = m_stem + "-trash";
    const QList<quint32> uids = makeFolder(trash, 3);
    QCOMPARE(uids.size(), 3);
    QVERIFY(openModel(trash));
    m_actions->setFolderRoles(box(trash), {});
    QSignalSpy finished(m_actions.get(), &MessageActions::finished);
    const qsizetype before = sentCount();

    QVERIFY(m_actions->deletesPermanently());
    QCOMPARE(m_actions->deleteMessages({uids[0]}), MessageActions::Start::NeedsConfirmation);
    QCOMPARE(m_model->rowCount(), 3);
    QTest::qWait(100);
    QCOMPARE(sentCount(), before);
    QCOMPARE(serverFlags(trash).size(), 3);

    QCOMPARE(m_actions->deleteMessages({uids[0]}, MessageActions::Confirmation::Confirmed),
             MessageActions::Start::Started);
    QCOMPARE(m_model->rowCount(), 2);
    QVERIFY(waitFinished(finished, 1));
    QCOMPARE(serverFlags(trash).keys(), (QList<quint32>{uids[1], uids[2]}));
    // Gone for good: nothing to undo.
    QVERIFY(!m_actions->canUndo());
    QCOMPARE(m_resets, 0);
}

void TestMessageActions::archiveCopyAndMove()
{
    const QByteArray folder = m_stem;
    const QByteArray archive = m_stem + "-archive";
    const QByteArray other = m_stem + "-other";
    const QList<quint32> uids = makeFolder(folder, 4);
    QCOMPARE(uids.size(), 4);
    makeFolder(archive, 0);
    makeFolder(other, 0);
    QCOMPARE(m_folders.size(), 3);
    QVERIFY(openModel(folder));
    QSignalSpy finished(m_actions.get(), &MessageActions::finished);
    QSignalSpy failed(m_actions.get(), &MessageActions::failed);

    QVERIFY(!m_actions->canArchive());
    QCOMPARE(m_actions->archiveUnavailableReason(), QStringLiteral("This account has no Archive folder."));
    QCOMPARE(m_actions->archive({uids[0]}), MessageActions::Start::Refused);
    QCOMPARE(failed.size(), 1);
    m_actions->setFolderRoles({}, box(archive));
    QVERIFY(m_actions->canArchive());

    QCOMPARE(m_actions->archive({uids[0]}), MessageActions::Start::Started);
    QCOMPARE(m_model->rowCount(), 3);
    QVERIFY(waitFinished(finished, 1));
    QCOMPARE(m_actions->copyTo({uids[1], uids[2]}, box(other)), MessageActions::Start::Started);
    QVERIFY(waitFinished(finished, 2));
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_actions->moveTo({uids[3]}, box(other)), MessageActions::Start::Started);
    QVERIFY(waitFinished(finished, 3));
    QCOMPARE(m_model->rowCount(), 2);

    QCOMPARE(serverFlags(folder).keys(), (QList<quint32>{uids[1], uids[2]}));
    QCOMPARE(serverFlags(archive).size(), 1);
    QCOMPARE(serverFlags(other).size(), 3);
    QCOMPARE(failed.size(), 1);
    // Dovecot has MOVE: no COPY + EXPUNGE emulation on the wire.
    for (const QByteArray &line : sentSince(0))
        QVERIFY2(!line.contains("EXPUNGE"), line.constData());
    QCOMPARE(m_resets, 0);
}

void TestMessageActions::catchesUpAfterADropWithQresync()
{
    const QByteArray folder = m_stem;
    const QList<quint32> uids = makeFolder(folder, 5);
    QCOMPARE(uids.size(), 5);
    QVERIFY(openModel(folder));
    QVERIFY(m_engine->info().enabled.contains("QRESYNC"));
    const QPersistentModelIndex first = m_model->index(0, MessageListModel::SubjectColumn);
    const QPersistentModelIndex fourth = m_model->index(3, MessageListModel::SubjectColumn);
    QSignalSpy caughtUp(m_model.get(), &MessageListModel::caughtUp);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);

    // Another client changes the folder while the list's session hears
    // nothing (no command runs on it, so Dovecot tells it nothing); then the
    // connection drops.
    QVERIFY(await(m_other->select(box(folder), false)).ok());
    QVERIFY(
        await(m_other->execute(Commands::store(SequenceSet::single(uids[1]), Commands::StoreMode::Add, {"\\Flagged"})))
            .ok());
    QVERIFY(
        await(m_other->execute(Commands::store(SequenceSet::single(uids[2]), Commands::StoreMode::Add, {"\\Deleted"})))
            .ok());
    QVERIFY(await(m_other->execute(Commands::uidExpunge(SequenceSet::single(uids[2])))).ok());
    QVERIFY(await(m_other->execute(Commands::unselect())).ok());
    const CommandResult appended = await(m_other->execute(Commands::append(
        box(folder), {"\\Seen"}, std::nullopt,
        QByteArray("From: a@example.org\r\nSubject: appended\r\nMessage-ID: <appended@quail.test>\r\n\r\nBody.\r\n"))));
    QVERIFY(appended.ok());
    const quint32 newUid = appended.code.uids.toNumbers()->constFirst();
    QCOMPARE(m_model->rowCount(), 5);
    QVERIFY(!m_model->index(1, 0).data(MessageListModel::FlaggedRole).toBool());

    const qsizetype before = sentCount();
    m_proxy->cut();
    QVERIFY(caughtUp.wait(Timeout));
    QVERIFY(QTest::qWaitFor([&] { return m_model->rowCount() == 5; }, Timeout));
    QCOMPARE(m_proxy->connectionCount(), 2);

    QList<quint32> rows;
    for (int row = 0; row < m_model->rowCount(); ++row)
        rows.append(m_model->index(row, 0).data(MessageListModel::UidRole).toUInt());
    QCOMPARE(rows, (QList<quint32>{uids[0], uids[1], uids[3], uids[4], newUid}));
    QVERIFY(m_model->index(1, 0).data(MessageListModel::FlaggedRole).toBool());
    QVERIFY(m_model->index(4, 0).data(MessageListModel::SeenRole).toBool());
    // In place: one row removed, no reset, indexes follow their messages.
    QCOMPARE(m_resets, 0);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(first.row(), 0);
    QCOMPARE(fourth.row(), 2);
    QCOMPARE(fourth.data(MessageListModel::UidRole).toUInt(), uids[3]);

    // The wire: one QRESYNC SELECT with what the list held, no full list.
    const QList<QByteArray> sent = sentSince(before);
    bool qresync = false;
    for (const QByteArray &line : sent) {
        if (line.contains(QByteArray(" SELECT " + folder + " (QRESYNC (")))
            qresync = true;
        QVERIFY2(!line.contains("FETCH 1:* (UID FLAGS)"), line.constData());
        QVERIFY2(!line.contains("SEARCH"), line.constData());
    }
    QVERIFY2(qresync, sent.join('\n').constData());
    QCOMPARE(m_model->state(), MessageListModel::State::Ready);

    // Actions work again on the new connection.
    QSignalSpy finished(m_actions.get(), &MessageActions::finished);
    QCOMPARE(m_actions->setSeen({uids[0]}, true), MessageActions::Start::Started);
    QVERIFY(waitFinished(finished, 1));
    QVERIFY(serverFlags(folder)[uids[0]].has(Flags::Seen));
}

QTEST_MAIN(TestMessageActions)
#include "tst_messageactions.moc"
