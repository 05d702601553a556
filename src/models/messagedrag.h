#pragma once

#include "imap/protocol/mailboxname.h"

#include <QList>
#include <QString>

#include <optional>

class QMimeData;

namespace Quail::Models {

// What a drag of messages carries: whose they are and which, by UID, so a
// drop onto a folder can move or copy exactly those messages even if the
// list changed meanwhile. The UIDVALIDITY guards against a folder that was
// recreated between the drag and the drop (RFC 9051 §2.3.1.1).
struct MessageDrag {
    QString accountId;
    Imap::MailboxName mailbox;
    quint32 uidValidity = 0;
    QList<quint32> uids;

    static QString mimeType();

    // The payload under mimeType(); nothing else is offered, so a drop on
    // another application does not turn into a file or text by accident.
    QMimeData *toMimeData() const;
    // nullopt when `data` holds no message drag or a malformed one.
    static std::optional<MessageDrag> fromMimeData(const QMimeData *data);

    friend bool operator==(const MessageDrag &, const MessageDrag &) = default;
};

} // namespace Quail::Models
