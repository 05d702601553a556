#pragma once

#include "models/messagelistmodel.h"

#include <QAbstractProxyModel>
#include <QHash>
#include <QPointer>
#include <QTimer>

namespace Quail::Models {

// A folder's messages in the order and selection a view wants: sorted by a
// column and filtered by a quick search, over a MessageListModel.
//
// The server does the work where it can: UID SORT (RFC 5256, with RFC 5957
// DISPLAYFROM/DISPLAYTO when offered) for subject, from, to, date and size,
// with the quick filter as its search program; UID SEARCH (ESEARCH when
// offered) for a filter alone. Otherwise, and for the flag columns, it
// sorts in the client: it loads the rows' details through the list model,
// copies the keys, and sorts them on a pool thread with a collator, so the
// GUI thread never waits on a sort. The quick filter always goes to the
// server, which searches bodies too.
//
// New orders are applied as row removals, one layout change and row
// insertions, so views keep their selection. Live changes from the list
// model show at once (new messages at the end until the next ordering puts
// them in place; expunged ones disappear), and a new ordering follows them.
class MessageSortFilterModel : public QAbstractProxyModel
{
    Q_OBJECT

public:
    enum class Method {
        Natural, // UID order, no filter: nothing to ask anyone
        Server, // the server sorted or searched
        Client, // sorted here (after a server search, if filtered)
    };
    Q_ENUM(Method)

    explicit MessageSortFilterModel(QObject *parent = nullptr);
    ~MessageSortFilterModel() override;

    // The source must be a MessageListModel (anything else is refused).
    void setSourceModel(QAbstractItemModel *source) override;
    MessageListModel *messageList() const { return m_list; }

    // QAbstractItemModel::sort(): what a view's header click calls.
    // MessageListModel::UidColumn, or -1, is the folder's own order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // Sort text columns here even when the server could: SORT compares
    // case-mapped Unicode (RFC 5051), the client the user's language's
    // collation ("Émile" beside "Emile", "10" after "9"). Off by default.
    void setClientSortPreferred(bool preferred);
    bool isClientSortPreferred() const { return m_clientSortPreferred; }

    // Messages whose subject, from, to or body contain `text`; empty for all.
    void setFilterText(const QString &text);
    QString filterText() const { return m_filterText; }

    // An ordering is being computed (server or client); the rows shown are
    // the previous ones until it is applied.
    bool isBusy() const { return m_busy; }
    // How the rows shown were ordered.
    Method method() const { return m_method; }

    // QAbstractProxyModel
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;

Q_SIGNALS:
    void busyChanged(bool busy);
    // A new order or filter result was applied.
    void ordered();
    // Sorting or searching failed: a sentence for people.
    void failed(const QString &message);

private:
    // Starts computing the order for the current column, order and filter.
    void refresh();
    void scheduleRefresh();
    void onServerOrder(quint64 generation, const Imap::CommandResult &result, bool sorted);
    void sortInClient(quint64 generation, const QList<quint32> &uids);
    void continueClientSort();
    void apply(quint64 generation, QList<quint32> order, Method method);
    void setBusy(bool busy);
    QList<quint32> naturalOrder() const;

    void onSourceReset();
    void onRowsInserted(int first, int last);
    void onRowsAboutToBeRemoved(int first, int last);
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    void rebuildRows();

    QPointer<MessageListModel> m_list;
    QList<QMetaObject::Connection> m_sourceConnections;
    // The rows shown, as UIDs, and each UID's row.
    QList<quint32> m_order;
    QHash<quint32, int> m_rowOfUid;

    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QString m_filterText;
    Method m_method = Method::Natural;
    bool m_clientSortPreferred = false;
    bool m_busy = false;
    // Bumped by every change that makes a pending ordering stale; results
    // of an older generation are dropped (and asked for again).
    quint64 m_generation = 0;
    QTimer m_refreshTimer;

    // A client sort waiting for the rows' details.
    struct PendingClientSort {
        quint64 generation = 0;
        QList<quint32> uids;
        qsizetype cursor = 0; // uids before it have their details
    };
    std::optional<PendingClientSort> m_pendingClientSort;
};

} // namespace Quail::Models
