#include "imap/protocol/modifiedutf7.h"

#include <cstdint>

namespace Quail::Imap::ModifiedUtf7 {

namespace {

// RFC 3501 §5.1.3: base64 with "," in place of "/", no "=" padding.
constexpr char Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+,";

constexpr bool isPrintableAscii(char16_t c)
{
    return c >= 0x20 && c <= 0x7e;
}

int sextetValue(char c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (c >= '0' && c <= '9')
        return c - '0' + 52;
    if (c == '+')
        return 62;
    if (c == ',')
        return 63;
    return -1;
}

// Replaces unpaired surrogates by U+FFFD.
QString withPairedSurrogates(QStringView name)
{
    QString result;
    result.reserve(name.size());
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name[i];
        if (c.isHighSurrogate() && i + 1 < name.size() && name[i + 1].isLowSurrogate()) {
            result += c;
            result += name[++i];
        } else if (c.isSurrogate()) {
            result += QChar::ReplacementCharacter;
        } else {
            result += c;
        }
    }
    return result;
}

} // namespace

QByteArray encode(QStringView input)
{
    const QString name = withPairedSurrogates(input);
    QByteArray out;
    out.reserve(name.size() + 8);

    qsizetype i = 0;
    while (i < name.size()) {
        const char16_t c = name[i].unicode();
        if (isPrintableAscii(c)) {
            out += char(c);
            if (c == u'&')
                out += '-';
            ++i;
            continue;
        }
        // One base64 run for each maximal stretch of non-printable characters.
        out += '&';
        std::uint32_t bits = 0;
        int bitCount = 0;
        for (; i < name.size() && !isPrintableAscii(name[i].unicode()); ++i) {
            bits = (bits << 16) | name[i].unicode();
            bitCount += 16;
            while (bitCount >= 6) {
                bitCount -= 6;
                out += Alphabet[(bits >> bitCount) & 0x3f];
            }
            bits &= (1u << bitCount) - 1;
        }
        if (bitCount > 0)
            out += Alphabet[(bits << (6 - bitCount)) & 0x3f];
        out += '-';
    }
    return out;
}

std::optional<QString> decode(QByteArrayView wire)
{
    QString out;
    out.reserve(wire.size());

    qsizetype i = 0;
    while (i < wire.size()) {
        const char c = wire[i++];
        if (!isPrintableAscii(char16_t(static_cast<unsigned char>(c))))
            return std::nullopt;
        if (c != '&') {
            out += QLatin1Char(c);
            continue;
        }
        if (i < wire.size() && wire[i] == '-') {
            out += u'&';
            ++i;
            continue;
        }

        std::uint32_t bits = 0;
        int bitCount = 0;
        for (; i < wire.size() && wire[i] != '-'; ++i) {
            const int value = sextetValue(wire[i]);
            if (value < 0)
                return std::nullopt;
            bits = (bits << 6) | std::uint32_t(value);
            bitCount += 6;
            if (bitCount >= 16) {
                bitCount -= 16;
                const auto unit = char16_t((bits >> bitCount) & 0xffff);
                if (isPrintableAscii(unit))
                    return std::nullopt;
                out += QChar(unit);
            }
            bits &= (1u << bitCount) - 1;
        }
        // The run must be terminated by "-" and end on a whole UTF-16 unit,
        // padded with fewer than six zero bits.
        if (i == wire.size() || bitCount >= 6 || bits != 0)
            return std::nullopt;
        ++i;
    }

    if (!QStringView(out).isValidUtf16())
        return std::nullopt;
    return out;
}

} // namespace Quail::Imap::ModifiedUtf7
