// Modified UTF-7 (RFC 3501 §5.1.3): decoding arbitrary bytes never crashes,
// whatever decodes re-encodes to something that decodes to the same name, and
// every encoded name is printable ASCII that decodes back.

#include "imap/protocol/modifiedutf7.h"

#include <cstdint>
#include <cstdlib>

using namespace Quail::Imap;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView wire(data, qsizetype(size));
    if (const auto name = ModifiedUtf7::decode(wire)) {
        const QByteArray again = ModifiedUtf7::encode(*name);
        const auto redecoded = ModifiedUtf7::decode(again);
        if (!redecoded || *redecoded != *name)
            std::abort();
    }

    // The same bytes read as UTF-16 text: any string encodes to printable
    // ASCII and, unpaired surrogates aside, decodes back to itself.
    const QString text = QString::fromUtf16(reinterpret_cast<const char16_t *>(data), qsizetype(size / 2));
    const QByteArray encoded = ModifiedUtf7::encode(text);
    for (const char c : encoded) {
        if (c < 0x20 || c > 0x7e)
            std::abort();
    }
    const auto decoded = ModifiedUtf7::decode(encoded);
    if (!decoded || (text.isValidUtf16() && *decoded != text))
        std::abort();
    return 0;
}
