#pragma once

#include <QByteArrayView>
#include <QString>

namespace Quail::Mime {

// Text in a declared charset, as a QString. Mail mislabels charsets all the
// time, so this is forgiving in the ways mature clients are: common aliases
// and mislabels are mapped (ISO-8859-1 is read as its superset
// Windows-1252, GB2312 as GB18030, ks_c_5601-1987 as Windows-949), and an
// unknown or missing charset is read as UTF-8 when the bytes are valid UTF-8
// and as Windows-1252 otherwise. Undecodable bytes become U+FFFD; nothing
// ever fails.
QString decodeCharset(QByteArrayView bytes, QByteArrayView charset);

// Whether a charset name is one this decoder knows (after alias mapping).
bool isKnownCharset(QByteArrayView charset);

} // namespace Quail::Mime
