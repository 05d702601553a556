#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace Quail::Cli {

// The exit statuses of quail-imap, as --help lists them.
enum ExitStatus {
    ExitOk = 0,
    ExitVerbFailed = 1, // a verb ended NO or BAD, or its arguments were refused before sending
    ExitUsage = 2, // bad command line, unknown verb, or a verb that is not supported yet
    ExitConnection = 3, // connection, TLS, login, protocol error, timeout, keychain
};

// The options of a run: where to connect, how to log in, what to do and how
// to print it. Every value is as the user gave it; Runner turns them into
// engine settings. Options that were not given stay empty (nullopt), so that
// an account's fields are overridden only by what was typed.
struct CommandLine {
    QString account;
    QString host;
    std::optional<quint16> port;
    QString security; // "tls", "starttls" or "none"
    QString user;
    QString auth; // "auto", "login", "plain", "cram-md5", "xoauth2", "oauthbearer"
    QString passwordFile;
    bool passwordStdin = false;
    QString oauthTokenFile;
    QString stream;
    QString caFile;
    int timeoutSeconds = 30;
    bool keepGoing = false;
    bool json = false;
    bool debug = false;
    QStringList verbs; // each -e, in order
};

// What main() should do after parsing.
struct ParsedCommandLine {
    enum class Action { Run, Account, Help, Version, Error };
    Action action = Action::Error;
    CommandLine options;
    QStringList accountArguments; // after "account"
    QString error; // for Error: one sentence, printed as "quail-imap: <error>"
    QString helpText;
};

// Parses quail-imap's arguments (argv[0] included).
ParsedCommandLine parseCommandLine(const QStringList &arguments);

} // namespace Quail::Cli
