#include "app/mainwindow.h"

#include "accounts/accountstore.h"
#include "accounts/credentialstore.h"
#include "app/accountdialog.h"
#include "app/accountsessions.h"
#include "app/connectionindicator.h"
#include "app/connectionprompts.h"
#include "app/folderview.h"
#include "app/keyboardshortcutsdialog.h"
#include "app/messagecommands.h"
#include "app/messagelistview.h"
#include "app/messageviewerpane.h"
#include "app/notificationbar.h"
#include "app/settingsdialog.h"
#include "app/trayicon.h"
#include "imap/engine/engine.h"
#include "imap/protocol/commands.h"
#include "models/foldertreemodel.h"
#include "models/messageactions.h"
#include "models/messagelistmodel.h"
#include "models/messagesortfiltermodel.h"
#include "models/messagethreadmodel.h"
#include "ui_mainwindow.h"

#include <QCloseEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QTimer>

#include <algorithm>

namespace Quail::App {

using Models::FolderTreeModel;
using Models::MessageActions;
using Models::MessageListModel;
using Models::MessageSortFilterModel;
using Models::MessageThreadModel;

namespace {

// How long an action may run before the progress bar shows it: a star click
// answered in a blink should not flash a bar.
constexpr int actionProgressDelayMs = 400;
// Typing in the search field asks the server once people pause.
constexpr int searchDelayMs = 300;

QString settingsGroup()
{
    return QStringLiteral("MessageList");
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : MainWindow(std::make_unique<Accounts::AccountStore>(), parent)
{
}

MainWindow::MainWindow(std::unique_ptr<Accounts::AccountStore> store, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_accounts(std::move(store))
    , m_credentials(std::make_unique<Accounts::CredentialStore>())
    , m_folders(std::make_unique<Models::FolderTreeModel>())
    , m_sessions(std::make_unique<AccountSessions>(*m_accounts, *m_credentials, *m_folders))
    , m_list(std::make_unique<MessageListModel>())
    , m_sorted(std::make_unique<MessageSortFilterModel>())
    , m_threads(std::make_unique<MessageThreadModel>())
    , m_settings(Settings::load())
{
    // Theme icons first; where the desktop's theme has none, the bundled
    // ones (before setupUi(), which looks the toolbar's icons up).
    if (!QIcon::fallbackSearchPaths().contains(QStringLiteral(":/icons/actions")))
        QIcon::setFallbackSearchPaths(QIcon::fallbackSearchPaths() << QStringLiteral(":/icons/actions"));
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/quail.svg")));

    connect(m_ui->actionAddAccount, &QAction::triggered, this, &MainWindow::addAccount);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionAboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
    connect(m_ui->actionKeyboardShortcuts, &QAction::triggered, this, &MainWindow::showKeyboardShortcuts);

    const qsizetype accounts = m_accounts->accounts().size();
    statusBar()->showMessage(accounts == 0 ? tr("No account configured: File > Add Account…")
                                           : tr("%n account(s) configured", nullptr, int(accounts)));

    m_ui->folderView->setModel(m_folders.get());
    m_ui->menuFolder->addActions(m_ui->folderView->folderActions());
    connect(m_ui->folderView, &FolderView::errorOccurred, this, &MainWindow::showError);
    connect(m_ui->folderView, &FolderView::noticeOccurred, this, &MainWindow::showNotice);
    connect(m_ui->folderView, &FolderView::messagesDropped, this, &MainWindow::dropMessages);
    // Accounts open expanded, so their folders show at once.
    connect(m_folders.get(), &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &under, int first, int last) {
                if (under.isValid())
                    return;
                for (int row = first; row <= last; ++row)
                    m_ui->folderView->expand(m_folders->index(row, 0));
            });
    connect(m_ui->folderView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { openFolder(current); });
    connect(m_folders.get(), &FolderTreeModel::accountRefreshed, this, [this](const QString &accountId) {
        // Roles may have appeared (a Trash created meanwhile).
        if (accountId == m_accountId)
            setFolderRoles();
        restoreLastFolder(accountId);
    });
    setupConnectionUi();
    setUpMessageList();
    setUpViewer();
    setUpActions();
    // --- Settings, tray and screenshot readiness ---------------------------
    connect(m_ui->actionSettings, &QAction::triggered, this, &MainWindow::showSettings);
    m_tray = std::make_unique<TrayIcon>(*m_folders);
    // Shown once the caller has had its say: a screenshot run (set right
    // after construction) never flashes an icon into the user's tray.
    m_tray->setEnabled(false);
    QTimer::singleShot(0, this, [this] { m_tray->setEnabled(m_settings.showTrayIcon && !m_screenshotMode); });
    connect(m_tray.get(), &TrayIcon::activated, this, [this] {
        showNormal();
        raise();
        activateWindow();
    });
    // Ready: the open folder listed, its newest message shown (peeked, not
    // read: see applySettings()) and the rows on screen loaded.
    connect(m_list.get(), &MessageListModel::loaded, this, [this] {
        if (!m_screenshotMode || m_readySent)
            return;
        if (m_list->rowCount() == 0) {
            checkScreenshotReady();
            return;
        }
        // The list is in UID order: its last row is the newest message.
        const QModelIndex newest =
            shownIndexOf(m_list->index(m_list->rowCount() - 1, 0).data(MessageListModel::UidRole).toUInt());
        m_ui->messageListView->selectionModel()->setCurrentIndex(
            newest, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_ui->messageListView->scrollTo(newest);
    });
    connect(m_ui->messageView, &MessageViewerPane::messageShown, this, [this] {
        if (m_screenshotMode && !m_readySent)
            checkScreenshotReady();
    });
    connect(m_folders.get(), &Models::FolderTreeModel::accountFailed, this,
            [this](const QString &, const QString &text) { Q_EMIT failedForScreenshot(text); });
    connect(m_sessions.get(), &AccountSessions::error, this, &MainWindow::failedForScreenshot);
    // Queued, so that whoever constructed the window can connect first.
    QTimer::singleShot(0, this, [this] {
        if (m_accounts->accounts().isEmpty())
            Q_EMIT failedForScreenshot(tr("No account is configured. Add one in Quail (File > Add Account…) "
                                          "or with quail-imap account add."));
    });
    // -----------------------------------------------------------------------

    m_sessions->startAll();
    restoreLayout();
    updateActions();
}

MainWindow::~MainWindow()
{
    // The view and its selection model outlive the models (they are the
    // window's children): detach them first, so that nothing paints or
    // reacts to a model being destroyed.
    m_ui->messageListView->selectionModel()->disconnect(this);
    m_ui->messageListView->setModel(nullptr);
    // The commands refer to the models below.
    delete std::exchange(m_commands, nullptr);
    // Removing the accounts below moves the folder tree's current row: that
    // must not open a folder in a list that is gone.
    m_ui->folderView->selectionModel()->disconnect(this);
    m_folders->disconnect(this);
    m_sessions->disconnect(this);
    m_actions.reset();
    m_threads.reset();
    m_sorted.reset();
    m_list.reset();
}

// --- Set-up --------------------------------------------------------------------

void MainWindow::setUpMessageList()
{
    m_sorted->setSourceModel(m_list.get());
    MessageListView *view = m_ui->messageListView;
    view->setModel(m_sorted.get());
    view->setStarColumn(MessageListModel::FlaggedColumn);
    view->setReadColumn(MessageListModel::SeenColumn);
    // Conversations indent their subjects, as Thunderbird does; the narrow
    // indicator columns keep their glyphs.
    view->setTreePosition(MessageListModel::SubjectColumn);
    view->header()->setSectionsMovable(true);
    view->header()->setStretchLastSection(false);
    view->header()->setSortIndicatorShown(true);
    applyDefaultColumns();
    m_commands = new MessageCommands(
        *view, *m_list, [this](quint32 uid) { return shownIndexOf(uid); }, *m_folders, *this);
    connect(m_commands, &MessageCommands::errorOccurred, this, &MainWindow::showError);
    connect(m_commands, &MessageCommands::started, this, &MainWindow::updateProgress);
    view->setDragSource([this] { return selectedMessagesDrag(); });

    connect(view, &MessageListView::starClicked, m_commands, &MessageCommands::toggleFlaggedOf);
    connect(view, &MessageListView::readClicked, m_commands, &MessageCommands::toggleSeenOf);
    connect(view, &QWidget::customContextMenuRequested, this, &MainWindow::showContextMenu);
    connectListSelection();

    // Flags change under the selection (ours, or another client's).
    connect(m_list.get(), &QAbstractItemModel::dataChanged, this, &MainWindow::updateActions);
    connect(m_list.get(), &MessageListModel::listingStarted, this, [this](int messages) {
        m_listing = messages;
        updateProgress();
    });
    connect(m_list.get(), &MessageListModel::loaded, this, [this] {
        m_listing = -1;
        updateProgress();
        updateActions();
    });
    connect(m_list.get(), &MessageListModel::failed, this, [this](const QString &message) {
        m_listing = -1;
        updateProgress();
        showError(message);
    });
    connect(m_sorted.get(), &MessageSortFilterModel::busyChanged, this, &MainWindow::updateProgress);
    connect(m_sorted.get(), &MessageSortFilterModel::failed, this, &MainWindow::showError);
    connect(m_threads.get(), &MessageThreadModel::busyChanged, this, &MainWindow::updateProgress);
    connect(m_threads.get(), &MessageThreadModel::failed, this, &MainWindow::showError);
    // Conversations open expanded, as the flat list shows every message.
    connect(m_threads.get(), &MessageThreadModel::threaded, this, [this] {
        if (m_ui->messageListView->model() == m_threads.get())
            m_ui->messageListView->expandAll();
    });

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(true);
    m_progressLabel = new QLabel(this);
    m_progressLabel->setObjectName(QStringLiteral("progressLabel"));
    statusBar()->addPermanentWidget(m_progressLabel);
    statusBar()->addPermanentWidget(m_progress);
    m_progress->hide();
    m_progressLabel->hide();
    m_progressTimer = new QTimer(this);
    m_progressTimer->setSingleShot(true);
    connect(m_progressTimer, &QTimer::timeout, this, &MainWindow::updateProgress);
}

void MainWindow::connectListSelection()
{
    QItemSelectionModel *selection = m_ui->messageListView->selectionModel();
    connect(selection, &QItemSelectionModel::selectionChanged, this, &MainWindow::updateActions);
    connect(selection, &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { onCurrentMessageChanged(current); });
}

void MainWindow::updateListModel()
{
    const bool threads = m_ui->actionThreads->isChecked() && m_sorted->filterText().isEmpty() && !m_screenshotMode;
    // Threading asks the server (or fetches every message's references) on
    // each change of the folder: only while the conversations are shown.
    if (threads && m_threads->sourceModel() != m_list.get())
        m_threads->setSourceModel(m_list.get());
    QAbstractItemModel *shown = threads ? static_cast<QAbstractItemModel *>(m_threads.get()) : m_sorted.get();
    MessageListView *view = m_ui->messageListView;
    if (view->model() != shown) {
        const quint32 current = view->currentIndex().data(MessageListModel::UidRole).toUInt();
        // A new model comes with a new selection model: the old one goes.
        QItemSelectionModel *old = view->selectionModel();
        old->disconnect(this);
        view->setModel(shown);
        delete old;
        connectListSelection();
        view->setRootIsDecorated(threads);
        // Conversations are in date order, as RFC 5256 has them; the header
        // sorts the list.
        view->header()->setSortIndicatorShown(!threads);
        view->setSortingEnabled(!threads);
        if (threads)
            view->expandAll();
        if (const QModelIndex index = shownIndexOf(current); index.isValid()) {
            view->selectionModel()->setCurrentIndex(index,
                                                    QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            view->scrollTo(index);
        }
        updateActions();
    }
    if (!threads && m_threads->sourceModel())
        m_threads->setSourceModel(nullptr);
}

void MainWindow::setFilterText(const QString &text)
{
    m_sorted->setFilterText(text);
    updateListModel();
}

QModelIndex MainWindow::shownIndexOf(quint32 uid) const
{
    if (uid == 0)
        return {};
    if (m_ui->messageListView->model() == m_threads.get())
        return m_threads->indexOfUid(uid, MessageListModel::SubjectColumn);
    const int row = m_list->rowOfUid(uid);
    return row < 0 ? QModelIndex() : m_sorted->mapFromSource(m_list->index(row, MessageListModel::SubjectColumn));
}

void MainWindow::setUpViewer()
{
    MessageViewerPane *viewer = m_ui->messageView;
    connect(this, &MainWindow::currentMessageChanged, viewer,
            [viewer](Imap::Engine *engine, const Imap::MailboxName &mailbox, quint32 uid) {
                // The list's session has the folder selected: the viewer
                // reads the parts there, with BODY.PEEK, so showing is not
                // reading; the setting decides that (messageShown below).
                if (uid == 0 || !engine)
                    viewer->clear();
                else
                    viewer->showMessage(engine, mailbox, uid);
            });
    connect(viewer, &MessageViewerPane::messageShown, this, [this, viewer](quint32 uid) {
        if (!m_actions)
            return;
        if (m_settings.markReadDelayMs <= 0) {
            m_actions->opened(uid);
            return;
        }
        // Read only if it is still the one on screen when the delay ends.
        QTimer::singleShot(m_settings.markReadDelayMs, m_actions.get(), [this, viewer, uid] {
            if (viewer->uid() == uid)
                m_actions->opened(uid);
        });
    });
    connect(viewer, &MessageViewerPane::errorOccurred, this, &MainWindow::showError);
    connect(viewer, &MessageViewerPane::attachmentSaved, this,
            [this](const QString &path) { showNotice(tr("Saved to %1").arg(QDir::toNativeSeparators(path))); });
    m_ui->menuMessage->addSeparator();
    m_ui->menuMessage->addAction(viewer->allHeadersAction());
    m_ui->menuMessage->addAction(viewer->viewSourceAction());
}

void MainWindow::pageDown()
{
    // Space as in Thunderbird: through the message, then on to the next
    // unread one.
    if (!m_ui->messageView->pageDown())
        nextUnread();
}

void MainWindow::setUpActions()
{
    Ui::MainWindow &ui = *m_ui;
    connect(ui.actionGetMail, &QAction::triggered, this, &MainWindow::getMail);
    MessageCommands *commands = m_commands;
    connect(ui.actionMarkRead, &QAction::triggered, commands, [commands] { commands->setSeen(true); });
    connect(ui.actionMarkUnread, &QAction::triggered, commands, [commands] { commands->setSeen(false); });
    connect(ui.actionToggleRead, &QAction::triggered, commands, &MessageCommands::toggleSeen);
    connect(ui.actionFlag, &QAction::triggered, commands, [commands] { commands->setFlagged(true); });
    connect(ui.actionUnflag, &QAction::triggered, commands, [commands] { commands->setFlagged(false); });
    connect(ui.actionToggleFlag, &QAction::triggered, commands, &MessageCommands::toggleFlagged);
    connect(ui.actionDelete, &QAction::triggered, commands, &MessageCommands::deleteSelected);
    connect(ui.actionMoveTo, &QAction::triggered, commands, [commands] { commands->chooseFolderFor(true); });
    connect(ui.actionCopyTo, &QAction::triggered, commands, [commands] { commands->chooseFolderFor(false); });
    connect(ui.actionArchive, &QAction::triggered, commands, &MessageCommands::archiveSelected);
    connect(ui.actionJunk, &QAction::triggered, commands, &MessageCommands::markJunk);
    connect(ui.actionExpunge, &QAction::triggered, commands, &MessageCommands::expunge);
    connect(ui.actionUndo, &QAction::triggered, commands, &MessageCommands::undo);
    connect(ui.actionFind, &QAction::triggered, this, &MainWindow::focusSearch);
    connect(ui.actionNextUnread, &QAction::triggered, this, &MainWindow::nextUnread);
    connect(ui.actionPageDown, &QAction::triggered, this, &MainWindow::pageDown);
    connect(ui.actionThreads, &QAction::toggled, this, [this](bool on) {
        QSettings settings;
        settings.beginGroup(settingsGroup());
        settings.setValue(QStringLiteral("threads"), on);
        updateListModel();
    });
    // Thunderbird's keys: "/" searches as Ctrl+F does.
    ui.actionFind->setShortcuts({QKeySequence::Find, QKeySequence(Qt::Key_Slash)});
    ui.actionUndo->setShortcuts(QKeySequence::Undo);
    ui.actionDelete->setShortcuts(QKeySequence::Delete);
    // Each action's own words are its tooltip until a reason replaces them.
    for (QAction *action : findChildren<QAction *>())
        action->setProperty("quailToolTip", action->toolTip());

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search messages (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search messages"));
    m_search->setMaximumWidth(320);
    auto *spacer = new QWidget(this);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    ui.mainToolBar->addWidget(spacer);
    ui.mainToolBar->addWidget(m_search);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(searchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, [this] { setFilterText(m_search->text().trimmed()); });
    // Enter searches at once; Escape clears and goes back to the list.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchTimer->stop();
        setFilterText(m_search->text().trimmed());
    });
    auto *clearSearch = new QAction(tr("Clear Search"), m_search);
    clearSearch->setObjectName(QStringLiteral("actionClearSearch"));
    clearSearch->setShortcut(QKeySequence(Qt::Key_Escape));
    clearSearch->setShortcutContext(Qt::WidgetShortcut);
    m_search->addAction(clearSearch);
    connect(clearSearch, &QAction::triggered, this, [this] {
        m_search->clear();
        m_searchTimer->stop();
        setFilterText({});
        m_ui->messageListView->setFocus(Qt::ShortcutFocusReason);
    });
}

void MainWindow::applyDefaultColumns()
{
    MessageListView *view = m_ui->messageListView;
    QHeaderView *header = view->header();
    for (const int column : {MessageListModel::AnsweredColumn, MessageListModel::ForwardedColumn,
                             MessageListModel::ToColumn, MessageListModel::KeywordsColumn, MessageListModel::UidColumn})
        header->setSectionHidden(column, true);
    // Star, read dot, attachment, subject, from, date, size.
    header->moveSection(header->visualIndex(MessageListModel::FlaggedColumn), 0);
    const int glyph = std::max(24, view->fontMetrics().horizontalAdvance(QStringLiteral("\u2605")) + 14);
    for (const int column :
         {MessageListModel::FlaggedColumn, MessageListModel::SeenColumn, MessageListModel::AttachmentColumn})
        header->resizeSection(column, glyph);
    // The subject takes what the other columns leave, as in Thunderbird, so
    // the list never scrolls sideways.
    header->setSectionResizeMode(MessageListModel::SubjectColumn, QHeaderView::Stretch);
    header->resizeSection(MessageListModel::FromColumn, 200);
    header->resizeSection(MessageListModel::DateColumn, 170);
    header->resizeSection(MessageListModel::SizeColumn, 85);
}

// --- Settings ------------------------------------------------------------------

void MainWindow::closeEvent(QCloseEvent *event)
{
    // A screenshot's size is not the user's layout.
    if (!m_screenshotMode)
        saveLayout();
    event->accept();
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("MainWindow"));
    if (!restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray()))
        resize(1100, 700);
    // First start: a narrow folder tree, and the list above a larger viewer.
    if (!m_ui->mainSplitter->restoreState(settings.value(QStringLiteral("mainSplitter")).toByteArray()))
        m_ui->mainSplitter->setSizes({width() / 4, width() * 3 / 4});
    if (!m_ui->messageSplitter->restoreState(settings.value(QStringLiteral("messageSplitter")).toByteArray()))
        m_ui->messageSplitter->setSizes({height() * 2 / 5, height() * 3 / 5});
    settings.endGroup();

    settings.beginGroup(settingsGroup());
    QHeaderView *header = m_ui->messageListView->header();
    header->restoreState(settings.value(QStringLiteral("header")).toByteArray());
    // The order is the proxy's (the server sorts): set it explicitly, not
    // through the header state alone. -1 is the folder's own order.
    const int column = settings.value(QStringLiteral("sortColumn"), -1).toInt();
    const auto order = Qt::SortOrder(settings.value(QStringLiteral("sortOrder"), int(Qt::AscendingOrder)).toInt());
    m_ui->messageListView->sortByColumn(column >= 0 && column < MessageListModel::ColumnCount ? column : -1, order);
    m_ui->actionThreads->setChecked(settings.value(QStringLiteral("threads"), false).toBool());
    m_restoreAccountId = settings.value(QStringLiteral("lastAccount")).toString();
    m_restorePath = settings.value(QStringLiteral("lastFolder")).toString();
    // A first start opens the first account's Inbox, as mail users expect.
    if (m_restoreAccountId.isEmpty() && !m_accounts->accounts().isEmpty()) {
        m_restoreAccountId = m_accounts->accounts().constFirst().id;
        m_restorePath = QStringLiteral("INBOX");
    }
    // The account may be listed already (a fast server): try at once too.
    if (!m_restoreAccountId.isEmpty())
        restoreLastFolder(m_restoreAccountId);
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("MainWindow"));
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainSplitter"), m_ui->mainSplitter->saveState());
    settings.setValue(QStringLiteral("messageSplitter"), m_ui->messageSplitter->saveState());
    settings.endGroup();

    settings.beginGroup(settingsGroup());
    settings.setValue(QStringLiteral("header"), m_ui->messageListView->header()->saveState());
    settings.setValue(QStringLiteral("sortColumn"), m_sorted->sortColumn());
    settings.setValue(QStringLiteral("sortOrder"), int(m_sorted->sortOrder()));
}

void MainWindow::restoreLastFolder(const QString &accountId)
{
    if (m_restoreAccountId.isEmpty() || accountId != m_restoreAccountId)
        return;
    QModelIndex index = m_folders->folderIndexByPath(accountId, m_restorePath);
    if (!index.isValid()) // renamed or deleted since: the Inbox instead
        index = m_folders->folderIndex(accountId, Imap::MailboxName::fromWire("INBOX"));
    if (!index.isValid())
        return;
    m_restoreAccountId.clear();
    m_restorePath.clear();
    m_ui->folderView->setCurrentIndex(index);
    m_ui->folderView->scrollTo(index);
}

// --- The open folder -------------------------------------------------------------

void MainWindow::openFolder(const QModelIndex &folder)
{
    if (!folder.isValid() || folder.data(FolderTreeModel::IsAccountRole).toBool()
        || !folder.data(FolderTreeModel::SelectableRole).toBool())
        return;
    const QString accountId = folder.data(FolderTreeModel::AccountIdRole).toString();
    const auto mailbox = Imap::MailboxName::fromWire(folder.data(FolderTreeModel::WireNameRole).toByteArray());
    if (accountId == m_accountId && mailbox == m_list->mailbox() && m_list->state() != MessageListModel::State::Failed)
        return;
    Imap::Engine *engine = m_sessions->session(accountId);
    if (!engine) {
        showError(tr("The account of this folder is not connected."));
        return;
    }
    // People chose a folder themselves: the remembered one no longer counts.
    m_restoreAccountId.clear();
    m_restorePath.clear();

    m_actions.reset();
    m_accountId = accountId;
    m_folderPath = folder.data(FolderTreeModel::PathRole).toString();
    // A search belongs to the folder it was typed in.
    {
        const QSignalBlocker blocker(m_search);
        m_search->clear();
        m_searchTimer->stop();
    }
    setFilterText({});
    m_listing = -1;
    m_list->setMailbox(engine, mailbox);

    m_actions = std::make_unique<MessageActions>(m_list.get());
    m_actions->setOtherEngine(m_sessions->background(accountId));
    m_commands->setFolder(m_actions.get(), m_accountId);
    applySettings();
    setFolderRoles();
    connect(m_actions.get(), &MessageActions::failed, this,
            [this](MessageActions::Action, const QString &message) { showError(message); });
    connect(m_actions.get(), &MessageActions::notice, this,
            [this](MessageActions::Action, const QString &message) { showNotice(message); });
    connect(m_actions.get(), &MessageActions::finished, this, [this] {
        updateProgress();
        updateActions();
    });
    connect(m_actions.get(), &MessageActions::undoChanged, this, &MainWindow::updateActions);

    QSettings settings;
    settings.beginGroup(settingsGroup());
    settings.setValue(QStringLiteral("lastAccount"), m_accountId);
    settings.setValue(QStringLiteral("lastFolder"), m_folderPath);
    setWindowTitle(tr("%1 - Quail").arg(folder.data(FolderTreeModel::DisplayNameRole).toString()));
    updateActions();
    updateProgress();
    Q_EMIT currentMessageChanged(nullptr, {}, 0);
}

void MainWindow::setFolderRoles()
{
    if (m_actions)
        m_actions->setFolderRoles(m_commands->specialFolder(Models::SpecialUse::Trash),
                                  m_commands->specialFolder(Models::SpecialUse::Archive));
}

QList<quint32> MainWindow::selectedUids() const
{
    return m_commands->selectedUids();
}

std::optional<Models::MessageDrag> MainWindow::selectedMessagesDrag() const
{
    return m_commands->selectedMessagesDrag();
}

void MainWindow::dropMessages(const Models::MessageDrag &drag, const QModelIndex &folder, Qt::DropAction action)
{
    m_commands->dropMessages(drag, folder, action);
}

void MainWindow::onCurrentMessageChanged(const QModelIndex &current)
{
    const quint32 uid = current.isValid() ? current.data(MessageListModel::UidRole).toUInt() : 0;
    if (uid == 0)
        Q_EMIT currentMessageChanged(nullptr, {}, 0);
    else
        Q_EMIT currentMessageChanged(m_list->engine(), m_list->mailbox(), uid);
}

// --- Actions -----------------------------------------------------------------------

void MainWindow::updateActions()
{
    Ui::MainWindow &ui = *m_ui;
    const bool open = m_actions && m_list->state() != MessageListModel::State::Empty;
    const bool any = open && m_ui->messageListView->selectionModel()->hasSelection();
    const bool writable = open && !m_list->isReadOnly();
    const auto explain = [](QAction *action, bool enabled, const QString &reason) {
        action->setEnabled(enabled && reason.isEmpty());
        const QString tip = reason.isEmpty() ? action->property("quailToolTip").toString() : reason;
        action->setToolTip(tip);
        action->setStatusTip(reason);
    };
    ui.actionGetMail->setEnabled(open);
    ui.actionNextUnread->setEnabled(open);
    ui.actionFind->setEnabled(open);
    for (QAction *action : {ui.actionMarkRead, ui.actionMarkUnread, ui.actionToggleRead, ui.actionFlag, ui.actionUnflag,
                            ui.actionToggleFlag, ui.actionDelete, ui.actionMoveTo, ui.actionJunk})
        action->setEnabled(any && writable);
    ui.actionCopyTo->setEnabled(any);
    ui.actionExpunge->setEnabled(writable);
    explain(ui.actionArchive, any && writable, open ? m_actions->archiveUnavailableReason() : QString());
    if (m_actions && m_actions->canUndo()) {
        explain(ui.actionUndo, true, {});
    } else {
        const QString reason = m_actions ? m_actions->undoUnavailableReason() : QString();
        explain(ui.actionUndo, false, reason);
    }
}

void MainWindow::updateProgress()
{
    const int pending = m_actions ? m_actions->pending() : 0;
    if (pending == 0) {
        m_actionsStarted = 0;
        m_actionsClock.invalidate();
    } else if (!m_actionsClock.isValid()) {
        m_actionsStarted = pending;
        m_actionsClock.start();
    } else {
        m_actionsStarted = std::max(m_actionsStarted, pending);
    }

    QString label;
    int maximum = 0;
    int value = 0;
    if (m_listing >= 0) {
        // The UID list comes as one reply: the count is known, the progress
        // within it is not.
        label = tr("Listing %Ln message(s)…", nullptr, m_listing);
    } else if (m_sorted->isBusy()) {
        label = m_sorted->filterText().isEmpty() ? tr("Sorting…") : tr("Searching…");
    } else if (m_threads->isBusy()) {
        label = tr("Threading…");
    } else if (pending > 0) {
        if (m_actionsClock.elapsed() < actionProgressDelayMs) {
            m_progressTimer->start(int(actionProgressDelayMs - m_actionsClock.elapsed()) + 1);
        } else {
            label = tr("%1 of %Ln action(s) done", nullptr, m_actionsStarted).arg(m_actionsStarted - pending);
            maximum = m_actionsStarted;
            value = m_actionsStarted - pending;
        }
    }
    if (label.isEmpty()) {
        m_progress->hide();
        m_progressLabel->hide();
        return;
    }
    m_progress->setRange(0, maximum);
    m_progress->setValue(value);
    m_progressLabel->setText(label);
    m_progress->show();
    m_progressLabel->show();
}

void MainWindow::showContextMenu(const QPoint &position)
{
    if (!m_ui->messageListView->indexAt(position).isValid())
        return;
    Ui::MainWindow &ui = *m_ui;
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addActions({ui.actionMarkRead, ui.actionMarkUnread, ui.actionFlag, ui.actionUnflag});
    menu->addSeparator();
    menu->addActions({ui.actionMoveTo, ui.actionCopyTo, ui.actionArchive, ui.actionJunk});
    menu->addSeparator();
    menu->addActions({ui.actionDelete, ui.actionUndo});
    menu->popup(m_ui->messageListView->viewport()->mapToGlobal(position));
}

void MainWindow::getMail()
{
    Imap::Engine *engine = m_list->engine();
    if (!engine)
        return;
    // The list follows the server live (IDLE); a NOOP makes the server tell
    // of new mail now, and the folder tree's counts are listed again.
    Imap::CommandReply *reply = engine->execute(Imap::Commands::noop());
    connect(reply, &Imap::CommandReply::finished, reply, &QObject::deleteLater);
    m_folders->refresh(m_accountId);
    showNotice(tr("Checking for new mail…"));
}

void MainWindow::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void MainWindow::nextUnread()
{
    MessageListView *view = m_ui->messageListView;
    QAbstractItemModel *model = view->model();
    if (model->rowCount() == 0)
        return;
    const QModelIndex current = view->currentIndex();
    const QModelIndex top = model->index(0, MessageListModel::SubjectColumn);
    const auto unread = [](const QModelIndex &index) {
        return index.data(MessageListModel::UidRole).toUInt() != 0 && !index.data(MessageListModel::SeenRole).toBool();
    };
    // After the current message, then from the top, as Thunderbird wraps;
    // in the order shown, conversations included.
    QModelIndex found;
    for (QModelIndex index = current.isValid() ? view->indexBelow(current) : top; index.isValid() && !found.isValid();
         index = view->indexBelow(index)) {
        if (unread(index))
            found = index;
    }
    for (QModelIndex index = top; current.isValid() && index.isValid() && !found.isValid();
         index = view->indexBelow(index)) {
        if (unread(index))
            found = index;
        if (index.row() == current.row() && index.parent() == current.parent())
            break;
    }
    if (!found.isValid()) {
        showNotice(tr("There are no unread messages in this folder."));
        return;
    }
    view->selectionModel()->setCurrentIndex(found, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    view->scrollTo(found);
}

// --- Messages to people ---------------------------------------------------------------

// --- Dialogs ----------------------------------------------------------------------------

void MainWindow::addAccount()
{
    if (refuseDialog(tr("Adding an account needs the user, and a screenshot run never waits for one.")))
        return;
    // Modeless-friendly: the dialog never blocks on the network itself.
    auto *dialog = new AccountDialog(*m_accounts, *m_credentials, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        statusBar()->showMessage(tr("Account \"%1\" added").arg(dialog->account().name), 5000);
        m_sessions->start(dialog->account(), dialog->sessionPassword());
    });
    dialog->open();
}

void MainWindow::showKeyboardShortcuts()
{
    auto *dialog = new KeyboardShortcutsDialog(*this, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showError(const QString &text)
{
    m_notifications->showMessage(NotificationBar::Kind::Error, text);
}

void MainWindow::showNotice(const QString &text)
{
    m_notifications->showMessage(NotificationBar::Kind::Information, text);
}

void MainWindow::setupConnectionUi()
{
    m_notifications = new NotificationBar(this);
    m_ui->centralLayout->insertWidget(0, m_notifications);
    m_prompts = new ConnectionPrompts(*m_sessions, this);
    connect(m_sessions.get(), &AccountSessions::message, this, &MainWindow::showNotice);
    connect(m_sessions.get(), &AccountSessions::error, this, &MainWindow::showError);
    connect(m_sessions.get(), &AccountSessions::serverAlert, this, [this](const QString &account, const QString &text) {
        // The server's words, labelled as such and never blended
        // into a sentence of Quail's (RFC 9051 §7.1: [ALERT] text
        // must be shown to the user as it is).
        m_notifications->showMessage(NotificationBar::Kind::Warning, tr("Server alert from %1: %2").arg(account, text));
    });
    connect(m_sessions.get(), &AccountSessions::statusChanged, this, &MainWindow::updateIndicator);
    connect(m_sessions.get(), &AccountSessions::stopped, this,
            [this](const QString &accountId) { delete m_indicators.take(accountId); });

    auto *removeMenu = new QMenu(tr("&Remove Account"), this);
    removeMenu->setObjectName(QStringLiteral("removeAccountMenu"));
    // Filled as the File menu opens: a disabled (empty) submenu never
    // announces its own aboutToShow, and accounts come and go.
    connect(m_ui->menuFile, &QMenu::aboutToShow, this, &MainWindow::fillRemoveAccountMenu);
    connect(removeMenu, &QMenu::aboutToShow, this, &MainWindow::fillRemoveAccountMenu);
    m_ui->menuFile->insertMenu(m_ui->menuFile->actions().value(1), removeMenu);
    fillRemoveAccountMenu();
}

void MainWindow::updateIndicator(const QString &accountId, const QString &accountName, const ConnectionStatus &status)
{
    ConnectionIndicator *&indicator = m_indicators[accountId];
    if (!indicator) {
        indicator = new ConnectionIndicator(accountName, this);
        connect(indicator, &ConnectionIndicator::reconnectRequested, this,
                [this, accountId] { m_sessions->reconnect(accountId); });
        statusBar()->addPermanentWidget(indicator);
    }
    indicator->setStatus(status);
}

void MainWindow::fillRemoveAccountMenu()
{
    auto *menu = findChild<QMenu *>(QStringLiteral("removeAccountMenu"));
    menu->clear();
    for (const Accounts::Account &account : m_accounts->accounts()) {
        QAction *action = menu->addAction(tr("%1…").arg(account.name));
        action->setObjectName(QStringLiteral("removeAccount:") + account.name);
        connect(action, &QAction::triggered, this, [this, id = account.id] { removeAccount(id); });
    }
    menu->setEnabled(!menu->isEmpty());
}

void MainWindow::removeAccount(const QString &accountId)
{
    const QList<Accounts::Account> all = m_accounts->accounts();
    const auto it = std::find_if(all.cbegin(), all.cend(), [&](const auto &a) { return a.id == accountId; });
    if (it == all.cend())
        return;
    const Accounts::Account account = *it;
    auto *confirm = new QMessageBox(QMessageBox::Warning, tr("Remove Account"),
                                    tr("Remove the account \"%1\" from Quail? Its settings and its password in the "
                                       "keychain are deleted; the mail on the server is not touched.")
                                        .arg(account.name),
                                    QMessageBox::Cancel, this);
    QPushButton *remove = confirm->addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmRemoveButton"));
    confirm->setDefaultButton(QMessageBox::Cancel);
    confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(confirm, &QMessageBox::buttonClicked, this, [this, remove, account](QAbstractButton *button) {
        if (button != remove)
            return;
        m_sessions->stop(account.id);
        m_accounts->remove(account.name);
        fillRemoveAccountMenu();
        auto *watcher = new QFutureWatcher<Accounts::CredentialResult>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, name = account.name] {
            watcher->deleteLater();
            const Accounts::CredentialResult result = watcher->result();
            if (result.ok() || result.status == Accounts::CredentialResult::Status::NotFound)
                showNotice(tr("Account \"%1\" removed.").arg(name));
            else
                showError(tr("Account \"%1\" removed, but its password could not be deleted from the keychain: %2")
                              .arg(name, result.errorString));
        });
        watcher->setFuture(m_credentials->removePassword(account.id));
    });
    confirm->open();
}

void MainWindow::showAbout()
{
    if (refuseDialog(tr("The About box needs the user, and a screenshot run never waits for one.")))
        return;
    QMessageBox::about(this, tr("About Quail"),
                       tr("<h3>Quail %1</h3><p>A fast, safe IMAP mail browser.</p>")
                           .arg(QApplication::applicationVersion().toHtmlEscaped()));
}

// --- Settings and screenshot mode ---------------------------------------------

void MainWindow::showSettings()
{
    if (refuseDialog(tr("The settings dialog needs the user, and a screenshot run never waits for one.")))
        return;
    auto *dialog = new SettingsDialog(m_settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::settingsAccepted, this, [this](const Settings &settings) {
        m_settings = settings;
        m_tray->setEnabled(m_settings.showTrayIcon && !m_screenshotMode);
        applySettings();
        Q_EMIT settingsChanged(m_settings);
    });
    dialog->open();
}

void MainWindow::setScreenshotMode(bool on)
{
    m_screenshotMode = on;
    m_tray->setEnabled(m_settings.showTrayIcon && !on);
    applySettings();
    // The first start's list, whatever the user last chose.
    updateListModel();
    if (!on)
        return;
    // Nothing asks the user: what would is the reason the shot fails.
    delete m_prompts;
    m_prompts = nullptr;
    connect(m_sessions.get(), &AccountSessions::certificateUntrusted, this,
            [this](const QString &, const Imap::CertificateDetails &details) {
                const Imap::CertificateSummary *leaf = details.leaf();
                Q_EMIT failedForScreenshot(
                    tr("The server's certificate is not trusted (SHA-256 %1); open Quail to decide about it.")
                        .arg(leaf ? leaf->sha256Hex() : tr("unknown")));
            });
    connect(m_sessions.get(), &AccountSessions::certificateChanged, this,
            [this] { Q_EMIT failedForScreenshot(tr("The server's certificate has changed since it was trusted.")); });
    connect(m_sessions.get(), &AccountSessions::passwordNeeded, this,
            [this](const QString &, AccountSessions::PasswordReason, const QString &why) {
                Q_EMIT failedForScreenshot(why.isEmpty() ? tr("The account's password is needed.")
                                                         : tr("The account's password is needed: %1").arg(why));
            });
    // The first start's proportions, whatever the user last left.
    m_ui->mainSplitter->setSizes({width() / 4, width() * 3 / 4});
    m_ui->messageSplitter->setSizes({height() * 2 / 5, height() * 3 / 5});
}

void MainWindow::checkScreenshotReady()
{
    if (m_readySent)
        return;
    // Every row on screen has its details; until then, look again shortly.
    const QTreeView *view = m_ui->messageListView;
    const QModelIndex top = view->indexAt(QPoint(0, 0));
    const QModelIndex bottom = view->indexAt(QPoint(0, view->viewport()->height() - 1));
    const int first = top.isValid() ? top.row() : 0;
    const int last = bottom.isValid() ? bottom.row() : m_sorted->rowCount() - 1;
    for (int row = first; row <= last; ++row) {
        const QModelIndex index = m_sorted->index(row, MessageListModel::SubjectColumn);
        if (!index.data(MessageListModel::LoadedRole).toBool()) {
            QTimer::singleShot(50, this, &MainWindow::checkScreenshotReady);
            return;
        }
    }
    m_readySent = true;
    // One more turn of the event loop, so the last rows are painted.
    QTimer::singleShot(0, this, &MainWindow::readyForScreenshot);
}

void MainWindow::applySettings()
{
    m_sessions->setUseIdle(m_settings.useIdle);
    MessageViewerPane *viewer = m_ui->messageView;
    viewer->setPreferPlainText(m_settings.format == Models::MessageDocument::Preference::PlainText);
    viewer->setRemoteContentPolicy(m_settings.remoteContent == Settings::RemoteContent::Never
                                       ? MessageViewerPane::RemoteContentPolicy::Never
                                       : MessageViewerPane::RemoteContentPolicy::Ask);
    if (m_actions) {
        m_actions->setDeleteMode(m_settings.deleteMode);
        // A screenshot shows the newest message without reading it.
        m_actions->setMarkReadOnOpen(m_settings.markReadOnOpen && !m_screenshotMode);
    }
}

bool MainWindow::refuseDialog(const QString &reason)
{
    if (!m_screenshotMode)
        return false;
    Q_EMIT failedForScreenshot(reason);
    return true;
}

} // namespace Quail::App
