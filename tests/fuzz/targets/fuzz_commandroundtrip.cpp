// Encode, then parse: any bytes used as a mailbox name, search text or flag
// either are refused by the encoder or go out as exactly one command whose
// string the response parser reads back unchanged. Sequence sets, flag lists
// and INTERNALDATEs survive format -> parse -> format.

#include "imap/protocol/commands.h"
#include "imap/protocol/responsereader.h"

#include <cstdint>
#include <cstdlib>

using namespace Quail::Imap;

namespace {

void check(bool condition)
{
    if (!condition)
        std::abort();
}

void roundTripString(const QByteArray &bytes, const EncoderOptions &options)
{
    const MailboxName name = MailboxName::fromWire(bytes);
    const auto encoded = Command("LIST").beginList().endList().quotedString("/").mailbox(name).encode("A1", options);
    if (!encoded) {
        check(bytes.contains('\0'));
        return;
    }
    ResponseReader reader;
    reader.feed(QByteArray("*" + encoded->joined().mid(2)));
    const auto result = reader.next();
    check(result.has_value());
    const auto *response = std::get_if<Response>(&*result);
    check(response && response->get<ListData>() && response->get<ListData>()->mailbox == name);
    check(!reader.next().has_value() && reader.framer().isIdle());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));

    EncoderOptions options;
    roundTripString(bytes, options);
    options.literalPlus = true;
    roundTripString(bytes, options);
    options.literalPlus = false;
    options.literalMinus = true;
    options.utf8Accept = true;
    options.maxQuotedLength = 16;
    roundTripString(bytes, options);

    // A flag is valid exactly when it can be stored and read back.
    const Command store = Commands::store(SequenceSet::single(1), Commands::StoreMode::Add, {bytes});
    check(store.isValid() == Flags::isValidFlag(bytes));
    if (store.isValid()) {
        const auto flags = Flags::parse(QByteArray('(' + bytes + ')'));
        check(flags && flags->contains(bytes));
    }

    if (const auto set = SequenceSet::parse(bytes)) {
        const auto again = SequenceSet::parse(set->toByteArray());
        check(again && *again == *set);
        for (const SequenceSet &part : set->split(16))
            check(!part.isEmpty());
    }

    if (const auto date = InternalDate::parse(bytes)) {
        const auto again = InternalDate::parse(date->toByteArray());
        check(again && *again == *date);
    }

    const auto search = Commands::search(SearchKey::subject(QString::fromUtf8(bytes))).encode("A1");
    check(search.has_value() == !QString::fromUtf8(bytes).toUtf8().contains('\0'));
    return 0;
}
