#pragma once

#include <QByteArray>
#include <QStringView>

namespace MailGen {

// IMAP's modified UTF-7 (RFC 3501 §5.1.3). Dovecot stores maildir folder
// names in it unless the mail location says UTF-8, so the directory of
// "Überweisungen" is ".&ANw-berweisungen".
QByteArray encodeModifiedUtf7(QStringView name);

} // namespace MailGen
