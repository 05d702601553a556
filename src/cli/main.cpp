#include "cli/accountcommands.h"
#include "cli/commandline.h"
#include "cli/runner.h"
#include "core/applicationinfo.h"
#include "core/translations.h"

#include <QCoreApplication>

#include <cstdio>

// quail-imap: parse the command line, then either manage accounts or run
// the verbs on one session (Runner). Everything else lives in src/cli.
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    Quail::Core::initApplicationInfo("quail-imap");
    Quail::Core::installTranslators(app, QStringLiteral("quail-imap"));

    using Quail::Cli::ParsedCommandLine;
    const ParsedCommandLine parsed = Quail::Cli::parseCommandLine(QCoreApplication::arguments());
    switch (parsed.action) {
    case ParsedCommandLine::Action::Help:
        std::fputs(qPrintable(parsed.helpText), stdout);
        return Quail::Cli::ExitOk;
    case ParsedCommandLine::Action::Version:
        std::printf("%s %s\n", qPrintable(QCoreApplication::applicationName()),
                    qPrintable(QCoreApplication::applicationVersion()));
        return Quail::Cli::ExitOk;
    case ParsedCommandLine::Action::Error:
        std::fprintf(stderr, "quail-imap: %s\n", qPrintable(parsed.error));
        return Quail::Cli::ExitUsage;
    case ParsedCommandLine::Action::Account:
        return Quail::Cli::runAccountCommand(parsed.accountArguments);
    case ParsedCommandLine::Action::Run:
        break;
    }
    Quail::Cli::Runner runner(parsed.options);
    return runner.run();
}
