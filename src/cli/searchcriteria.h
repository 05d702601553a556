#pragma once

#include "cli/argumentsplitter.h"

#include <QList>
#include <QString>

namespace Quail::Imap {
class Command;
}

namespace Quail::Cli {

// Appends SEARCH criteria typed as IMAP syntax (`FLAGGED`, `OR SEEN FROM
// anna`, `SUBJECT "café"`, `(SINCE 1-Jan-2024 UNSEEN)`, `UID 4:9`) to a
// command, key by key: known keys take their arguments through the
// command's own encoders (strings as atom, quoted string or literal; flags
// and sequence sets checked), so no criterion can inject syntax. An unknown
// bare word is sent as an atom, and refused if it is not one. Returns false
// with *error set if the criteria are incomplete or unsafe.
bool appendSearchCriteria(Imap::Command &command, const QList<Word> &words, QString *error);

// Whether any criterion holds non-ASCII text, so that the command needs a
// charset (RFC 9051 §6.4.4).
bool criteriaNeedCharset(const QList<Word> &words);

} // namespace Quail::Cli
