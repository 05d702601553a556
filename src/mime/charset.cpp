#include "mime/charset.h"

#include <QByteArray>
#include <QStringDecoder>

#include <algorithm>
#include <optional>

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

// The text, or nullopt when ICU does not know the charset. One decoder
// per call: opening one is the expensive part.
std::optional<QString> decodeWith(QByteArrayView bytes, const QByteArray &name)
{
    QStringDecoder decoder(name.constData(), QStringDecoder::Flag::Stateless);
    if (!decoder.isValid())
        return std::nullopt;
    return QString(decoder(bytes));
}

} // namespace

bool isKnownCharset(QByteArrayView charset)
{
    return QStringDecoder(canonicalName(charset).constData()).isValid();
}

QString decodeCharset(QByteArrayView bytes, QByteArrayView charset)
{
    const QByteArray name = canonicalName(charset);
    // "us-ascii" with 8-bit bytes is almost always UTF-8 written by a
    // program that never declared it.
    const bool ascii = name == "windows-1252"
        && (charset.trimmed().compare("us-ascii", Qt::CaseInsensitive) == 0
            || charset.trimmed().compare("ascii", Qt::CaseInsensitive) == 0);
    if (!name.isEmpty() && !ascii) {
        if (std::optional<QString> text = decodeWith(bytes, name))
            return *text;
    }
    if (isValidUtf8(bytes))
        return QString::fromUtf8(bytes);
    return decodeWith(bytes, QByteArrayLiteral("windows-1252")).value_or(QString());
}

} // namespace Quail::Mime
