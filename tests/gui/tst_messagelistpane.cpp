// The main window's message list pane against the Dovecot fixture, under
// Xvfb with a private keychain: a folder selected in the tree fills the
// list; clicks on the star and the read dot, the keys M, S, Delete and
// Ctrl+Z, drops, drags, the search field and the remembered layout are
// driven through the real widgets, and every change is checked on the
// server through a second connection.
//
// Each test works in a folder of its own (created before the window opens,
// deleted afterwards): other tests share the fixture. The Trash is the
// fixture's; what a test moves there it takes back, and cleanupTestCase()
// removes any leftover by its subject.

#include "accounts/accountstore.h"
#include "accounts/credentialstore.h"
#include "app/folderchooserdialog.h"
#include "app/folderview.h"
#include "app/mainwindow.h"
#include "app/messagelistview.h"
#include "app/messageviewerpane.h"
#include "app/notificationbar.h"
#include "app/settings.h"
#include "awaitreply.h"
#include "core/applicationinfo.h"
#include "imap/engine/engine.h"
#include "imap/protocol/commands.h"
#include "imap/protocol/searchkey.h"
#include "models/foldertreemodel.h"
#include "models/messageactions.h"
#include "models/messagelistmodel.h"
#include "models/messagesortfiltermodel.h"
#include "models/messagethreadmodel.h"
#include "tcpproxy.h"
#include "testserver.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDrag>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>
#include <QTreeWidget>

using namespace Quail;
using namespace Quail::Imap;
using Models::FolderTreeModel;
using Models::MessageActions;
using Models::MessageListModel;
using Quail::Test::TestServer;

namespace {

constexpr int Timeout = 20000;

CommandResult await(CommandReply *reply)
{
    return Quail::Test::await(reply, Timeout);
}

MailboxName box(const QByteArray &name)
{
    return MailboxName::fromWire(name);
}

struct ServerMessage {
    Flags flags;
    QByteArray subject;
};

} // namespace

class TestMessageListPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void selectingAFolderFillsTheList();
    void starClickTogglesFlagged();
    void readDotClickTogglesSeen();
    void keysMAndSToggleTheSelection();
    void keyNSelectsTheNextUnread();
    void archiveAndJunkKeysMoveAndUndo();
    void deleteMovesToTrashAndUndoBringsItBack();
    void deleteInTrashAsksFirst();
    void dropMovesAndCopies();
    void dropOfAnotherFolderIsRefused();
    void moveToChoosesAFolder();
    void dragCarriesTheSelection();
    void dragGestureStartsADrag();
    void searchFiltersTheList();
    void threadsShowConversations();
    void remembersSortAndFolder();
    void keyboardShortcutsAreListed();
    void openingAMessageShowsItAndMarksItRead();
    void firstStartOpensTheInbox();
    void settingsReachTheModels();
    void dragFromTheListOntoAFolder();
    void longActionsShowTheirProgress();
    void spaceGoesOnToTheNextUnread();

private:
    // A new folder with `count` messages "<folder> <i>", some with "needle"
    // in their subject (0 and 2); their UIDs.
    QList<quint32> makeFolder(const QByteArray &name, int count);
    // Opens the window; with `threads`, View > Threads was left on.
    void openWindow(bool threads = false);
    // Clicks the folder in the tree and waits for its rows.
    bool selectFolder(const QString &path, int rows);
    QMap<quint32, ServerMessage> serverMessages(const QByteArray &folder);
    bool actionsIdle();
    QRect cellRect(int row, int column) const;
    void clickRow(int row, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    // A key typed in the list, through the window as the platform sends it
    // (so that the window's shortcuts see it).
    void pressKey(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);

    TestServer m_server;
    QTemporaryDir m_dir;
    QString m_accountsFile;
    QString m_accountId;
    QByteArray m_stem;
    QByteArray m_folder; // this test's folder
    QList<quint32> m_uids; // its messages
    QList<QByteArray> m_created; // deleted in cleanup()
    std::unique_ptr<Engine> m_other; // the checker
    std::unique_ptr<App::MainWindow> m_window;
    App::MessageListView *m_view = nullptr;
};

void TestMessageListPane::initTestCase()
{
    Core::initApplicationInfo("quail");
    QStandardPaths::setTestModeEnabled(true);
    QString error;
    const auto server = TestServer::fromEnvironment(&error);
    QVERIFY2(server, qPrintable(error));
    m_server = *server;
    QVERIFY2(!m_server.manifestFolders().isEmpty(), "the fixture ran without sample mail");

    m_accountsFile = m_dir.filePath(QStringLiteral("accounts.conf"));
    Accounts::Account account;
    account.name = QStringLiteral("fixture");
    account.user = m_server.user;
    account.connection = m_server.connectionSettings();
    Accounts::Account saved;
    QCOMPARE(Accounts::AccountStore(m_accountsFile).save(account, false, &saved),
             Accounts::AccountStore::SaveResult::Saved);
    m_accountId = saved.id;
    Accounts::CredentialStore keychain;
    auto written = keychain.writePassword(saved.id, m_server.password);
    QVERIFY(QTest::qWaitFor([&] { return written.isFinished(); }, Timeout));
    QVERIFY2(written.result().ok(), qPrintable(written.result().errorString));

    m_other = m_server.openEngine();
    QVERIFY(m_other);
    m_stem = "quail-pane-" + QByteArray::number(QCoreApplication::applicationPid());
}

void TestMessageListPane::cleanupTestCase()
{
    if (m_other) {
        // Anything of ours a failed test left in the special folders.
        for (const char *folder : {"Trash", "Junk", "Archive"}) {
            if (!await(m_other->select(box(folder), false)).ok())
                continue;
            const CommandResult found = await(m_other->execute(
                Commands::search(SearchKey::subject(QString::fromLatin1(m_stem)), Commands::SetKind::Uid)));
            QList<quint32> uids;
            for (const SearchData &data : found.all<SearchData>())
                uids += data.numbers;
            if (!uids.isEmpty()) {
                const SequenceSet set = SequenceSet::fromNumbers(uids);
                await(m_other->execute(Commands::store(set, Commands::StoreMode::Add, {"\\Deleted"})));
                await(m_other->execute(Commands::uidExpunge(set)));
            }
            await(m_other->execute(Commands::unselect()));
        }
        // And any folder of ours a failed init() or cleanup() left behind.
        const CommandResult listed = await(m_other->execute(Commands::list("", QByteArray(m_stem + '*'))));
        for (const ListData &data : listed.all<ListData>())
            await(m_other->execute(Commands::deleteMailbox(data.mailbox)));
    }
    Accounts::CredentialStore keychain;
    auto removed = keychain.removePassword(m_accountId);
    QVERIFY(QTest::qWaitFor([&] { return removed.isFinished(); }, Timeout));
}

void TestMessageListPane::init()
{
    // No remembered folder or order from an earlier test.
    QSettings().clear();
    m_created.clear();
    m_folder = m_stem + '-' + QByteArray(QTest::currentTestFunction());
    m_uids = makeFolder(m_folder, 5);
    QCOMPARE(m_uids.size(), 5);
    openWindow();
}

void TestMessageListPane::cleanup()
{
    m_view = nullptr;
    m_window.reset();
    await(m_other->execute(Commands::unselect()));
    for (const QByteArray &folder : std::as_const(m_created))
        await(m_other->execute(Commands::deleteMailbox(box(folder))));
}

QList<quint32> TestMessageListPane::makeFolder(const QByteArray &name, int count)
{
    const CommandResult created = await(m_other->execute(Commands::create(box(name))));
    if (!created.ok())
        return {};
    m_created.append(name);
    QList<quint32> uids;
    for (int i = 0; i < count; ++i) {
        const QByteArray id = name + ' ' + QByteArray::number(i) + (i == 0 || i == 2 ? " needle" : "");
        const QByteArray message = "From: Sender <sender@example.org>\r\nTo: quail@example.org\r\nSubject: " + id
            + "\r\nMessage-ID: <" + QByteArray(id).replace(' ', '.') + "@quail.test>\r\n\r\nBody.\r\n";
        const CommandResult appended = await(m_other->execute(Commands::append(box(name), {}, std::nullopt, message)));
        if (!appended.ok() || appended.code.type != ResponseCode::Type::AppendUid)
            return {};
        uids += *appended.code.uids.toNumbers();
    }
    return uids;
}

void TestMessageListPane::openWindow(bool threads)
{
    m_window = std::make_unique<App::MainWindow>(std::make_unique<Accounts::AccountStore>(m_accountsFile));
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    // Xvfb has no window manager to activate it; the window's shortcuts
    // need it active.
    QApplication::setActiveWindow(m_window.get());
    QCOMPARE(QApplication::activeWindow(), m_window.get());
    m_view = m_window->findChild<App::MessageListView *>(QStringLiteral("messageListView"));
    QVERIFY(m_view);
    QCOMPARE(m_view->model(),
             threads ? static_cast<QAbstractItemModel *>(m_window->messageThreads())
                     : static_cast<QAbstractItemModel *>(m_window->sortedMessages()));
}

bool TestMessageListPane::selectFolder(const QString &path, int rows)
{
    auto *tree = m_window->findChild<QTreeView *>(QStringLiteral("folderView"));
    Models::FolderTreeModel *folders = m_window->folderTree();
    if (!QTest::qWaitFor([&] { return folders->folderIndexByPath(m_accountId, path).isValid(); }, Timeout))
        return false;
    const QModelIndex index = folders->folderIndexByPath(m_accountId, path);
    tree->scrollTo(index);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(index).center());
    MessageListModel *list = m_window->messageList();
    return QTest::qWaitFor(
        [&] {
            return list->mailbox() == box(folders->folder(index)->name.wire())
                && list->state() == MessageListModel::State::Ready && m_window->sortedMessages()->rowCount() == rows;
        },
        Timeout);
}

QMap<quint32, ServerMessage> TestMessageListPane::serverMessages(const QByteArray &folder)
{
    QMap<quint32, ServerMessage> messages;
    const CommandResult selected = await(m_other->select(box(folder), true));
    if (!selected.ok()) {
        // Callers that wait for a state try again; say why this look failed.
        qWarning("EXAMINE %s failed: %s", folder.constData(), qPrintable(selected.text));
        return messages;
    }
    if (!selected.all<ExistsData>().isEmpty() && selected.all<ExistsData>().constLast().count > 0) {
        const CommandResult fetched = await(m_other->execute(Commands::fetch(
            SequenceSet::range(1, SequenceSet::Star), {"UID", "FLAGS", "ENVELOPE"}, Commands::SetKind::Sequence)));
        for (const FetchData &data : fetched.all<FetchData>())
            messages.insert(
                *data.uid,
                {data.flags.value_or(Flags()), data.envelope ? data.envelope->subject().toByteArray() : QByteArray()});
    }
    await(m_other->execute(Commands::unselect()));
    return messages;
}

bool TestMessageListPane::actionsIdle()
{
    Models::MessageActions *actions = m_window->messageActions();
    return actions && QTest::qWaitFor([&] { return actions->pending() == 0; }, Timeout);
}

QRect TestMessageListPane::cellRect(int row, int column) const
{
    const QModelIndex index = m_view->model()->index(row, column);
    m_view->scrollTo(index);
    return m_view->visualRect(index);
}

void TestMessageListPane::clickRow(int row, Qt::KeyboardModifiers modifiers)
{
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, modifiers,
                      cellRect(row, MessageListModel::SubjectColumn).center());
}

void TestMessageListPane::pressKey(Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    m_view->setFocus();
    QTest::keyClick(m_window->windowHandle(), key, modifiers);
}

// --- The tests ---------------------------------------------------------------------

void TestMessageListPane::selectingAFolderFillsTheList()
{
    const QJsonObject inbox = m_server.manifestFolder(QStringLiteral("INBOX"));
    const int total = inbox.value(QStringLiteral("total")).toInt();
    QVERIFY(total > 0);
    // While the UID list comes, the status bar says how many rows are coming
    // (the window's own slot runs first, then this one).
    auto *progress = m_window->findChild<QLabel *>(QStringLiteral("progressLabel"));
    QVERIFY(progress);
    QString during;
    connect(m_window->messageList(), &MessageListModel::listingStarted, this,
            [&](int) { during = progress->isVisible() ? progress->text() : QString(); });
    QVERIFY(selectFolder(QStringLiteral("INBOX"), total));
    QVERIFY2(during.contains(QString::number(total)), qPrintable(during));
    QVERIFY(!progress->isVisible());
    QCOMPARE(m_view->model()->rowCount(), total);
    QCOMPARE(m_window->currentAccountId(), m_accountId);
    QVERIFY(m_window->messageActions());
    // Unread rows are bold; the first row's subject arrives with its details.
    const QModelIndex first = m_view->model()->index(0, MessageListModel::SubjectColumn);
    QVERIFY(QTest::qWaitFor([&] { return first.data(MessageListModel::LoadedRole).toBool(); }, Timeout));
    const QJsonObject message = inbox.value(QStringLiteral("messages")).toArray().first().toObject();
    QCOMPARE(first.data(MessageListModel::SubjectRole).toString(), message.value(QStringLiteral("subject")).toString());
    QCOMPARE(first.data(Qt::FontRole).value<QFont>().bold(),
             !message.value(QStringLiteral("flags")).toArray().contains(QStringLiteral("\\Seen")));

    // Another folder replaces the list.
    QVERIFY(selectFolder(QString::fromLatin1(m_folder), 5));
    QCOMPARE(m_window->messageList()->mailbox(), box(m_folder));
}

void TestMessageListPane::starClickTogglesFlagged()
{
    QVERIFY(selectFolder(QString::fromLatin1(m_folder), 5));
    // The viewer follows the current message; a star click does not move it.
    QList<quint32> shown;
    connect(m_window.get(), &App::MainWindow::currentMessageChanged, this,
            [&](Engine *engine, const MailboxName &mailbox, quint32 uid) {
                QCOMPARE(engine, m_window->messageList()->engine());
                QCOMPARE(mailbox, box(m_folder));
                shown.append(uid);
            });
    clickRow(3);
    QCOMPARE(m_window->selectedUids(), QList<quint32>{m_uids[3]});
    QCOMPARE(shown, QList<quint32>{m_uids[3]});

    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, cellRect(1, MessageListModel::FlaggedColumn).center());
    // At once in the list, and the selection stays where it was.
    QVERIFY(m_view->model()->index(1, 0).data(MessageListModel::FlaggedRole).toBool());
    QCOMPARE(m_window->selectedUids(), QList<quint32>{m_uids[3]});
    QVERIFY(actionsIdle());
    QMap<quint32, ServerMessage> server = serverMessages(m_folder);
    QVERIFY(server[m_uids[1]].flags.has(Flags::Flagged));
    QVERIFY(!server[m_uids[3]].flags.has(Flags::Flagged));

    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, cellRect(1, MessageListModel::FlaggedColumn).center());
    QVERIFY(!m_view->model()->index(1, 0).data(MessageListModel::FlaggedRole).toBool());
    QVERIFY(actionsIdle());
    QVERIFY(!serverMessages(m_folder)[m_uids[1]].flags.has(Flags::Flagged));
    QCOMPARE(shown, QList<quint32>{m_uids[3]});
}

void TestMessageListPane::readDotClickTogglesSeen()
{
    QVERIFY(selectFolder(QString::fromLatin1(m_folder), 5));
    QVERIFY(!m_view->model()->index(2, 0).data(MessageListModel::SeenRole).toBool());
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, cellRect(2, MessageListModel::SeenColumn).center());
    QVERIFY(m_view->model()->index(2, 0).data(MessageListModel::SeenRole).toBool());
    QVERIFY(m_window->selectedUids().isEmpty());
    QVERIFY(actionsIdle());
    QMap<quint32, ServerMessage> server = serverMessages(m_folder);
    QVERIFY(server[m_uids[2]].flags.has(Flags::Seen));
    QVERIFY(!server[m_uids[1]].flags.has(Flags::Seen));

    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, cellRect(2, MessageListModel::SeenColumn).center());
    QVERIFY(actionsIdle());
    QVERIFY(!serverMessages(m_folder)[m_uids[2]].flags.has(Flags::Seen));
}

void TestMessageListPane::keysMAndSToggleTheSelection()
{
    QVERIFY(selectFolder(QString::fromLatin1(m_folder), 5));
    clickRow(0);
    clickRow(2, Qt::ControlModifier);
    QCOMPARE(m_window->selectedUids(), (QList<quint32>{m_uids[0], m_uids[2]}));

    pressKey(Qt::Key_M);
    QVERIFY(actionsIdle());
    QMap<quint32, ServerMessage> server = serverMessages(m_folder);
    QVERIFY(server[m_uids[0]].flags.has(Flags::Seen));
    QVERIFY(server[m_uids[2]].flags.has(Flags::Seen));
    QVERIFY(!server[m_uids[1]].flags.has(Flags::Seen));

    pressKey(Qt::Key_S);
    QVERIFY(actionsIdle());
    server = serverMessages(m_folder);
    QVERIFY(server[m_uids[0]].flags.has(Flags::Flagged));
    QVERIFY(server[m_uids[2]].flags.has(Flags::Flagged));

    // Again: both back.
    pressKey(Qt::Key_M);
    pressKey(Qt::Key_S);
    QVERIFY(actionsIdle());
    server = serverMessages(m_folder);
    for (const quint32 uid : m_uids)
        QVERIFY(!server[uid].flags.has(Flags::Seen) && !server[uid].flags.has(Flags::Flagged));
}

void TestMessageListPane::keyNSelectsTheNextUnread()
{
    QVERIFY(selectFolder(QString::fromLatin1(m_folder), 5));
    // Rows 1 and 2 read: from row 0, N skips them; then wraps to the top.
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, cellRect(1, MessageListModel::SeenColumn).center());
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, cellRect(2, MessageListModel::SeenColumn).center());
    clickRow(0);
    pressKey(Qt::Key_N);
    QCOMPARE(m_window->selectedUids(), QList<quint32>{m_uids[3]});
    pressKey(Qt::Key_N);
    QCOMPARE(m_window->selectedUids(), QList<quint32>{m_uids[4]});
    pressKey(Qt::Key_N);
    QCOMPARE(m_window->selectedUids(), QList<quint32>{m_uids[0]});
    QVERIFY(actionsIdle());
    const QMap<quint32, ServerMessage> server = serverMessages(m_folder);
    QVERIFY(server[m_uids[1]].flags.has(Flags::Seen) && server[m_uids[2]].flags.has(Flags::Seen));
}

void TestMessageListPane::archiveAndJunkKeysMoveAndUndo()
{
    QVERIFY(selectFolder(QString::fromLatin1(m_folder), 5));
    Models::FolderTreeModel *folders = m_window->folderTree();
    QVERIFY(QTest::qWaitFor(
        [&] {
            return folders->specialFolder(m_accountId, Models::SpecialUse::Archive).isValid()
                && folders->specialFolder(m_accountId, Models::SpecialUse::Junk).isValid();
        },
        Timeout));
    QAction *archive = m_window->findChild<QAction *>(QStringLiteral("actionArchive"));
    QVERIFY(archive);
    clickRow(1);
    QVERIFY2(archive->isEnabled(), qPrintable(archive->toolTip()));
    const auto ours = [this](const QByteArray &folder) {
        QMap<QByteArray, Flags> found;
        for (const ServerMessage &message : serverMessages(folder)) {
            if (message.subject.startsWith(m_folder))
                found.insert(message.subject, message.flags);
        }
        return found;
    };

    pressKey(Qt::Key_A);
    QCOMPARE(m_view->model()->rowCount(), 4);
    // The next message is selected in its place.
    QCOMPARE(m_window->selectedUids(), QList<quint32>{m_uids[2]});
    QVERIFY(actionsIdle());
    QCOMPARE(ours("Archive").keys(), QList<QByteArray>{m_folder + " 1"});
    QVERIFY(!serverMessages(m_folder).contains(m_uids[1]));
    pressKey(Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(actionsIdle());
    QVERIFY(ours("Archive").isEmpty());
    // Back with a new UID, at the end.
    QVERIFY(QTest::qWaitFor([&] { return m_view->model()->rowCount() == 5; }, Timeout));

    // J: the $Junk keyword, and into the Junk folder.
    MessageListModel *list = m_window->messageList();
    clickRow(m_window->sortedMessages()->mapFromSource(list->index(list->rowOfUid(m_uids[3]), 0)).row());
    QCOMPARE(m_window->selectedUids(), QList<quint32>{m_uids[3]});
    pressKey(Qt::Key_J);
    QVERIFY(actionsIdle());
    const QMap<QByteArray, Flags> junk = ours("Junk");
    QCOMPARE(junk.keys(), QList<QByteArray>{m_folder + " 3"});
    QVERIFY(junk.first().contains("$Junk"));
    QVERIFY(!serverMessages(m_folder).contains(m_uids[3]));
    pressKey(Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(actionsIdle());
    QVERIFY(ours("Junk").isEmpty());
    QCOMPARE(serverMessages(m_folder).size(), 5);

    // In the Archive itself, archive is unavailable and says why.
    QVERIFY(selectFolder(QStringLiteral("Archive"),
                         m_server.manifestFolder(QStringLiteral("Archive")).value(QStringLiteral("total")).toInt()));
    clickRow(0);
    QVERIFY(!archive->isEnabled());
    QVERIFY2(archive->toolTip().contains(QStringLiteral("already")), qPrintable(archive->toolTip()));
}

void TestMessageListPane::deleteMovesToTrashAndUndoBringsItBack()
{
    QVERIFY(selectFolder(QString::fromLatin1(m_folder), 5));
    QVERIFY(QTest::qWaitFor(
        [&] { return m_window->folderTree()->specialFolder(m_accountId, Models::SpecialUse::Trash).isValid(); },
        Timeout));
    const auto ours = [this](const QMap<quint32, ServerMessage> &messages) {
        QList<QByteArray> subjects;
        for (const ServerMessage &message : messages) {
            if (message.subject.startsWith(m_folder))
                subjects.append(message.subject);
        }
        return subjects;
    };
    const QList<QByteArray> trashBefore = ours(serverMessages("Trash"));
    QVERIFY(trashBefore.isEmpty());
    clickRow(1);
    QAction *undo = m_window->findChild<QAction *>(QStringLiteral("actionUndo"));
    QVERIFY(undo);
    QVERIFY(!undo->isEnabled());

    pressKey(Qt::Key_Delete);
    QCOMPARE(m_view->model()->rowCount(), 4);
    QVERIFY(actionsIdle());
    QVERIFY(!serverMessages(m_folder).contains(m_uids[1]));
    QCOMPARE(ours(serverMessages("Trash")), QList<QByteArray>{m_folder + " 1"});
    QVERIFY2(undo->isEnabled(), qPrintable(undo->toolTip()));

    pressKey(Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(actionsIdle());
    QVERIFY(ours(serverMessages("Trash")).isEmpty());
    QList<QByteArray> subjects;
    for (const ServerMessage &message : serverMessages(m_folder))
        subjects.append(message.subject);
    QVERIFY2(subjects.contains(m_folder + " 1"), subjects.join(", ").constData());
    QCOMPARE(subjects.size(), 5);
    // The list learns of the message's return from the server.
    QVERIFY(QTest::qWaitFor([&] { return m_view->model()->rowCount() == 5; }, Timeout));
}

// Inside Trash, delete is permanent: the window asks first, and only a
// confirmed delete reaches the server.
void TestMessageListPane::deleteInTrashAsksFirst()
{
    QVERIFY(selectFolder(QString::fromLatin1(m_folder), 5));
    QVERIFY(QTest::qWaitFor(
        [&] { return m_window->folderTree()->specialFolder(m_accountId, Models::SpecialUse::Trash).isValid(); },
        Timeout));
    const QByteArray subject = m_folder + " 1";
    const auto inTrash = [&] {
        for (const ServerMessage &message : serverMessages("Trash")) {
            if (message.subject == subject)
                return true;
        }
        return false;
    };
    clickRow(1);
    pressKey(Qt::Key_Delete);
    QVERIFY(actionsIdle());
    QVERIFY(QTest::qWaitFor(inTrash, Timeout));

    QVERIFY(selectFolder(QStringLiteral("Trash"), int(serverMessages("Trash").size())));
    // The rows' subjects come as the view asks for them.
    int row = -1;
    QVERIFY(QTest::qWaitFor(
        [&] {
            for (int i = 0; i < m_view->model()->rowCount(); ++i) {
                if (m_view->model()->index(i, MessageListModel::SubjectColumn).data().toString()
                    == QString::fromLatin1(subject))
                    row = i;
            }
            return row >= 0;
        },
        Timeout));
    const auto question = [&]() -> QMessageBox * {
        QMessageBox *box = nullptr;
        const bool asked = QTest::qWaitFor(
            [&] {
                box = m_window->findChild<QMessageBox *>();
                return box && box->isVisible();
            },
            Timeout);
        return asked ? box : nullptr;
    };

    clickRow(row);
    pressKey(Qt::Key_Delete);
    QPointer<QMessageBox> box = question();
    QVERIFY(box);
    QCOMPARE(box->windowTitle(), QStringLiteral("Delete Permanently"));
    box->button(QMessageBox::Cancel)->click();
    QVERIFY(QTest::qWaitFor([&] { return !box; }, Timeout));
    QVERIFY(actionsIdle());
    QVERIFY(QTest::qWaitFor(inTrash, Timeout));
    QVERIFY(m_window->messageList()->rowOfUid(m_window->selectedUids().value(0)) >= 0);

    // The question had the focus; the keys go to the window again.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    pressKey(Qt::Key_Delete);
    box = question();
    QVERIFY(box);
    QAbstractButton *confirm = nullptr;
    for (QAbstractButton *button : box->buttons()) {
        if (box->buttonRole(button) == QMessageBox::DestructiveRole)
            confirm = button;
    }
    QVERIFY(confirm);
    confirm->click();
    QVERIFY(actionsIdle());
    QVERIFY(QTest::qWaitFor([&] { return !inTrash(); }, Timeout));
}

void TestMessageListPane::dropMovesAndCopies()
{
    const QByteArray target = m_folder + "-target";
    QVERIFY(makeFolder(target, 0).isEmpty() && m_created.contains(target));
    // The window's tree was listed before the target existed.
    m_window->folderTree()->refresh(m_accountId);
    QVERIFY(selectFolder(QString::fromLatin1(m_folder), 5));
    Models::FolderTreeModel *folders = m_window->folderTree();
    QVERIFY(QTest::qWaitFor(
        [&] { return folders->folderIndexByPath(m_accountId, QString::fromLatin1(target)).isValid(); }, Timeout));
    const QModelIndex targetIndex = folders->folderIndexByPath(m_accountId, QString::fromLatin1(target));

    clickRow(0);
    std::optional<Models::MessageDrag> drag = m_window->selectedMessagesDrag();
    QVERIFY(drag);
    m_window->dropMessages(*drag, targetIndex, Qt::CopyAction);
    QVERIFY(actionsIdle());
    QCOMPARE(serverMessages(target).size(), 1);
    QCOMPARE(serverMessages(m_folder).size(), 5);
    QCOMPARE(m_view->model()->rowCount(), 5);

    clickRow(3);
    clickRow(4, Qt::ShiftModifier);
    drag = m_window->selectedMessagesDrag();
    QVERIFY(drag);
    QCOMPARE(drag->uids, (QList<quint32>{m_uids[3], m_uids[4]}));
    m_window->dropMessages(*drag, targetIndex, Qt::MoveAction);
    QCOMPARE(m_view->model()->rowCount(), 3);
    QVERIFY(actionsIdle());
    QList<QByteArray> moved;
    for (const ServerMessage &message : serverMessages(target))
        moved.append(message.subject);
    std::sort(moved.begin(), moved.end());
    QCOMPARE(moved, (QList<QByteArray>{m_folder + " 0 needle", m_folder + " 3", m_folder + " 4"}));
    QCOMPARE(serverMessages(m_folder).keys(), (QList<quint32>{m_uids[0], m_uids[1], m_uids[2]}));
}

void TestMessageListPane::moveToChoosesAFolder()
{
    const QByteArray target = m_folder + "-target";
    QVERIFY(makeFolder(target, 0).isEmpty() && m_created.contains(target));
    m_window->folderTree()->refresh(m_accountId);
    QVERIFY(selectFolder(QString::fromLatin1(m_folder), 5));
    Models::FolderTreeModel *folders = m_window->folderTree();
    QVERIFY(QTest::qWaitFor(
        [&] { return folders->folderIndexByPath(m_accountId, QString::fromLatin1(target)).isValid(); }, Timeout));

    clickRow(2);
    pressKey(Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
    auto *dialog = m_window->findChild<App::FolderChooserDialog *>(QStringLiteral("folderChooserDialog"));
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    QVERIFY(buttons);
    // Not into the folder the message is in; into the one clicked.
    dialog->selectPath(QString::fromLatin1(m_folder));
    QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isEnabled());
    QTreeView *tree = dialog->view();
    const QModelIndex index = folders->folderIndexByPath(m_accountId, QString::fromLatin1(target));
    tree->scrollTo(index);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(index).center());
    QVERIFY(buttons->button(QDialogButtonBox::Ok)->isEnabled());
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);

    QVERIFY(actionsIdle());
    QCOMPARE(m_view->model()->rowCount(), 4);
    QList<QByteArray> moved;
    for (const ServerMessage &message : serverMessages(target))
        moved.append(message.subject);
    QCOMPARE(moved, QList<QByteArray>{m_folder + " 2 needle"});
    QVERIFY(!serverMessages(m_folder).contains(m_uids[2]));
}

void TestMessageListPane::dropOfAnotherFolderIsRefused()
{
    QVERIFY(selectFolder(QString::fromLatin1(m_folder), 5));
    clickRow(0);
    const std::optional<Models::MessageDrag> drag = m_window->selectedMessagesDrag();
    QVERIFY(drag);
    const QModelIndex trash = m_window->folderTree()->folderIndexByPath(m_accountId, QStringLiteral("Trash"));
    QVERIFY(trash.isValid());

    // The folder was recreated since the drag began (another UIDVALIDITY).
    Models::MessageDrag stale = *drag;
    stale.uidValidity += 1;
    m_window->dropMessages(stale, trash, Qt::MoveAction);
    auto *bar = m_window->findChild<App::NotificationBar *>();
    QVERIFY(bar);
    QVERIFY2(bar->texts().join(QLatin1Char('\n')).contains(QStringLiteral("replaced")),
             qPrintable(bar->texts().join(QLatin1Char('\n'))));
    // Another account's messages.
    Models::MessageDrag foreign = *drag;
    foreign.accountId = QStringLiteral("another-account");
    bar->clear();
    m_window->dropMessages(foreign, trash, Qt::MoveAction);
    QCOMPARE(bar->count(), 1);
    QCOMPARE(bar->kinds().value(0), App::NotificationBar::Kind::Error);

    QCOMPARE(m_view->model()->rowCount(), 5);
    QCOMPARE(m_window->messageActions()->pending(), 0);
    QCOMPARE(serverMessages(m_folder).size(), 5);
}

void TestMessageListPane::dragCarriesTheSelection()
{
    QVERIFY(selectFolder(QString::fromLatin1(m_folder), 5));
    // Nothing selected: no drag.
    QVERIFY(!m_view->dragMimeData());
    clickRow(1);
    clickRow(4, Qt::ControlModifier);
    std::unique_ptr<QMimeData> data(m_view->dragMimeData());
    QVERIFY(data);
    const std::optional<Models::MessageDrag> drag = Models::MessageDrag::fromMimeData(data.get());
    QVERIFY(drag);
    QCOMPARE(drag->accountId, m_accountId);
    QCOMPARE(drag->mailbox, box(m_folder));
    QCOMPARE(drag->uids, (QList<quint32>{m_uids[1], m_uids[4]}));
    // The folder's UIDVALIDITY, as the server reports it.
    const CommandResult status = await(m_other->execute(Commands::status(box(m_folder), {"UIDVALIDITY"})));
    QVERIFY(status.ok());
    const QList<StatusData> data2 = status.all<StatusData>();
    QVERIFY(!data2.isEmpty() && data2.first().uidValidity);
    QCOMPARE(drag->uidValidity, *data2.first().uidValidity);
    // Dragging moves by default and copies with Ctrl.
    QCOMPARE(m_view->defaultDropAction(), Qt::MoveAction);
    QVERIFY(m_view->dragEnabled());
}

void TestMessageListPane::dragGestureStartsADrag()
{
    // The gesture itself: pressing on the selection and moving the mouse
    // with the button held starts a drag of the selected messages. (Qt only
    // drags rows the model calls draggable.) The drag is cancelled with
    // Escape from inside its loop, and nothing moves.
    QVERIFY(selectFolder(QString::fromLatin1(m_folder), 5));
    clickRow(1);
    clickRow(3, Qt::ControlModifier);
    QCOMPARE(m_window->selectedUids(), (QList<quint32>{m_uids[1], m_uids[3]}));

    std::optional<Models::MessageDrag> dragged;
    QTimer watcher;
    watcher.setInterval(20);
    connect(&watcher, &QTimer::timeout, this, [&] {
        const auto *drag = m_view->findChild<QDrag *>();
        if (!drag || !drag->mimeData())
            return;
        watcher.stop();
        dragged = Models::MessageDrag::fromMimeData(drag->mimeData());
        QKeyEvent escape(QEvent::KeyPress, Qt::Key_Escape, Qt::NoModifier);
        QCoreApplication::sendEvent(m_view, &escape);
    });
    watcher.start();

    QWidget *viewport = m_view->viewport();
    const QPoint start = cellRect(3, MessageListModel::SubjectColumn).center();
    const auto send = [&](QEvent::Type type, const QPoint &at, Qt::MouseButtons buttons) {
        QMouseEvent event(type, at, viewport->mapToGlobal(at),
                          type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton, buttons, Qt::NoModifier);
        QCoreApplication::sendEvent(viewport, &event);
    };
    send(QEvent::MouseButtonPress, start, Qt::LeftButton);
    const QPoint step(0, QApplication::startDragDistance() + 5);
    send(QEvent::MouseMove, start + step, Qt::LeftButton);
    send(QEvent::MouseMove, start + 2 * step, Qt::LeftButton);
    send(QEvent::MouseButtonRelease, start + 2 * step, Qt::NoButton);
    watcher.stop();

    QVERIFY2(dragged, "no drag started");
    QCOMPARE(dragged->uids, (QList<quint32>{m_uids[1], m_uids[3]}));
    QCOMPARE(dragged->mailbox, box(m_folder));
    QVERIFY(actionsIdle());
    QCOMPARE(m_view->model()->rowCount(), 5);
}

void TestMessageListPane::threadsShowConversations()
{
    // Two replies to message 0, the second answering the first.
    const QByteArray first = '<' + m_folder + ".0.needle@quail.test>";
    const QList<std::pair<QByteArray, QByteArray>> replies{
        {"<reply.1@quail.test>", first},
        {"<reply.2@quail.test>", first + " <reply.1@quail.test>"},
    };
    QList<quint32> replyUids;
    for (const auto &[id, references] : replies) {
        const QByteArray message = "From: Other <other@example.org>\r\nTo: quail@example.org\r\nSubject: Re: "
            + m_folder + " 0 needle\r\nMessage-ID: " + id + "\r\nIn-Reply-To: " + references.split(' ').constLast()
            + "\r\nReferences: " + references + "\r\n\r\nReply.\r\n";
        const CommandResult appended =
            await(m_other->execute(Commands::append(box(m_folder), {}, std::nullopt, message)));
        QVERIFY(appended.ok() && appended.code.type == ResponseCode::Type::AppendUid);
        replyUids += *appended.code.uids.toNumbers();
    }
    QVERIFY(selectFolder(QString::fromLatin1(m_folder), 7));

    auto *threads = m_window->findChild<QAction *>(QStringLiteral("actionThreads"));
    QVERIFY(threads && threads->isCheckable() && !threads->isChecked());
    threads->trigger();
    Models::MessageThreadModel *model = m_window->messageThreads();
    QCOMPARE(m_view->model(), model);
    const auto parentUid = [&](quint32 uid) {
        return model->indexOfUid(uid).parent().data(MessageListModel::UidRole).toUInt();
    };
    // Five conversations; the replies under what they answer, shown open.
    QVERIFY(QTest::qWaitFor([&] { return !model->isBusy() && model->rowCount() == 5; }, Timeout));
    QCOMPARE(parentUid(replyUids[1]), replyUids[0]);
    QCOMPARE(parentUid(replyUids[0]), m_uids[0]);
    QVERIFY(!model->indexOfUid(m_uids[0]).parent().isValid());
    QVERIFY(m_view->isExpanded(model->indexOfUid(m_uids[0])));
    QVERIFY(m_view->isExpanded(model->indexOfUid(replyUids[0])));
    QVERIFY(!m_view->header()->isSortIndicatorShown());

    // Next Unread goes down the conversation, not to the next one.
    const QModelIndex start = model->indexOfUid(m_uids[0], MessageListModel::SubjectColumn);
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, m_view->visualRect(start).center());
    QCOMPARE(m_window->selectedUids(), QList<quint32>{m_uids[0]});
    pressKey(Qt::Key_N);
    QCOMPARE(m_window->selectedUids(), QList<quint32>{replyUids[0]});

    // A message inside a conversation is selected, deleted and replaced by
    // the next one shown, as in the list.
    const QModelIndex reply = model->indexOfUid(replyUids[0], MessageListModel::SubjectColumn);
    m_view->scrollTo(reply);
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, m_view->visualRect(reply).center());
    QCOMPARE(m_window->selectedUids(), QList<quint32>{replyUids[0]});
    pressKey(Qt::Key_Delete);
    QVERIFY(actionsIdle());
    QVERIFY(!serverMessages(m_folder).contains(replyUids[0]));
    QCOMPARE(m_window->selectedUids(), QList<quint32>{replyUids[1]});

    // A search shows the matching messages as a list; clearing it goes back.
    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchField"));
    QVERIFY(search);
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("needle"));
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(m_view->model(), m_window->sortedMessages());
    QVERIFY(QTest::qWaitFor([&] { return m_view->model()->rowCount() == 3; }, Timeout));
    QTest::keyClick(m_window->windowHandle(), Qt::Key_Escape);
    QCOMPARE(m_view->model(), model);

    // The choice is remembered; turned off, the list is sorted by the header again.
    m_view = nullptr;
    m_window.reset();
    openWindow(true);
    QVERIFY(selectFolder(QString::fromLatin1(m_folder), 6));
    threads = m_window->findChild<QAction *>(QStringLiteral("actionThreads"));
    QVERIFY(threads->isChecked());
    threads->trigger();
    QCOMPARE(m_view->model(), m_window->sortedMessages());
    QVERIFY(m_view->header()->isSortIndicatorShown());
    QVERIFY(!m_window->messageThreads()->sourceModel());
}

void TestMessageListPane::searchFiltersTheList()
{
    QVERIFY(selectFolder(QString::fromLatin1(m_folder), 5));
    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchField"));
    QVERIFY(search);
    // Ctrl+F and "/" go to the search field.
    m_view->setFocus();
    pressKey(Qt::Key_F, Qt::ControlModifier);
    QVERIFY(search->hasFocus());
    m_view->setFocus();
    pressKey(Qt::Key_Slash);
    QVERIFY(search->hasFocus());
    QCOMPARE(search->text(), QString());

    QTest::keyClicks(search, QStringLiteral("needle"));
    QVERIFY(QTest::qWaitFor([&] { return m_view->model()->rowCount() == 2; }, Timeout));
    QVERIFY(!m_window->sortedMessages()->isBusy());
    QList<quint32> shown;
    for (int row = 0; row < m_view->model()->rowCount(); ++row)
        shown.append(m_view->model()->index(row, 0).data(MessageListModel::UidRole).toUInt());
    std::sort(shown.begin(), shown.end());
    QCOMPARE(shown, (QList<quint32>{m_uids[0], m_uids[2]}));

    // Escape clears the search and goes back to the list.
    QVERIFY(search->hasFocus());
    QTest::keyClick(m_window->windowHandle(), Qt::Key_Escape);
    QCOMPARE(search->text(), QString());
    QVERIFY(m_view->hasFocus());
    QVERIFY(QTest::qWaitFor([&] { return m_view->model()->rowCount() == 5; }, Timeout));

    // Typing in the field never triggers the list's one-letter keys. (The
    // click opens the message, which marks it read: wait for that first.)
    QSignalSpy opened(m_window->findChild<App::MessageViewerPane *>(), &App::MessageViewerPane::messageShown);
    clickRow(0);
    QCOMPARE(m_window->selectedUids(), QList<quint32>{m_uids[0]});
    QVERIFY(opened.wait(Timeout));
    QVERIFY(QTest::qWaitFor([&] { return m_window->messageActions()->pending() == 0; }, Timeout));
    const QModelIndex first = m_window->messageList()->index(0, 0);
    const bool seen = first.data(MessageListModel::SeenRole).toBool();
    const bool flagged = first.data(MessageListModel::FlaggedRole).toBool();
    pressKey(Qt::Key_Slash);
    QTest::keyClick(m_window->windowHandle(), Qt::Key_M);
    QTest::keyClick(m_window->windowHandle(), Qt::Key_S);
    QCOMPARE(search->text(), QStringLiteral("ms"));
    QCOMPARE(m_window->messageActions()->pending(), 0);
    QCOMPARE(first.data(MessageListModel::SeenRole).toBool(), seen);
    QCOMPARE(first.data(MessageListModel::FlaggedRole).toBool(), flagged);
}

void TestMessageListPane::remembersSortAndFolder()
{
    QVERIFY(selectFolder(QString::fromLatin1(m_folder), 5));
    QHeaderView *header = m_view->header();
    // A click on the Subject header sorts by subject (on the server).
    const int x = header->sectionViewportPosition(MessageListModel::SubjectColumn) + 10;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    QCOMPARE(m_window->sortedMessages()->sortColumn(), int(MessageListModel::SubjectColumn));
    const Qt::SortOrder order = m_window->sortedMessages()->sortOrder();
    header->resizeSection(MessageListModel::FromColumn, 123);
    m_window->close();
    m_view = nullptr;
    m_window.reset();

    openWindow();
    // The folder opens by itself once the account is listed, in that order.
    MessageListModel *list = m_window->messageList();
    QVERIFY(
        QTest::qWaitFor([&] { return list->mailbox() == box(m_folder) && m_view->model()->rowCount() == 5; }, Timeout));
    QCOMPARE(m_window->sortedMessages()->sortColumn(), int(MessageListModel::SubjectColumn));
    QCOMPARE(m_window->sortedMessages()->sortOrder(), order);
    QCOMPARE(m_view->header()->sortIndicatorSection(), int(MessageListModel::SubjectColumn));
    QCOMPARE(m_view->header()->sectionSize(MessageListModel::FromColumn), 123);
    QVERIFY(m_view->header()->isSectionHidden(MessageListModel::UidColumn));
    // Sorted by subject: "… 0 needle", "… 1", "… 2 needle"… ascending or not.
    QVERIFY(QTest::qWaitFor([&] { return !m_window->sortedMessages()->isBusy(); }, Timeout));
    QList<quint32> shown;
    for (int row = 0; row < 5; ++row)
        shown.append(m_view->model()->index(row, 0).data(MessageListModel::UidRole).toUInt());
    QList<quint32> expected = m_uids;
    if (order == Qt::DescendingOrder)
        std::reverse(expected.begin(), expected.end());
    QCOMPARE(shown, expected);
}

void TestMessageListPane::keyboardShortcutsAreListed()
{
    QVERIFY(selectFolder(QString::fromLatin1(m_folder), 5));
    auto *help = m_window->findChild<QAction *>(QStringLiteral("actionKeyboardShortcuts"));
    QVERIFY(help);
    help->trigger();
    auto *dialog = m_window->findChild<QDialog *>(QStringLiteral("keyboardShortcutsDialog"));
    QVERIFY(dialog);
    auto *list = dialog->findChild<QTreeWidget *>(QStringLiteral("shortcutList"));
    QVERIFY(list);
    QMap<QString, QString> keys;
    for (int row = 0; row < list->topLevelItemCount(); ++row)
        keys.insert(list->topLevelItem(row)->text(0), list->topLevelItem(row)->text(1));
    // Every action with a key is there, with its keys as the action has them.
    for (QAction *action : m_window->findChildren<QAction *>()) {
        if (action->shortcuts().isEmpty() || action->text().isEmpty())
            continue;
        QString name = action->text().remove(u'&');
        if (name.endsWith(QChar(0x2026)))
            name.chop(1);
        QVERIFY2(keys.contains(name), qPrintable(name));
        QVERIFY2(keys.value(name).contains(action->shortcut().toString(QKeySequence::NativeText)), qPrintable(name));
    }
    QCOMPARE(keys.value(QStringLiteral("Toggle Read")), QStringLiteral("M"));
    QCOMPARE(keys.value(QStringLiteral("Toggle Star")), QStringLiteral("S"));
    QVERIFY(keys.value(QStringLiteral("Search Messages")).contains(QStringLiteral("/")));
    dialog->close();
}

void TestMessageListPane::openingAMessageShowsItAndMarksItRead()
{
    QVERIFY(selectFolder(QString::fromLatin1(m_folder), 5));
    auto *viewer = m_window->findChild<App::MessageViewerPane *>();
    QVERIFY(viewer);
    QSignalSpy shown(viewer, &App::MessageViewerPane::messageShown);
    clickRow(1);
    QVERIFY(shown.wait(Timeout));
    QCOMPARE(shown.first().first().toUInt(), m_uids[1]);
    QCOMPARE(viewer->uid(), m_uids[1]);
    // The pane shows that message: its subject and body are on screen.
    const QList<QLabel *> labels = viewer->findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [&](const QLabel *label) {
        return label->isVisible() && label->text().contains(QString::fromLatin1(m_folder + " 1"));
    }));
    auto *body = viewer->findChild<QTextBrowser *>();
    QVERIFY(body);
    QVERIFY(QTest::qWaitFor([&] { return body->toPlainText().contains(QStringLiteral("Body.")); }, Timeout));
    // Shown with BODY.PEEK, then marked read through the actions (the
    // default setting): \Seen on the server for that message only.
    QVERIFY(actionsIdle());
    QVERIFY(QTest::qWaitFor([&] { return serverMessages(m_folder)[m_uids[1]].flags.has(Flags::Seen); }, Timeout));
    const QMap<quint32, ServerMessage> server = serverMessages(m_folder);
    for (const quint32 uid : {m_uids[0], m_uids[2], m_uids[3], m_uids[4]})
        QVERIFY(!server[uid].flags.has(Flags::Seen));
}

void TestMessageListPane::spaceGoesOnToTheNextUnread()
{
    QVERIFY(selectFolder(QString::fromLatin1(m_folder), 5));
    auto *viewer = m_window->findChild<App::MessageViewerPane *>();
    QSignalSpy shown(viewer, &App::MessageViewerPane::messageShown);
    clickRow(0);
    QVERIFY(shown.wait(Timeout));
    QVERIFY(QTest::qWaitFor([&] { return serverMessages(m_folder)[m_uids[0]].flags.has(Flags::Seen); }, Timeout));
    // A one-line message has no page to scroll: Space goes on to the next
    // unread message, which is shown and marked read in turn.
    pressKey(Qt::Key_Space);
    QVERIFY(QTest::qWaitFor([&] { return viewer->uid() == m_uids[1]; }, Timeout));
    QCOMPARE(m_window->selectedUids(), QList<quint32>{m_uids[1]});
    QVERIFY(QTest::qWaitFor([&] { return serverMessages(m_folder)[m_uids[1]].flags.has(Flags::Seen); }, Timeout));
    QVERIFY(!serverMessages(m_folder)[m_uids[2]].flags.has(Flags::Seen));
}

void TestMessageListPane::firstStartOpensTheInbox()
{
    // init() cleared the settings: nothing remembered, so the first
    // account's Inbox opens once the account is listed.
    MessageListModel *list = m_window->messageList();
    const int inbox = int(serverMessages("INBOX").size());
    QVERIFY(inbox > 0);
    QVERIFY(
        QTest::qWaitFor([&] { return list->mailbox().isInbox() && m_view->model()->rowCount() == inbox; }, Timeout));
    QVERIFY(m_window->folderTree()
                ->folderIndex(m_accountId, MailboxName::fromWire("INBOX"))
                .data(FolderTreeModel::WireNameRole)
                .toByteArray()
            == m_window->findChild<App::FolderView *>()->currentIndex().data(FolderTreeModel::WireNameRole));
}

void TestMessageListPane::settingsReachTheModels()
{
    // Not read on open, and Delete only marks \Deleted: the settings as the
    // dialog saves them, read by a new window.
    m_window->close();
    m_view = nullptr;
    m_window.reset();
    App::Settings settings;
    settings.markReadOnOpen = false;
    settings.deleteMode = MessageActions::DeleteMode::MarkDeleted;
    settings.save();
    openWindow();
    QCOMPARE(m_window->settings(), settings);

    QVERIFY(selectFolder(QString::fromLatin1(m_folder), 5));
    auto *viewer = m_window->findChild<App::MessageViewerPane *>();
    QSignalSpy shown(viewer, &App::MessageViewerPane::messageShown);
    clickRow(1);
    QVERIFY(shown.wait(Timeout));
    QVERIFY(actionsIdle());
    QVERIFY(!serverMessages(m_folder)[m_uids[1]].flags.has(Flags::Seen));

    pressKey(Qt::Key_Delete);
    QVERIFY(actionsIdle());
    const QMap<quint32, ServerMessage> server = serverMessages(m_folder);
    QCOMPARE(server.size(), 5);
    QVERIFY(server[m_uids[1]].flags.has(Flags::Deleted));
    QVERIFY(!server[m_uids[2]].flags.has(Flags::Deleted));
}

void TestMessageListPane::dragFromTheListOntoAFolder()
{
    // The whole chain: the list's drag payload dropped on the folder tree
    // moves the messages (Ctrl copies), checked on the server. Under Xvfb a
    // real QDrag::exec() never returns, so the drop events are delivered to
    // the folder view as a drag would deliver them.
    QVERIFY(selectFolder(QString::fromLatin1(m_folder), 5));
    auto *folders = m_window->findChild<App::FolderView *>();
    QVERIFY(folders);
    const QModelIndex trash = m_window->folderTree()->folderIndexByPath(m_accountId, QStringLiteral("Trash"));
    QVERIFY(trash.isValid());
    const QPoint at = folders->visualRect(trash).center();
    const auto ours = [this](const QByteArray &folder) {
        QList<QByteArray> subjects;
        for (const ServerMessage &message : serverMessages(folder)) {
            if (message.subject.startsWith(m_folder))
                subjects.append(message.subject);
        }
        std::sort(subjects.begin(), subjects.end());
        return subjects;
    };
    const auto drop = [&](Qt::KeyboardModifiers modifiers) {
        const std::unique_ptr<QMimeData> mime(m_view->dragMimeData());
        if (!mime)
            return false;
        const Qt::DropActions both = Qt::CopyAction | Qt::MoveAction;
        QDragEnterEvent enter(at, both, mime.get(), Qt::LeftButton, modifiers);
        QCoreApplication::sendEvent(folders->viewport(), &enter);
        QDragMoveEvent move(at, both, mime.get(), Qt::LeftButton, modifiers);
        QCoreApplication::sendEvent(folders->viewport(), &move);
        QDropEvent dropped(QPointF(at), both, mime.get(), Qt::LeftButton, modifiers);
        QCoreApplication::sendEvent(folders->viewport(), &dropped);
        return enter.isAccepted() && dropped.isAccepted();
    };

    clickRow(0);
    clickRow(1, Qt::ControlModifier);
    QCOMPARE(m_window->selectedUids(), (QList<quint32>{m_uids[0], m_uids[1]}));
    QVERIFY(drop(Qt::NoModifier));
    QVERIFY(actionsIdle());
    QCOMPARE(m_view->model()->rowCount(), 3);
    QMap<quint32, ServerMessage> here = serverMessages(m_folder);
    QVERIFY(!here.contains(m_uids[0]) && !here.contains(m_uids[1]));
    QCOMPARE(ours("Trash"), (QList<QByteArray>{m_folder + " 0 needle", m_folder + " 1"}));

    // Ctrl: a copy, the original stays.
    clickRow(0);
    QCOMPARE(m_window->selectedUids(), QList<quint32>{m_uids[2]});
    QVERIFY(drop(Qt::ControlModifier));
    QVERIFY(actionsIdle());
    QCOMPARE(m_view->model()->rowCount(), 3);
    QVERIFY(serverMessages(m_folder).contains(m_uids[2]));
    QCOMPARE(ours("Trash"), (QList<QByteArray>{m_folder + " 0 needle", m_folder + " 1", m_folder + " 2 needle"}));
}

void TestMessageListPane::longActionsShowTheirProgress()
{
    // Through a relay that can slow the network down: an action that takes
    // more than a moment shows "n of m actions done" until the server has
    // answered, then the bar goes.
    const Imap::ConnectionSettings direct = m_server.connectionSettings();
    Test::TcpProxy proxy(direct.host, direct.port);
    QVERIFY(proxy.listen());
    m_window->close();
    m_view = nullptr;
    m_window.reset();
    const QList<Accounts::Account> accounts = Accounts::AccountStore(m_accountsFile).accounts();
    QCOMPARE(accounts.size(), 1);
    const Accounts::Account original = accounts.first();
    Accounts::Account relayed = original;
    relayed.connection.port = proxy.port();
    QCOMPARE(Accounts::AccountStore(m_accountsFile).save(relayed, true), Accounts::AccountStore::SaveResult::Saved);
    auto restore = qScopeGuard([&] {
        m_window.reset();
        m_view = nullptr;
        Accounts::AccountStore(m_accountsFile).save(original, true);
    });
    openWindow();
    QVERIFY(selectFolder(QString::fromLatin1(m_folder), 5));
    QVERIFY(actionsIdle());
    QVERIFY(proxy.connectionCount() > 0);

    auto *label = m_window->findChild<QLabel *>(QStringLiteral("progressLabel"));
    auto *bar = m_window->findChild<QProgressBar *>(QStringLiteral("progressBar"));
    QVERIFY(label && bar);
    QVERIFY(!label->isVisible());
    proxy.setDelay(std::chrono::milliseconds(1500));
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, cellRect(0, MessageListModel::FlaggedColumn).center());
    QCOMPARE(m_window->messageActions()->pending(), 1);
    QVERIFY(QTest::qWaitFor([&] { return label->isVisible(); }, Timeout));
    QVERIFY2(label->text().startsWith(QStringLiteral("0 of 1 ")), qPrintable(label->text()));
    QVERIFY(bar->isVisible());
    QCOMPARE(bar->maximum(), 1);
    QCOMPARE(bar->value(), 0);
    QVERIFY(QTest::qWaitFor([&] { return !label->isVisible() && !bar->isVisible(); }, Timeout));
    QCOMPARE(m_window->messageActions()->pending(), 0);
    proxy.setDelay(std::chrono::milliseconds(0));
    QVERIFY(serverMessages(m_folder)[m_uids[0]].flags.has(Flags::Flagged));
}

QTEST_MAIN(TestMessageListPane)
#include "tst_messagelistpane.moc"
