#pragma once

#include <QIcon>
#include <QObject>
#include <QString>
#include <QTimer>

#include <map>
#include <memory>

class QSystemTrayIcon;

namespace Quail::Models {
class FolderTreeModel;
}

namespace Quail::App {

// The unread count of every account's Inbox, in the system tray: the
// total in the icon's tooltip and drawn on it, and a notification when it
// grows (new mail). The counts are the folder tree's (UnseenRole of the
// folder with SpecialUse::Inbox), so the tray never asks the server itself.
//
// An account's first known count is where it starts, not news: starting
// Quail with 40 unread messages notifies nothing. Only a later increase of
// an account's count does.
//
// Where there is no system tray (many window managers, Xvfb) no icon is
// shown, but the counting and newMail() go on, so callers and tests need
// not care.
class TrayIcon : public QObject
{
    Q_OBJECT

public:
    explicit TrayIcon(Models::FolderTreeModel &folders, QObject *parent = nullptr);
    ~TrayIcon() override;

    // The user's setting: the icon shows when enabled and a tray exists.
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }
    // An icon is in the tray now.
    bool isShown() const;

    // Unread messages in the Inboxes whose counts are known.
    int unread() const { return m_unread; }
    QString toolTip() const;
    // The application icon with `unread` drawn on it (none for zero).
    static QIcon iconWithCount(int unread);

Q_SIGNALS:
    void unreadChanged(int unread);
    // New mail: the total grew by `added` to `unread`. Emitted (and shown
    // as a notification when there is a tray) after the first counts.
    void newMail(int unread, int added);
    // The user clicked the icon (show the window).
    void activated();

private:
    void recount();
    void updateIcon();

    Models::FolderTreeModel &m_folders;
    std::unique_ptr<QSystemTrayIcon> m_icon;
    QTimer m_recount; // coalesces the bursts of changes a listing makes
    std::map<QString, int> m_known; // an Inbox's unread count by account id, once known
    int m_unread = 0;
    bool m_enabled = true;
};

} // namespace Quail::App
