#pragma once

#include <QList>
#include <QString>

namespace MailGen {

// What a folder holds; decides senders, subjects, body kinds, dates and flags.
enum class FolderKind {
    Inbox,
    Work,
    Project,
    MailingLists,
    QtList,
    DovecotList,
    Family,
    Receipts,
    Bank,
    Japanese,
    Sent,
    Drafts,
    Trash,
    Junk,
    Archive,
    HardCases, // fixed messages for the viewer's tests (hardcases.h)
};

struct FolderSpec {
    QString name; // IMAP name with '/' as separator; "INBOX" is the Maildir++ root
    FolderKind kind = FolderKind::Inbox;
    int messageCount = 0;
    bool subscribed = true;
};

// The default tree: INBOX with inboxMessages, the other folders a share of it.
QList<FolderSpec> defaultFolders(int inboxMessages);

// One folder holding all messages (--only-folder), filled like INBOX.
FolderSpec singleFolder(const QString &name, int messages);

// Why a --only-folder name cannot be used, or an empty string if it can.
QString folderNameProblem(const QString &name);

} // namespace MailGen
