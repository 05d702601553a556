#pragma once

#include "imap/protocol/flags.h"
#include "imap/protocol/internaldate.h"
#include "imap/protocol/mailboxname.h"
#include "imap/protocol/sequenceset.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

namespace Quail::Imap {

class SearchKey;

// What the server lets the encoder use (RFC 7888 LITERAL+/LITERAL-, RFC 9755
// UTF8=ACCEPT once enabled).
struct EncoderOptions {
    bool literalPlus = false;
    bool literalMinus = false;
    bool utf8Accept = false;
    // Strings up to this length may be quoted; longer ones go as literals.
    qsizetype maxQuotedLength = 1024;
};

// A command ready for the wire. parts[0] goes out at once; each following
// part only after the server's "+" continuation request, because the part
// before it ends with a synchronizing literal "{n}" (RFC 9051 §7.5). If the
// server answers with a tagged NO or BAD instead, the rest must not be sent.
struct EncodedCommand {
    QByteArray tag;
    QList<QByteArray> parts;

    bool needsContinuation() const { return parts.size() > 1; }
    // All parts joined, for logs and tests.
    QByteArray joined() const { return parts.join(); }
};

// One IMAP command, built argument by argument. Each argument is checked
// when added; the first invalid one makes the whole command invalid, and an
// invalid command encodes to nothing, so no partial command reaches the wire.
//
// Strings are sent as an atom when they can be, as a quoted string (with "\"
// and '"' escaped) when they contain no CR, LF, NUL or (without UTF8=ACCEPT)
// 8-bit bytes, and otherwise as a literal. CR, LF and NUL never appear
// outside a literal; NUL never appears at all except in a binary literal8.
class Command
{
public:
    // The command name, possibly with a prefix: "FETCH", "UID STORE".
    explicit Command(QByteArrayView name);

    // An atom sent as is: refused unless it is 1*ATOM-CHAR.
    Command &atom(QByteArrayView atom);
    Command &number(quint64 number);
    // An astring: atom, quoted string or literal, whichever fits.
    Command &string(QByteArrayView bytes);
    Command &string(QStringView text) { return string(QByteArrayView(text.toUtf8())); }
    // A string that must not be an atom (RFC 9051 "string"): quoted or literal.
    Command &quotedString(QByteArrayView bytes);
    // A string or NIL for a null QByteArray.
    Command &nstring(const QByteArray &bytes);
    Command &mailbox(const MailboxName &mailbox) { return string(QByteArrayView(mailbox.wire())); }
    // A flag list "(\Seen $Junk)"; refused if any flag is not a valid flag.
    Command &flagList(const QList<QByteArray> &flags);
    Command &flag(QByteArrayView flag);
    Command &sequenceSet(const SequenceSet &set);
    // A quoted date-time, "17-Jul-1996 02:44:25 -0700".
    Command &dateTime(const InternalDate &date);
    // Message data, always a literal; `binary` sends a literal8 "~{n}"
    // (RFC 3516), the only place where NUL may appear.
    Command &literal(QByteArrayView bytes, bool binary = false);
    Command &beginList();
    Command &endList();
    Command &searchKey(const SearchKey &key);
    // Pre-formed syntax from this library's own builders; refused if it
    // holds anything but printable ASCII.
    Command &raw(QByteArrayView syntax);

    bool isValid() const { return m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    const QByteArray &name() const { return m_name; }
    // The first sequence set among the arguments: the messages a FETCH,
    // STORE, COPY or MOVE acts on (the session pipelines UID FETCHes of
    // disjoint sets by it).
    const std::optional<SequenceSet> &messageSet() const { return m_messageSet; }

    // nullopt if the command is invalid, or if a string too long to quote
    // would need a literal where the grammar allows none.
    std::optional<EncodedCommand> encode(QByteArrayView tag, const EncoderOptions &options = {}) const;

private:
    enum class Kind { Verbatim, AString, String, Literal, Literal8, Open, Close };
    struct Token {
        Kind kind;
        QByteArray bytes;
    };

    Command &add(Kind kind, QByteArray bytes);
    Command &invalid(const QString &error);

    QByteArray m_name;
    QList<Token> m_tokens;
    std::optional<SequenceSet> m_messageSet;
    QString m_error;
};

// The kinds of string encoding an argument can get (exposed for tests).
enum class StringForm { Atom, Quoted, Literal, Invalid };
StringForm chooseStringForm(QByteArrayView bytes, bool atomAllowed, const EncoderOptions &options);

} // namespace Quail::Imap
