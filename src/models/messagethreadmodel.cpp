#include "models/messagethreadmodel.h"

#include "imap/protocol/commands.h"
#include "imap/protocol/searchkey.h"
#include "models/commandrunner.h"
#include "models/messagethreader.h"
#include "models/offthread.h"

#include <algorithm>

namespace Quail::Models {

using Imap::CommandResult;
using Imap::ThreadData;

namespace {

// A burst of new or expunged messages asks for one new threading.
constexpr auto RethreadDelay = std::chrono::milliseconds(300);

} // namespace

MessageThreadModel::MessageThreadModel(QObject *parent)
    : QAbstractItemModel(parent)
{
    m_rethreadTimer.setSingleShot(true);
    m_rethreadTimer.setInterval(RethreadDelay);
    connect(&m_rethreadTimer, &QTimer::timeout, this, &MessageThreadModel::rethread);
}

MessageThreadModel::~MessageThreadModel() = default;

void MessageThreadModel::setSourceModel(MessageListModel *list)
{
    beginResetModel();
    for (const QMetaObject::Connection &connection : std::as_const(m_sourceConnections))
        disconnect(connection);
    m_sourceConnections.clear();
    ++m_generation;
    m_list = list;
    if (list) {
        m_sourceConnections = {
            connect(list, &QAbstractItemModel::modelAboutToBeReset, this, [this] { beginResetModel(); }),
            connect(list, &QAbstractItemModel::modelReset, this, &MessageThreadModel::onSourceReset),
            connect(list, &QAbstractItemModel::rowsInserted, this,
                    [this](const QModelIndex &, int first, int last) { onRowsInserted(first, last); }),
            connect(list, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                    [this](const QModelIndex &, int first, int last) { onRowsAboutToBeRemoved(first, last); }),
            connect(list, &QAbstractItemModel::dataChanged, this, &MessageThreadModel::onDataChanged),
        };
    }
    install(buildTree({}, listedUids()));
    m_method = Method::None;
    endResetModel();
    rethread();
}

void MessageThreadModel::setClientThreadingPreferred(bool preferred)
{
    if (preferred == m_clientPreferred)
        return;
    m_clientPreferred = preferred;
    rethread();
}

QList<quint32> MessageThreadModel::listedUids() const
{
    QList<quint32> uids;
    if (!m_list)
        return uids;
    const int count = m_list->rowCount();
    uids.reserve(count);
    for (int row = 0; row < count; ++row)
        uids.append(m_list->message(row).uid);
    return uids;
}

void MessageThreadModel::scheduleRethread()
{
    ++m_generation; // whatever is under way missed this change
    m_rethreadTimer.start();
}

void MessageThreadModel::rethread()
{
    m_rethreadTimer.stop();
    const quint64 generation = ++m_generation;
    if (!m_list || m_list->state() != MessageListModel::State::Ready || !m_list->engine()
        || !m_list->engine()->isReady()) {
        setBusy(false);
        return;
    }
    Imap::Engine *engine = m_list->engine();
    setBusy(true);
    if (!m_clientPreferred && engine->info().capabilities.has("THREAD=REFERENCES")) {
        runCommand(engine, Imap::Commands::thread("REFERENCES", Imap::SearchKey::all()), this,
                   [this, generation](const CommandResult &result) { onThreads(generation, result); });
        return;
    }
    if (m_list->rowCount() == 0) {
        apply(generation, {}, Method::Client);
        return;
    }
    // One command for every message: the envelope and References are all
    // the algorithm needs, and one reply is cheaper than many batches. Each
    // response becomes the threader's input on the engine's thread as it
    // arrives: a hundred thousand parsed responses are never handed to (and
    // freed on) the GUI thread.
    const Imap::SequenceSet all = Imap::SequenceSet::range(1, Imap::SequenceSet::Star);
    auto inputs = std::make_shared<QList<ThreadingInput>>();
    runCommand(
        engine, Imap::Commands::fetch(all, threadingFetchItems()), this,
        [this, generation, inputs](const CommandResult &result) {
            onThreadingData(generation, result, std::move(*inputs));
        },
        [inputs](Imap::Response &response) {
            const Imap::FetchData *data = response.get<Imap::FetchData>();
            if (!data || !data->uid)
                return false;
            inputs->append(threadingInput(*data));
            return true;
        });
}

bool MessageThreadModel::usable(quint64 generation, const CommandResult &result)
{
    // Something changed while the server worked. Whatever changed it asked
    // for a threading of its own (rethread() or the timer): the newer one
    // is applied, and asking again here would make that one stale in turn.
    if (generation != m_generation)
        return false;
    if (!result.ok()) {
        setBusy(false);
        Q_EMIT failed(result.status == CommandResult::Status::Failed
                          ? tr("Could not thread the folder: %1").arg(result.text)
                          : tr("Could not thread the folder: the server said: %1").arg(result.text));
        return false;
    }
    return true;
}

void MessageThreadModel::onThreads(quint64 generation, const CommandResult &result)
{
    if (!usable(generation, result))
        return;
    // RFC 5256 §4: one THREAD response; tolerate several by joining them.
    ThreadData threads;
    for (const ThreadData &part : result.all<ThreadData>()) {
        const qsizetype offset = threads.nodes.size();
        for (ThreadData::Node node : part.nodes) {
            if (node.parent >= 0)
                node.parent += offset;
            threads.nodes.append(node);
        }
    }
    applyLater(generation, std::move(threads), Method::Server);
}

void MessageThreadModel::onThreadingData(quint64 generation, const CommandResult &result,
                                         QList<ThreadingInput> messages)
{
    if (!usable(generation, result))
        return;
    // Threading 100,000 messages takes a while: off the GUI thread, with
    // the tree it makes.
    runOffThread(
        this,
        [messages = std::move(messages), listed = listedUids()] { return buildTree(threadMessages(messages), listed); },
        [this, generation](Tree tree) { apply(generation, std::move(tree), Method::Client); });
}

void MessageThreadModel::applyLater(quint64 generation, ThreadData threads, Method method)
{
    // A hundred thousand nodes take tens of milliseconds to make: off the
    // GUI thread too. A change to the list meanwhile makes the tree stale
    // (see apply()).
    runOffThread(
        this, [threads = std::move(threads), listed = listedUids()] { return buildTree(threads, listed); },
        [this, generation, method](Tree tree) { apply(generation, std::move(tree), method); });
}

MessageThreadModel::Tree MessageThreadModel::buildTree(const ThreadData &threads, const QList<quint32> &listed)
{
    Tree tree;
    tree.nodes.reserve(size_t(threads.nodes.size()) + size_t(listed.size()));
    const auto holds = [&listed](quint32 uid) { return std::binary_search(listed.cbegin(), listed.cend(), uid); };
    for (const ThreadData::Node &threadNode : threads.nodes) {
        Node node;
        // A UID the list does not hold (expunged meanwhile, or repeated by
        // a confused server) shows as a placeholder.
        if (threadNode.id != 0 && holds(threadNode.id) && !tree.nodeOfUid.contains(threadNode.id))
            node.uid = threadNode.id;
        const int index = int(tree.nodes.size());
        const bool validParent = threadNode.parent >= 0 && threadNode.parent < index;
        node.parent = validParent ? int(threadNode.parent) : -1;
        QList<int> &siblings = validParent ? tree.nodes[size_t(node.parent)].children : tree.roots;
        node.row = int(siblings.size());
        siblings.append(index);
        if (node.uid != 0)
            tree.nodeOfUid.insert(node.uid, index);
        tree.nodes.push_back(std::move(node));
    }
    // Messages that arrived after the threads were asked for: their own
    // threads, at the end, until the next threading.
    for (const quint32 uid : listed) {
        if (tree.nodeOfUid.contains(uid))
            continue;
        Node node;
        node.uid = uid;
        node.row = int(tree.roots.size());
        tree.roots.append(int(tree.nodes.size()));
        tree.nodeOfUid.insert(uid, int(tree.nodes.size()));
        tree.nodes.push_back(std::move(node));
    }
    return tree;
}

void MessageThreadModel::install(Tree tree)
{
    m_nodes = std::move(tree.nodes);
    m_roots = std::move(tree.roots);
    m_nodeOfUid = std::move(tree.nodeOfUid);
}

void MessageThreadModel::apply(quint64 generation, Tree tree, Method method)
{
    if (generation != m_generation)
        return;
    setBusy(false);
    m_method = method;
    Q_EMIT layoutAboutToBeChanged();
    // Persistent indexes follow their messages; a placeholder's have none
    // to follow.
    const QModelIndexList before = persistentIndexList();
    QList<quint32> uids;
    uids.reserve(before.size());
    for (const QModelIndex &index : before) {
        const Node *node = nodeOf(index);
        uids.append(node ? node->uid : 0);
    }
    install(std::move(tree));
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        const auto it = uids.at(i) == 0 ? m_nodeOfUid.cend() : m_nodeOfUid.constFind(uids.at(i));
        after.append(it == m_nodeOfUid.cend() ? QModelIndex() : indexOfNode(*it, before.at(i).column()));
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged();
    Q_EMIT threaded();
}

void MessageThreadModel::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

void MessageThreadModel::onSourceReset()
{
    ++m_generation;
    install(buildTree({}, listedUids()));
    m_method = Method::None;
    endResetModel();
    scheduleRethread();
}

void MessageThreadModel::onRowsInserted(int first, int last)
{
    // New threads of their own at the end, at once; their place follows.
    const int at = int(m_roots.size());
    beginInsertRows({}, at, at + last - first);
    for (int row = first; row <= last; ++row) {
        Node node;
        node.uid = m_list->message(row).uid;
        node.row = int(m_roots.size());
        m_roots.append(int(m_nodes.size()));
        m_nodeOfUid.insert(node.uid, int(m_nodes.size()));
        m_nodes.push_back(std::move(node));
    }
    endInsertRows();
    scheduleRethread();
}

void MessageThreadModel::onRowsAboutToBeRemoved(int first, int last)
{
    // An expunged message becomes a placeholder, so its replies keep their
    // place; the next threading decides what stays.
    for (int row = first; row <= last; ++row) {
        const auto it = m_nodeOfUid.constFind(m_list->message(row).uid);
        if (it == m_nodeOfUid.cend())
            continue;
        const int node = *it;
        m_nodeOfUid.erase(it);
        m_nodes[size_t(node)].uid = 0;
        Q_EMIT dataChanged(indexOfNode(node, 0), indexOfNode(node, columnCount() - 1));
    }
    scheduleRethread();
}

void MessageThreadModel::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    const int columns = columnCount();
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        const auto it = m_nodeOfUid.constFind(m_list->message(row).uid);
        if (it == m_nodeOfUid.cend())
            continue;
        Q_EMIT dataChanged(indexOfNode(*it, 0), indexOfNode(*it, columns - 1));
        // A placeholder shows its first reply's subject.
        const int parent = m_nodes[size_t(*it)].parent;
        if (parent >= 0 && m_nodes[size_t(parent)].uid == 0)
            Q_EMIT dataChanged(indexOfNode(parent, 0), indexOfNode(parent, columns - 1));
    }
}

QModelIndex MessageThreadModel::indexOfNode(int node, int column) const
{
    return createIndex(m_nodes[size_t(node)].row, column, quintptr(node));
}

const MessageThreadModel::Node *MessageThreadModel::nodeOf(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() >= m_nodes.size())
        return nullptr;
    return &m_nodes[size_t(index.internalId())];
}

int MessageThreadModel::sourceRow(const QModelIndex &index) const
{
    const Node *node = nodeOf(index);
    return node && node->uid != 0 && m_list ? m_list->rowOfUid(node->uid) : -1;
}

QModelIndex MessageThreadModel::indexOfUid(quint32 uid, int column) const
{
    const auto it = m_nodeOfUid.constFind(uid);
    return it == m_nodeOfUid.cend() ? QModelIndex() : indexOfNode(*it, column);
}

QModelIndex MessageThreadModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= columnCount())
        return {};
    if (!parent.isValid()) {
        if (row >= m_roots.size())
            return {};
        return indexOfNode(m_roots.at(row), column);
    }
    const Node *node = nodeOf(parent);
    if (!node || parent.column() != 0 || row >= node->children.size())
        return {};
    return indexOfNode(node->children.at(row), column);
}

QModelIndex MessageThreadModel::parent(const QModelIndex &child) const
{
    const Node *node = nodeOf(child);
    if (!node || node->parent < 0)
        return {};
    return indexOfNode(node->parent, 0);
}

int MessageThreadModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_roots.size());
    const Node *node = nodeOf(parent);
    return node && parent.column() == 0 ? int(node->children.size()) : 0;
}

int MessageThreadModel::columnCount(const QModelIndex &) const
{
    return m_list ? m_list->columnCount() : 0;
}

QVariant MessageThreadModel::data(const QModelIndex &index, int role) const
{
    const Node *node = nodeOf(index);
    if (!node || !m_list)
        return {};
    if (node->uid != 0)
        return m_list->index(m_list->rowOfUid(node->uid), index.column()).data(role);
    // A placeholder speaks for a conversation whose start is missing: its
    // first real reply's subject, nothing else.
    if (index.column() != MessageListModel::SubjectColumn || role != Qt::DisplayRole)
        return {};
    for (int child = node->children.isEmpty() ? -1 : node->children.first(); child >= 0;) {
        const Node &c = m_nodes[size_t(child)];
        if (c.uid != 0)
            return m_list->index(m_list->rowOfUid(c.uid), index.column()).data(role);
        child = c.children.isEmpty() ? -1 : c.children.first();
    }
    return {};
}

Qt::ItemFlags MessageThreadModel::flags(const QModelIndex &index) const
{
    const Node *node = nodeOf(index);
    if (!node)
        return Qt::NoItemFlags;
    // A placeholder is no message: nothing to select, flag, drag or move.
    return node->uid != 0 ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled
                          : Qt::ItemFlags(Qt::ItemIsEnabled);
}

QVariant MessageThreadModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return m_list ? m_list->headerData(section, orientation, role) : QVariant();
}

} // namespace Quail::Models
