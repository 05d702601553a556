#pragma once

#include "imap/protocol/mailboxname.h"
#include "models/specialuse.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace Quail::Models {

// Which NAMESPACE (RFC 2342) a folder lives in.
enum class NamespaceKind {
    Personal, // the user's own folders
    OtherUsers, // folders other users shared ("shared/quail2/…")
    Shared, // folders of no one in particular ("Public/…")
};

// One mailbox of one account, as the folder tree shows it: a plain value,
// built from LIST/LSUB/STATUS data by buildFolderTree() and held by the model.
struct Folder {
    QString accountId;
    // The name as the server spells it: what every command must use.
    Imap::MailboxName name;
    // The parent folder's wire name; empty for the account's top level.
    QByteArray parent;
    // The hierarchy delimiter; nullopt for a flat namespace (NIL).
    std::optional<char> delimiter;
    // The last level, decoded and made safe to show (undecodable bytes
    // escaped as \xHH, control and bidi characters replaced).
    QString displayName;
    // Every level from the top, decoded and safe, joined by the delimiter.
    QString path;
    // False when the wire name is not valid modified UTF-7 (or UTF-8): the
    // display name then shows escaped bytes.
    bool decodable = true;
    QList<QByteArray> attributes;
    SpecialUse specialUse = SpecialUse::None;
    NamespaceKind namespaceKind = NamespaceKind::Personal;
    // The node for a namespace prefix ("shared", "Public") itself.
    bool namespaceRoot = false;
    // False for \Noselect, \NonExistent and levels only implied by children.
    bool selectable = true;
    // False for \NonExistent and for levels only implied by their children.
    bool exists = true;
    bool subscribed = false;
    // False for \Noinferiors and for a flat namespace: no subfolders possible.
    bool mayHaveChildren = true;
    // Message counts, once a STATUS (or LIST-STATUS) reported them.
    std::optional<quint32> total;
    std::optional<quint32> unseen;

    friend bool operator==(const Folder &, const Folder &) = default;
};

} // namespace Quail::Models
