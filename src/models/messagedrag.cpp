#include "models/messagedrag.h"

#include <QDataStream>
#include <QIODevice>
#include <QMimeData>

namespace Quail::Models {

namespace {

// Bumped when the layout below changes; a drag from another version of
// Quail is then refused rather than misread.
constexpr quint32 formatVersion = 1;

} // namespace

QString MessageDrag::mimeType()
{
    return QStringLiteral("application/x-quail-messages");
}

QMimeData *MessageDrag::toMimeData() const
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << formatVersion << accountId << mailbox.wire() << uidValidity << uids;
    auto *data = new QMimeData;
    data->setData(mimeType(), bytes);
    return data;
}

std::optional<MessageDrag> MessageDrag::fromMimeData(const QMimeData *data)
{
    if (!data || !data->hasFormat(mimeType()))
        return std::nullopt;
    QDataStream in(data->data(mimeType()));
    in.setVersion(QDataStream::Qt_6_4);
    quint32 version = 0;
    QByteArray wire;
    MessageDrag drag;
    in >> version;
    if (version != formatVersion)
        return std::nullopt;
    in >> drag.accountId >> wire >> drag.uidValidity >> drag.uids;
    if (in.status() != QDataStream::Ok || !in.atEnd() || wire.isEmpty() || drag.uids.isEmpty()
        || drag.uids.contains(0u))
        return std::nullopt;
    drag.mailbox = Imap::MailboxName::fromWire(wire);
    return drag;
}

} // namespace Quail::Models
