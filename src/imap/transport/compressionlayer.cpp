#include "imap/transport/compressionlayer.h"

#include <QCoreApplication>

#include <zlib.h>

namespace Quail::Imap {

namespace {
constexpr int RawDeflateWindowBits = -15; // negative: raw deflate, as RFC 4978 §3 requires
constexpr qsizetype Chunk = 16 * 1024;
} // namespace

struct CompressionLayer::Streams {
    z_stream deflater{};
    z_stream inflater{};
    bool deflaterReady = false;
    bool inflaterReady = false;
    bool broken = false;

    ~Streams()
    {
        if (deflaterReady)
            deflateEnd(&deflater);
        if (inflaterReady)
            inflateEnd(&inflater);
    }
};

CompressionLayer::CompressionLayer()
    : m_streams(std::make_unique<Streams>())
{
    m_streams->deflaterReady = deflateInit2(&m_streams->deflater, Z_DEFAULT_COMPRESSION, Z_DEFLATED,
                                            RawDeflateWindowBits, 8, Z_DEFAULT_STRATEGY)
        == Z_OK;
    m_streams->inflaterReady = inflateInit2(&m_streams->inflater, RawDeflateWindowBits) == Z_OK;
}

CompressionLayer::~CompressionLayer() = default;

QByteArray CompressionLayer::compress(QByteArrayView plain)
{
    QByteArray out;
    if (!m_streams->deflaterReady)
        return out;
    z_stream &z = m_streams->deflater;
    // zlib's API takes non-const input but never writes through it.
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(plain.data()));
    z.avail_in = uInt(plain.size());
    do {
        const qsizetype used = out.size();
        out.resize(used + Chunk);
        z.next_out = reinterpret_cast<Bytef *>(out.data() + used);
        z.avail_out = uInt(Chunk);
        deflate(&z, Z_SYNC_FLUSH);
        out.resize(used + Chunk - qsizetype(z.avail_out));
    } while (z.avail_out == 0);
    return out;
}

std::optional<QByteArray> CompressionLayer::decompress(QByteArrayView compressed, QString *error)
{
    QByteArray out;
    if (m_streams->broken || !m_streams->inflaterReady) {
        *error = QCoreApplication::translate("Quail::Imap::CompressionLayer", "The compressed stream is unusable.");
        return std::nullopt;
    }
    z_stream &z = m_streams->inflater;
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(compressed.data()));
    z.avail_in = uInt(compressed.size());
    int result = Z_OK;
    do {
        const qsizetype used = out.size();
        out.resize(used + Chunk);
        z.next_out = reinterpret_cast<Bytef *>(out.data() + used);
        z.avail_out = uInt(Chunk);
        result = inflate(&z, Z_SYNC_FLUSH);
        out.resize(used + Chunk - qsizetype(z.avail_out));
        if (result == Z_STREAM_END && z.avail_in > 0) {
            // RFC 4978 has no way to end compression within a connection.
            m_streams->broken = true;
            *error = QCoreApplication::translate("Quail::Imap::CompressionLayer",
                                                 "The server sent data after ending its compressed stream.");
            return std::nullopt;
        }
        if (result != Z_OK && result != Z_BUF_ERROR && result != Z_STREAM_END) {
            m_streams->broken = true;
            *error = QCoreApplication::translate("Quail::Imap::CompressionLayer",
                                                 "The server's compressed data is corrupt (%1).")
                         .arg(QString::fromLatin1(z.msg ? z.msg : "zlib error"));
            return std::nullopt;
        }
        // Z_BUF_ERROR only means "no progress possible": all input is used.
    } while (result != Z_STREAM_END && (z.avail_out == 0 || (z.avail_in > 0 && result == Z_OK)));
    return out;
}

} // namespace Quail::Imap
