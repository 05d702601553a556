#pragma once

#include "app/settings.h"

#include <QMainWindow>

#include <memory>

namespace Quail::Accounts {
class AccountStore;
class CredentialStore;
} // namespace Quail::Accounts
namespace Quail::Models {
class FolderTreeModel;
}

namespace Ui {
class MainWindow;
}

namespace Quail::App {

class AccountSessions;
class TrayIcon;

// The three-pane window: folder tree | message list | message viewer.
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

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void restoreLayout();
    void saveLayout() const;
    void showAbout();
    void addAccount();
    void showSettings();
    // In screenshot mode, fails with `reason` (failedForScreenshot) and
    // returns true: the caller opens no dialog.
    bool refuseDialog(const QString &reason);

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::unique_ptr<Accounts::AccountStore> m_accounts;
    std::unique_ptr<Accounts::CredentialStore> m_credentials;
    std::unique_ptr<Models::FolderTreeModel> m_folders;
    std::unique_ptr<AccountSessions> m_sessions;
    // Settings, tray and screenshot mode.
    Settings m_settings;
    std::unique_ptr<TrayIcon> m_tray; // uses m_folders: declared after it
    bool m_screenshotMode = false;
    bool m_readySent = false;
};

} // namespace Quail::App
