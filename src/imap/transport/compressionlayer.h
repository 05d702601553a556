#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <memory>
#include <optional>

namespace Quail::Imap {

// COMPRESS=DEFLATE (RFC 4978): raw deflate (RFC 1951, no zlib header) in
// both directions, each side flushing after every write so that nothing
// waits in a buffer (§4). One object per connection, since both streams keep
// state (the dictionary) for the connection's lifetime.
class CompressionLayer
{
public:
    CompressionLayer();
    ~CompressionLayer();
    CompressionLayer(const CompressionLayer &) = delete;
    CompressionLayer &operator=(const CompressionLayer &) = delete;

    // Outgoing bytes, compressed and sync-flushed.
    QByteArray compress(QByteArrayView plain);

    // Incoming bytes, inflated. On corrupt input returns nullopt and sets
    // *error; the stream is unusable afterwards and the connection must close.
    std::optional<QByteArray> decompress(QByteArrayView compressed, QString *error);

private:
    struct Streams;
    std::unique_ptr<Streams> m_streams;
};

} // namespace Quail::Imap
