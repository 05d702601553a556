#pragma once

#include "imap/engine/engine.h"
#include "models/folder.h"
#include "models/foldermessages.h"
#include "models/foldertreebuilder.h"

#include <QAbstractItemModel>
#include <QPointer>

#include <chrono>
#include <memory>
#include <optional>
#include <vector>

namespace Quail::Models {

class FolderListLoader;

// Every account's folders in one tree: each account is a top-level row, its
// folders below it as the server's hierarchy has them (see
// buildFolderTree()). One column.
//
// Everything is asynchronous: the model sends commands through the
// account's engine and updates itself when replies arrive, only ever with
// row inserts, removals, moves and dataChanged() (never a reset), so views
// keep their selection and expansion. Counts come with the listing
// (LIST-STATUS) or from STATUS right after it, are refreshed with the whole
// listing every refreshInterval(), and follow the selected mailbox live:
// its EXISTS, EXPUNGE and flag changes (from the engine's mailboxEvent())
// ask for a fresh STATUS, and any STATUS response the engines receive
// (ours, the message list's, or unsolicited) updates the counts it names.
//
// Changes (create, rename, delete, subscribe) go through the model; the tree
// changes in place when the server says OK, followed by a new listing that
// settles attributes and counts; a refusal is reported by operationFailed()
// with a sentence for people.
class FolderTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role {
        // The decoded last level, safe to show (also Qt::DisplayRole).
        DisplayNameRole = Qt::UserRole + 1,
        WireNameRole, // QByteArray: the name for commands
        PathRole, // QString: every level, decoded, joined by the delimiter
        DelimiterRole, // QString: one character, or empty for a flat namespace
        SpecialUseRole, // int: a SpecialUse
        SelectableRole, // bool
        SubscribedRole, // bool
        HasChildrenRole, // bool: subfolders in the tree, or \HasChildren
        TotalRole, // quint32, or invalid while unknown
        UnseenRole, // quint32, or invalid while unknown
        AccountIdRole, // QString, for accounts and folders alike
        IsAccountRole, // bool: the row is an account, not a folder
        ExistsRole, // bool: false for \NonExistent and implied levels
        NamespaceRole, // int: a NamespaceKind
        NamespaceRootRole, // bool: "shared", "Public"…
        DecodableRole, // bool: false when the display name shows escaped bytes
        IconNameRole, // QString: the theme icon name Qt::DecorationRole uses
        ErrorRole, // QString: for an account, why its folders could not be listed
    };
    Q_ENUM(Role)

    explicit FolderTreeModel(QObject *parent = nullptr);
    ~FolderTreeModel() override;

    // Adds an account's row and lists its folders as soon as the engine is
    // ready (now, if it is). The model does not own the engines; it stops
    // using one that is destroyed.
    //
    // `engine` is the account's session: the one the message list selects
    // folders in; the model listens to its mailbox events to keep the
    // selected folder's counts live. `background`, when given, is a second
    // session that the model uses for all of its own commands (listing,
    // STATUS, changes): on the first, a refresh would end the message
    // list's IDLE and wait behind its MOVEs and EXPUNGEs, which run alone;
    // and RFC 9051 discourages STATUS on the
    // selected mailbox, which on a second session is just another mailbox.
    void addAccount(const QString &accountId, const QString &name, Imap::Engine *engine,
                    Imap::Engine *background = nullptr);
    void removeAccount(const QString &accountId);
    QStringList accountIds() const;

    QModelIndex accountIndex(const QString &accountId) const;
    QModelIndex folderIndex(const QString &accountId, const Imap::MailboxName &mailbox) const;
    // By decoded path ("Work/Projects"), for people and tests.
    QModelIndex folderIndexByPath(const QString &accountId, const QString &path) const;
    // The folder at an index; nullopt for accounts and invalid indexes.
    std::optional<Folder> folder(const QModelIndex &index) const;
    // The account's first folder with a special-use role (the Trash for a
    // delete…); invalid when there is none.
    QModelIndex specialFolder(const QString &accountId, SpecialUse use) const;
    // The account's tree has been listed at least once.
    bool isLoaded(const QString &accountId) const;
    // A listing is under way for the account.
    bool isRefreshing(const QString &accountId) const;

    // How often the whole listing (with counts) is refreshed in the
    // background; zero turns that off. Five minutes by default.
    void setRefreshInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds refreshInterval() const { return m_refreshInterval; }

    // Changes. Each ends with operationFinished() or operationFailed();
    // invalid requests (an empty name, an account row…) fail at once
    // (queued, so callers always see the signal after the call returns).
    // A new folder is subscribed too, as people expect to see it in
    // subscription-only views.
    void createFolder(const QModelIndex &parent, const QString &name);
    // Renames within the same parent; `newName` is one level.
    void renameFolder(const QModelIndex &index, const QString &newName);
    // Moves a folder (with its subfolders) under another folder of the same
    // account, or to the account's top level when `newParent` is the
    // account's row: a RENAME to the new place.
    void moveFolder(const QModelIndex &index, const QModelIndex &newParent);
    // A folder with subfolders may stay as a name that holds no messages
    // (operationNotice() says so).
    void deleteFolder(const QModelIndex &index);
    void setSubscribed(const QModelIndex &index, bool subscribed);

    // QAbstractItemModel
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

public Q_SLOTS:
    // Lists the account's folders (and counts) again now.
    void refresh(const QString &accountId);
    void refreshAll();
    // Asks for a folder's counts now (e.g. when a view selects it).
    void refreshCounts(const QModelIndex &index);

Q_SIGNALS:
    // A listing of the account finished and the tree matches it.
    void accountRefreshed(const QString &accountId);
    void accountFailed(const QString &accountId, const QString &message);
    // `path` is the folder's decoded path (the new one after a rename).
    void operationFinished(Quail::Models::FolderOperation operation, const QString &accountId, const QString &path);
    void operationFailed(Quail::Models::FolderOperation operation, const QString &accountId, const QString &path,
                         const QString &message);
    // Something people should know about an operation that succeeded.
    void operationNotice(Quail::Models::FolderOperation operation, const QString &accountId, const QString &path,
                         const QString &message);

private:
    struct Node;
    struct Account;

    Account *account(const QString &accountId) const;
    Account *accountOf(const Node *node) const;
    Node *nodeAt(const QModelIndex &index) const;
    QModelIndex indexOf(const Node *node) const;
    Imap::Engine *commandEngine(const Account &account) const;

    void startRefresh(Account &account);
    void onListed(Account &account, quint64 generation, const FolderListing &listing);
    void onRefreshEnded(Account &account, const QString &error);
    void applyFolders(Account &account, const QList<Folder> &folders);
    void applyStatus(Account &account, const Imap::StatusData &status);
    void onMailboxEvent(Account &account, const Imap::MailboxEvent &event);
    void requestStatus(Account &account, const QByteArray &wire, bool soon);
    void sendWantedStatus(Account &account);

    // Tree edits, each with its begin/end signals.
    Node *insertNode(Account &account, Node *parent, const Folder &folder);
    void removeNode(Account &account, Node *node);
    void updateNode(Account &account, Node *node, const Folder &folder);
    void renameSubtree(Account &account, Node *node, const QByteArray &newWire, const QString &newDisplayName);
    void placeNode(Node *node);
    void forget(Account &account, Node *node);
    int insertPosition(const Node *parent, const Folder &folder, const Node *skip = nullptr) const;

    // Reports a refusal made without asking the server, after the caller
    // returns.
    void failLater(FolderOperation operation, const QString &accountId, const QString &path, const QString &message);
    void failOperation(Account &account, FolderOperation operation, const QString &path, const QString &message,
                       const Imap::CommandResult &result);
    void finishOperation(Account &account, FolderOperation operation, const QString &path, bool relist);

    std::unique_ptr<Node> m_root;
    std::vector<std::unique_ptr<Account>> m_accounts;
    std::chrono::milliseconds m_refreshInterval;
};

} // namespace Quail::Models
