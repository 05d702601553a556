#include "models/messagesortfiltermodel.h"

#include "imap/protocol/commands.h"
#include "imap/protocol/searchkey.h"
#include "models/basesubject.h"
#include "models/commandrunner.h"
#include "models/offthread.h"

#include <QCollator>
#include <QSet>

#include <algorithm>

namespace Quail::Models {

using Imap::CommandResult;
using Column = MessageListModel::Column;

namespace {

// A burst of new messages or flag changes asks for one new ordering.
constexpr auto RefreshDelay = std::chrono::milliseconds(300);
// Beyond this many rows coming or going, a reset is cheaper for every view
// than one signal per row.
constexpr qsizetype MaxIncrementalChange = 2000;

// RFC 5256 §3 criteria for the columns the server can sort; empty for the
// rest. From and To sort by what the column shows, the display name, when
// the server has SORT=DISPLAY (RFC 5957); by the address otherwise.
QByteArray serverCriterion(int column, const Imap::Capabilities &capabilities)
{
    const bool display = capabilities.has("SORT=DISPLAY");
    switch (column) {
    case Column::SubjectColumn:
        return "SUBJECT";
    case Column::FromColumn:
        return display ? "DISPLAYFROM" : "FROM";
    case Column::ToColumn:
        return display ? "DISPLAYTO" : "TO";
    case Column::DateColumn:
        return "ARRIVAL"; // the column shows INTERNALDATE
    case Column::SizeColumn:
        return "SIZE";
    default:
        return {};
    }
}

// Whether sorting by a column in the client needs the rows' details, or
// only the flags that every row has from the start.
bool needsDetails(int column)
{
    switch (column) {
    case Column::SeenColumn:
    case Column::FlaggedColumn:
    case Column::AnsweredColumn:
    case Column::ForwardedColumn:
    case Column::KeywordsColumn:
    case Column::UidColumn:
        return false;
    default:
        return true;
    }
}

// The quick filter: RFC 9051 §6.4.4 SUBJECT, FROM, TO and BODY, any of them.
Imap::SearchKey quickFilter(const QString &text)
{
    using Imap::SearchKey;
    return SearchKey::Or(SearchKey::Or(SearchKey::subject(text), SearchKey::from(text)),
                         SearchKey::Or(SearchKey::to(text), SearchKey::body(text)));
}

// One row's sort key, copied on the GUI thread for the pool thread.
struct SortEntry {
    quint32 uid = 0;
    QString text;
    qint64 number = 0;
};

SortEntry sortEntry(const MessageListModel &list, int row, int column)
{
    const QModelIndex index = list.index(row, 0);
    SortEntry entry;
    entry.uid = list.message(row).uid;
    switch (column) {
    case Column::SubjectColumn:
        // RFC 5256 §2.1: "Re: Plan" sorts with "Plan".
        entry.text = baseSubject(index.data(MessageListModel::SubjectRole).toString()).text;
        break;
    case Column::FromColumn:
        entry.text = index.data(MessageListModel::FromRole).toString();
        break;
    case Column::ToColumn:
        entry.text = index.data(MessageListModel::ToRole).toString();
        break;
    case Column::KeywordsColumn:
        entry.text = index.data(MessageListModel::KeywordsRole).toStringList().join(u' ');
        break;
    case Column::DateColumn:
        entry.number = index.data(MessageListModel::DateRole).toDateTime().toMSecsSinceEpoch();
        break;
    case Column::SizeColumn:
        entry.number = index.data(MessageListModel::SizeRole).toLongLong();
        break;
    case Column::SeenColumn:
        entry.number = index.data(MessageListModel::SeenRole).toBool();
        break;
    case Column::FlaggedColumn:
        entry.number = index.data(MessageListModel::FlaggedRole).toBool();
        break;
    case Column::AnsweredColumn:
        entry.number = index.data(MessageListModel::AnsweredRole).toBool();
        break;
    case Column::ForwardedColumn:
        entry.number = index.data(MessageListModel::ForwardedRole).toBool();
        break;
    case Column::AttachmentColumn:
        entry.number = index.data(MessageListModel::HasAttachmentRole).toBool();
        break;
    default:
        entry.number = entry.uid;
        break;
    }
    return entry;
}

// Runs on a pool thread: the entries in order, ties by UID, the whole
// comparison reversed for descending order as SORT's REVERSE does.
QList<quint32> sortEntries(std::vector<SortEntry> entries, bool text, Qt::SortOrder order)
{
    std::vector<QCollatorSortKey> keys;
    if (text) {
        // Collation keys once per row: comparing them is cheap, where
        // QCollator::compare() would redo the work at each of the n log n
        // comparisons. The user's locale, as people expect a list sorted.
        QCollator collator;
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        collator.setNumericMode(true);
        keys.reserve(entries.size());
        // Folded first: not every collation backend honours the case
        // setting in its sort keys.
        for (const SortEntry &entry : entries)
            keys.push_back(collator.sortKey(entry.text.toCaseFolded()));
    }
    std::vector<size_t> positions(entries.size());
    for (size_t i = 0; i < positions.size(); ++i)
        positions[i] = i;
    const auto less = [&](size_t a, size_t b) {
        const SortEntry &x = entries[a];
        const SortEntry &y = entries[b];
        if (text) {
            const int c = keys[a].compare(keys[b]);
            if (c != 0)
                return c < 0;
        } else if (x.number != y.number) {
            return x.number < y.number;
        }
        return x.uid < y.uid;
    };
    if (order == Qt::AscendingOrder)
        std::sort(positions.begin(), positions.end(), less);
    else
        std::sort(positions.begin(), positions.end(), [&](size_t a, size_t b) { return less(b, a); });
    QList<quint32> uids;
    uids.reserve(qsizetype(positions.size()));
    for (const size_t position : positions)
        uids.append(entries[position].uid);
    return uids;
}

} // namespace

MessageSortFilterModel::MessageSortFilterModel(QObject *parent)
    : QAbstractProxyModel(parent)
{
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(RefreshDelay);
    connect(&m_refreshTimer, &QTimer::timeout, this, &MessageSortFilterModel::refresh);
}

MessageSortFilterModel::~MessageSortFilterModel() = default;

void MessageSortFilterModel::setSourceModel(QAbstractItemModel *source)
{
    auto *list = qobject_cast<MessageListModel *>(source);
    if (source && !list) {
        qWarning("MessageSortFilterModel: the source must be a MessageListModel");
        return;
    }
    beginResetModel();
    for (const QMetaObject::Connection &connection : std::as_const(m_sourceConnections))
        disconnect(connection);
    m_sourceConnections.clear();
    ++m_generation;
    m_pendingClientSort.reset();
    m_list = list;
    QAbstractProxyModel::setSourceModel(source);
    if (list) {
        m_sourceConnections = {
            connect(list, &QAbstractItemModel::modelAboutToBeReset, this, [this] { beginResetModel(); }),
            connect(list, &QAbstractItemModel::modelReset, this, &MessageSortFilterModel::onSourceReset),
            connect(list, &QAbstractItemModel::rowsInserted, this,
                    [this](const QModelIndex &, int first, int last) { onRowsInserted(first, last); }),
            connect(list, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                    [this](const QModelIndex &, int first, int last) { onRowsAboutToBeRemoved(first, last); }),
            connect(list, &QAbstractItemModel::dataChanged, this, &MessageSortFilterModel::onDataChanged),
            connect(list, &MessageListModel::rowsLoaded, this, &MessageSortFilterModel::continueClientSort),
        };
    }
    m_order = naturalOrder();
    m_method = Method::Natural;
    rebuildRows();
    endResetModel();
    refresh();
}

void MessageSortFilterModel::sort(int column, Qt::SortOrder order)
{
    if (column == Column::UidColumn)
        column = -1;
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    refresh();
}

void MessageSortFilterModel::setClientSortPreferred(bool preferred)
{
    if (preferred == m_clientSortPreferred)
        return;
    m_clientSortPreferred = preferred;
    if (m_sortColumn >= 0)
        refresh();
}

void MessageSortFilterModel::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_filterText)
        return;
    m_filterText = trimmed;
    refresh();
}

QList<quint32> MessageSortFilterModel::naturalOrder() const
{
    QList<quint32> uids;
    if (!m_list)
        return uids;
    const int count = m_list->rowCount();
    uids.reserve(count);
    for (int row = 0; row < count; ++row)
        uids.append(m_list->message(row).uid);
    if (m_sortColumn < 0 && m_sortOrder == Qt::DescendingOrder)
        std::reverse(uids.begin(), uids.end());
    return uids;
}

void MessageSortFilterModel::scheduleRefresh()
{
    // Whatever is computing now started before this change.
    ++m_generation;
    m_refreshTimer.start();
}

void MessageSortFilterModel::refresh()
{
    m_refreshTimer.stop();
    const quint64 generation = ++m_generation;
    m_pendingClientSort.reset();
    if (!m_list || m_list->state() != MessageListModel::State::Ready) {
        setBusy(false);
        return;
    }
    const bool natural = m_sortColumn < 0;
    if (natural && m_filterText.isEmpty()) {
        apply(generation, naturalOrder(), Method::Natural);
        return;
    }
    Imap::Engine *engine = m_list->engine();
    if (!engine || !engine->isReady()) {
        setBusy(false);
        Q_EMIT failed(tr("Not connected: cannot sort or search this folder now."));
        return;
    }
    const Imap::Capabilities &capabilities = engine->info().capabilities;
    const bool utf8 = engine->info().enabled.contains("UTF8=ACCEPT");
    const Imap::SearchKey key = m_filterText.isEmpty() ? Imap::SearchKey::all() : quickFilter(m_filterText);
    const QByteArray criterion =
        natural || m_clientSortPreferred ? QByteArray() : serverCriterion(m_sortColumn, capabilities);
    setBusy(true);
    std::optional<Imap::Command> command;
    bool sorted = false;
    if (!criterion.isEmpty() && capabilities.has("SORT")) {
        const QByteArray criteria = m_sortOrder == Qt::DescendingOrder ? "REVERSE " + criterion : criterion;
        command = Imap::Commands::sort({criteria}, key, Imap::Commands::SetKind::Uid, utf8);
        sorted = true;
    } else if (!m_filterText.isEmpty()) {
        const QList<QByteArray> returnAll =
            capabilities.has("ESEARCH") ? QList<QByteArray>{"ALL"} : QList<QByteArray>{};
        command = Imap::Commands::search(key, Imap::Commands::SetKind::Uid, returnAll, utf8);
    } else {
        sortInClient(generation, naturalOrder());
        return;
    }
    runCommand(engine, *command, this,
               [this, generation, sorted](const CommandResult &result) { onServerOrder(generation, result, sorted); });
}

void MessageSortFilterModel::onServerOrder(quint64 generation, const CommandResult &result, bool sorted)
{
    if (generation != m_generation) {
        // Something changed while the server worked: the answer may miss it.
        if (!m_refreshTimer.isActive())
            refresh();
        return;
    }
    if (!result.ok()) {
        setBusy(false);
        const QString reason =
            result.status == CommandResult::Status::Failed ? result.text : tr("the server said: %1").arg(result.text);
        Q_EMIT failed(sorted ? tr("Could not sort the folder: %1").arg(reason)
                             : tr("Could not search the folder: %1").arg(reason));
        return;
    }
    QList<quint32> uids;
    for (const Imap::SortData &data : result.all<Imap::SortData>())
        uids += data.numbers;
    for (const Imap::SearchData &data : result.all<Imap::SearchData>())
        uids += data.numbers;
    for (const Imap::ESearchData &data : result.all<Imap::ESearchData>()) {
        // The set names UIDs the folder has, which the model holds anyway;
        // a server claiming more than that is cut off, not believed.
        if (data.all) {
            if (const auto members = data.all->toNumbers(0, qsizetype(m_list->rowCount()) + 1))
                uids += *members;
        }
    }
    if (sorted) {
        apply(generation, uids, Method::Server);
        return;
    }
    // A search alone: in the folder's order, or sorted here.
    const QSet<quint32> found(uids.cbegin(), uids.cend());
    QList<quint32> order = naturalOrder();
    order.removeIf([&](quint32 uid) { return !found.contains(uid); });
    if (m_sortColumn < 0)
        apply(generation, order, Method::Server);
    else
        sortInClient(generation, order);
}

void MessageSortFilterModel::sortInClient(quint64 generation, const QList<quint32> &uids)
{
    setBusy(true);
    m_pendingClientSort = PendingClientSort{generation, uids};
    if (needsDetails(m_sortColumn)) {
        // Ask for every row's details; the list model batches the requests.
        if (uids.size() > m_list->rowCount() / 2) {
            m_list->fetchRows(0, m_list->rowCount() - 1);
        } else {
            for (const quint32 uid : uids) {
                const int row = m_list->rowOfUid(uid);
                if (row >= 0)
                    m_list->fetchRows(row, row);
            }
        }
    }
    continueClientSort();
}

void MessageSortFilterModel::continueClientSort()
{
    if (!m_pendingClientSort || m_pendingClientSort->generation != m_generation)
        return;
    PendingClientSort &pending = *m_pendingClientSort;
    if (needsDetails(m_sortColumn)) {
        // A cursor over the rows, so each batch costs only what it loaded.
        while (pending.cursor < pending.uids.size()) {
            const int row = m_list->rowOfUid(pending.uids.at(pending.cursor));
            if (row >= 0 && !m_list->isRowLoaded(row))
                return;
            ++pending.cursor;
        }
    }
    std::vector<SortEntry> entries;
    entries.reserve(size_t(pending.uids.size()));
    for (const quint32 uid : std::as_const(pending.uids)) {
        const int row = m_list->rowOfUid(uid);
        if (row >= 0)
            entries.push_back(sortEntry(*m_list, row, m_sortColumn));
    }
    const quint64 generation = pending.generation;
    m_pendingClientSort.reset();
    const bool text = m_sortColumn == Column::SubjectColumn || m_sortColumn == Column::FromColumn
        || m_sortColumn == Column::ToColumn || m_sortColumn == Column::KeywordsColumn;
    const Qt::SortOrder order = m_sortOrder;
    runOffThread(
        this,
        [entries = std::move(entries), text, order]() mutable { return sortEntries(std::move(entries), text, order); },
        [this, generation](QList<quint32> sorted) {
            if (generation != m_generation) {
                if (!m_refreshTimer.isActive())
                    refresh();
                return;
            }
            apply(generation, std::move(sorted), Method::Client);
        });
}

void MessageSortFilterModel::apply(quint64 generation, QList<quint32> order, Method method)
{
    if (generation != m_generation || !m_list)
        return;
    setBusy(false);
    m_method = method;
    // Messages expunged while the order was computed are gone.
    order.removeIf([this](quint32 uid) { return m_list->rowOfUid(uid) < 0; });

    const QSet<quint32> wanted(order.cbegin(), order.cend());
    qsizetype leaving = 0;
    for (const quint32 uid : std::as_const(m_order))
        leaving += !wanted.contains(uid);
    const qsizetype coming = order.size() - (m_order.size() - leaving);
    if (leaving + coming > MaxIncrementalChange) {
        beginResetModel();
        m_order = order;
        rebuildRows();
        endResetModel();
        Q_EMIT ordered();
        return;
    }

    // 1. Rows that go, as contiguous runs from the bottom.
    for (int row = int(m_order.size()) - 1; row >= 0;) {
        if (wanted.contains(m_order.at(row))) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && !wanted.contains(m_order.at(first - 1)))
            --first;
        beginRemoveRows({}, first, row);
        m_order.remove(first, row - first + 1);
        endRemoveRows();
        row = first - 1;
    }
    rebuildRows();

    // 2. The rows that stay, in their new order: one layout change.
    QList<quint32> staying;
    staying.reserve(m_order.size());
    for (const quint32 uid : std::as_const(order)) {
        if (m_rowOfUid.contains(uid))
            staying.append(uid);
    }
    if (staying != m_order) {
        Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        const QModelIndexList before = persistentIndexList();
        QList<quint32> uids;
        uids.reserve(before.size());
        for (const QModelIndex &index : before)
            uids.append(m_order.at(index.row()));
        m_order = staying;
        rebuildRows();
        QModelIndexList after;
        after.reserve(before.size());
        for (qsizetype i = 0; i < before.size(); ++i)
            after.append(createIndex(m_rowOfUid.value(uids.at(i)), before.at(i).column()));
        changePersistentIndexList(before, after);
        Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    }

    // 3. Rows that come, in runs, at their places. m_order is now `order`
    // without them, so walking both finds each run.
    const QSet<quint32> present(m_order.cbegin(), m_order.cend());
    for (int row = 0; row < order.size();) {
        if (present.contains(order.at(row))) {
            ++row;
            continue;
        }
        int last = row;
        while (last + 1 < order.size() && !present.contains(order.at(last + 1)))
            ++last;
        beginInsertRows({}, row, last);
        m_order.insert(row, last - row + 1, 0);
        for (int i = row; i <= last; ++i)
            m_order[i] = order.at(i);
        rebuildRows();
        endInsertRows();
        row = last + 1;
    }
    Q_EMIT ordered();
}

void MessageSortFilterModel::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

void MessageSortFilterModel::rebuildRows()
{
    m_rowOfUid.clear();
    m_rowOfUid.reserve(m_order.size());
    for (int row = 0; row < m_order.size(); ++row)
        m_rowOfUid.insert(m_order.at(row), row);
}

void MessageSortFilterModel::onSourceReset()
{
    ++m_generation;
    m_pendingClientSort.reset();
    m_order = naturalOrder();
    m_method = Method::Natural;
    rebuildRows();
    endResetModel();
    if (m_sortColumn >= 0 || !m_filterText.isEmpty())
        scheduleRefresh();
}

void MessageSortFilterModel::onRowsInserted(int first, int last)
{
    if (m_sortColumn < 0 && m_filterText.isEmpty()) {
        // The folder's own order: new UIDs are the highest, so they go at
        // the end (the top when reversed).
        const bool descending = m_sortOrder == Qt::DescendingOrder;
        const int at = descending ? 0 : int(m_order.size());
        beginInsertRows({}, at, at + last - first);
        QList<quint32> uids;
        for (int row = first; row <= last; ++row)
            uids.append(m_list->message(row).uid);
        if (descending)
            std::reverse(uids.begin(), uids.end());
        for (qsizetype i = 0; i < uids.size(); ++i)
            m_order.insert(at + i, uids.at(i));
        rebuildRows();
        endInsertRows();
        ++m_generation;
        return;
    }
    if (m_filterText.isEmpty()) {
        // Shown at once at the end; the next ordering puts them in place.
        beginInsertRows({}, int(m_order.size()), int(m_order.size()) + last - first);
        for (int row = first; row <= last; ++row)
            m_order.append(m_list->message(row).uid);
        rebuildRows();
        endInsertRows();
    }
    // Under a filter, only the server can say whether they match.
    scheduleRefresh();
}

void MessageSortFilterModel::onRowsAboutToBeRemoved(int first, int last)
{
    QList<int> rows;
    for (int row = first; row <= last; ++row) {
        const auto it = m_rowOfUid.constFind(m_list->message(row).uid);
        if (it != m_rowOfUid.cend())
            rows.append(*it);
    }
    std::sort(rows.begin(), rows.end());
    for (qsizetype i = rows.size() - 1; i >= 0;) {
        qsizetype j = i;
        while (j > 0 && rows.at(j - 1) == rows.at(j) - 1)
            --j;
        beginRemoveRows({}, rows.at(j), rows.at(i));
        m_order.remove(rows.at(j), rows.at(i) - rows.at(j) + 1);
        rebuildRows();
        endRemoveRows();
        i = j - 1;
    }
}

void MessageSortFilterModel::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    const int columns = columnCount();
    if (bottomRight.row() - topLeft.row() > MaxIncrementalChange) {
        if (!m_order.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_order.size()) - 1, columns - 1));
    } else {
        for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
            const auto it = m_rowOfUid.constFind(m_list->message(row).uid);
            if (it != m_rowOfUid.cend())
                Q_EMIT dataChanged(index(*it, 0), index(*it, columns - 1));
        }
    }
    // A flag changed under a flag column's order: it may move.
    if (m_sortColumn >= 0 && !needsDetails(m_sortColumn))
        scheduleRefresh();
}

QModelIndex MessageSortFilterModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!m_list || !proxyIndex.isValid() || proxyIndex.row() >= m_order.size())
        return {};
    const int row = m_list->rowOfUid(m_order.at(proxyIndex.row()));
    return row < 0 ? QModelIndex() : m_list->index(row, proxyIndex.column());
}

QModelIndex MessageSortFilterModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!m_list || !sourceIndex.isValid())
        return {};
    const auto it = m_rowOfUid.constFind(m_list->message(sourceIndex.row()).uid);
    return it == m_rowOfUid.cend() ? QModelIndex() : index(*it, sourceIndex.column());
}

QModelIndex MessageSortFilterModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= m_order.size() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex MessageSortFilterModel::parent(const QModelIndex &) const
{
    return {};
}

int MessageSortFilterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_order.size());
}

int MessageSortFilterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_list ? 0 : m_list->columnCount();
}

} // namespace Quail::Models
