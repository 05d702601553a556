#include "models/mailboxpath.h"

namespace Quail::Models::MailboxPath {

QList<QByteArray> split(const QByteArray &wire, std::optional<char> delimiter, Imap::MailboxName::Encoding encoding)
{
    if (!delimiter)
        return {wire};
    const bool utf7 = encoding == Imap::MailboxName::Encoding::ModifiedUtf7;
    QList<QByteArray> levels;
    QByteArray current;
    bool inBase64 = false;
    for (const char c : wire) {
        if (utf7 && !inBase64 && c == '&') {
            inBase64 = true;
        } else if (inBase64 && c == '-') {
            inBase64 = false;
        } else if (!inBase64 && c == *delimiter) {
            levels.append(current);
            current.clear();
            continue;
        }
        current.append(c);
    }
    levels.append(current);
    return levels;
}

QString decodeLevel(const QByteArray &level, Imap::MailboxName::Encoding encoding, bool *decoded)
{
    // fromWire() would turn a level spelled "inbox" into "INBOX"; only the
    // whole name is case-insensitive, so decode a copy that keeps the case.
    const auto name = Imap::MailboxName::fromWire(level);
    const bool inboxSpelling = level.compare("INBOX", Qt::CaseInsensitive) == 0;
    std::optional<QString> text =
        inboxSpelling ? std::optional<QString>(QString::fromLatin1(level)) : name.toString(encoding);
    if (decoded)
        *decoded = text.has_value();
    return safeForDisplay(text ? *text : name.toDisplayString(encoding));
}

QString safeForDisplay(const QString &text)
{
    QString safe = text;
    for (QChar &c : safe) {
        const char16_t u = c.unicode();
        const bool bidiControl =
            u == 0x061c || u == 0x200e || u == 0x200f || (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069);
        if (bidiControl || c.category() == QChar::Other_Control)
            c = QChar::ReplacementCharacter;
    }
    return safe;
}

} // namespace Quail::Models::MailboxPath
