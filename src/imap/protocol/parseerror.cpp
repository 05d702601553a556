#include "imap/protocol/parseerror.h"

namespace Quail::Imap {

QString ParseError::toString() const
{
    return QStringLiteral("response %1, byte %2 (stream byte %3): %4 near \"%5\"")
        .arg(responseIndex)
        .arg(offset)
        .arg(streamOffset)
        .arg(message, QString::fromLatin1(context));
}

} // namespace Quail::Imap
