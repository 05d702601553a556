#pragma once

#include "scriptpattern.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace Quail::Test {

// One step of a server script (the language is described in scriptedserver.h).
struct ScriptStep {
    enum class Kind {
        Send, // S:, S+: or a SEGMENT: all parts in one write, so one TCP segment
        SendLiteral, // LITERAL n [byte] on its own line: streamed as the socket drains
        ExpectLine, // C:
        ExpectLiteral, // C{}:
        StartTls, // TLS (and the handshake that implicit TLS puts first)
        Wait, // WAIT ms
        Close, // CLOSE
        Reset, // RESET
        Stall, // STALL
        ExpectClose, // EXPECT_CLOSE
    };

    // Bytes to send (which may hold <tag> references), or fillCount copies of fillByte.
    struct Part {
        QByteArray bytes;
        qint64 fillCount = 0;
        char fillByte = 0;
    };

    Kind kind = Kind::Send;
    int line = 0; // 1-based line in the script text; 0 for the implicit TLS handshake
    QString source; // the line as written, for failure messages
    QList<Part> parts; // Send
    ScriptPattern pattern; // ExpectLine, ExpectLiteral
    qint64 count = 0; // SendLiteral: bytes; Wait: milliseconds
    char fillByte = 'x'; // SendLiteral

    // A step during which the server talks or waits rather than listens: a
    // client that closes the connection then may be doing exactly what the
    // script expects next (see ScriptedConnection).
    bool isServerTurn() const;
    // Nothing can follow these steps: the connection is over.
    bool isTerminal() const;
};

// A parsed script: a list of steps, checked as far as possible before any
// client connects (unknown keywords, bad escapes, <tag> used before any C:
// line captured it, steps after a terminal one).
class ServerScript
{
public:
    // SEGMENT's LITERAL lines are built in memory, so their size is capped;
    // a LITERAL line on its own is streamed and has no cap.
    static constexpr qint64 MaxSegmentLiteral = 64 * 1024 * 1024;

    static std::optional<ServerScript> parse(const QString &text, QString *error);

    const QList<ScriptStep> &steps() const { return m_steps; }

    // The same script behind a TLS handshake at the connection's first byte
    // (993-style implicit TLS).
    ServerScript withImplicitTls() const;

private:
    QList<ScriptStep> m_steps;
};

} // namespace Quail::Test
