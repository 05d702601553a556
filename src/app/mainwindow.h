#pragma once

#include "app/settings.h"
#include "imap/protocol/mailboxname.h"
#include "models/messagedrag.h"
#include "models/specialuse.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMainWindow>
#include <QPersistentModelIndex>

#include <memory>
#include <optional>

class QAction;
class QLabel;
class QLineEdit;
class QProgressBar;
class QTimer;

namespace Quail::Accounts {
class AccountStore;
class CredentialStore;
} // namespace Quail::Accounts
namespace Quail::Imap {
class Engine;
}
namespace Quail::Models {
class FolderTreeModel;
class MessageActions;
class MessageListModel;
class MessageSortFilterModel;
class MessageThreadModel;
} // namespace Quail::Models

namespace Ui {
class MainWindow;
}

namespace Quail::App {

class AccountSessions;
class MessageCommands;
class NotificationBar;
class ConnectionPrompts;
class ConnectionIndicator;
struct ConnectionStatus;
class TrayIcon;

// The three-pane window: folder tree | message list | message viewer.
//
// Selecting a folder opens it in the list (a MessageListModel on the
// account's session, through a MessageSortFilterModel for the header's
// order and the search field); a MessageActions per open folder does what
// the menus, the toolbar, the keys and the list's clicks ask, through
// MessageCommands, and its failures and notices go through showError() and
// showNotice().
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    // With the accounts of `store` (tests use one in a temp dir).
    explicit MainWindow(std::unique_ptr<Accounts::AccountStore> store, QWidget *parent = nullptr);
    ~MainWindow() override;

    // --- Settings and tray -------------------------------------------------
    // The user's settings as loaded at start and changed in the dialog.
    const Settings &settings() const { return m_settings; }
    TrayIcon *trayIcon() const { return m_tray.get(); }

    // --- Screenshot mode (quail --screenshot) ------------------------------
    // No dialog ever opens: whatever would ask the user emits
    // failedForScreenshot() instead. The layout is the first start's, for
    // the window's current size (resize first), the tray icon stays hidden
    // and the layout is not saved on close.
    void setScreenshotMode(bool on);
    bool screenshotMode() const { return m_screenshotMode; }

Q_SIGNALS:
    // The window shows what a first start shows: emitted once, when the
    // first account's folder tree has been listed. (The message list will
    // move this to "the first account's INBOX rows are loaded".)
    void readyForScreenshot();
    // Why it never will: no account, no password or keychain, a
    // certificate or login failure… A sentence for stderr. Emitted in every
    // mode; only the screenshot acts on it.
    void failedForScreenshot(const QString &reason);
    // OK in the settings dialog; the new settings are saved already.
    void settingsChanged(const Quail::App::Settings &settings);

public:
    // The open folder's messages (empty until a folder is selected), in the
    // list's order.
    Models::MessageListModel *messageList() const { return m_list.get(); }
    Models::MessageSortFilterModel *sortedMessages() const { return m_sorted.get(); }
    // The open folder as conversations, while View > Threads shows them.
    Models::MessageThreadModel *messageThreads() const { return m_threads.get(); }
    // The open folder's actions; nullptr while no folder is open.
    Models::MessageActions *messageActions() const { return m_actions.get(); }
    Models::FolderTreeModel *folderTree() const { return m_folders.get(); }
    // The account of the open folder, or empty.
    QString currentAccountId() const { return m_accountId; }
    // The selected messages' UIDs, in the list's order.
    QList<quint32> selectedUids() const;
    // What a drag of the selected messages carries; nullopt with no
    // selection or while the folder is not listed.
    std::optional<Models::MessageDrag> selectedMessagesDrag() const;

public Q_SLOTS:
    // Opens a folder of the folder tree in the list (as selecting it does).
    void openFolder(const QModelIndex &folder);
    // The messages of a drag dropped on `folder` (an index of the folder
    // tree, or of a proxy over it): moved (Qt::MoveAction) or copied
    // (Qt::CopyAction) through the open list's actions. A drag that is not
    // of the open folder, as it is now, is refused with a sentence.
    void dropMessages(const Quail::Models::MessageDrag &drag, const QModelIndex &folder, Qt::DropAction action);
    // The one place where errors and notices are shown (the status bar for
    // now; a notification bar later).
    void showError(const QString &text);
    void showNotice(const QString &text);

Q_SIGNALS:
    // The list's current message changed; `uid` is 0 (and the engine may be
    // nullptr) when there is none. For the viewer: the folder is selected
    // on `engine`.
    void currentMessageChanged(Quail::Imap::Engine *engine, const Quail::Imap::MailboxName &mailbox, quint32 uid);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void setUpMessageList();
    // The list shows the open folder as conversations (View > Threads) or
    // sorted by the header; a search always shows the sorted list.
    void updateListModel();
    void setFilterText(const QString &text);
    void connectListSelection();
    // Where the list shows a message now, or an invalid index.
    QModelIndex shownIndexOf(quint32 uid) const;
    void setUpActions();
    void restoreLayout();
    void saveLayout() const;
    void applyDefaultColumns();
    void restoreLastFolder(const QString &accountId);
    void showAbout();
    void showKeyboardShortcuts();
    void addAccount();
    // Accounts, credentials, certificates and connection status: the
    // notification bar, the status bar's indicators, the dialogs.
    void setupConnectionUi();
    void setUpViewer();
    void pageDown();
    void updateIndicator(const QString &accountId, const QString &accountName, const ConnectionStatus &status);
    void fillRemoveAccountMenu();
    void removeAccount(const QString &accountId);

    void onCurrentMessageChanged(const QModelIndex &current);
    void updateActions();
    void updateProgress();
    void showContextMenu(const QPoint &position);

    void getMail();
    void focusSearch();
    void nextUnread();
    void setFolderRoles();
    void showSettings();
    // In screenshot mode, fails with `reason` (failedForScreenshot) and
    // returns true: the caller opens no dialog.
    bool refuseDialog(const QString &reason);
    // Settings to the models, the viewer and the sessions.
    void applySettings();
    // In screenshot mode: readyForScreenshot() once the rows on screen are loaded.
    void checkScreenshotReady();

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::unique_ptr<Accounts::AccountStore> m_accounts;
    std::unique_ptr<Accounts::CredentialStore> m_credentials;
    std::unique_ptr<Models::FolderTreeModel> m_folders;
    std::unique_ptr<AccountSessions> m_sessions;
    // After the sessions: destroyed before the engines they use.
    std::unique_ptr<Models::MessageListModel> m_list;
    std::unique_ptr<Models::MessageSortFilterModel> m_sorted;
    std::unique_ptr<Models::MessageThreadModel> m_threads;
    std::unique_ptr<Models::MessageActions> m_actions;
    // What the menus, keys and drops do to the selection (a child object).
    MessageCommands *m_commands = nullptr;

    QString m_accountId;
    QString m_folderPath;
    // The folder to open once its account is listed (from the settings).
    QString m_restoreAccountId;
    QString m_restorePath;

    QLineEdit *m_search = nullptr;
    QTimer *m_searchTimer = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_progressLabel = nullptr;
    // The folder's size while its UID list is fetched; -1 when not listing.
    int m_listing = -1;
    // Actions: how many started since none were pending, and since when.
    int m_actionsStarted = 0;
    QElapsedTimer m_actionsClock;
    QTimer *m_progressTimer = nullptr;
    NotificationBar *m_notifications = nullptr;
    ConnectionPrompts *m_prompts = nullptr;
    QHash<QString, ConnectionIndicator *> m_indicators; // by account id
    // Settings, tray and screenshot mode.
    Settings m_settings;
    std::unique_ptr<TrayIcon> m_tray; // uses m_folders: declared after it
    bool m_screenshotMode = false;
    bool m_readySent = false;
};

} // namespace Quail::App
