#include "app/commandline.h"
#include "app/mainwindow.h"
#include "app/screenshot.h"
#include "core/applicationinfo.h"
#include "core/translations.h"

#include <QApplication>

#include <cstdio>

namespace {

void printLine(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fprintf(stream, "%s\n", bytes.constData());
    std::fflush(stream);
}

} // namespace

int main(int argc, char *argv[])
{
    // Before QApplication, which would take --geometry for itself.
    const QStringList geometryArguments = Quail::App::takeGeometryArguments(argc, argv);
    QApplication app(argc, argv);
    Quail::Core::initApplicationInfo("quail");
    QApplication::setDesktopFileName(QStringLiteral("io.github.quail.Quail"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/quail.svg")));
    Quail::Core::installTranslators(app, QStringLiteral("quail"));

    using Quail::App::CommandLine;
    const CommandLine options = CommandLine::parse(QApplication::arguments() + geometryArguments);
    switch (options.action) {
    case CommandLine::Action::ShowHelp:
        std::fputs(options.helpText.toLocal8Bit().constData(), stdout);
        return 0;
    case CommandLine::Action::ShowVersion:
        printLine(stdout, options.versionText);
        return 0;
    case CommandLine::Action::UsageError:
        printLine(stderr, QStringLiteral("quail: ") + options.error);
        printLine(stderr, QApplication::translate("main", "Try quail --help."));
        return 2;
    case CommandLine::Action::Run:
        break;
    }

    Quail::App::MainWindow window;
    if (options.geometry || options.screenshot())
        window.resize(options.windowSize());
    if (options.screenshot()) {
        window.setScreenshotMode(true);
        auto *screenshot = new Quail::App::Screenshot(window, options.screenshotFile);
        QObject::connect(screenshot, &Quail::App::Screenshot::finished, &app, [](int exitCode, const QString &message) {
            if (exitCode == 0)
                printLine(stdout, message);
            else
                printLine(stderr, QStringLiteral("quail: ") + message);
            QApplication::exit(exitCode);
        });
    }
    window.show();
    return QApplication::exec();
}
