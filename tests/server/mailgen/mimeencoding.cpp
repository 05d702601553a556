#include "mimeencoding.h"

namespace MailGen::Mime {

namespace {

constexpr char hexDigits[] = "0123456789ABCDEF";

void appendHexEscape(QByteArray &out, char prefix, unsigned char byte)
{
    out.append(prefix);
    out.append(hexDigits[byte >> 4]);
    out.append(hexDigits[byte & 0xf]);
}

bool isAlnum(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// Whether Q encoding may leave the byte as it is (RFC 2047 §4.2 and §5).
bool qLiteral(unsigned char c, WordContext context)
{
    if (context == WordContext::Phrase)
        return isAlnum(c) || c == '!' || c == '*' || c == '+' || c == '-' || c == '/';
    return c > 32 && c < 127 && c != '=' && c != '?' && c != '_';
}

qsizetype qLength(unsigned char c, WordContext context)
{
    return c == ' ' || qLiteral(c, context) ? 1 : 3;
}

QByteArray encodeChunk(QByteArrayView chunk, WordEncoding encoding, WordContext context)
{
    if (encoding == WordEncoding::B)
        return chunk.toByteArray().toBase64();
    QByteArray out;
    out.reserve(chunk.size() * 3);
    for (const char ch : chunk) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == ' ')
            out.append('_');
        else if (qLiteral(c, context))
            out.append(ch);
        else
            appendHexEscape(out, '=', c);
    }
    return out;
}

} // namespace

QByteArray base64Lines(const QByteArray &data)
{
    const QByteArray encoded = data.toBase64();
    QByteArray out;
    out.reserve(encoded.size() + encoded.size() / 76 + 2);
    for (qsizetype i = 0; i < encoded.size(); i += 76) {
        out.append(encoded.mid(i, 76));
        out.append('\n');
    }
    return out;
}

QByteArray quotedPrintable(const QByteArray &data)
{
    QByteArray out;
    out.reserve(data.size() + data.size() / 8);
    qsizetype column = 0;
    for (qsizetype i = 0; i < data.size(); ++i) {
        const auto c = static_cast<unsigned char>(data.at(i));
        if (c == '\n') {
            out.append('\n');
            column = 0;
            continue;
        }
        const bool atLineEnd = i + 1 == data.size() || data.at(i + 1) == '\n';
        char token[3];
        int tokenLength = 0;
        if ((c >= 33 && c <= 126 && c != '=') || ((c == ' ' || c == '\t') && !atLineEnd)) {
            token[tokenLength++] = char(c);
        } else {
            token[tokenLength++] = '=';
            token[tokenLength++] = hexDigits[c >> 4];
            token[tokenLength++] = hexDigits[c & 0xf];
        }
        // The last token of a line may reach column 76; any other needs room for the soft break.
        const qsizetype limit = atLineEnd ? 76 : 75;
        if (column + tokenLength > limit) {
            out.append("=\n");
            column = 0;
        }
        out.append(token, tokenLength);
        column += tokenLength;
    }
    return out;
}

QList<QByteArray> encodedWords(const EncodedText &text, WordEncoding encoding, WordContext context)
{
    const QByteArray prefix = "=?" + charsetName(text.charset) + (encoding == WordEncoding::B ? "?B?" : "?Q?");
    // 66 rather than RFC 2047's 75, so that "Subject: " and the first word fit in
    // 76 columns: a header line with an encoded word must not be longer.
    const qsizetype room = 66 - prefix.size() - 2;
    QList<QByteArray> words;
    const QByteArray &bytes = text.bytes;
    qsizetype start = 0;
    while (start < bytes.size()) {
        // Grow the chunk one character at a time while it still fits; a
        // single character that does not fit still gets a word of its own.
        qsizetype end = start;
        qsizetype qChars = 0;
        for (qsizetype next = start + 1; next <= bytes.size(); ++next) {
            qChars += qLength(static_cast<unsigned char>(bytes.at(next - 1)), context);
            if (!isCharacterBoundary(text, next))
                continue;
            const qsizetype length = encoding == WordEncoding::B ? (next - start + 2) / 3 * 4 : qChars;
            if (end > start && length > room)
                break;
            end = next;
        }
        words.append(prefix + encodeChunk(QByteArrayView(bytes).sliced(start, end - start), encoding, context) + "?=");
        start = end;
    }
    return words;
}

QByteArray percentEncode2231(const QString &value)
{
    QByteArray out;
    for (const char ch : value.toUtf8()) {
        const auto c = static_cast<unsigned char>(ch);
        const bool attrChar = isAlnum(c) || c == '!' || c == '#' || c == '$' || c == '&' || c == '+' || c == '-'
            || c == '.' || c == '^' || c == '_' || c == '`' || c == '|' || c == '~';
        if (attrChar)
            out.append(char(c));
        else
            appendHexEscape(out, '%', c);
    }
    return out;
}

bool phraseNeedsQuoting(const QByteArray &phrase)
{
    for (const char ch : phrase) {
        const auto c = static_cast<unsigned char>(ch);
        const bool atext = isAlnum(c) || c == ' ' || QByteArrayView("!#$%&'*+-/=?^_`{|}~").contains(char(c));
        if (!atext)
            return true;
    }
    return false;
}

QByteArray quotedString(const QByteArray &value)
{
    QByteArray out = "\"";
    for (const char c : value) {
        if (c == '"' || c == '\\')
            out.append('\\');
        out.append(c);
    }
    out.append('"');
    return out;
}

} // namespace MailGen::Mime
