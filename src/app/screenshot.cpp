#include "app/screenshot.h"

#include "app/mainwindow.h"

#include <QImage>
#include <QPixmap>

namespace Quail::App {

Screenshot::Screenshot(MainWindow &window, const QString &path, std::chrono::milliseconds timeout)
    : QObject(&window)
    , m_window(window)
    , m_path(path)
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(timeout);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        fail(tr("The window was not ready within %n second(s).", nullptr,
                int(std::chrono::duration_cast<std::chrono::seconds>(m_timeout.intervalAsDuration()).count())));
    });
    // Queued: the window may say it is ready in the middle of a model
    // update; the picture is taken once that has finished and the views
    // have laid out what it inserted.
    connect(&m_window, &MainWindow::readyForScreenshot, this, &Screenshot::take, Qt::QueuedConnection);
    connect(&m_window, &MainWindow::failedForScreenshot, this, &Screenshot::fail);
    m_timeout.start();
}

void Screenshot::take()
{
    if (m_done)
        return;
    // The image, not the pixmap: its size is in device pixels, as wanted.
    const QImage image = m_window.grab().toImage();
    if (image.isNull()) {
        fail(tr("Could not render the window."));
        return;
    }
    if (!image.save(m_path, "PNG")) {
        fail(tr("Cannot write the screenshot to %1.").arg(m_path));
        return;
    }
    finish(0, m_path);
}

void Screenshot::fail(const QString &reason)
{
    finish(1, reason);
}

void Screenshot::finish(int exitCode, const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    m_timeout.stop();
    Q_EMIT finished(exitCode, message);
}

} // namespace Quail::App
