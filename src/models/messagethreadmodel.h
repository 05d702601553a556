#pragma once

#include "imap/protocol/response.h"
#include "models/messagelistmodel.h"
#include "models/messagethreader.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QPointer>
#include <QTimer>

#include <vector>

namespace Quail::Models {

// The messages of a MessageListModel as conversations: a tree whose rows are
// the list's messages (their data comes from the list, loaded as lazily),
// plus placeholders for missing parents that hold several replies together.
//
// The threads come from the server's UID THREAD REFERENCES (RFC 5256) when
// it has it, and otherwise from threadMessages() in the client, after one
// UID FETCH of the envelopes and References headers, threaded on a pool
// thread. Roots are in date order, as RFC 5256 orders them.
//
// Live: a new message shows at once as a thread of its own, an expunged one
// leaves a placeholder, and a new threading follows shortly, applied as one
// layout change that keeps every view's selection on its messages.
class MessageThreadModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum class Method { None, Server, Client };
    Q_ENUM(Method)

    explicit MessageThreadModel(QObject *parent = nullptr);
    ~MessageThreadModel() override;

    void setSourceModel(MessageListModel *list);
    MessageListModel *sourceModel() const { return m_list; }

    // Thread in the client even when the server could: THREAD
    // implementations differ between servers, the client's is the same
    // everywhere. Off by default.
    void setClientThreadingPreferred(bool preferred);
    bool isClientThreadingPreferred() const { return m_clientPreferred; }

    bool isBusy() const { return m_busy; }
    Method method() const { return m_method; }

    // The list's row for an index, or -1 for a placeholder.
    int sourceRow(const QModelIndex &index) const;
    QModelIndex indexOfUid(quint32 uid, int column = 0) const;

    // QAbstractItemModel
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void busyChanged(bool busy);
    // A threading was applied.
    void threaded();
    void failed(const QString &message);

private:
    struct Node {
        quint32 uid = 0; // 0 for a placeholder
        int parent = -1; // node index
        int row = 0; // among its siblings
        QList<int> children;
    };

    void rethread();
    void scheduleRethread();
    // Whether a reply can be used: not stale (else it threads again) and OK
    // (else failed() says why).
    bool usable(quint64 generation, const Imap::CommandResult &result);
    void onThreads(quint64 generation, const Imap::CommandResult &result);
    void onThreadingData(quint64 generation, const Imap::CommandResult &result, QList<ThreadingInput> messages);
    // The nodes of a tree, made together (for a threading, on a pool thread).
    struct Tree {
        std::vector<Node> nodes;
        QList<int> roots;
        QHash<quint32, int> nodeOfUid;
    };
    // `listed` is the list's UIDs in its (ascending) order: messages the
    // threads do not name become threads of their own at the end; UIDs the
    // list does not hold become placeholders. No threads: every message its
    // own thread, in the list's order.
    static Tree buildTree(const Imap::ThreadData &threads, const QList<quint32> &listed);
    QList<quint32> listedUids() const;
    void install(Tree tree);
    // Builds the threading's tree on a pool thread, then applies it.
    void applyLater(quint64 generation, Imap::ThreadData threads, Method method);
    void apply(quint64 generation, Tree tree, Method method);
    void setBusy(bool busy);

    void onSourceReset();
    void onRowsInserted(int first, int last);
    void onRowsAboutToBeRemoved(int first, int last);
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);

    QModelIndex indexOfNode(int node, int column) const;
    const Node *nodeOf(const QModelIndex &index) const;

    QPointer<MessageListModel> m_list;
    QList<QMetaObject::Connection> m_sourceConnections;
    std::vector<Node> m_nodes;
    QList<int> m_roots;
    QHash<quint32, int> m_nodeOfUid;

    Method m_method = Method::None;
    bool m_clientPreferred = false;
    bool m_busy = false;
    quint64 m_generation = 0;
    QTimer m_rethreadTimer;
};

} // namespace Quail::Models
