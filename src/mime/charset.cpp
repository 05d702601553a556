#include "mime/charset.h"

#include <QByteArray>
#include <QStringDecoder>

#include <algorithm>
#include <vector>

namespace Quail::Mime {

namespace {

// Labels that real mail uses for charsets ICU knows under another name, or
// that are supersets in practice (the WHATWG Encoding Standard's mapping).
QByteArray canonicalName(QByteArrayView charset)
{
    QByteArray name = charset.trimmed().toByteArray().toLower();
    // RFC 2231 §5 allows a language after "*": "utf-8*en".
    if (const qsizetype star = name.indexOf('*'); star >= 0)
        name.truncate(star);
    struct Alias {
        const char *from;
        const char *to;
    };
    static constexpr Alias aliases[] = {
        {"utf8", "UTF-8"},
        {"iso-8859-1", "windows-1252"},
        {"iso8859-1", "windows-1252"},
        {"latin1", "windows-1252"},
        {"us-ascii", "windows-1252"},
        {"ascii", "windows-1252"},
        {"gb2312", "GB18030"},
        {"gbk", "GB18030"},
        {"x-gbk", "GB18030"},
        {"ks_c_5601-1987", "windows-949"},
        {"euc-kr", "windows-949"},
        {"tis-620", "windows-874"},
        {"iso-8859-9", "windows-1254"},
        {"iso-8859-11", "windows-874"},
        {"x-sjis", "Shift_JIS"},
        {"sjis", "Shift_JIS"},
        {"x-mac-roman", "macintosh"},
    };
    for (const Alias &alias : aliases) {
        if (name == alias.from)
            return QByteArray(alias.to);
    }
    return name;
}

bool isAscii(QByteArrayView bytes)
{
    return std::all_of(bytes.cbegin(), bytes.cend(), [](char c) { return uchar(c) < 0x80; });
}

bool isValidUtf8(QByteArrayView bytes)
{
    if (isAscii(bytes))
        return true;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder(bytes);
    return !decoder.hasError();
}

// Whether ASCII bytes mean ASCII in this charset. Not so for every 7-bit
// charset: ISO-2022-JP, UTF-7 and HZ give escapes and "+" meanings of their
// own, so only the families mail mostly uses are named.
bool isAsciiCompatible(QByteArrayView charset)
{
    QByteArrayView name = charset.trimmed();
    if (const qsizetype star = name.indexOf('*'); star >= 0)
        name.truncate(star);
    const auto is = [&](QByteArrayView label) { return name.compare(label, Qt::CaseInsensitive) == 0; };
    const auto startsWith = [&](QByteArrayView prefix) {
        return name.size() > prefix.size() && name.first(prefix.size()).compare(prefix, Qt::CaseInsensitive) == 0;
    };
    return name.isEmpty() || is("utf-8") || is("utf8") || is("us-ascii") || is("ascii") || is("latin1")
        || startsWith("iso-8859-") || startsWith("windows-125");
}

struct CachedDecoder {
    QByteArray label; // as the message gave it
    QStringDecoder decoder; // invalid when ICU knows no such charset
    bool declaredAscii = false;
};

// The decoder for a charset label. Opening one (an ICU converter for most
// charsets) costs more than decoding a header, and a folder's headers use a
// handful of charsets: each thread keeps the last few it opened.
CachedDecoder &decoderFor(QByteArrayView charset)
{
    thread_local std::vector<CachedDecoder> cache;
    for (CachedDecoder &entry : cache) {
        if (QByteArrayView(entry.label) == charset) {
            entry.decoder.resetState();
            return entry;
        }
    }
    constexpr size_t MaxCached = 16;
    if (cache.size() == MaxCached)
        cache.erase(cache.begin());
    const QByteArray name = canonicalName(charset);
    CachedDecoder entry;
    entry.label = charset.toByteArray();
    if (!name.isEmpty())
        entry.decoder = QStringDecoder(name.constData(), QStringDecoder::Flag::Stateless);
    // "us-ascii" with 8-bit bytes is almost always UTF-8 written by a
    // program that never declared it.
    entry.declaredAscii = name == "windows-1252"
        && (charset.trimmed().compare("us-ascii", Qt::CaseInsensitive) == 0
            || charset.trimmed().compare("ascii", Qt::CaseInsensitive) == 0);
    cache.push_back(std::move(entry));
    return cache.back();
}

} // namespace

bool isKnownCharset(QByteArrayView charset)
{
    return QStringDecoder(canonicalName(charset).constData()).isValid();
}

QString decodeCharset(QByteArrayView bytes, QByteArrayView charset)
{
    // Most header text is ASCII in an ASCII-compatible charset.
    if (isAscii(bytes) && isAsciiCompatible(charset))
        return QString::fromLatin1(bytes);
    if (!charset.trimmed().isEmpty()) {
        CachedDecoder &entry = decoderFor(charset);
        if (entry.decoder.isValid() && !entry.declaredAscii)
            return entry.decoder(bytes);
    }
    if (isValidUtf8(bytes))
        return QString::fromUtf8(bytes);
    return decoderFor("windows-1252").decoder(bytes);
}

} // namespace Quail::Mime
