#pragma once

#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>

namespace Quail::App {

// What `quail` was asked to do on its command line. Parsing is separate
// from acting on it so that the rules are testable without a window.
struct CommandLine {
    enum class Action {
        Run, // open the window
        ShowHelp, // print helpText and exit 0
        ShowVersion, // print versionText and exit 0
        UsageError, // print error (and a hint) on stderr and exit 2
    };

    // The size a screenshot has unless --geometry says otherwise.
    static constexpr QSize DefaultScreenshotSize{1280, 800};

    Action action = Action::Run;
    QString error;
    QString helpText;
    QString versionText;
    // --screenshot FILE: render the window to FILE once its first folder
    // is shown, then exit.
    QString screenshotFile;
    // --geometry WxH: the window's size (for a screenshot, or a fixed start).
    std::optional<QSize> geometry;

    bool screenshot() const { return !screenshotFile.isEmpty(); }
    QSize windowSize() const { return geometry.value_or(DefaultScreenshotSize); }

    // `arguments` as QCoreApplication::arguments() has them (the program first).
    static CommandLine parse(const QStringList &arguments);
};

// QGuiApplication takes -geometry and --geometry (X11's, WxH+X+Y) out of
// argv for itself, so Quail's own --geometry would never reach the parser.
// Call this before constructing the application: it removes those options
// (and their values) from argv and returns them, to be appended to
// QCoreApplication::arguments() for CommandLine::parse().
QStringList takeGeometryArguments(int &argc, char **argv);

// "1280x800" as a size; nullopt for anything else, including sizes too
// small to lay the window out or larger than any screen.
std::optional<QSize> parseGeometry(const QString &text);

} // namespace Quail::App
