// The response reader on arbitrary bytes: never crashes, never reads out of
// bounds, never recurses without limit, and gives the same responses and
// errors whether the input arrives all at once or split at an arbitrary
// point chosen from the input itself.

#include "imap/protocol/responsereader.h"

#include <cstdint>
#include <cstdlib>

using namespace Quail::Imap;

namespace {

QList<ParseResult> readAll(QByteArrayView input, qsizetype split, const ParseLimits &limits)
{
    ResponseReader reader(limits);
    QList<ParseResult> results;
    auto drain = [&] {
        while (auto result = reader.next())
            results.append(std::move(*result));
    };
    reader.feed(input.first(split));
    drain();
    reader.feed(input.sliced(split));
    drain();
    return results;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 2)
        return 0;
    // Small limits so that the fuzzer reaches them.
    ParseLimits limits;
    limits.maxLineLength = 1024;
    limits.maxLiteralSize = 512;
    limits.maxResponseSize = 2048;
    limits.maxNestingDepth = 16;

    const QByteArrayView input(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    const qsizetype split = qsizetype(data[0]) % (input.size() + 1);
    const QList<ParseResult> whole = readAll(input, input.size(), limits);
    const QList<ParseResult> parts = readAll(input, split, limits);
    if (whole != parts)
        std::abort();
    return 0;
}
