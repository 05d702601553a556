#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace Quail::Imap {

// One address of an ENVELOPE (RFC 9051 §7.5.2), as views of the raw wire
// bytes held by its Envelope: valid while that envelope (or a copy of it)
// lives. A null view is NIL. The display name may hold RFC 2047 encoded
// words, which the MIME layer decodes.
//
// RFC 5322 group syntax is flattened into the address list: a group starts
// with an entry whose host is NIL and whose mailbox is the group name, and
// ends with an entry whose mailbox and host are both NIL.
struct Address {
    QByteArrayView name;
    QByteArrayView adl; // source route, obsolete
    QByteArrayView mailbox;
    QByteArrayView host;

    bool isGroupStart() const { return host.isNull() && !mailbox.isNull(); }
    bool isGroupEnd() const { return host.isNull() && mailbox.isNull(); }
    // "mailbox@host", or the mailbox alone when there is no host.
    QByteArray addrSpec() const
    {
        QByteArray spec = mailbox.toByteArray();
        if (!host.isEmpty()) {
            spec += '@';
            spec += host;
        }
        return spec;
    }

    friend bool operator==(const Address &a, const Address &b)
    {
        return a.name.isNull() == b.name.isNull() && a.name == b.name && a.adl.isNull() == b.adl.isNull()
            && a.adl == b.adl && a.mailbox.isNull() == b.mailbox.isNull() && a.mailbox == b.mailbox
            && a.host.isNull() == b.host.isNull() && a.host == b.host;
    }
};

} // namespace Quail::Imap
