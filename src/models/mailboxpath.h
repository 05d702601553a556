#pragma once

#include "imap/protocol/mailboxname.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace Quail::Models::MailboxPath {

// The levels of a wire name, split at the hierarchy delimiter. In modified
// UTF-7 a delimiter inside a base64 run ("&…-") is part of the run, not a
// split ('+' and ',' are base64 characters there). A flat name (no
// delimiter) is one level.
QList<QByteArray> split(const QByteArray &wire, std::optional<char> delimiter,
                        Imap::MailboxName::Encoding encoding = Imap::MailboxName::Encoding::ModifiedUtf7);

// One level decoded for people: the text, or the bytes escaped as \xHH when
// they do not decode (*decoded is then false). Always passed through
// safeForDisplay().
QString decodeLevel(const QByteArray &level, Imap::MailboxName::Encoding encoding, bool *decoded = nullptr);

// Text from a server made safe to show: control characters and the bidi
// controls that can make a name look like another (U+202E…) become U+FFFD.
QString safeForDisplay(const QString &text);

} // namespace Quail::Models::MailboxPath
