#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace Quail::Mime {

// A Content-Transfer-Encoding decoded chunk by chunk, so that a large part
// can go to disk as it arrives instead of being held encoded and decoded at
// once. Chunks may be cut anywhere, even inside a base64 quantum or a
// quoted-printable "=XX": the decoder keeps the unfinished tail for the
// next chunk. Feeding all chunks then finish() gives exactly what
// decodeTransferEncoding() gives for the whole body.
class TransferDecoder
{
public:
    explicit TransferDecoder(QByteArrayView encoding);

    QByteArray feed(QByteArrayView chunk);
    // The rest, decoded leniently; the decoder is then empty again.
    QByteArray finish();

private:
    enum class Kind { Identity, Base64, QuotedPrintable };
    Kind m_kind = Kind::Identity;
    QByteArray m_pending;
};

} // namespace Quail::Mime
