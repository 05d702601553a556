#include "models/messageactionmessages.h"

namespace Quail::Models {

QString MessageActionMessages::failure(const QString &what, const Imap::CommandResult &result, const QString &folder)
{
    using Code = Imap::ResponseCode::Type;
    if (result.status == Imap::CommandResult::Status::Failed) {
        // The engine's reason, not the server's words.
        return tr("Could not %1: %2. The messages are shown as they were.").arg(what, result.text);
    }
    QString reason;
    switch (result.code.type) {
    case Code::NoPerm:
        reason = tr("you do not have permission to do that in this folder.");
        break;
    case Code::TryCreate:
    case Code::NonExistent:
        reason =
            folder.isEmpty() ? tr("the folder does not exist.") : tr("the folder “%1” does not exist.").arg(folder);
        break;
    case Code::OverQuota:
        reason = folder.isEmpty() ? tr("the mailbox is over its quota.")
                                  : tr("the folder “%1” is over its quota.").arg(folder);
        break;
    case Code::ExpungeIssued:
        reason = tr("another program deleted some of the messages meanwhile.");
        break;
    case Code::ReadOnly:
        reason = tr("the folder is read-only.");
        break;
    case Code::InUse:
        reason = tr("the folder is in use by another program; try again later.");
        break;
    case Code::Limit:
        reason = tr("the server's limit was reached.");
        break;
    default:
        // No code we know: quote the server, labelled as its words.
        return tr("The server refused to %1; it said: “%2”. The messages are shown as they were.")
            .arg(what, result.text);
    }
    return tr("Could not %1: %2 The messages are shown as they were.").arg(what, reason);
}

} // namespace Quail::Models
