#pragma once

#include "imap/protocol/mailboxname.h"

#include <QString>

#include <optional>

class QMimeData;

namespace Quail::App {

// What a drag of a folder within the folder pane carries: whose folder and
// which, by its wire name, so that the drop finds it in the tree again.
// Only FolderView reads it; nothing else is offered, so a folder dropped on
// another application turns into nothing.
struct FolderDrag {
    QString accountId;
    Imap::MailboxName mailbox;

    static QString mimeType();

    QMimeData *toMimeData() const;
    // nullopt when `data` holds no folder drag or a malformed one.
    static std::optional<FolderDrag> fromMimeData(const QMimeData *data);

    friend bool operator==(const FolderDrag &, const FolderDrag &) = default;
};

} // namespace Quail::App
