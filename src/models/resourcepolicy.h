#pragma once

#include <QByteArray>
#include <QUrl>

#include <optional>

namespace Quail::Models {

// Where a resource named by a message's HTML may come from. Only parts of
// the same message (cid:, RFC 2392), small inline data: images and, once the
// user allowed it for this message, http(s) images. Everything else, file:
// and bare paths, relative names, UNC paths ("\\host\share" leaks NTLM
// credentials on Windows), qrc: and unknown schemes, is refused: Qt's
// default loadResource() would read local files.
enum class ResourceSource { ContentId, Data, Remote, Refused };

ResourceSource classifyResource(const QUrl &url);

// The Content-ID a cid: URL names, percent-decoded, without angle brackets.
QByteArray contentIdOf(const QUrl &url);

// A data: URL's bytes when it is a raster image no larger than maxBytes.
std::optional<QByteArray> decodeDataImage(const QUrl &url, qsizetype maxBytes);

} // namespace Quail::Models
