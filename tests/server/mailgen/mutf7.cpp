#include "mutf7.h"

#include <cstdint>

namespace MailGen {

QByteArray encodeModifiedUtf7(QStringView name)
{
    // Modified BASE64: ',' instead of '/', and no padding.
    static constexpr char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+,";
    QByteArray out;
    out.reserve(name.size() + 8);
    qsizetype i = 0;
    while (i < name.size()) {
        const char16_t c = name.at(i).unicode();
        if (c >= 0x20 && c <= 0x7e) {
            out.append(char(c));
            if (c == u'&')
                out.append('-');
            ++i;
            continue;
        }
        // A run of characters outside printable ASCII, as UTF-16BE in base64.
        out.append('&');
        std::uint32_t bits = 0;
        int bitCount = 0;
        while (i < name.size() && (name.at(i).unicode() < 0x20 || name.at(i).unicode() > 0x7e)) {
            bits = (bits << 16) | name.at(i).unicode();
            bitCount += 16;
            while (bitCount >= 6) {
                bitCount -= 6;
                out.append(alphabet[(bits >> bitCount) & 0x3f]);
            }
            ++i;
        }
        if (bitCount > 0)
            out.append(alphabet[(bits << (6 - bitCount)) & 0x3f]);
        out.append('-');
    }
    return out;
}

} // namespace MailGen
