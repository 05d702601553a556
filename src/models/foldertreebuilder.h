#pragma once

#include "imap/protocol/response.h"
#include "models/folder.h"

#include <QList>
#include <QString>

#include <optional>

namespace Quail::Models {

// What the server said about an account's folders, as FolderListLoader
// gathers it: the input of buildFolderTree().
struct FolderListing {
    // NAMESPACE, when the server has it; without it everything is personal.
    std::optional<Imap::NamespaceData> namespaces;
    // LIST (or XLIST) responses, in any order; a mailbox may repeat (one LIST
    // per namespace), and its attributes are then merged.
    QList<Imap::ListData> mailboxes;
    // LSUB responses when LIST could not say \Subscribed itself (no
    // LIST-EXTENDED); nullopt when the LIST carried RETURN (SUBSCRIBED).
    std::optional<QList<Imap::ListData>> subscriptions;
    // STATUS responses, from LIST-STATUS or separate STATUS commands.
    QList<Imap::StatusData> statuses;
    // How the session spells names (UTF-8 once UTF8=ACCEPT is enabled).
    Imap::MailboxName::Encoding encoding = Imap::MailboxName::Encoding::ModifiedUtf7;
};

// Turns a listing into the folders of one account's tree, parents before
// children:
// - the hierarchy comes from each mailbox's delimiter; levels that only
//   children imply ("Receipts" of "Receipts/2025") are added as
//   non-selectable, non-existent folders, and a \NonExistent mailbox without
//   children is dropped;
// - a personal namespace prefix ("INBOX." on Courier or Cyrus) is not a level
//   of its own: its folders appear at the top, beside INBOX; the prefixes of
//   other users' and shared namespaces are (namespace roots);
// - special-use roles come from the attributes; a role that no folder carries
//   falls back to the first personal top-level folder (or child of Gmail's
//   "[Gmail]") with a well-known name for it;
// - names are decoded level by level and made safe to show.
QList<Folder> buildFolderTree(const QString &accountId, const FolderListing &listing);

// The wire name of a new folder called `name` under `parent` (nullptr: the
// account's top level, inside the personal namespace prefix if any). Empty,
// with *error set to a sentence, when the name cannot be made (empty, holds
// the delimiter, or the parent cannot have children).
Imap::MailboxName childName(const Folder *parent, const QString &name, const FolderListing &listing, QString *error);

} // namespace Quail::Models
