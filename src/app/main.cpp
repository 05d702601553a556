#include "app/mainwindow.h"
#include "core/applicationinfo.h"
#include "core/translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QScreen>
#include <QTimer>

#include <cstdio>

namespace {

// --screenshot: once the window has been laid out, painted and (on a local
// server) filled with its accounts' folders, save it and quit; the demo uses
// this on machines without a display.
void scheduleScreenshot(QWidget &window, const QString &path)
{
    QTimer::singleShot(4000, &window, [&window, path] {
        const QPixmap shot = window.grab();
        if (!shot.save(path)) {
            std::fprintf(stderr, "quail: cannot write the screenshot to %s\n", qPrintable(path));
            QApplication::exit(1);
            return;
        }
        std::printf("%s\n", qPrintable(path));
        QApplication::exit(0);
    });
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    Quail::Core::initApplicationInfo("quail");
    QApplication::setDesktopFileName(QStringLiteral("io.github.quail.Quail"));
    Quail::Core::installTranslators(app, QStringLiteral("quail"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Quail, a fast and safe IMAP mail browser."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Save a picture of the main window to <file> once it is shown, then quit."),
        QApplication::translate("main", "file"));
    parser.addOption(screenshotOption);
    parser.process(app);

    Quail::App::MainWindow window;
    window.show();
    if (parser.isSet(screenshotOption))
        scheduleScreenshot(window, parser.value(screenshotOption));
    return QApplication::exec();
}
