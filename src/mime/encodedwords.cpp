#include "mime/encodedwords.h"

#include "mime/charset.h"
#include "mime/hexescapes.h"

#include <QByteArray>
#include <QList>

#include <algorithm>
#include <cstring>
#include <optional>

namespace Quail::Mime {

namespace {

struct EncodedWord {
    QByteArrayView charset;
    char encoding = 0; // 'B' or 'Q', either case
    QByteArrayView text; // still encoded
    qsizetype end = 0; // index just past the closing "?="
};

// Where the two-character `pair` ("=?" or "?=") next starts at or after
// `from`, or -1: memchr for its first character, which is rare in headers,
// rather than a general substring search.
qsizetype findPair(QByteArrayView text, const char (&pair)[3], qsizetype from)
{
    const char *const begin = text.data();
    const char *const end = begin + text.size();
    for (const char *p = begin + from; p < end;) {
        p = static_cast<const char *>(std::memchr(p, pair[0], size_t(end - p)));
        if (!p || p + 1 >= end)
            return -1;
        if (p[1] == pair[1])
            return p - begin;
        ++p;
    }
    return -1;
}

// Parses "=?charset?enc?text?=" starting at `start` (which points at "=?").
std::optional<EncodedWord> parseEncodedWord(QByteArrayView raw, qsizetype start)
{
    const qsizetype charsetEnd = raw.indexOf('?', start + 2);
    if (charsetEnd < 0 || charsetEnd == start + 2 || charsetEnd + 2 >= raw.size() || raw[charsetEnd + 2] != '?')
        return std::nullopt;
    const char encoding = raw[charsetEnd + 1];
    if (encoding != 'B' && encoding != 'b' && encoding != 'Q' && encoding != 'q')
        return std::nullopt;
    const qsizetype textStart = charsetEnd + 3;
    const qsizetype textEnd = findPair(raw, "?=", textStart);
    if (textEnd < 0)
        return std::nullopt;
    const QByteArrayView charset = raw.sliced(start + 2, charsetEnd - start - 2);
    const QByteArrayView text = raw.sliced(textStart, textEnd - textStart);
    // Encoded words contain no whitespace (§2); one that does is not one.
    const auto blank = [](char c) { return c == ' ' || c == '\t'; };
    if (std::any_of(charset.cbegin(), charset.cend(), blank) || std::any_of(text.cbegin(), text.cend(), blank))
        return std::nullopt;
    return EncodedWord{charset, encoding, text, textEnd + 2};
}

// Appends the octets a word encodes. Lenient: base64 without padding or
// with stray characters is read as far as it goes.
void appendDecoded(QByteArray &out, const EncodedWord &word)
{
    if (word.encoding == 'B' || word.encoding == 'b') {
        out += QByteArray::fromBase64(word.text.toByteArray());
        return;
    }
    // RFC 2047 §4.2: "_" is a space, "=XX" an octet; a stray "=" stays.
    // Never longer than the text: written in place, trimmed after.
    const QByteArrayView text = word.text;
    const qsizetype start = out.size();
    out.resize(start + text.size());
    char *to = out.data() + start;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '=' && i + 2 < text.size() && hexDigitValue(text[i + 1]) >= 0 && hexDigitValue(text[i + 2]) >= 0) {
            *to++ = char(hexDigitValue(text[i + 1]) * 16 + hexDigitValue(text[i + 2]));
            i += 2;
        } else {
            *to++ = c == '_' ? ' ' : c;
        }
    }
    out.truncate(to - out.constData());
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
    if (plain && findPair(raw, "=?", 0) < 0)
        return QString::fromLatin1(raw);

    // Unfolding (RFC 5322 §2.2.3): a line break followed by whitespace is
    // just the whitespace. Envelope strings rarely hold one.
    QByteArray unfolded;
    if (raw.contains('\r') || raw.contains('\n')) {
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
    }

    QString result;
    QByteArrayView pendingCharset; // the run of adjacent encoded words in one charset
    QByteArray pendingBytes;
    const auto flush = [&] {
        if (!pendingCharset.isEmpty() || !pendingBytes.isEmpty())
            result += decodeCharset(pendingBytes, pendingCharset);
        pendingCharset = {};
        pendingBytes.clear();
    };

    const QByteArrayView text = unfolded.isNull() ? raw : QByteArrayView(unfolded);
    qsizetype i = 0;
    qsizetype plainStart = 0;
    bool lastWasEncoded = false;
    while (i < text.size()) {
        const qsizetype candidate = findPair(text, "=?", i);
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
            if (!between.isEmpty())
                result += decodeRaw(between);
        }
        if (word->charset.compare(pendingCharset, Qt::CaseInsensitive) != 0)
            flush();
        pendingCharset = word->charset;
        appendDecoded(pendingBytes, *word);
        lastWasEncoded = true;
        i = plainStart = word->end;
    }
    flush();
    if (plainStart < text.size())
        result += decodeRaw(text.sliced(plainStart));
    return withoutControls(result);
}

} // namespace Quail::Mime
