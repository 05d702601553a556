#include "models/foldertreemodel.h"

#include "models/commandrunner.h"
#include "models/foldericons.h"
#include "models/folderlistloader.h"
#include "models/mailboxpath.h"

#include <QCollator>
#include <QHash>
#include <QSet>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <utility>

namespace Quail::Models {

using namespace std::chrono_literals;
using Imap::CommandResult;
using Imap::MailboxName;

struct FolderTreeModel::Node {
    Node *parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;
    Folder folder; // accounts: accountId only
    bool isAccount = false;

    int row() const
    {
        const auto &siblings = parent->children;
        const auto it =
            std::find_if(siblings.begin(), siblings.end(), [this](const auto &n) { return n.get() == this; });
        return int(it - siblings.begin());
    }
};

struct FolderTreeModel::Account {
    QString id;
    QString name;
    QPointer<Imap::Engine> engine;
    QPointer<Imap::Engine> background;
    Node *node = nullptr;
    QHash<QByteArray, Node *> byWire;
    // The last listing applied: namespaces and delimiters for new names.
    FolderListing listing;
    bool loaded = false;
    QString error;
    // Owns the account's connections, timers and loader: deleting it
    // disconnects everything that refers to this Account.
    QObject *context = nullptr;
    QPointer<FolderListLoader> loader;
    bool refreshAgain = false;
    // Bumped whenever a change the server confirmed alters the tree: a
    // listing started before it may predate it and is not applied.
    quint64 generation = 0;
    QTimer *refreshTimer = nullptr;
    QTimer *statusTimer = nullptr;
    QSet<QByteArray> wantedStatus;
};

namespace {

// Inbox first, then the special folders in SpecialUse order, then the
// others by name as people sort (case-insensitive, numbers by value), and
// other users' and shared namespaces last.
int rank(const Folder &folder)
{
    if (folder.namespaceRoot)
        return 1000;
    if (folder.specialUse != SpecialUse::None)
        return int(folder.specialUse);
    return 100;
}

bool lessThan(const Folder &a, const Folder &b)
{
    const int ra = rank(a);
    const int rb = rank(b);
    if (ra != rb)
        return ra < rb;
    static const QCollator collator = [] {
        QCollator c;
        c.setCaseSensitivity(Qt::CaseInsensitive);
        c.setNumericMode(true);
        return c;
    }();
    const int byName = collator.compare(a.displayName, b.displayName);
    if (byName != 0)
        return byName < 0;
    return a.name.wire() < b.name.wire();
}

constexpr auto DefaultRefreshInterval = 5min;
// How long live events are collected before one STATUS asks for the counts:
// a burst of flag changes (select all, mark read) costs one round trip.
constexpr auto StatusDelay = 150ms;

} // namespace

FolderTreeModel::FolderTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
    , m_refreshInterval(DefaultRefreshInterval)
{
}

FolderTreeModel::~FolderTreeModel()
{
    // The contexts' connections capture Account pointers: cut them first.
    for (const auto &account : m_accounts)
        delete account->context;
}

// --- Accounts --------------------------------------------------------------

void FolderTreeModel::addAccount(const QString &accountId, const QString &name, Imap::Engine *engine,
                                 Imap::Engine *background)
{
    if (account(accountId))
        return;
    auto owned = std::make_unique<Account>();
    Account *a = owned.get();
    a->id = accountId;
    a->name = name;
    a->engine = engine;
    a->background = background;
    a->context = new QObject(this);
    a->refreshTimer = new QTimer(a->context);
    a->refreshTimer->setSingleShot(true);
    connect(a->refreshTimer, &QTimer::timeout, a->context, [this, a] { startRefresh(*a); });
    a->statusTimer = new QTimer(a->context);
    a->statusTimer->setSingleShot(true);
    connect(a->statusTimer, &QTimer::timeout, a->context, [this, a] { sendWantedStatus(*a); });

    const int row = int(m_root->children.size());
    beginInsertRows({}, row, row);
    auto node = std::make_unique<Node>();
    node->parent = m_root.get();
    node->isAccount = true;
    node->folder.accountId = accountId;
    node->folder.displayName = name;
    a->node = node.get();
    m_root->children.push_back(std::move(node));
    m_accounts.push_back(std::move(owned));
    endInsertRows();

    for (Imap::Engine *e : {engine, background}) {
        if (!e)
            continue;
        connect(e, &Imap::Engine::ready, a->context, [this, a] { startRefresh(*a); });
        connect(e, &Imap::Engine::failed, a->context, [this, a](const Imap::SessionError &error) {
            // With two sessions the model goes on through the one left
            // (commandEngine() falls back); only losing both is news.
            if ((a->engine && a->engine->isReady()) || (a->background && a->background->isReady()))
                return;
            a->error = error.message;
            const QModelIndex index = indexOf(a->node);
            Q_EMIT dataChanged(index, index);
            Q_EMIT accountFailed(a->id, error.message);
        });
        // STATUS only: listening to every untagged response would copy each
        // of a big folder's FETCH responses to this thread.
        connect(e, &Imap::Engine::statusReceived, a->context,
                [this, a](const Imap::StatusData &status) { applyStatus(*a, status); });
    }
    if (engine) {
        connect(engine, &Imap::Engine::mailboxEvent, a->context,
                [this, a](const Imap::MailboxEvent &event) { onMailboxEvent(*a, event); });
    }
    if (Imap::Engine *e = commandEngine(*a); e && e->isReady())
        startRefresh(*a);
}

void FolderTreeModel::removeAccount(const QString &accountId)
{
    const auto it =
        std::find_if(m_accounts.begin(), m_accounts.end(), [&](const auto &a) { return a->id == accountId; });
    if (it == m_accounts.end())
        return;
    Account *a = it->get();
    delete a->context;
    const int row = a->node->row();
    beginRemoveRows({}, row, row);
    m_root->children.erase(m_root->children.begin() + row);
    m_accounts.erase(it);
    endRemoveRows();
}

QStringList FolderTreeModel::accountIds() const
{
    QStringList ids;
    for (const auto &a : m_accounts)
        ids.append(a->id);
    return ids;
}

FolderTreeModel::Account *FolderTreeModel::account(const QString &accountId) const
{
    for (const auto &a : m_accounts) {
        if (a->id == accountId)
            return a.get();
    }
    return nullptr;
}

FolderTreeModel::Account *FolderTreeModel::accountOf(const Node *node) const
{
    if (!node || node == m_root.get())
        return nullptr;
    return account(node->folder.accountId);
}

Imap::Engine *FolderTreeModel::commandEngine(const Account &account) const
{
    if (account.background && account.background->isReady())
        return account.background;
    return account.engine;
}

QModelIndex FolderTreeModel::accountIndex(const QString &accountId) const
{
    const Account *a = account(accountId);
    return a ? indexOf(a->node) : QModelIndex();
}

QModelIndex FolderTreeModel::folderIndex(const QString &accountId, const MailboxName &mailbox) const
{
    const Account *a = account(accountId);
    return a ? indexOf(a->byWire.value(mailbox.wire())) : QModelIndex();
}

QModelIndex FolderTreeModel::folderIndexByPath(const QString &accountId, const QString &path) const
{
    const Account *a = account(accountId);
    if (!a)
        return {};
    for (const Node *node : a->byWire) {
        if (node->folder.path == path)
            return indexOf(node);
    }
    return {};
}

std::optional<Folder> FolderTreeModel::folder(const QModelIndex &index) const
{
    const Node *node = nodeAt(index);
    if (!node || node->isAccount)
        return std::nullopt;
    return node->folder;
}

QModelIndex FolderTreeModel::specialFolder(const QString &accountId, SpecialUse use) const
{
    const Account *a = account(accountId);
    if (!a || use == SpecialUse::None)
        return {};
    const Node *best = nullptr;
    for (const Node *node : a->byWire) {
        if (node->folder.specialUse == use && (!best || node->folder.name.wire() < best->folder.name.wire()))
            best = node;
    }
    return indexOf(best);
}

bool FolderTreeModel::isLoaded(const QString &accountId) const
{
    const Account *a = account(accountId);
    return a && a->loaded;
}

bool FolderTreeModel::isRefreshing(const QString &accountId) const
{
    const Account *a = account(accountId);
    return a && a->loader;
}

void FolderTreeModel::setRefreshInterval(std::chrono::milliseconds interval)
{
    m_refreshInterval = interval;
    for (const auto &a : m_accounts) {
        if (interval <= 0ms)
            a->refreshTimer->stop();
        else if (a->loaded && !a->loader)
            a->refreshTimer->start(interval);
    }
}

// --- Listing ---------------------------------------------------------------

void FolderTreeModel::refresh(const QString &accountId)
{
    if (Account *a = account(accountId))
        startRefresh(*a);
}

void FolderTreeModel::refreshAll()
{
    for (const auto &a : m_accounts)
        startRefresh(*a);
}

void FolderTreeModel::startRefresh(Account &account)
{
    if (account.loader) {
        account.refreshAgain = true;
        return;
    }
    Imap::Engine *engine = commandEngine(account);
    if (!engine || !engine->isReady())
        return; // ready() starts it
    account.refreshTimer->stop();
    account.refreshAgain = false;
    Account *a = &account;
    auto *loader = new FolderListLoader(engine, account.id, true, account.context);
    account.loader = loader;
    const quint64 generation = account.generation;
    connect(loader, &FolderListLoader::listed, account.context,
            [this, a, generation](const FolderListing &listing) { onListed(*a, generation, listing); });
    connect(loader, &FolderListLoader::statusReceived, account.context,
            [this, a](const Imap::StatusData &status) { applyStatus(*a, status); });
    connect(loader, &FolderListLoader::finished, account.context, [this, a] { onRefreshEnded(*a, {}); });
    connect(loader, &FolderListLoader::failed, account.context,
            [this, a](const QString &message) { onRefreshEnded(*a, message); });
    loader->start();
}

void FolderTreeModel::onListed(Account &account, quint64 generation, const FolderListing &listing)
{
    if (generation != account.generation) {
        // A change confirmed meanwhile may be missing from this listing.
        account.refreshAgain = true;
        return;
    }
    account.listing = listing;
    applyFolders(account, buildFolderTree(account.id, listing));
    const bool changed = !account.error.isEmpty() || !account.loaded;
    account.loaded = true;
    account.error.clear();
    if (changed) {
        const QModelIndex index = indexOf(account.node);
        Q_EMIT dataChanged(index, index);
    }
}

void FolderTreeModel::onRefreshEnded(Account &account, const QString &error)
{
    if (account.loader)
        account.loader->deleteLater();
    account.loader = nullptr;
    if (!error.isEmpty()) {
        account.error = error;
        const QModelIndex index = indexOf(account.node);
        Q_EMIT dataChanged(index, index);
        Q_EMIT accountFailed(account.id, error);
    }
    if (account.refreshAgain) {
        startRefresh(account);
        return;
    }
    if (error.isEmpty())
        Q_EMIT accountRefreshed(account.id);
    if (m_refreshInterval > 0ms)
        account.refreshTimer->start(m_refreshInterval);
}

void FolderTreeModel::applyFolders(Account &account, const QList<Folder> &folders)
{
    QHash<QByteArray, const Folder *> wanted;
    for (const Folder &folder : folders)
        wanted.insert(folder.name.wire(), &folder);

    // Removals first, deepest first, so that every removal is one row whose
    // parent still stands. A folder whose parent changed is removed and
    // inserted again below.
    QList<std::pair<int, QByteArray>> doomed;
    for (auto it = account.byWire.cbegin(); it != account.byWire.cend(); ++it) {
        const Folder *next = wanted.value(it.key());
        if (!next || next->parent != it.value()->folder.parent) {
            int depth = 0;
            for (const Node *n = it.value(); n->parent && !n->parent->isAccount; n = n->parent)
                ++depth;
            doomed.append({depth, it.key()});
        }
    }
    std::sort(doomed.begin(), doomed.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    for (const auto &[depth, wire] : std::as_const(doomed)) {
        Q_UNUSED(depth)
        if (Node *node = account.byWire.value(wire))
            removeNode(account, node);
    }

    // Then updates and inserts, parents first (buildFolderTree's order).
    for (const Folder &folder : folders) {
        if (Node *node = account.byWire.value(folder.name.wire())) {
            updateNode(account, node, folder);
            continue;
        }
        Node *parent = folder.parent.isEmpty() ? account.node : account.byWire.value(folder.parent);
        insertNode(account, parent ? parent : account.node, folder);
    }
}

void FolderTreeModel::applyStatus(Account &account, const Imap::StatusData &status)
{
    Node *node = account.byWire.value(status.mailbox.wire());
    if (!node)
        return;
    Folder folder = node->folder;
    if (status.messages)
        folder.total = status.messages;
    if (status.unseen)
        folder.unseen = status.unseen;
    updateNode(account, node, folder);
}

void FolderTreeModel::onMailboxEvent(Account &account, const Imap::MailboxEvent &event)
{
    Node *node = account.byWire.value(event.mailbox.wire());
    if (!node)
        return;
    if (const auto *exists = std::get_if<Imap::MailboxEvent::Exists>(&event.change)) {
        // The total is known at once; unseen needs the server.
        Folder folder = node->folder;
        folder.total = exists->count;
        updateNode(account, node, folder);
    }
    if (const auto *vanished = std::get_if<Imap::MailboxEvent::Vanished>(&event.change); vanished && vanished->earlier)
        return; // resynchronisation after a reconnect: the listing covers it
    requestStatus(account, event.mailbox.wire(), true);
}

void FolderTreeModel::refreshCounts(const QModelIndex &index)
{
    const Node *node = nodeAt(index);
    Account *a = accountOf(node);
    if (!a || node->isAccount || !node->folder.selectable)
        return;
    requestStatus(*a, node->folder.name.wire(), false);
}

void FolderTreeModel::requestStatus(Account &account, const QByteArray &wire, bool soon)
{
    account.wantedStatus.insert(wire);
    if (!soon)
        account.statusTimer->start(0);
    else if (!account.statusTimer->isActive())
        account.statusTimer->start(StatusDelay);
}

void FolderTreeModel::sendWantedStatus(Account &account)
{
    const QSet<QByteArray> wanted = std::exchange(account.wantedStatus, {});
    Account *a = &account;
    for (const QByteArray &wire : wanted) {
        // STATUS answers come back through the engine's untagged() as well,
        // where applyStatus() takes them; this reply only has to be freed.
        runCommand(commandEngine(account),
                   Imap::Commands::status(MailboxName::fromWire(wire), FolderListLoader::statusItems()),
                   account.context, [this, a](const CommandResult &result) {
                       for (const Imap::StatusData &status : result.all<Imap::StatusData>())
                           applyStatus(*a, status);
                   });
    }
}

// --- Tree edits ------------------------------------------------------------

int FolderTreeModel::insertPosition(const Node *parent, const Folder &folder, const Node *skip) const
{
    int position = 0;
    for (const auto &child : parent->children) {
        if (child.get() != skip && lessThan(child->folder, folder))
            ++position;
    }
    return position;
}

FolderTreeModel::Node *FolderTreeModel::insertNode(Account &account, Node *parent, const Folder &folder)
{
    const int row = insertPosition(parent, folder);
    beginInsertRows(indexOf(parent), row, row);
    auto node = std::make_unique<Node>();
    node->parent = parent;
    node->folder = folder;
    Node *raw = node.get();
    parent->children.insert(parent->children.begin() + row, std::move(node));
    account.byWire.insert(folder.name.wire(), raw);
    endInsertRows();
    // The parent's HasChildrenRole may have changed.
    if (!parent->isAccount && parent->children.size() == 1) {
        const QModelIndex index = indexOf(parent);
        Q_EMIT dataChanged(index, index, {HasChildrenRole});
    }
    return raw;
}

void FolderTreeModel::forget(Account &account, Node *node)
{
    for (const auto &child : node->children)
        forget(account, child.get());
    account.byWire.remove(node->folder.name.wire());
}

void FolderTreeModel::removeNode(Account &account, Node *node)
{
    Node *parent = node->parent;
    const int row = node->row();
    beginRemoveRows(indexOf(parent), row, row);
    forget(account, node);
    parent->children.erase(parent->children.begin() + row);
    endRemoveRows();
    if (!parent->isAccount && parent->children.empty()) {
        const QModelIndex index = indexOf(parent);
        Q_EMIT dataChanged(index, index, {HasChildrenRole});
    }
}

void FolderTreeModel::updateNode(Account &account, Node *node, const Folder &folder)
{
    Q_UNUSED(account)
    Folder next = folder;
    // A listing without counts (they follow by STATUS) keeps the old ones.
    if (next.selectable) {
        if (!next.total)
            next.total = node->folder.total;
        if (!next.unseen)
            next.unseen = node->folder.unseen;
    }
    if (next == node->folder)
        return;
    const bool reorder = lessThan(next, node->folder) || lessThan(node->folder, next);
    node->folder = next;
    const QModelIndex index = indexOf(node);
    Q_EMIT dataChanged(index, index);
    if (reorder)
        placeNode(node);
}

void FolderTreeModel::placeNode(Node *node)
{
    Node *parent = node->parent;
    const int from = node->row();
    const int to = insertPosition(parent, node->folder, node);
    if (from == to)
        return;
    const QModelIndex parentIndex = indexOf(parent);
    // beginMoveRows() counts the destination before the row leaves.
    if (!beginMoveRows(parentIndex, from, from, parentIndex, to > from ? to + 1 : to))
        return;
    auto owned = std::move(parent->children[size_t(from)]);
    parent->children.erase(parent->children.begin() + from);
    parent->children.insert(parent->children.begin() + to, std::move(owned));
    endMoveRows();
}

void FolderTreeModel::renameSubtree(Account &account, Node *node, const QByteArray &newWire,
                                    const QString &newDisplayName)
{
    const QByteArray oldWire = node->folder.name.wire();
    const QString oldPath = node->folder.path;
    QString newPath = newDisplayName;
    if (!node->parent->isAccount && node->folder.delimiter)
        newPath = node->parent->folder.path + QLatin1Char(*node->folder.delimiter) + newDisplayName;

    const std::function<void(Node *)> rename = [&](Node *n) {
        Folder f = n->folder;
        account.byWire.remove(f.name.wire());
        f.name = MailboxName::fromWire(newWire + f.name.wire().mid(oldWire.size()));
        if (n != node)
            f.parent = newWire + f.parent.mid(oldWire.size());
        else
            f.displayName = newDisplayName;
        f.path = newPath + f.path.mid(oldPath.size());
        n->folder = f;
        account.byWire.insert(f.name.wire(), n);
        for (const auto &child : n->children)
            rename(child.get());
        if (!n->children.empty()) {
            Q_EMIT dataChanged(indexOf(n->children.front().get()), indexOf(n->children.back().get()));
        }
    };
    rename(node);
    const QModelIndex index = indexOf(node);
    Q_EMIT dataChanged(index, index);
    placeNode(node);
}

// --- Changes ---------------------------------------------------------------

void FolderTreeModel::failLater(FolderOperation operation, const QString &accountId, const QString &path,
                                const QString &message)
{
    QMetaObject::invokeMethod(
        this, [=, this] { Q_EMIT operationFailed(operation, accountId, path, message); }, Qt::QueuedConnection);
}

void FolderTreeModel::failOperation(Account &account, FolderOperation operation, const QString &path,
                                    const QString &message, const Imap::CommandResult &result)
{
    Q_EMIT operationFailed(operation, account.id, path, message);
    // The tree was out of date (another client deleted or renamed the
    // folder): list again so that the stale row goes.
    if (result.code.type == Imap::ResponseCode::Type::NonExistent
        || result.code.type == Imap::ResponseCode::Type::AlreadyExists)
        startRefresh(account);
}

void FolderTreeModel::finishOperation(Account &account, FolderOperation operation, const QString &path, bool relist)
{
    Q_EMIT operationFinished(operation, account.id, path);
    if (relist)
        startRefresh(account);
}

void FolderTreeModel::createFolder(const QModelIndex &parentIndex, const QString &name)
{
    Node *parent = nodeAt(parentIndex);
    Account *a = accountOf(parent);
    const QString shownName = MailboxPath::safeForDisplay(name);
    if (!a) {
        failLater(FolderOperation::Create, {}, shownName, FolderMessages::notAFolder());
        return;
    }
    const Folder *parentFolder = parent->isAccount ? nullptr : &parent->folder;
    const QString path = parentFolder && parentFolder->delimiter
        ? parentFolder->path + QLatin1Char(*parentFolder->delimiter) + shownName
        : shownName;
    QString error;
    const MailboxName wire = childName(parentFolder, name, a->listing, &error);
    if (wire.isEmpty()) {
        failLater(FolderOperation::Create, a->id, path, error);
        return;
    }
    std::optional<char> delimiter = parentFolder ? parentFolder->delimiter : std::nullopt;
    if (!parentFolder) {
        for (const Imap::ListData &data : std::as_const(a->listing.mailboxes)) {
            if (data.mailbox.isInbox() || !delimiter)
                delimiter = data.delimiter;
        }
    }
    runCommand(commandEngine(*a), Imap::Commands::create(wire), a->context,
               [this, a, wire, path, delimiter](const CommandResult &result) {
                   if (!result.ok()) {
                       failOperation(*a, FolderOperation::Create, path,
                                     FolderMessages::failure(FolderOperation::Create, path, result), result);
                       return;
                   }
                   ++a->generation;
                   if (!a->byWire.contains(wire.wire())) {
                       // Shown at once; the listing that follows fills in
                       // what only the server knows (attributes, role).
                       FolderListing one;
                       one.namespaces = a->listing.namespaces;
                       one.encoding = a->listing.encoding;
                       Imap::ListData data;
                       data.attributes = {QByteArrayLiteral("\\HasNoChildren")};
                       data.delimiter = delimiter;
                       data.mailbox = wire;
                       one.mailboxes = {data};
                       const QList<Folder> built = buildFolderTree(a->id, one);
                       for (Folder folder : built) {
                           if (folder.name != wire || a->byWire.contains(folder.name.wire()))
                               continue;
                           Node *parentNode = folder.parent.isEmpty() ? a->node : a->byWire.value(folder.parent);
                           if (!parentNode)
                               break; // its parent is gone: the listing will tell
                           folder.total = 0;
                           folder.unseen = 0;
                           insertNode(*a, parentNode, folder);
                       }
                   }
                   runCommand(commandEngine(*a), Imap::Commands::subscribe(wire), a->context,
                              [this, a, wire, path](const CommandResult &subscribed) {
                                  if (Node *node = a->byWire.value(wire.wire()); node && subscribed.ok()) {
                                      Folder folder = node->folder;
                                      folder.subscribed = true;
                                      updateNode(*a, node, folder);
                                  }
                                  finishOperation(*a, FolderOperation::Create, path, true);
                              });
               });
}

void FolderTreeModel::renameFolder(const QModelIndex &index, const QString &newName)
{
    Node *node = nodeAt(index);
    Account *a = accountOf(node);
    if (!a || node->isAccount) {
        failLater(FolderOperation::Rename, a ? a->id : QString(), {}, FolderMessages::notAFolder());
        return;
    }
    const Folder folder = node->folder;
    if (folder.name.isInbox()) {
        failLater(FolderOperation::Rename, a->id, folder.path, FolderMessages::inboxIsSpecial());
        return;
    }
    if (folder.namespaceRoot) {
        failLater(FolderOperation::Rename, a->id, folder.path, FolderMessages::namespaceRoot(folder.path));
        return;
    }
    const QString shownName = MailboxPath::safeForDisplay(newName);
    const Folder *parentFolder = node->parent->isAccount ? nullptr : &node->parent->folder;
    QString newPath = shownName;
    if (parentFolder && folder.delimiter)
        newPath = parentFolder->path + QLatin1Char(*folder.delimiter) + shownName;
    QString error;
    // Within the same parent; at the top level childName() keeps the
    // personal namespace prefix.
    const MailboxName target = childName(parentFolder, newName, a->listing, &error);
    if (target.isEmpty()) {
        failLater(FolderOperation::Rename, a->id, folder.path, error);
        return;
    }
    const MailboxName source = folder.name;
    const QString oldPath = folder.path;
    runCommand(commandEngine(*a), Imap::Commands::rename(source, target), a->context,
               [this, a, source, target, oldPath, newPath, shownName](const CommandResult &result) {
                   if (!result.ok()) {
                       failOperation(*a, FolderOperation::Rename, oldPath,
                                     FolderMessages::failure(FolderOperation::Rename, oldPath, result, newPath),
                                     result);
                       return;
                   }
                   ++a->generation;
                   if (Node *renamed = a->byWire.value(source.wire()); renamed && !a->byWire.contains(target.wire()))
                       renameSubtree(*a, renamed, target.wire(), shownName);
                   finishOperation(*a, FolderOperation::Rename, newPath, true);
               });
}

void FolderTreeModel::moveFolder(const QModelIndex &index, const QModelIndex &newParentIndex)
{
    Node *node = nodeAt(index);
    Node *newParent = nodeAt(newParentIndex);
    Account *a = accountOf(node);
    if (!a || node->isAccount || !newParent) {
        failLater(FolderOperation::Move, a ? a->id : QString(), {}, FolderMessages::notAFolder());
        return;
    }
    const Folder folder = node->folder;
    if (accountOf(newParent) != a) {
        failLater(FolderOperation::Move, a->id, folder.path, FolderMessages::cannotMoveAcrossAccounts());
        return;
    }
    if (folder.name.isInbox()) {
        failLater(FolderOperation::Move, a->id, folder.path, FolderMessages::inboxIsSpecial());
        return;
    }
    if (folder.namespaceRoot) {
        failLater(FolderOperation::Move, a->id, folder.path, FolderMessages::namespaceRoot(folder.path));
        return;
    }
    for (const Node *n = newParent; n; n = n->parent) {
        if (n == node) {
            failLater(FolderOperation::Move, a->id, folder.path, FolderMessages::cannotMoveIntoItself(folder.path));
            return;
        }
    }
    if (!folder.decodable) {
        // Its name cannot be spelled again under another parent.
        failLater(FolderOperation::Move, a->id, folder.path, FolderMessages::notAFolder());
        return;
    }
    const Folder *parentFolder = newParent->isAccount ? nullptr : &newParent->folder;
    const QString newPath = parentFolder && parentFolder->delimiter
        ? parentFolder->path + QLatin1Char(*parentFolder->delimiter) + folder.displayName
        : folder.displayName;
    // The last level as the server spells it, decoded: not the display
    // name, which has control and bidi characters replaced.
    const QString full = folder.name.toDisplayString();
    const QString leaf = folder.delimiter ? full.section(QLatin1Char(*folder.delimiter), -1) : full;
    QString error;
    const MailboxName target = childName(parentFolder, leaf, a->listing, &error);
    if (target.isEmpty()) {
        failLater(FolderOperation::Move, a->id, folder.path, error);
        return;
    }
    const MailboxName source = folder.name;
    const QString oldPath = folder.path;
    runCommand(commandEngine(*a), Imap::Commands::rename(source, target), a->context,
               [this, a, oldPath, newPath](const CommandResult &result) {
                   if (!result.ok()) {
                       failOperation(*a, FolderOperation::Move, oldPath,
                                     FolderMessages::failure(FolderOperation::Move, oldPath, result, newPath), result);
                       return;
                   }
                   // The subtree changes parents: a new listing puts it
                   // there, as removals and insertions.
                   ++a->generation;
                   finishOperation(*a, FolderOperation::Move, newPath, true);
               });
}

void FolderTreeModel::deleteFolder(const QModelIndex &index)
{
    Node *node = nodeAt(index);
    Account *a = accountOf(node);
    if (!a || node->isAccount) {
        failLater(FolderOperation::Delete, a ? a->id : QString(), {}, FolderMessages::notAFolder());
        return;
    }
    const Folder folder = node->folder;
    if (folder.name.isInbox()) {
        failLater(FolderOperation::Delete, a->id, folder.path, FolderMessages::inboxIsSpecial());
        return;
    }
    if (folder.namespaceRoot) {
        failLater(FolderOperation::Delete, a->id, folder.path, FolderMessages::namespaceRoot(folder.path));
        return;
    }
    const MailboxName wire = folder.name;
    const QString path = folder.path;
    runCommand(commandEngine(*a), Imap::Commands::deleteMailbox(wire), a->context,
               [this, a, wire, path](const CommandResult &result) {
                   if (!result.ok()) {
                       failOperation(*a, FolderOperation::Delete, path,
                                     FolderMessages::failure(FolderOperation::Delete, path, result), result);
                       return;
                   }
                   ++a->generation;
                   // With subfolders, RFC 9051 lets the server keep the name
                   // as \Noselect: the listing says what remains.
                   if (Node *deleted = a->byWire.value(wire.wire())) {
                       if (deleted->children.empty())
                           removeNode(*a, deleted);
                       else
                           Q_EMIT operationNotice(FolderOperation::Delete, a->id, path,
                                                  FolderMessages::keptForSubfolders(path));
                   }
                   // DELETE leaves the subscription (RFC 9051 §6.3.5); a
                   // stale one would show up in subscription-only clients.
                   runCommand(commandEngine(*a), Imap::Commands::unsubscribe(wire), a->context,
                              [this, a, path](const CommandResult &) {
                                  finishOperation(*a, FolderOperation::Delete, path, true);
                              });
               });
}

void FolderTreeModel::setSubscribed(const QModelIndex &index, bool subscribed)
{
    Node *node = nodeAt(index);
    Account *a = accountOf(node);
    const FolderOperation operation = subscribed ? FolderOperation::Subscribe : FolderOperation::Unsubscribe;
    if (!a || node->isAccount) {
        failLater(operation, a ? a->id : QString(), {}, FolderMessages::notAFolder());
        return;
    }
    const MailboxName wire = node->folder.name;
    const QString path = node->folder.path;
    const Imap::Command command = subscribed ? Imap::Commands::subscribe(wire) : Imap::Commands::unsubscribe(wire);
    runCommand(commandEngine(*a), command, a->context,
               [this, a, wire, path, operation, subscribed](const CommandResult &result) {
                   if (!result.ok()) {
                       failOperation(*a, operation, path, FolderMessages::failure(operation, path, result), result);
                       return;
                   }
                   if (Node *n = a->byWire.value(wire.wire())) {
                       Folder folder = n->folder;
                       folder.subscribed = subscribed;
                       updateNode(*a, n, folder);
                   }
                   finishOperation(*a, operation, path, false);
               });
}

// --- QAbstractItemModel ----------------------------------------------------

FolderTreeModel::Node *FolderTreeModel::nodeAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    Q_ASSERT(index.model() == this);
    return static_cast<Node *>(index.internalPointer());
}

QModelIndex FolderTreeModel::indexOf(const Node *node) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row(), 0, const_cast<Node *>(node));
}

QModelIndex FolderTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    const Node *p = parent.isValid() ? nodeAt(parent) : m_root.get();
    if (!p || column != 0 || row < 0 || size_t(row) >= p->children.size())
        return {};
    return createIndex(row, 0, p->children[size_t(row)].get());
}

QModelIndex FolderTreeModel::parent(const QModelIndex &child) const
{
    const Node *node = nodeAt(child);
    if (!node || node->parent == m_root.get())
        return {};
    return indexOf(node->parent);
}

int FolderTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    const Node *p = parent.isValid() ? nodeAt(parent) : m_root.get();
    return p ? int(p->children.size()) : 0;
}

int FolderTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

Qt::ItemFlags FolderTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    // \Noselect folders stay selectable items: people manage them (create a
    // subfolder, delete) even though no messages can be shown.
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant FolderTreeModel::data(const QModelIndex &index, int role) const
{
    const Node *node = nodeAt(index);
    if (!node)
        return {};
    const Folder &f = node->folder;
    if (node->isAccount) {
        const Account *a = account(f.accountId);
        switch (role) {
        case Qt::DisplayRole:
        case DisplayNameRole:
            return f.displayName;
        case Qt::ToolTipRole:
            return a && !a->error.isEmpty() ? a->error : f.displayName;
        case Qt::DecorationRole:
            return FolderIcons::icon(FolderIcons::accountNames());
        case IconNameRole:
            return FolderIcons::accountNames().constFirst();
        case AccountIdRole:
            return f.accountId;
        case IsAccountRole:
        case HasChildrenRole:
            return true;
        case SelectableRole:
        case SubscribedRole:
        case ExistsRole:
        case NamespaceRootRole:
            return false;
        case DecodableRole:
            return true;
        case ErrorRole:
            return a ? a->error : QString();
        default:
            return {};
        }
    }
    switch (role) {
    case Qt::DisplayRole:
    case DisplayNameRole:
        return f.displayName;
    case Qt::ToolTipRole:
        if (f.total && f.unseen)
            return tr("%1\n%2 unread, %3 in all").arg(f.path).arg(*f.unseen).arg(*f.total);
        return f.path;
    case Qt::DecorationRole:
        return FolderIcons::icon(FolderIcons::names(f));
    case IconNameRole:
        return FolderIcons::names(f).constFirst();
    case WireNameRole:
        return f.name.wire();
    case PathRole:
        return f.path;
    case DelimiterRole:
        return f.delimiter ? QString(QLatin1Char(*f.delimiter)) : QString();
    case SpecialUseRole:
        return int(f.specialUse);
    case SelectableRole:
        return f.selectable;
    case SubscribedRole:
        return f.subscribed;
    case HasChildrenRole:
        return !node->children.empty() || f.attributes.contains(QByteArrayLiteral("\\HasChildren"));
    case TotalRole:
        return f.total ? QVariant::fromValue(*f.total) : QVariant();
    case UnseenRole:
        return f.unseen ? QVariant::fromValue(*f.unseen) : QVariant();
    case AccountIdRole:
        return f.accountId;
    case IsAccountRole:
        return false;
    case ExistsRole:
        return f.exists;
    case NamespaceRole:
        return int(f.namespaceKind);
    case NamespaceRootRole:
        return f.namespaceRoot;
    case DecodableRole:
        return f.decodable;
    case ErrorRole:
        return QString();
    default:
        return {};
    }
}

QHash<int, QByteArray> FolderTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert({
        {DisplayNameRole, "displayName"},
        {WireNameRole, "wireName"},
        {PathRole, "path"},
        {DelimiterRole, "delimiter"},
        {SpecialUseRole, "specialUse"},
        {SelectableRole, "selectable"},
        {SubscribedRole, "subscribed"},
        {HasChildrenRole, "hasChildren"},
        {TotalRole, "total"},
        {UnseenRole, "unseen"},
        {AccountIdRole, "accountId"},
        {IsAccountRole, "isAccount"},
        {ExistsRole, "exists"},
        {NamespaceRole, "namespaceKind"},
        {NamespaceRootRole, "namespaceRoot"},
        {DecodableRole, "decodable"},
        {IconNameRole, "iconName"},
        {ErrorRole, "error"},
    });
    return names;
}

} // namespace Quail::Models
