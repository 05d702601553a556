#include "imap/protocol/command.h"

#include "imap/protocol/atomchar.h"
#include "imap/protocol/searchkey.h"

namespace Quail::Imap {

namespace {

bool isAtom(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return false;
    for (const char c : bytes) {
        if (!isAtomChar(c))
            return false;
    }
    return true;
}

bool isPrintableAscii(QByteArrayView bytes)
{
    for (const char c : bytes) {
        if (quint8(c) < 0x20 || quint8(c) > 0x7e)
            return false;
    }
    return true;
}

// RFC 7888 §4: LITERAL- allows non-synchronizing literals up to 4096 octets.
constexpr qsizetype LiteralMinusLimit = 4096;

} // namespace

StringForm chooseStringForm(QByteArrayView bytes, bool atomAllowed, const EncoderOptions &options)
{
    bool controls = false;
    bool eightBit = false;
    for (const char c : bytes) {
        const auto u = quint8(c);
        if (u == 0)
            return StringForm::Invalid; // not even a literal may hold NUL
        if (c == '\r' || c == '\n')
            controls = true;
        else if (u >= 0x80)
            eightBit = true;
    }
    // "NIL" as an atom would read as NIL where an nstring is expected.
    if (atomAllowed && isAtom(bytes) && bytes.compare("NIL", Qt::CaseInsensitive) != 0)
        return StringForm::Atom;
    const bool eightBitQuotable = !eightBit || (options.utf8Accept && bytes.isValidUtf8());
    if (!controls && eightBitQuotable && bytes.size() <= options.maxQuotedLength)
        return StringForm::Quoted;
    return StringForm::Literal;
}

Command::Command(QByteArrayView name)
    : m_name(name.toByteArray())
{
    for (const QByteArray &word : m_name.split(' ')) {
        if (!isAtom(word)) {
            invalid(QStringLiteral("invalid command name"));
            break;
        }
    }
}

Command &Command::add(Kind kind, QByteArray bytes)
{
    if (isValid())
        m_tokens.append({kind, std::move(bytes)});
    return *this;
}

Command &Command::invalid(const QString &error)
{
    if (isValid())
        m_error = error;
    return *this;
}

Command &Command::atom(QByteArrayView atom)
{
    if (!isAtom(atom))
        return invalid(
            QStringLiteral("not an atom: %1").arg(QString::fromLatin1(atom.toByteArray().toPercentEncoding())));
    return add(Kind::Verbatim, atom.toByteArray());
}

Command &Command::number(quint64 number)
{
    return add(Kind::Verbatim, QByteArray::number(number));
}

Command &Command::string(QByteArrayView bytes)
{
    if (bytes.contains('\0'))
        return invalid(QStringLiteral("NUL cannot be sent in a string"));
    return add(Kind::AString, bytes.toByteArray());
}

Command &Command::quotedString(QByteArrayView bytes)
{
    if (bytes.contains('\0'))
        return invalid(QStringLiteral("NUL cannot be sent in a string"));
    return add(Kind::String, bytes.toByteArray());
}

Command &Command::nstring(const QByteArray &bytes)
{
    if (bytes.isNull())
        return add(Kind::Verbatim, QByteArrayLiteral("NIL"));
    return quotedString(bytes);
}

Command &Command::flag(QByteArrayView flag)
{
    if (!Flags::isValidFlag(flag))
        return invalid(
            QStringLiteral("invalid flag: %1").arg(QString::fromLatin1(flag.toByteArray().toPercentEncoding())));
    return add(Kind::Verbatim, flag.toByteArray());
}

Command &Command::flagList(const QList<QByteArray> &flags)
{
    beginList();
    for (const QByteArray &f : flags)
        flag(f);
    return endList();
}

Command &Command::sequenceSet(const SequenceSet &set)
{
    if (set.isEmpty())
        return invalid(QStringLiteral("empty sequence set"));
    if (!m_messageSet)
        m_messageSet = set;
    return add(Kind::Verbatim, set.toByteArray());
}

Command &Command::dateTime(const InternalDate &date)
{
    return add(Kind::String, date.toByteArray());
}

Command &Command::literal(QByteArrayView bytes, bool binary)
{
    if (!binary && bytes.contains('\0'))
        return invalid(QStringLiteral("NUL needs a binary literal"));
    return add(binary ? Kind::Literal8 : Kind::Literal, bytes.toByteArray());
}

Command &Command::beginList()
{
    return add(Kind::Open, QByteArrayLiteral("("));
}

Command &Command::endList()
{
    return add(Kind::Close, QByteArrayLiteral(")"));
}

Command &Command::searchKey(const SearchKey &key)
{
    key.appendTo(*this);
    return *this;
}

Command &Command::raw(QByteArrayView syntax)
{
    if (syntax.isEmpty() || !isPrintableAscii(syntax))
        return invalid(QStringLiteral("raw syntax must be printable ASCII"));
    return add(Kind::Verbatim, syntax.toByteArray());
}

std::optional<EncodedCommand> Command::encode(QByteArrayView tag, const EncoderOptions &options) const
{
    if (!isValid())
        return std::nullopt;
    for (const char c : tag) {
        // A tag is 1*<any ASTRING-CHAR except "+">.
        if (!isAtomChar(c) && c != ']')
            return std::nullopt;
        if (c == '+')
            return std::nullopt;
    }
    if (tag.isEmpty())
        return std::nullopt;

    EncodedCommand encoded;
    encoded.tag = tag.toByteArray();
    QByteArray line = encoded.tag + ' ' + m_name;
    bool spaceNeeded = true;

    auto appendLiteral = [&](QByteArrayView data, bool binary) {
        const bool nonSynchronizing = options.literalPlus || (options.literalMinus && data.size() <= LiteralMinusLimit);
        if (binary)
            line += '~';
        line += '{' + QByteArray::number(data.size()) + (nonSynchronizing ? "+}\r\n" : "}\r\n");
        if (!nonSynchronizing) {
            encoded.parts.append(line);
            line.clear();
        }
        line += data;
    };

    for (const Token &token : m_tokens) {
        if (token.kind != Kind::Close && spaceNeeded)
            line += ' ';
        spaceNeeded = token.kind != Kind::Open;
        switch (token.kind) {
        case Kind::Verbatim:
        case Kind::Open:
        case Kind::Close:
            line += token.bytes;
            break;
        case Kind::AString:
        case Kind::String:
            switch (chooseStringForm(token.bytes, token.kind == Kind::AString, options)) {
            case StringForm::Atom:
                line += token.bytes;
                break;
            case StringForm::Quoted:
                line += '"';
                for (const char c : token.bytes) {
                    if (c == '"' || c == '\\')
                        line += '\\';
                    line += c;
                }
                line += '"';
                break;
            case StringForm::Literal:
                appendLiteral(token.bytes, false);
                break;
            case StringForm::Invalid:
                return std::nullopt;
            }
            break;
        case Kind::Literal:
        case Kind::Literal8:
            appendLiteral(token.bytes, token.kind == Kind::Literal8);
            break;
        }
    }
    line += "\r\n";
    encoded.parts.append(line);
    return encoded;
}

} // namespace Quail::Imap
