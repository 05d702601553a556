#include "core/applicationinfo.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    Quail::Core::initApplicationInfo("quail-imap");

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "quail-imap, a command-line IMAP client with the verbs of Python's imaplib."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    // The verbs arrive with the engine (issue 4); until then every argument
    // is an error, and none at all asks for help.
    const QStringList arguments = parser.positionalArguments();
    if (arguments.isEmpty())
        parser.showHelp(0);
    std::fprintf(stderr, "quail-imap: unknown command '%s' (see quail-imap --help)\n", qPrintable(arguments.first()));
    return 2;
}
