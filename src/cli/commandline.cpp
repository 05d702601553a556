#include "cli/commandline.h"

#include "cli/verbs.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace Quail::Cli {

namespace {

// This file's strings: their context in the catalogue, which lupdate reads
// from here (a free tr() function would hide it).
struct CommandLineText {
    Q_DECLARE_TR_FUNCTIONS(Quail::Cli::CommandLine)
};

QString verbList()
{
    QString text = CommandLineText::tr("Verbs (each -e 'VERB ARGS…' runs one, in order, on one session):") + u'\n';
    for (const VerbInfo &verb : verbTable()) {
        const QString synopsis = verb.synopsis;
        text += QStringLiteral("  %1%2\n").arg(synopsis.leftJustified(44), verb.summary);
    }
    text += u'\n';
    text += CommandLineText::tr(
        "starttls, the login verbs and compress are carried out while the session is set up, so they\n"
        "come before all other verbs, starttls first; starttls asks for --security starttls.\n");
    text += u'\n';
    text += CommandLineText::tr(
        "Arguments are split at spaces; \"double quotes\" group a word (\\\" and \\\\ escape inside them),\n"
        "a (parenthesized group) is one argument kept as typed. Mailbox names are encoded to modified\n"
        "UTF-7; strings are sent as atom, quoted string or literal as needed.\n");
    text += u'\n';
    text += CommandLineText::tr(
        "Accounts:\n"
        "  account add NAME --host H [--port P] [--security tls|starttls|none] --user U [--email ADDRESS]\n"
        "      [--auth METHOD] [--ca-file PEM] (--password-stdin | --password-file F) [--replace] [--no-verify]\n"
        "  account list\n"
        "  account remove NAME\n"
        "  account trust NAME [--sha256 HEX]   show the server's certificate; pin it by its fingerprint\n");
    text += u'\n';
    text += CommandLineText::tr(
        "Exit status: 0 every verb ended OK; 1 a verb ended NO or BAD or its arguments were refused;\n"
        "2 usage error, or a verb this server cannot do at all; 3 connection, TLS, login, protocol,\n"
        "timeout or keychain error.\n");
    return text;
}

} // namespace

ParsedCommandLine parseCommandLine(const QStringList &arguments)
{
    ParsedCommandLine parsed;

    // "account …" has options of its own (--replace, --email…): hand it over
    // untouched when it is the first argument.
    if (arguments.size() > 1 && arguments.at(1) == QStringLiteral("account")) {
        parsed.action = ParsedCommandLine::Action::Account;
        parsed.accountArguments = arguments.mid(2);
        return parsed;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(
        CommandLineText::tr("quail-imap, a command-line IMAP client with the verbs of Python's imaplib.\n\n"
                            "  quail-imap [connection options] [--json] [--debug] -e 'VERB ARGS…' [-e …]\n"
                            "  quail-imap account add|list|remove …"));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption account(QStringLiteral("account"), CommandLineText::tr("Use the stored account NAME."),
                                     CommandLineText::tr("NAME"));
    const QCommandLineOption host(QStringLiteral("host"), CommandLineText::tr("The IMAP server."),
                                  CommandLineText::tr("H"));
    const QCommandLineOption port(QStringLiteral("port"),
                                  CommandLineText::tr("The port (default 993 for tls, else 143)."),
                                  CommandLineText::tr("P"));
    const QCommandLineOption security(QStringLiteral("security"),
                                      CommandLineText::tr("tls (default), starttls, or none (plaintext, explicitly)."),
                                      QStringLiteral("tls|starttls|none"));
    const QCommandLineOption user(QStringLiteral("user"), CommandLineText::tr("The login name."),
                                  CommandLineText::tr("U"));
    const QCommandLineOption auth(QStringLiteral("auth"), CommandLineText::tr("The login mechanism (default auto)."),
                                  QStringLiteral("auto|login|plain|cram-md5|xoauth2|oauthbearer"));
    const QCommandLineOption passwordFile(
        QStringLiteral("password-file"),
        CommandLineText::tr("Read the password from file F (trailing newline stripped)."), CommandLineText::tr("F"));
    const QCommandLineOption passwordStdin(QStringLiteral("password-stdin"),
                                           CommandLineText::tr("Read the password from stdin."));
    const QCommandLineOption tokenFile(QStringLiteral("oauth-token-file"),
                                       CommandLineText::tr("Read an OAuth token for XOAUTH2/OAUTHBEARER from file F."),
                                       CommandLineText::tr("F"));
    const QCommandLineOption stream(
        QStringLiteral("stream"),
        CommandLineText::tr("Speak IMAP over the stdin/stdout of command CMD (imaplib's IMAP4_stream)."),
        CommandLineText::tr("CMD"));
    const QCommandLineOption caFile(QStringLiteral("ca-file"),
                                    CommandLineText::tr("Also trust the CA certificates in PEM."),
                                    CommandLineText::tr("PEM"));
    const QCommandLineOption timeout(
        QStringLiteral("timeout"),
        CommandLineText::tr("Bound every wait for the server (default 30), except idle's chosen length."),
        CommandLineText::tr("SECONDS"));
    const QCommandLineOption keepGoing(QStringLiteral("keep-going"),
                                       CommandLineText::tr("Run the remaining verbs after one fails."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  CommandLineText::tr("Print JSON Lines, one object per verb."));
    const QCommandLineOption debug(QStringLiteral("debug"),
                                   CommandLineText::tr("Print the protocol trace to stderr, secrets redacted."));
    const QCommandLineOption execute(QStringList{QStringLiteral("e"), QStringLiteral("execute")},
                                     CommandLineText::tr("Run one verb; repeat for more."),
                                     CommandLineText::tr("VERB ARGS"));
    parser.addOptions({account, host, port, security, user, auth, passwordFile, passwordStdin, tokenFile, stream,
                       caFile, timeout, keepGoing, json, debug, execute});

    parsed.helpText = parser.helpText() + u'\n' + verbList();
    if (!parser.parse(arguments)) {
        parsed.error = parser.errorText();
        return parsed;
    }
    if (parser.isSet(helpOption)) {
        parsed.action = ParsedCommandLine::Action::Help;
        return parsed;
    }
    if (parser.isSet(versionOption)) {
        parsed.action = ParsedCommandLine::Action::Version;
        return parsed;
    }
    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty()) {
        parsed.error = CommandLineText::tr("unknown command '%1' (see quail-imap --help)").arg(positional.first());
        return parsed;
    }

    CommandLine &o = parsed.options;
    o.account = parser.value(account);
    o.host = parser.value(host);
    if (parser.isSet(port)) {
        bool ok = false;
        const uint value = parser.value(port).toUInt(&ok);
        if (!ok || value == 0 || value > 65535) {
            parsed.error = CommandLineText::tr("invalid port '%1'").arg(parser.value(port));
            return parsed;
        }
        o.port = quint16(value);
    }
    o.security = parser.value(security);
    o.user = parser.value(user);
    o.auth = parser.value(auth);
    o.passwordFile = parser.value(passwordFile);
    o.passwordStdin = parser.isSet(passwordStdin);
    o.oauthTokenFile = parser.value(tokenFile);
    o.stream = parser.value(stream);
    o.caFile = parser.value(caFile);
    if (parser.isSet(timeout)) {
        bool ok = false;
        o.timeoutSeconds = parser.value(timeout).toInt(&ok);
        if (!ok || o.timeoutSeconds <= 0 || o.timeoutSeconds > 86400) {
            parsed.error =
                CommandLineText::tr("invalid timeout '%1' (whole seconds, 1 to 86400)").arg(parser.value(timeout));
            return parsed;
        }
    }
    o.keepGoing = parser.isSet(keepGoing);
    o.json = parser.isSet(json);
    o.debug = parser.isSet(debug);
    o.verbs = parser.values(execute);

    const int secretSources = int(!o.passwordFile.isEmpty()) + int(o.passwordStdin) + int(!o.oauthTokenFile.isEmpty());
    if (secretSources > 1) {
        parsed.error =
            CommandLineText::tr("give at most one of --password-file, --password-stdin and --oauth-token-file");
        return parsed;
    }
    if (!o.account.isEmpty() && !o.stream.isEmpty()) {
        parsed.error = CommandLineText::tr("--stream and --account cannot be combined");
        return parsed;
    }
    if (o.account.isEmpty() && o.host.isEmpty() && o.stream.isEmpty()) {
        if (o.verbs.isEmpty()) {
            parsed.action = ParsedCommandLine::Action::Help;
            return parsed;
        }
        parsed.error = CommandLineText::tr("say where to connect: --account NAME, --host H or --stream CMD");
        return parsed;
    }
    if (o.verbs.isEmpty()) {
        parsed.error = CommandLineText::tr("nothing to do: give at least one -e 'VERB ARGS'");
        return parsed;
    }
    parsed.action = ParsedCommandLine::Action::Run;
    return parsed;
}

} // namespace Quail::Cli
