#include "serverscript.h"

#include "scriptescapes.h"

#include <QSet>

#include <utility>

namespace Quail::Test {

bool ScriptStep::isServerTurn() const
{
    switch (kind) {
    case Kind::Send:
    case Kind::SendLiteral:
    case Kind::StartTls:
    case Kind::Wait:
        return true;
    default:
        return false;
    }
}

bool ScriptStep::isTerminal() const
{
    switch (kind) {
    case Kind::Close:
    case Kind::Reset:
    case Kind::Stall:
    case Kind::ExpectClose:
        return true;
    default:
        return false;
    }
}

namespace {

// Parses one script; a class only to keep the per-line state in one place.
class Parser
{
public:
    std::optional<ServerScript> run(const QString &text, QList<ScriptStep> *steps, QString *error);

private:
    bool parseLine(QByteArrayView line);
    bool parseSend(QByteArrayView rest, bool raw, ScriptStep::Part *part);
    bool parseLiteral(const QList<QByteArray> &words, qint64 *count, char *fillByte);
    bool checkReferences(const QByteArray &bytes);
    bool fail(const QString &why);
    void append(ScriptStep step);

    QList<ScriptStep> *m_steps = nullptr;
    QString *m_error = nullptr;
    QString m_source;
    int m_line = 0;
    QSet<QByteArray> m_captured;
    std::optional<ScriptStep> m_segment; // between SEGMENT and END
    int m_terminalLine = 0;
    bool m_sawExpectLine = false;
};

// Text after `S:`, `C:` etc.: one space after the colon belongs to the syntax,
// the rest is verbatim (so `C:  {6}` expects a line starting with a space).
QByteArrayView afterPrefix(QByteArrayView line, qsizetype prefixLength)
{
    QByteArrayView rest = line.sliced(prefixLength);
    if (rest.startsWith(' '))
        rest = rest.sliced(1);
    return rest;
}

} // namespace

bool Parser::fail(const QString &why)
{
    *m_error = QStringLiteral("script line %1: %2 (in \"%3\")").arg(m_line).arg(why, m_source);
    return false;
}

void Parser::append(ScriptStep step)
{
    if (step.line == 0) {
        step.line = m_line;
        step.source = m_source;
    }
    if (step.isTerminal())
        m_terminalLine = m_line;
    m_steps->append(std::move(step));
}

bool Parser::checkReferences(const QByteArray &bytes)
{
    for (qsizetype pos = 0; pos < bytes.size(); ++pos) {
        qsizetype length = 0;
        const auto name = ScriptPattern::captureAt(bytes, pos, &length);
        if (name && !m_captured.contains(*name)) {
            return fail(QStringLiteral("<%1> is used before any C: line captures it").arg(QString::fromLatin1(*name)));
        }
    }
    return true;
}

bool Parser::parseSend(QByteArrayView rest, bool raw, ScriptStep::Part *part)
{
    if (raw) {
        QString why;
        const auto bytes = ScriptEscapes::decode(rest, &why);
        if (!bytes)
            return fail(why);
        part->bytes = *bytes;
    } else {
        part->bytes = rest.toByteArray() + "\r\n";
    }
    return checkReferences(part->bytes);
}

bool Parser::parseLiteral(const QList<QByteArray> &words, qint64 *count, char *fillByte)
{
    if (words.size() < 2 || words.size() > 3)
        return fail(QStringLiteral("LITERAL takes a byte count and optionally the byte to repeat"));
    bool ok = false;
    *count = words[1].toLongLong(&ok);
    if (!ok || *count < 0)
        return fail(QStringLiteral("LITERAL needs a byte count of 0 or more"));
    *fillByte = 'x';
    if (words.size() == 3) {
        QString why;
        const auto byte = ScriptEscapes::decode(words[2], &why);
        if (!byte)
            return fail(why);
        if (byte->size() != 1)
            return fail(QStringLiteral("LITERAL's fill is one byte, such as x or \\x00"));
        *fillByte = byte->at(0);
    }
    return true;
}

bool Parser::parseLine(QByteArrayView line)
{
    if (m_terminalLine > 0)
        return fail(
            QStringLiteral("nothing can follow the step at line %1, which ends the connection").arg(m_terminalLine));

    // Sending lines, which a SEGMENT gathers into one write.
    const bool raw = line.startsWith("S+:");
    if (raw || line.startsWith("S:")) {
        ScriptStep::Part part;
        if (!parseSend(afterPrefix(line, raw ? 3 : 2), raw, &part))
            return false;
        if (m_segment) {
            m_segment->parts.append(part);
        } else {
            ScriptStep step;
            step.kind = ScriptStep::Kind::Send;
            step.parts.append(part);
            append(std::move(step));
        }
        return true;
    }

    const QList<QByteArray> words = line.toByteArray().simplified().split(' ');
    const QByteArray &keyword = words.first();
    if (keyword == "LITERAL") {
        ScriptStep step;
        if (!parseLiteral(words, &step.count, &step.fillByte))
            return false;
        if (m_segment) {
            if (step.count > ServerScript::MaxSegmentLiteral)
                return fail(QStringLiteral("a LITERAL inside a SEGMENT is built in memory: at most %1 bytes")
                                .arg(ServerScript::MaxSegmentLiteral));
            m_segment->parts.append({{}, step.count, step.fillByte});
        } else {
            step.kind = ScriptStep::Kind::SendLiteral;
            append(std::move(step));
        }
        return true;
    }
    if (keyword == "END") {
        if (!m_segment)
            return fail(QStringLiteral("END without SEGMENT"));
        if (m_segment->parts.isEmpty())
            return fail(QStringLiteral("an empty SEGMENT"));
        append(*std::exchange(m_segment, std::nullopt)); // named by its SEGMENT line
        return true;
    }
    if (m_segment)
        return fail(QStringLiteral("only S:, S+: and LITERAL can be inside a SEGMENT"));

    if (line.startsWith("C:") || line.startsWith("C{}:")) {
        const bool literal = line.startsWith("C{}:");
        if (literal && !m_sawExpectLine)
            return fail(QStringLiteral("C{}: needs an earlier C: line that announces the literal"));
        QString why;
        const auto pattern =
            ScriptPattern::parse(afterPrefix(line, literal ? 4 : 2),
                                 literal ? ScriptPattern::Syntax::Literal : ScriptPattern::Syntax::Line, &why);
        if (!pattern)
            return fail(why);
        ScriptStep step;
        step.kind = literal ? ScriptStep::Kind::ExpectLiteral : ScriptStep::Kind::ExpectLine;
        step.pattern = *pattern;
        for (const QByteArray &name : pattern->captureNames())
            m_captured.insert(name);
        m_sawExpectLine = true;
        append(std::move(step));
        return true;
    }

    const auto noArguments = [&](ScriptStep::Kind kind) {
        if (words.size() != 1)
            return fail(QStringLiteral("%1 takes no arguments").arg(QString::fromLatin1(keyword)));
        ScriptStep step;
        step.kind = kind;
        append(std::move(step));
        return true;
    };
    if (keyword == "SEGMENT") {
        if (words.size() != 1)
            return fail(QStringLiteral("SEGMENT takes no arguments"));
        m_segment = ScriptStep{};
        m_segment->kind = ScriptStep::Kind::Send;
        m_segment->line = m_line;
        m_segment->source = m_source;
        return true;
    }
    if (keyword == "TLS")
        return noArguments(ScriptStep::Kind::StartTls);
    if (keyword == "CLOSE")
        return noArguments(ScriptStep::Kind::Close);
    if (keyword == "RESET")
        return noArguments(ScriptStep::Kind::Reset);
    if (keyword == "STALL")
        return noArguments(ScriptStep::Kind::Stall);
    if (keyword == "EXPECT_CLOSE")
        return noArguments(ScriptStep::Kind::ExpectClose);
    if (keyword == "WAIT") {
        bool ok = false;
        const qint64 ms = words.size() == 2 ? words[1].toLongLong(&ok) : -1;
        if (!ok || ms < 0 || ms > 600'000)
            return fail(QStringLiteral("WAIT takes a number of milliseconds (0 to 600000)"));
        ScriptStep step;
        step.kind = ScriptStep::Kind::Wait;
        step.count = ms;
        append(std::move(step));
        return true;
    }
    return fail(QStringLiteral("unknown step; a line is S:, S+:, C:, C{}:, TLS, WAIT, LITERAL, SEGMENT, END, "
                               "CLOSE, RESET, STALL or EXPECT_CLOSE (# starts a comment)"));
}

std::optional<ServerScript> Parser::run(const QString &text, QList<ScriptStep> *steps, QString *error)
{
    m_steps = steps;
    m_error = error;
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        m_line = int(i + 1);
        QString source = lines[i];
        if (source.endsWith(u'\r'))
            source.chop(1);
        // Indentation is for the reader (scripts live in indented raw strings).
        qsizetype start = 0;
        while (start < source.size() && (source[start] == u' ' || source[start] == u'\t'))
            ++start;
        source = source.mid(start);
        if (source.isEmpty() || source.startsWith(u'#'))
            continue;
        m_source = source;
        if (!parseLine(source.toUtf8()))
            return std::nullopt;
    }
    if (m_segment) {
        m_line = m_segment->line;
        m_source = m_segment->source;
        fail(QStringLiteral("SEGMENT without END"));
        return std::nullopt;
    }
    return ServerScript{};
}

std::optional<ServerScript> ServerScript::parse(const QString &text, QString *error)
{
    QList<ScriptStep> steps;
    Parser parser;
    auto script = parser.run(text, &steps, error);
    if (script)
        script->m_steps = std::move(steps);
    return script;
}

ServerScript ServerScript::withImplicitTls() const
{
    ServerScript script = *this;
    ScriptStep handshake;
    handshake.kind = ScriptStep::Kind::StartTls;
    handshake.source = QStringLiteral("(the implicit TLS handshake)");
    script.m_steps.prepend(handshake);
    return script;
}

} // namespace Quail::Test
