#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <optional>

namespace Quail::Imap {

// A mailbox name as the server spells it on the wire, plus its meaning for
// people. The wire bytes are kept exactly, so a name that is not valid
// modified UTF-7 can still be selected, renamed or deleted (RFC 3501
// §5.1.3 asks clients to cope with such names).
class MailboxName
{
public:
    // How the session spells names: modified UTF-7, or UTF-8 once
    // UTF8=ACCEPT is enabled (RFC 9755 §3).
    enum class Encoding { ModifiedUtf7, Utf8 };

    MailboxName() = default;
    // "INBOX" is case-insensitive (RFC 9051 §5.1) and is normalised here.
    static MailboxName fromWire(QByteArray wire);
    static MailboxName fromString(QStringView name, Encoding encoding = Encoding::ModifiedUtf7);

    const QByteArray &wire() const { return m_wire; }
    bool isEmpty() const { return m_wire.isEmpty(); }
    bool isInbox() const { return m_wire == "INBOX"; }

    // The decoded name, or nullopt when the wire bytes are not valid in
    // that encoding.
    std::optional<QString> toString(Encoding encoding = Encoding::ModifiedUtf7) const;
    // Always readable: undecodable names show their bytes, with anything
    // outside printable ASCII written as \xHH.
    QString toDisplayString(Encoding encoding = Encoding::ModifiedUtf7) const;

    friend bool operator==(const MailboxName &, const MailboxName &) = default;

private:
    explicit MailboxName(QByteArray wire)
        : m_wire(std::move(wire))
    {
    }

    QByteArray m_wire;
};

} // namespace Quail::Imap
