#include "scriptpattern.h"

#include "scriptescapes.h"

#include <utility>

namespace Quail::Test {

namespace {

bool isNameChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

} // namespace

bool ScriptPattern::isTagChar(char c)
{
    // RFC 3501: tag = 1*<any ASTRING-CHAR except "+">, i.e. visible ASCII but
    // not the atom-specials ( ) { % * " \ and not "+".
    if (c <= 0x20 || c >= 0x7f)
        return false;
    switch (c) {
    case '(':
    case ')':
    case '{':
    case '%':
    case '*':
    case '"':
    case '\\':
    case '+':
        return false;
    default:
        return true;
    }
}

std::optional<QByteArray> ScriptPattern::captureAt(QByteArrayView text, qsizetype pos, qsizetype *length)
{
    static constexpr QByteArrayView prefix("<tag");
    if (!text.sliced(pos).startsWith(prefix))
        return std::nullopt;
    qsizetype end = pos + prefix.size();
    while (end < text.size() && isNameChar(text[end]))
        ++end;
    if (end >= text.size() || text[end] != '>')
        return std::nullopt;
    *length = end + 1 - pos;
    return text.sliced(pos + 1, end - pos - 1).toByteArray();
}

std::optional<ScriptPattern> ScriptPattern::parse(QByteArrayView source, Syntax syntax, QString *error)
{
    ScriptPattern pattern;
    QByteArray bytes;
    const auto flushBytes = [&] {
        if (!bytes.isEmpty())
            pattern.m_pieces.append({Piece::Kind::Bytes, std::exchange(bytes, {})});
    };

    qsizetype pos = 0;
    while (pos < source.size()) {
        const char c = source[pos];
        qsizetype length = 0;
        if (c == '*') {
            flushBytes();
            // Two stars in a row mean the same as one; keeping one keeps matching linear there.
            if (pattern.m_pieces.isEmpty() || pattern.m_pieces.last().kind != Piece::Kind::AnyRun)
                pattern.m_pieces.append({Piece::Kind::AnyRun, {}});
            ++pos;
        } else if (c == '\\' && syntax == Syntax::Literal) {
            if (!ScriptEscapes::decodeOne(source, &pos, &bytes, error))
                return std::nullopt;
        } else if (c == '\\' && pos + 1 < source.size() && source[pos + 1] == '*') {
            bytes.append('*');
            pos += 2;
        } else if (syntax == Syntax::Line && c == '<') {
            if (const auto name = captureAt(source, pos, &length)) {
                flushBytes();
                pattern.m_pieces.append({Piece::Kind::Capture, *name});
                pos += length;
            } else {
                bytes.append(c);
                ++pos;
            }
        } else {
            bytes.append(c);
            ++pos;
        }
    }
    flushBytes();
    return pattern;
}

QList<QByteArray> ScriptPattern::captureNames() const
{
    QList<QByteArray> names;
    for (const Piece &piece : m_pieces) {
        if (piece.kind == Piece::Kind::Capture)
            names.append(piece.value);
    }
    return names;
}

bool ScriptPattern::matches(QByteArrayView input, QHash<QByteArray, QByteArray> *captures) const
{
    QHash<QByteArray, QByteArray> found;
    if (!matchFrom(0, input, &found))
        return false;
    for (auto it = found.cbegin(); it != found.cend(); ++it)
        captures->insert(it.key(), it.value());
    return true;
}

bool ScriptPattern::matchFrom(qsizetype index, QByteArrayView input, QHash<QByteArray, QByteArray> *captures) const
{
    // Plain backtracking: patterns are a handful of pieces and client lines
    // are short, so this stays far from any pathological case in practice.
    if (index == m_pieces.size())
        return input.isEmpty();
    const Piece &piece = m_pieces[index];
    switch (piece.kind) {
    case Piece::Kind::Bytes:
        return input.startsWith(piece.value) && matchFrom(index + 1, input.sliced(piece.value.size()), captures);
    case Piece::Kind::AnyRun:
        if (index + 1 == m_pieces.size())
            return true;
        for (qsizetype skip = 0; skip <= input.size(); ++skip) {
            if (matchFrom(index + 1, input.sliced(skip), captures))
                return true;
        }
        return false;
    case Piece::Kind::Capture: {
        qsizetype longest = 0;
        while (longest < input.size() && isTagChar(input[longest]))
            ++longest;
        for (qsizetype length = longest; length >= 1; --length) {
            if (matchFrom(index + 1, input.sliced(length), captures)) {
                captures->insert(piece.value, input.first(length).toByteArray());
                return true;
            }
        }
        return false;
    }
    }
    return false;
}

} // namespace Quail::Test
