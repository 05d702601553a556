#include "models/resourcepolicy.h"

namespace Quail::Models {

ResourceSource classifyResource(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    if (scheme == u"cid")
        return ResourceSource::ContentId;
    if (scheme == u"data")
        return ResourceSource::Data;
    if ((scheme == u"http" || scheme == u"https") && !url.host().isEmpty())
        return ResourceSource::Remote;
    return ResourceSource::Refused;
}

QByteArray contentIdOf(const QUrl &url)
{
    QByteArray id = QByteArray::fromPercentEncoding(url.path(QUrl::FullyEncoded).toLatin1()).trimmed();
    if (id.startsWith('<') && id.endsWith('>'))
        id = id.mid(1, id.size() - 2);
    return id;
}

std::optional<QByteArray> decodeDataImage(const QUrl &url, qsizetype maxBytes)
{
    if (classifyResource(url) != ResourceSource::Data)
        return std::nullopt;
    const QByteArray encoded = url.toEncoded();
    const qsizetype comma = encoded.indexOf(',');
    if (comma < 0)
        return std::nullopt;
    // base64 turns 3 bytes into 4; percent-encoding at most 1 into 3.
    if (encoded.size() - comma - 1 > maxBytes * 3 + 16)
        return std::nullopt;
    const QByteArray meta = QByteArray::fromPercentEncoding(encoded.mid(5, comma - 5)).toLower();
    const QByteArray payload = QByteArray::fromPercentEncoding(encoded.mid(comma + 1));
    const bool base64 = meta.endsWith(";base64");
    const QByteArray type = meta.left(meta.indexOf(';')).trimmed();
    // Raster images only: SVG can name other resources.
    if (!type.startsWith("image/") || type.contains("svg"))
        return std::nullopt;
    QByteArray bytes = base64 ? QByteArray::fromBase64(payload) : payload;
    if (bytes.size() > maxBytes)
        return std::nullopt;
    return bytes;
}

} // namespace Quail::Models
