#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace Quail::Test {

// What a server script expects from the client: a `C:` line or a `C{}:`
// literal. Deliberately tiny, so a failing test is easy to read:
//   *          any run of bytes, possibly empty (so `A1 LOGIN *` takes the rest
//              of the line and `{*}` any literal size); \* is a plain star
//   <tag>      in a line: one IMAP tag (RFC 3501: ASTRING-CHARs except "+"),
//   <tagNAME>  captured under that name for later `S:` lines; any other `<`
//              is a plain character
//   \r \n \t \0 \\ \xNN   in a literal only: those bytes (a line cannot hold
//              them; in a line a backslash is itself, as in \Seen)
// Everything else matches itself, case-sensitively, and the whole line or
// literal must match.
class ScriptPattern
{
public:
    enum class Syntax { Line, Literal };

    ScriptPattern() = default;
    static std::optional<ScriptPattern> parse(QByteArrayView source, Syntax syntax, QString *error);

    // On a match, sets (*captures)[name] for every capture in the pattern.
    bool matches(QByteArrayView input, QHash<QByteArray, QByteArray> *captures) const;

    QList<QByteArray> captureNames() const;

    // If text[pos] starts a capture reference (`<tag>`, `<tag2>`, `<tagLogin>`),
    // returns its name (`tag`, `tag2`, `tagLogin`) and sets *length to the
    // reference's length; `S:` lines use the same references.
    static std::optional<QByteArray> captureAt(QByteArrayView text, qsizetype pos, qsizetype *length);

    static bool isTagChar(char c);

private:
    struct Piece {
        enum class Kind { Bytes, AnyRun, Capture };
        Kind kind = Kind::Bytes;
        QByteArray value; // the bytes to match, or the capture's name
    };

    bool matchFrom(qsizetype piece, QByteArrayView input, QHash<QByteArray, QByteArray> *captures) const;

    QList<Piece> m_pieces;
};

} // namespace Quail::Test
