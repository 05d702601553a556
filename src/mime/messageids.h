#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace Quail::Mime {

// The message identifiers of a References or In-Reply-To header (RFC 5322
// §3.6.4), in order, each with its angle brackets: "<a@b>". Forgiving like
// RFC 5256 §3 asks: folding, comments and text between identifiers are
// skipped, and an unterminated "<…" is dropped rather than guessed at.
QList<QByteArray> messageIds(QByteArrayView header);

} // namespace Quail::Mime
