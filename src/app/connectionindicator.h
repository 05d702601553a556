#pragma once

#include "app/connectionstatus.h"

#include <QWidget>

class QLabel;
class QTimer;

namespace Quail::App {

// One account's connection in the status bar: an icon that tells the
// security at a glance (a lock for verified TLS, a lock with a pin for a
// certificate the user trusted, a warning for plaintext; arrows while
// connecting, a red disc when offline or failed), the account's name and
// the state in words ("reconnecting in 8 s"); the tooltip has the details.
// A click on an account that is offline or failed asks to connect again.
class ConnectionIndicator : public QWidget
{
    Q_OBJECT

public:
    explicit ConnectionIndicator(const QString &accountName, QWidget *parent = nullptr);

    void setStatus(const ConnectionStatus &status);
    const ConnectionStatus &status() const { return m_status; }
    QString accountName() const { return m_accountName; }

    // The theme name of the icon shown ("security-high" for verified TLS,
    // "security-medium" for a pinned certificate, "security-low" for
    // plaintext, "network-connect" while connecting, "network-offline").
    QString iconName() const { return m_iconName; }
    QString text() const;

Q_SIGNALS:
    // Clicked while offline or failed: the user wants to try again.
    void reconnectRequested();

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void update();

    QString m_accountName;
    ConnectionStatus m_status;
    QString m_iconName;
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QTimer *m_countdown = nullptr;
};

} // namespace Quail::App
