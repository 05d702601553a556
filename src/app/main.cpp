#include "app/mainwindow.h"
#include "core/applicationinfo.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QScreen>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

namespace {

void installTranslators(QApplication &app)
{
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qtTranslator);
    auto *translator = new QTranslator(&app);
    if (translator->load(QLocale(), QStringLiteral("quail"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(translator);
}

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
    installTranslators(app);

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
