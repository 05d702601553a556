#include "core/applicationinfo.h"

#include <QCommandLineParser>
#include <QCoreApplication>

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

    // The verbs arrive with the engine; without one there is nothing to do.
    parser.showHelp(parser.positionalArguments().isEmpty() ? 0 : 2);
}
