#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

#include <chrono>

namespace Quail::App {

class MainWindow;

// `quail --screenshot FILE`: renders the window with QWidget::grab() (no
// window manager or compositor needed) as soon as it says it is ready, and
// reports how that went. It never waits on the user: the window fails
// instead of opening a dialog (MainWindow::setScreenshotMode()), and a
// window that is neither ready nor failed within the timeout fails too.
class Screenshot : public QObject
{
    Q_OBJECT

public:
    // Within 60 s, as promised for unattended runs, with time to spare for
    // writing the file and exiting.
    static constexpr std::chrono::milliseconds DefaultTimeout{50000};

    Screenshot(MainWindow &window, const QString &path, std::chrono::milliseconds timeout = DefaultTimeout);

Q_SIGNALS:
    // exitCode 0 and the file's path on success; otherwise non-zero and the
    // reason, for stderr.
    void finished(int exitCode, const QString &message);

private:
    void take();
    void fail(const QString &reason);
    void finish(int exitCode, const QString &message);

    MainWindow &m_window;
    const QString m_path;
    QTimer m_timeout;
    bool m_done = false;
};

} // namespace Quail::App
