#include "imap/protocol/mailboxname.h"

#include "imap/protocol/modifiedutf7.h"

#include <QStringDecoder>

namespace Quail::Imap {

MailboxName MailboxName::fromWire(QByteArray wire)
{
    if (wire.size() == 5 && wire.compare("INBOX", Qt::CaseInsensitive) == 0)
        return MailboxName(QByteArrayLiteral("INBOX"));
    return MailboxName(std::move(wire));
}

MailboxName MailboxName::fromString(QStringView name, Encoding encoding)
{
    return fromWire(encoding == Encoding::Utf8 ? name.toUtf8() : ModifiedUtf7::encode(name));
}

std::optional<QString> MailboxName::toString(Encoding encoding) const
{
    if (encoding == Encoding::ModifiedUtf7)
        return ModifiedUtf7::decode(m_wire);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(m_wire);
    if (decoder.hasError() || text.contains(QChar(0)))
        return std::nullopt;
    return text;
}

QString MailboxName::toDisplayString(Encoding encoding) const
{
    if (auto text = toString(encoding))
        return *text;
    QString escaped;
    escaped.reserve(m_wire.size() * 2);
    for (const char c : m_wire) {
        const auto u = quint8(c);
        if (u >= 0x20 && u < 0x7f && c != '\\')
            escaped += QLatin1Char(c);
        else
            escaped += QStringLiteral("\\x%1").arg(u, 2, 16, QLatin1Char('0'));
    }
    return escaped;
}

} // namespace Quail::Imap
