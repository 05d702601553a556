#include "models/foldermessages.h"

namespace Quail::Models {

namespace {

using Code = Imap::ResponseCode::Type;

} // namespace

QString FolderMessages::failure(FolderOperation operation, const QString &path, const Imap::CommandResult &result,
                                const QString &newPath)
{
    using Status = Imap::CommandResult::Status;
    if (result.status == Status::Failed) {
        // Not the server's words: the engine's reason (connection lost…).
        switch (operation) {
        case FolderOperation::Create:
            return tr("Could not create the folder “%1”: %2").arg(path, result.text);
        case FolderOperation::Rename:
            return tr("Could not rename the folder “%1”: %2").arg(path, result.text);
        case FolderOperation::Move:
            return tr("Could not move the folder “%1”: %2").arg(path, result.text);
        case FolderOperation::Delete:
            return tr("Could not delete the folder “%1”: %2").arg(path, result.text);
        case FolderOperation::Subscribe:
            return tr("Could not subscribe to the folder “%1”: %2").arg(path, result.text);
        case FolderOperation::Unsubscribe:
            return tr("Could not unsubscribe from the folder “%1”: %2").arg(path, result.text);
        }
    }

    switch (result.code.type) {
    case Code::AlreadyExists:
        return tr("A folder named “%1” already exists.")
            .arg((operation == FolderOperation::Rename || operation == FolderOperation::Move) && !newPath.isEmpty()
                     ? newPath
                     : path);
    case Code::NonExistent:
        return tr("The folder “%1” does not exist (another program may have deleted or renamed it).").arg(path);
    case Code::NoPerm:
        switch (operation) {
        case FolderOperation::Create:
            return tr("You do not have permission to create the folder “%1”.").arg(path);
        case FolderOperation::Rename:
            return tr("You do not have permission to rename the folder “%1”.").arg(path);
        case FolderOperation::Move:
            return tr("You do not have permission to move the folder “%1” there.").arg(path);
        case FolderOperation::Delete:
            return tr("You do not have permission to delete the folder “%1”.").arg(path);
        case FolderOperation::Subscribe:
        case FolderOperation::Unsubscribe:
            return tr("You do not have permission to change the subscription of “%1”.").arg(path);
        }
        break;
    case Code::HasChildren:
        return cannotDeleteWithChildren(path);
    case Code::OverQuota:
        return tr("The folder “%1” could not be created: the mailbox is over its quota.").arg(path);
    case Code::Limit:
        return tr("The server's limit on folders was reached; “%1” was not changed.").arg(path);
    case Code::InUse:
        return tr("The folder “%1” is in use by another program; try again later.").arg(path);
    case Code::Cannot:
        return tr("The server cannot do that with “%1”; it said: “%2”").arg(path, result.text);
    default:
        break;
    }

    // No code we know: quote the server, labelled as its words.
    switch (operation) {
    case FolderOperation::Create:
        return tr("The server refused to create the folder “%1”; it said: “%2”").arg(path, result.text);
    case FolderOperation::Rename:
        return tr("The server refused to rename the folder “%1” to “%2”; it said: “%3”")
            .arg(path, newPath, result.text);
    case FolderOperation::Move:
        return tr("The server refused to move the folder “%1” to “%2”; it said: “%3”").arg(path, newPath, result.text);
    case FolderOperation::Delete:
        return tr("The server refused to delete the folder “%1”; it said: “%2”").arg(path, result.text);
    case FolderOperation::Subscribe:
        return tr("The server refused to subscribe to the folder “%1”; it said: “%2”").arg(path, result.text);
    case FolderOperation::Unsubscribe:
        return tr("The server refused to unsubscribe from the folder “%1”; it said: “%2”").arg(path, result.text);
    }
    return result.text;
}

QString FolderMessages::cannotMoveIntoItself(const QString &path)
{
    return tr("The folder “%1” cannot be moved into itself or one of its subfolders.").arg(path);
}

QString FolderMessages::cannotMoveAcrossAccounts()
{
    return tr("Folders can only be moved within their own account.");
}

QString FolderMessages::keptForSubfolders(const QString &path)
{
    return tr("The folder “%1” was deleted, but the server keeps it because it has subfolders: delete those first "
              "to remove it completely.")
        .arg(path);
}

QString FolderMessages::emptyName()
{
    return tr("A folder needs a name.");
}

QString FolderMessages::nameHoldsDelimiter(QChar delimiter)
{
    return tr("A folder name cannot contain “%1”: this server uses it to separate folder levels.").arg(delimiter);
}

QString FolderMessages::noSubfolders(const QString &parentPath)
{
    return tr("The folder “%1” cannot have subfolders on this server.").arg(parentPath);
}

QString FolderMessages::notAFolder()
{
    return tr("No folder is selected.");
}

QString FolderMessages::notConnected(const QString &account)
{
    return tr("The account “%1” is not connected.").arg(account);
}

QString FolderMessages::inboxIsSpecial()
{
    return tr("The Inbox cannot be renamed or deleted.");
}

QString FolderMessages::cannotDeleteWithChildren(const QString &path)
{
    return tr("The folder “%1” has subfolders; delete or move them first.").arg(path);
}

QString FolderMessages::namespaceRoot(const QString &path)
{
    return tr("“%1” holds other users' or shared folders and cannot be changed.").arg(path);
}

} // namespace Quail::Models
