#include "models/foldertreebuilder.h"

#include "models/foldermessages.h"
#include "models/mailboxpath.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <functional>

namespace Quail::Models {

namespace {

using Imap::MailboxName;

struct NamespaceEntry {
    QByteArray prefix; // wire bytes, usually ending with the delimiter
    std::optional<char> delimiter;
    NamespaceKind kind = NamespaceKind::Personal;
};

QList<NamespaceEntry> namespaceEntries(const FolderListing &listing)
{
    QList<NamespaceEntry> entries;
    if (!listing.namespaces)
        return entries;
    const auto add = [&entries](const QList<Imap::NamespaceDescriptor> &descriptors, NamespaceKind kind) {
        for (const Imap::NamespaceDescriptor &descriptor : descriptors)
            entries.append({descriptor.prefix.wire(), descriptor.delimiter, kind});
    };
    add(listing.namespaces->personal, NamespaceKind::Personal);
    add(listing.namespaces->otherUsers, NamespaceKind::OtherUsers);
    add(listing.namespaces->shared, NamespaceKind::Shared);
    return entries;
}

// The prefix without its trailing delimiter: the wire name of the namespace's
// own node ("shared" for "shared/").
QByteArray rootOf(const NamespaceEntry &entry)
{
    if (entry.delimiter && entry.prefix.endsWith(*entry.delimiter))
        return entry.prefix.chopped(1);
    return entry.prefix;
}

// The namespace a wire name belongs to: the longest prefix that holds it.
const NamespaceEntry *namespaceOf(const QList<NamespaceEntry> &entries, const QByteArray &wire)
{
    const NamespaceEntry *best = nullptr;
    for (const NamespaceEntry &entry : entries) {
        const QByteArray root = rootOf(entry);
        // Names are case-sensitive except INBOX; a personal "INBOX." prefix
        // arrives as spelled by the server.
        const bool holds = entry.prefix.isEmpty() || wire.startsWith(entry.prefix) || (!root.isEmpty() && wire == root);
        if (holds && (!best || entry.prefix.size() > best->prefix.size()))
            best = &entry;
    }
    return best;
}

// Where a mailbox goes in the tree.
struct Placement {
    QByteArray parent;
    QList<QByteArray> levels; // the levels shown (without a personal prefix)
    NamespaceKind kind = NamespaceKind::Personal;
    bool namespaceRoot = false;
};

Placement place(const QList<NamespaceEntry> &namespaces, const QByteArray &wire, std::optional<char> delimiter,
                MailboxName::Encoding encoding)
{
    Placement placement;
    const NamespaceEntry *ns = namespaceOf(namespaces, wire);
    if (ns)
        placement.kind = ns->kind;
    if (ns && ns->kind != NamespaceKind::Personal && wire == rootOf(*ns))
        placement.namespaceRoot = true;

    QByteArray hidden; // a personal prefix is not shown as a level
    if (ns && ns->kind == NamespaceKind::Personal && !ns->prefix.isEmpty() && wire.startsWith(ns->prefix)
        && wire.size() > ns->prefix.size())
        hidden = ns->prefix;

    placement.levels = MailboxPath::split(wire.mid(hidden.size()), delimiter, encoding);
    // "Work/" is "Work" to people.
    while (placement.levels.size() > 1 && placement.levels.constLast().isEmpty())
        placement.levels.removeLast();
    if (placement.levels.size() > 1 && delimiter) {
        QByteArray parent = hidden;
        for (qsizetype i = 0; i + 1 < placement.levels.size(); ++i) {
            if (i > 0)
                parent += *delimiter;
            parent += placement.levels.at(i);
        }
        placement.parent = parent;
    }
    return placement;
}

struct Entry {
    Folder folder;
    bool listed = false; // from a LIST response (not only implied)
};

} // namespace

QList<Folder> buildFolderTree(const QString &accountId, const FolderListing &listing)
{
    const QList<NamespaceEntry> namespaces = namespaceEntries(listing);
    const MailboxName::Encoding encoding = listing.encoding;

    // Merge repeated mailboxes (one LIST per namespace may overlap).
    QHash<QByteArray, Imap::ListData> listed;
    QList<QByteArray> order;
    for (const Imap::ListData &data : listing.mailboxes) {
        if (data.command == Imap::ListData::Command::Lsub || data.mailbox.isEmpty())
            continue;
        const QByteArray &wire = data.mailbox.wire();
        auto it = listed.find(wire);
        if (it == listed.end()) {
            listed.insert(wire, data);
            order.append(wire);
            continue;
        }
        for (const QByteArray &attribute : data.attributes) {
            if (!it->hasAttribute(attribute))
                it->attributes.append(attribute);
        }
        if (!it->delimiter)
            it->delimiter = data.delimiter;
    }

    QSet<QByteArray> subscribed;
    if (listing.subscriptions) {
        for (const Imap::ListData &data : *listing.subscriptions)
            subscribed.insert(data.mailbox.wire());
    }

    QHash<QByteArray, Entry> entries;
    const auto makeFolder = [&](const QByteArray &wire, std::optional<char> delimiter) {
        const Placement placement = place(namespaces, wire, delimiter, encoding);
        Folder folder;
        folder.accountId = accountId;
        folder.name = MailboxName::fromWire(wire);
        folder.parent = placement.parent;
        folder.delimiter = delimiter;
        folder.namespaceKind = placement.kind;
        folder.namespaceRoot = placement.namespaceRoot;
        folder.mayHaveChildren = delimiter.has_value();
        QStringList shown;
        for (const QByteArray &level : placement.levels) {
            bool decoded = true;
            shown.append(MailboxPath::decodeLevel(level, encoding, &decoded));
            folder.decodable = folder.decodable && decoded;
        }
        folder.displayName = shown.isEmpty() ? QString() : shown.constLast();
        folder.path = delimiter ? shown.join(QLatin1Char(*delimiter)) : folder.displayName;
        return folder;
    };

    for (const QByteArray &wire : std::as_const(order)) {
        const Imap::ListData &data = listed[wire];
        Folder folder = makeFolder(wire, data.delimiter);
        folder.attributes = data.attributes;
        const bool nonExistent = data.hasAttribute("\\NonExistent");
        folder.exists = !nonExistent;
        folder.selectable = !nonExistent && !data.hasAttribute("\\Noselect");
        if (data.hasAttribute("\\Noinferiors"))
            folder.mayHaveChildren = false;
        folder.subscribed = data.hasAttribute("\\Subscribed") || subscribed.contains(wire);
        folder.specialUse = folder.name.isInbox() ? SpecialUse::Inbox : SpecialUses::fromAttributes(data.attributes);
        entries.insert(wire, Entry{folder, true});
    }

    // Levels that only children imply, up to the top.
    const QList<QByteArray> listedNames = entries.keys();
    for (const QByteArray &wire : listedNames) {
        Folder child = entries.value(wire).folder;
        while (!child.parent.isEmpty() && !entries.contains(child.parent)) {
            Folder parent = makeFolder(child.parent, child.delimiter);
            parent.exists = false;
            parent.selectable = false;
            entries.insert(parent.name.wire(), Entry{parent, false});
            child = parent;
        }
    }

    // A \NonExistent mailbox without children has nothing to show.
    QSet<QByteArray> parents;
    for (const Entry &entry : std::as_const(entries))
        parents.insert(entry.folder.parent);
    for (auto it = entries.begin(); it != entries.end();) {
        if (!it->folder.exists && !parents.contains(it.key()))
            it = entries.erase(it);
        else
            ++it;
    }

    for (const Imap::StatusData &status : listing.statuses) {
        auto it = entries.find(status.mailbox.wire());
        if (it == entries.end())
            continue;
        if (status.messages)
            it->folder.total = status.messages;
        if (status.unseen)
            it->folder.unseen = status.unseen;
    }

    QList<Folder> folders;
    folders.reserve(entries.size());
    for (const Entry &entry : std::as_const(entries))
        folders.append(entry.folder);
    // Parents before children (fewer levels first), then by name, so that the
    // result, and the fallback below, do not depend on the server's order.
    QHash<QByteArray, int> depths;
    const std::function<int(const QByteArray &)> depthOf = [&](const QByteArray &wire) -> int {
        if (const auto known = depths.constFind(wire); known != depths.cend())
            return *known;
        const QByteArray parent = entries.value(wire).folder.parent;
        const int depth = parent.isEmpty() || !entries.contains(parent) ? 0 : depthOf(parent) + 1;
        depths.insert(wire, depth);
        return depth;
    };
    for (const Folder &folder : std::as_const(folders))
        depthOf(folder.name.wire());
    std::sort(folders.begin(), folders.end(), [&](const Folder &a, const Folder &b) {
        const int da = depths.value(a.name.wire());
        const int db = depths.value(b.name.wire());
        if (da != db)
            return da < db;
        return a.name.wire() < b.name.wire();
    });

    // Fall back to well-known names for roles no attribute gave.
    QSet<SpecialUse> marked;
    QHash<QByteArray, QString> displayNames;
    for (const Folder &folder : std::as_const(folders)) {
        marked.insert(folder.specialUse);
        displayNames.insert(folder.name.wire(), folder.displayName);
    }
    const auto eligible = [&](const Folder &folder) {
        if (folder.namespaceKind != NamespaceKind::Personal || !folder.selectable
            || folder.specialUse != SpecialUse::None)
            return false;
        if (folder.parent.isEmpty())
            return true;
        const QString parentName = displayNames.value(folder.parent);
        return parentName == u"[Gmail]" || parentName == u"[Google Mail]";
    };
    // Top-level folders first, then Gmail's children.
    for (const bool topLevel : {true, false}) {
        for (Folder &folder : folders) {
            if (!eligible(folder) || folder.parent.isEmpty() != topLevel)
                continue;
            const SpecialUse use = SpecialUses::fromWellKnownName(folder.displayName);
            if (use != SpecialUse::None && use != SpecialUse::Inbox && !marked.contains(use)) {
                folder.specialUse = use;
                marked.insert(use);
            }
        }
    }
    return folders;
}

MailboxName childName(const Folder *parent, const QString &name, const FolderListing &listing, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return MailboxName();
    };
    if (name.trimmed().isEmpty())
        return fail(FolderMessages::emptyName());

    QByteArray prefix;
    std::optional<char> delimiter;
    if (parent) {
        if (!parent->mayHaveChildren || !parent->delimiter)
            return fail(FolderMessages::noSubfolders(parent->path));
        delimiter = parent->delimiter;
        prefix = parent->name.wire() + *delimiter;
    } else {
        // The top level of the personal namespace; its delimiter is the one
        // the server gave for it, or INBOX's.
        if (listing.namespaces && !listing.namespaces->personal.isEmpty()) {
            const Imap::NamespaceDescriptor &personal = listing.namespaces->personal.constFirst();
            prefix = personal.prefix.wire();
            delimiter = personal.delimiter;
        }
        if (!delimiter) {
            for (const Imap::ListData &data : listing.mailboxes) {
                if (data.mailbox.isInbox() || !delimiter)
                    delimiter = data.delimiter;
                if (data.mailbox.isInbox())
                    break;
            }
        }
    }
    if (delimiter && name.contains(QLatin1Char(*delimiter)))
        return fail(FolderMessages::nameHoldsDelimiter(QLatin1Char(*delimiter)));
    return MailboxName::fromWire(prefix + MailboxName::fromString(name, listing.encoding).wire());
}

} // namespace Quail::Models
