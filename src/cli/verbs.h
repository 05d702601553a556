#pragma once

#include "cli/argumentsplitter.h"
#include "imap/engine/authmethod.h"
#include "imap/engine/sessionsetup.h"
#include "imap/protocol/command.h"
#include "imap/protocol/commands.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

namespace Quail::Cli {

// One line of `quail-imap --help`'s verb list.
struct VerbInfo {
    QString synopsis;
    QString summary;
};
QList<VerbInfo> verbTable();

// One -e, parsed and checked as far as possible before connecting: an
// unknown verb, a wrong number of arguments, a bad sequence set or an
// argument that cannot be sent safely (NUL, CR in a flag…) stops the run
// before anything reaches the network.
struct Verb {
    enum class Kind {
        Command, // one IMAP command, built by buildCommand()
        Move, // move, uid move: MOVE, or Engine::move()'s emulation (see moveArguments())
        Append, // one APPEND, or several messages through Engine::append()
        Idle,
        Login, // login, authenticate, login_cram_md5: done when the session is set up
        Compress, // COMPRESS=DEFLATE: done when the session is set up
        StartTls, // TLS is negotiated when connecting (--security starttls)
        Response, // imaplib's response(): looks at what the server already said
    };

    Kind kind = Kind::Command;
    QString text; // the -e as typed, for messages
    QString name; // "fetch", "uid fetch", …
    QList<Word> arguments;
    // append: each message's flags, date and content (from @FILE or @-);
    // `binary` is chosen when the verb runs.
    QList<Imap::Commands::AppendMessage> messages;
    QStringList messageSources; // append: the FILE of each message, for messages
    QString rawLine; // raw: the line after the verb
    std::optional<int> idleSeconds; // idle: nullopt means until Ctrl+C (29 minutes at most)
    Imap::AuthMethod authMethod = Imap::AuthMethod::Auto; // Login
    QString loginUser; // Login: the user named on the verb, if any
    bool closesSession = false; // logout

    bool isUid() const { return name.startsWith(QStringLiteral("uid ")); }
};

struct VerbError {
    QString message;
    // Needs something the engine or the server lacks: "not supported yet".
    bool unsupported = false;
};

// Parses one -e string. `stdinTaken` says whether the password is read from
// stdin (then `append … @-` cannot read the message from it too).
std::variant<Verb, VerbError> parseVerb(const QString &text, bool stdinTaken);

// Builds the command of a Command verb for a session with `info`: mailbox
// names are spelled for its encoding, METADATA or ANNOTATEMORE is chosen
// from its capabilities. An error is a refusal before sending.
std::variant<Imap::Command, VerbError> buildCommand(const Verb &verb, const Imap::SessionInfo &info);

// A Move verb's set (sequence numbers or UIDs, as typed) and target.
struct MoveArguments {
    Imap::SequenceSet set;
    Imap::MailboxName target;
};
std::variant<MoveArguments, VerbError> moveArguments(const Verb &verb, const Imap::SessionInfo &info);

// An Append verb's mailbox and messages for a session with `info` (BINARY
// chosen for messages with NUL when the server has it).
struct AppendArguments {
    Imap::MailboxName mailbox;
    QList<Imap::Commands::AppendMessage> messages;
};
std::variant<AppendArguments, VerbError> appendArguments(const Verb &verb, const Imap::SessionInfo &info);

} // namespace Quail::Cli
