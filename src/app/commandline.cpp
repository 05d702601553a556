#include "app/commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

namespace Quail::App {

namespace {

// The smallest window whose three panes still lay out, and a bound that no
// real screen reaches but keeps a pixmap's memory sane.
constexpr int MinimumSide = 200;
constexpr int MaximumSide = 16384;

// The context lupdate reads for the strings below.
struct CommandLineText {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

} // namespace

QStringList takeGeometryArguments(int &argc, char **argv)
{
    QStringList taken;
    int kept = 1;
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "--") {
            // Everything after it is positional; keep it as it is.
            while (i < argc)
                argv[kept++] = argv[i++];
            break;
        }
        const bool separate = argument == "--geometry" || argument == "-geometry";
        const bool joined = argument.startsWith("--geometry=") || argument.startsWith("-geometry=");
        if (!separate && !joined) {
            argv[kept++] = argv[i];
            continue;
        }
        // Normalised to the long form, which the parser knows.
        taken << QStringLiteral("--geometry");
        if (joined)
            taken << QString::fromLocal8Bit(argument.mid(argument.indexOf('=') + 1));
        else if (i + 1 < argc)
            taken << QString::fromLocal8Bit(argv[++i]);
    }
    argc = kept;
    argv[argc] = nullptr;
    return taken;
}

std::optional<QSize> parseGeometry(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,5})[xX](\\d{1,5})$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const int width = match.captured(1).toInt();
    const int height = match.captured(2).toInt();
    if (width < MinimumSide || height < MinimumSide || width > MaximumSide || height > MaximumSide)
        return std::nullopt;
    return QSize(width, height);
}

CommandLine CommandLine::parse(const QStringList &arguments)
{
    CommandLine result;
    QCommandLineParser parser;
    parser.setApplicationDescription(CommandLineText::tr("Quail, a fast and safe IMAP mail browser."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        CommandLineText::tr(
            "Save a picture of the main window to <file> (PNG) once the first account's Inbox is shown, then "
            "quit. Fails with the reason, instead of asking, when something needs the user."),
        CommandLineText::tr("file"));
    const QCommandLineOption geometryOption(
        QStringLiteral("geometry"),
        CommandLineText::tr("The window's size in pixels, e.g. 1280x800 (the default for --screenshot)."),
        CommandLineText::tr("WxH"));
    parser.addOption(screenshotOption);
    parser.addOption(geometryOption);
    result.helpText = parser.helpText();
    result.versionText =
        QCoreApplication::applicationName() + QLatin1Char(' ') + QCoreApplication::applicationVersion();

    if (!parser.parse(arguments)) {
        result.action = Action::UsageError;
        result.error = parser.errorText();
        return result;
    }
    if (parser.isSet(helpOption)) {
        result.action = Action::ShowHelp;
        return result;
    }
    if (parser.isSet(versionOption)) {
        result.action = Action::ShowVersion;
        return result;
    }
    if (!parser.positionalArguments().isEmpty()) {
        result.action = Action::UsageError;
        result.error = CommandLineText::tr("Unexpected argument: %1").arg(parser.positionalArguments().constFirst());
        return result;
    }
    if (parser.isSet(geometryOption)) {
        result.geometry = parseGeometry(parser.value(geometryOption));
        if (!result.geometry) {
            result.action = Action::UsageError;
            result.error = CommandLineText::tr("--geometry wants WIDTHxHEIGHT, each from %1 to %2 pixels, not \"%3\".")
                               .arg(MinimumSide)
                               .arg(MaximumSide)
                               .arg(parser.value(geometryOption));
            return result;
        }
    }
    if (parser.isSet(screenshotOption)) {
        result.screenshotFile = parser.value(screenshotOption);
        if (result.screenshotFile.isEmpty()) {
            result.action = Action::UsageError;
            result.error = CommandLineText::tr("--screenshot needs a file name.");
        }
    }
    return result;
}

} // namespace Quail::App
