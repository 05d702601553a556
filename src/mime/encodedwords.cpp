#include "mime/encodedwords.h"

#include "mime/charset.h"
#include "mime/hexescapes.h"

#include <QByteArray>
#include <QList>

#include <algorithm>
#include <optional>

namespace Quail::Mime {

namespace {

struct EncodedWord {
    QByteArray charset;
    QByteArray bytes; // decoded octets, still in `charset`
    qsizetype end = 0; // index just past the closing "?="
};

// RFC 2047 §4.2: "_" is a space, "=XX" an octet; a stray "=" stays.
QByteArray decodeQ(QByteArrayView text)
{
    QByteArray spaced = text.toByteArray();
    spaced.replace('_', ' ');
    return decodeHexEscapes(spaced, '=');
}

// Parses "=?charset?enc?text?=" starting at `start` (which points at "=?").
std::optional<EncodedWord> parseEncodedWord(QByteArrayView raw, qsizetype start)
{
    const qsizetype charsetEnd = raw.indexOf('?', start + 2);
    if (charsetEnd < 0 || charsetEnd == start + 2 || charsetEnd + 2 >= raw.size() || raw[charsetEnd + 2] != '?')
        return std::nullopt;
    const char encoding = raw[charsetEnd + 1];
    const qsizetype textStart = charsetEnd + 3;
    const qsizetype textEnd = raw.indexOf("?=", textStart);
    if (textEnd < 0)
        return std::nullopt;
    const QByteArrayView charset = raw.sliced(start + 2, charsetEnd - start - 2);
    const QByteArrayView text = raw.sliced(textStart, textEnd - textStart);
    // Encoded words contain no whitespace (§2); one that does is not one.
    for (const char c : charset) {
        if (c == ' ' || c == '\t')
            return std::nullopt;
    }
    for (const char c : text) {
        if (c == ' ' || c == '\t')
            return std::nullopt;
    }

    EncodedWord word;
    word.charset = charset.toByteArray();
    word.end = textEnd + 2;
    if (encoding == 'B' || encoding == 'b') {
        // Lenient: missing padding and stray characters are tolerated.
        word.bytes = QByteArray::fromBase64(text.toByteArray());
    } else if (encoding == 'Q' || encoding == 'q') {
        word.bytes = decodeQ(text);
    } else {
        return std::nullopt;
    }
    return word;
}

QString decodeRaw(QByteArrayView bytes)
{
    return decodeCharset(bytes, {});
}

bool isWhitespace(QByteArrayView text)
{
    for (const char c : text) {
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
            return false;
    }
    return true;
}

QString withoutControls(QString text)
{
    for (QChar &c : text) {
        const char16_t u = c.unicode();
        if (u == u'\r' || u == u'\n' || u == u'\t')
            c = u' ';
        else if (u < 0x20 || u == 0x7f)
            c = QChar::ReplacementCharacter;
    }
    return text;
}

} // namespace

QString decodeHeader(QByteArrayView raw)
{
    // Most header values are plain printable ASCII: nothing to unfold,
    // decode or replace. Opening a 100,000-message folder decodes several
    // per message, so this path matters.
    const bool plain = std::all_of(raw.cbegin(), raw.cend(), [](char c) { return c >= 0x20 && c < 0x7f; });
    if (plain && !raw.contains("=?"))
        return QString::fromLatin1(raw);

    // Unfolding (RFC 5322 §2.2.3): a line break followed by whitespace is
    // just the whitespace.
    QByteArray unfolded;
    unfolded.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const char c = raw[i];
        if ((c == '\r' || c == '\n') && i + 1 < raw.size()) {
            const qsizetype next = (c == '\r' && raw[i + 1] == '\n') ? i + 2 : i + 1;
            if (next < raw.size() && (raw[next] == ' ' || raw[next] == '\t')) {
                i = next - 1;
                continue;
            }
        }
        unfolded += c;
    }

    QString result;
    QByteArray pendingCharset; // the run of adjacent encoded words in one charset
    QByteArray pendingBytes;
    const auto flush = [&] {
        if (!pendingCharset.isEmpty() || !pendingBytes.isEmpty())
            result += decodeCharset(pendingBytes, pendingCharset);
        pendingCharset.clear();
        pendingBytes.clear();
    };

    const QByteArrayView text(unfolded);
    qsizetype i = 0;
    qsizetype plainStart = 0;
    bool lastWasEncoded = false;
    while (i < text.size()) {
        const qsizetype candidate = text.indexOf("=?", i);
        if (candidate < 0)
            break;
        const auto word = parseEncodedWord(text, candidate);
        if (!word) {
            i = candidate + 2;
            continue;
        }
        const QByteArrayView between = text.sliced(plainStart, candidate - plainStart);
        if (!(lastWasEncoded && isWhitespace(between))) {
            flush();
            result += decodeRaw(between);
        }
        if (word->charset.compare(pendingCharset, Qt::CaseInsensitive) != 0)
            flush();
        pendingCharset = word->charset;
        pendingBytes += word->bytes;
        lastWasEncoded = true;
        i = plainStart = word->end;
    }
    flush();
    result += decodeRaw(text.sliced(plainStart));
    return withoutControls(result);
}

} // namespace Quail::Mime
