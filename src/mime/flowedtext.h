#pragma once

#include <QString>
#include <QStringView>

namespace Quail::Mime {

// text/plain; format=flowed (RFC 3676) as the paragraphs its writer meant:
// soft line breaks (a line ending in a space) joined, space-stuffing
// removed, and with `delSp` (DelSp=yes) the space before each soft break
// dropped too. Quoted lines keep their depth as a "> " prefix per level; a
// change of depth always ends a paragraph (§4.5), and the signature
// separator "-- " is never a soft break (§4.3) and always starts a line.
QString unflowText(QStringView text, bool delSp);

} // namespace Quail::Mime
