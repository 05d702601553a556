#include "app/folderdrag.h"

#include <QDataStream>
#include <QIODevice>
#include <QMimeData>

namespace Quail::App {

namespace {

// Bumped when the layout below changes, so that a drag from another
// version of Quail is refused rather than misread.
constexpr quint32 formatVersion = 1;

} // namespace

QString FolderDrag::mimeType()
{
    return QStringLiteral("application/x-quail-folder");
}

QMimeData *FolderDrag::toMimeData() const
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << formatVersion << accountId << mailbox.wire();
    auto *data = new QMimeData;
    data->setData(mimeType(), bytes);
    return data;
}

std::optional<FolderDrag> FolderDrag::fromMimeData(const QMimeData *data)
{
    if (!data || !data->hasFormat(mimeType()))
        return std::nullopt;
    QDataStream in(data->data(mimeType()));
    in.setVersion(QDataStream::Qt_6_4);
    quint32 version = 0;
    in >> version;
    if (version != formatVersion)
        return std::nullopt;
    FolderDrag drag;
    QByteArray wire;
    in >> drag.accountId >> wire;
    if (in.status() != QDataStream::Ok || !in.atEnd() || wire.isEmpty() || drag.accountId.isEmpty())
        return std::nullopt;
    drag.mailbox = Imap::MailboxName::fromWire(wire);
    return drag;
}

} // namespace Quail::App
