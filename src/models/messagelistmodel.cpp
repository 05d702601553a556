#include "models/messagelistmodel.h"

#include "models/commandrunner.h"
#include "models/offthread.h"

#include <QCoreApplication>
#include <QFont>
#include <QLocale>
#include <QMetaObject>
#include <QSet>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <limits>
#include <utility>

namespace Quail::Models {

using Imap::CommandResult;
using Imap::FetchData;
using Imap::MailboxEvent;
using Imap::SequenceSet;

namespace {

// What one detail batch asks for: everything a row shows.
const QList<QByteArray> &detailItems()
{
    static const QList<QByteArray> items{"ENVELOPE", "INTERNALDATE", "RFC822.SIZE", "BODYSTRUCTURE"};
    return items;
}

const QList<QByteArray> &listItems()
{
    static const QList<QByteArray> items{"UID", "FLAGS"};
    return items;
}

// A row as a listing (listItems()) knows it: UID and flags, no details.
MessageSummary listedMessage(const FetchData &data)
{
    MessageSummary message;
    message.uid = data.uid.value_or(0);
    message.flags = data.flags.value_or(Imap::Flags());
    return message;
}

bool needsDetails(int column)
{
    switch (column) {
    case MessageListModel::AttachmentColumn:
    case MessageListModel::SubjectColumn:
    case MessageListModel::FromColumn:
    case MessageListModel::ToColumn:
    case MessageListModel::DateColumn:
    case MessageListModel::SizeColumn:
        return true;
    default:
        return false;
    }
}

QStringList keywords(const Imap::Flags &flags)
{
    QStringList list;
    for (const QByteArray &keyword : flags.keywords())
        list.append(QString::fromLatin1(keyword));
    return list;
}

bool isForwarded(const Imap::Flags &flags)
{
    return flags.contains("$Forwarded");
}

// Sorted rows as runs of consecutive rows, so that one signal covers each run.
QList<std::pair<int, int>> runs(QList<int> rows)
{
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    QList<std::pair<int, int>> result;
    for (const int row : std::as_const(rows)) {
        if (!result.isEmpty() && result.last().second + 1 == row)
            result.last().second = row;
        else
            result.append({row, row});
    }
    return result;
}

} // namespace

MessageListModel::MessageListModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_wantTimer(new QTimer(this))
{
    // Zero: every data() call of one paint lands in the same batch.
    m_wantTimer->setSingleShot(true);
    m_wantTimer->setInterval(0);
    connect(m_wantTimer, &QTimer::timeout, this, &MessageListModel::sendWanted);
}

MessageListModel::~MessageListModel()
{
    // Its connections call into this model: cut them first.
    delete m_context;
}

void MessageListModel::setBatchSize(int rows)
{
    m_batchSize = std::max(1, rows);
}

void MessageListModel::setPrefetchMargin(int rows)
{
    m_prefetchMargin = std::max(0, rows);
}

// --- Loading the folder ------------------------------------------------------

void MessageListModel::setMailbox(Imap::Engine *engine, const Imap::MailboxName &mailbox, bool readOnly)
{
    beginResetModel();
    delete m_context;
    m_context = new QObject(this);
    m_store.clear();
    m_engine = engine;
    m_mailbox = mailbox;
    m_readOnly = readOnly;
    m_state = State::Loading;
    m_error.clear();
    m_wanted.clear();
    m_wantedRanges.clear();
    m_requested.clear();
    m_pendingRequests = 0;
    m_fetchingNew = false;
    m_newAgain = false;
    m_gone.clear();
    m_building = false;
    m_deferredEvents.clear();
    m_hidden.clear();
    m_dropped = false;
    endResetModel();
    start();
}

void MessageListModel::start()
{
    if (!m_engine) {
        QMetaObject::invokeMethod(
            m_context, [this] { fail(tr("The account is not connected.")); }, Qt::QueuedConnection);
        return;
    }
    connect(m_engine, &Imap::Engine::mailboxEvent, m_context,
            [this](const MailboxEvent &event) { onMailboxEvent(event); });
    connect(m_engine, &Imap::Engine::reconnecting, m_context, [this] { onReconnecting(); });
    connect(m_engine, &Imap::Engine::ready, m_context, [this] { onEngineReady(); });
    // Like runCommand(), for the engine's own select(): the session must
    // know which mailbox is selected to report its events. After a
    // reconnect the model selects again itself, to catch up.
    Imap::CommandReply *reply = m_engine->select(m_mailbox, m_readOnly, {}, Imap::Engine::Reselect::ByCaller);
    reply->setParent(m_context);
    connect(reply, &Imap::CommandReply::finished, m_context, [this, reply] {
        const CommandResult result = reply->result();
        reply->setParent(nullptr);
        reply->deleteLater();
        onSelected(result);
    });
}

void MessageListModel::onSelected(const CommandResult &result)
{
    if (!result.ok()) {
        fail(tr("The folder could not be opened: %1").arg(result.text));
        return;
    }
    std::optional<quint32> uidValidity;
    std::optional<quint64> highestModSeq;
    quint32 exists = 0;
    for (const Imap::Response &response : result.responses) {
        if (const auto *data = response.get<Imap::ExistsData>()) {
            exists = data->count;
        } else if (const Imap::StatusResponse *status = response.status()) {
            if (status->code.type == Imap::ResponseCode::Type::UidValidity)
                uidValidity = quint32(status->code.number);
            else if (status->code.type == Imap::ResponseCode::Type::HighestModSeq)
                highestModSeq = status->code.number;
        }
    }
    m_store.clear(uidValidity);
    m_store.setHighestModSeq(highestModSeq);
    if (exists == 0) {
        // "1:*" names no message in an empty mailbox, and servers refuse it.
        m_state = State::Ready;
        Q_EMIT loaded();
        if (m_newAgain)
            fetchNewMessages();
        return;
    }
    Q_EMIT listingStarted(int(std::min<quint32>(exists, std::numeric_limits<int>::max())));
    // Each FETCH becomes its row on the engine's thread, as the details do
    // (see sendWanted()): a hundred thousand parsed responses are never
    // collected into one list.
    // EXISTS is the server's word: room for the usual folder, not for any
    // number it claims.
    constexpr quint32 MaxReservedRows = 200'000;
    auto listed = std::make_shared<QList<MessageSummary>>();
    listed->reserve(qsizetype(std::min(exists, MaxReservedRows)));
    runCommand(
        m_engine,
        Imap::Commands::fetch(SequenceSet::range(1, SequenceSet::Star), listItems(), Imap::Commands::SetKind::Sequence),
        m_context, [this, listed](const CommandResult &reply) { onListed(reply, std::move(*listed)); },
        [listed](Imap::Response &response) {
            const FetchData *data = response.get<FetchData>();
            if (!data || !data->uid)
                return false;
            listed->append(listedMessage(*data));
            return true;
        });
}

void MessageListModel::onListed(const CommandResult &result, QList<MessageSummary> messages)
{
    if (!result.ok()) {
        fail(tr("The folder's messages could not be listed: %1").arg(result.text));
        return;
    }
    // A hundred thousand rows take tens of milliseconds to sort and index:
    // a pool thread does it, and the GUI thread only swaps the store in.
    // Mailbox events that arrive meanwhile wait for it (see
    // onMailboxEvent()).
    m_building = true;
    MessageStore base;
    base.clear(m_store.uidValidity());
    base.setHighestModSeq(m_store.highestModSeq());
    runOffThread(
        m_context,
        [messages = std::move(messages), base = std::move(base)]() mutable {
            base.setMessages(std::move(messages));
            return std::move(base);
        },
        // The context goes with the folder: a late listing never lands in
        // the next one.
        [this](MessageStore listed) { onListingBuilt(std::move(listed)); });
}

void MessageListModel::onListingBuilt(MessageStore listed)
{
    m_building = false;
    for (const quint32 uid : std::as_const(m_gone)) {
        const int row = listed.rowOf(uid);
        if (row >= 0)
            listed.remove(row, row);
    }
    // Rows are inserted, not reset: the model is empty until now, and views
    // then see the same kind of change as for any later message.
    if (!listed.isEmpty()) {
        beginInsertRows({}, 0, listed.count() - 1);
        m_store = std::move(listed);
        endInsertRows();
    }
    m_state = State::Ready;
    // What the server said while the rows were built, in order.
    const QList<MailboxEvent> deferred = std::exchange(m_deferredEvents, {});
    for (const MailboxEvent &event : deferred)
        onMailboxEvent(event);
    Q_EMIT loaded();
    if (m_newAgain)
        fetchNewMessages();
}

void MessageListModel::fail(const QString &message)
{
    m_state = State::Failed;
    m_error = message;
    Q_EMIT failed(message);
}

// --- Catching up after a reconnect ---------------------------------------------

void MessageListModel::onReconnecting()
{
    // Rows stay as they are; requests sent meanwhile would fail.
    m_dropped = true;
    if (m_state == State::Ready)
        m_state = State::Reconnecting;
}

void MessageListModel::onEngineReady()
{
    // Only a reconnect concerns the model (not the first ready() of an
    // engine that was still connecting when the folder was set).
    if (!std::exchange(m_dropped, false))
        return;
    if (m_state != State::Reconnecting) {
        // The listing was cut short: nothing held to catch up from, so list
        // afresh (the model is empty, so the reset loses no selection).
        if (m_state == State::Loading || m_state == State::Failed)
            setMailbox(m_engine, m_mailbox, m_readOnly);
        return;
    }
    MailboxCatchUp::Known known;
    known.uidValidity = m_store.uidValidity();
    known.highestModSeq = m_store.highestModSeq();
    known.uids.reserve(m_store.count() + m_hidden.size());
    for (int row = 0; row < m_store.count(); ++row)
        known.uids.append(m_store.uidAt(row));
    for (auto it = m_hidden.cbegin(); it != m_hidden.cend(); ++it)
        known.uids.append(it.key());
    std::sort(known.uids.begin(), known.uids.end());
    auto *catchUp = new MailboxCatchUp(m_engine, m_mailbox, m_readOnly, std::move(known), m_context);
    connect(catchUp, &MailboxCatchUp::finished, m_context, [this, catchUp](const CatchUpResult &result) {
        catchUp->deleteLater();
        onCaughtUp(result);
    });
    catchUp->start();
}

void MessageListModel::onCaughtUp(const CatchUpResult &result)
{
    switch (result.outcome) {
    case CatchUpResult::Outcome::UidValidityChanged:
        // RFC 9051 §2.3.1.1: nothing held can be matched any more.
        setMailbox(m_engine, m_mailbox, m_readOnly);
        return;
    case CatchUpResult::Outcome::Failed:
        fail(tr("The folder could not be brought up to date: %1").arg(result.error));
        return;
    case CatchUpResult::Outcome::Done:
        break;
    }
    removeUids(result.removed);
    for (const auto &[uid, flags] : result.flags)
        updateFlags(uid, flags);
    if (result.highestModSeq)
        m_store.setHighestModSeq(result.highestModSeq);
    m_state = State::Ready;
    Q_EMIT caughtUp();
    // Messages appended meanwhile come like any new ones.
    if (m_newAgain || result.exists > quint32(m_store.count() + m_hidden.size()))
        fetchNewMessages();
}

// --- Live changes --------------------------------------------------------------

void MessageListModel::onMailboxEvent(const MailboxEvent &event)
{
    if (event.mailbox != m_mailbox)
        return;
    if (m_building) {
        m_deferredEvents.append(event);
        return;
    }
    if (const auto *exists = std::get_if<MailboxEvent::Exists>(&event.change)) {
        if (exists->count > quint32(m_store.count()))
            fetchNewMessages();
    } else if (const auto *expunged = std::get_if<MailboxEvent::Expunged>(&event.change)) {
        // The session knows every UID once the list has been fetched; an
        // unknown one belongs to a message the model has not listed yet.
        if (expunged->uid != 0)
            removeUids({expunged->uid});
    } else if (const auto *vanished = std::get_if<MailboxEvent::Vanished>(&event.change)) {
        QList<quint32> uids;
        for (int row = 0; row < m_store.count(); ++row) {
            if (vanished->uids.contains(m_store.uidAt(row)))
                uids.append(m_store.uidAt(row));
        }
        // Also remember UIDs above the known ones, in case they are still
        // on their way in a FETCH for new messages.
        if (const auto numbers = vanished->uids.toNumbers(m_store.lastUid(), 100000)) {
            for (const quint32 uid : *numbers) {
                if (uid > m_store.lastUid())
                    m_gone.insert(uid);
            }
        }
        removeUids(uids);
    } else if (const auto *changed = std::get_if<MailboxEvent::FlagsChanged>(&event.change)) {
        // Our own FETCH of the list reports every message's flags too; a
        // message not listed yet gets its flags with it.
        if (changed->uid != 0)
            updateFlags(changed->uid, changed->flags);
    } else if (std::holds_alternative<MailboxEvent::UidValidityChanged>(event.change)) {
        // Every UID the model holds now names nothing: start over, once this
        // signal has returned (setMailbox() deletes the context it came to).
        QMetaObject::invokeMethod(
            m_context, [this] { setMailbox(m_engine, m_mailbox, m_readOnly); }, Qt::QueuedConnection);
    }
}

void MessageListModel::fetchNewMessages()
{
    if (m_state != State::Ready || m_fetchingNew) {
        // After the list, or after the fetch in flight, ask once more.
        m_newAgain = true;
        return;
    }
    m_newAgain = false;
    m_fetchingNew = true;
    // "UID n:*" always matches the last message even if its UID is below n
    // (RFC 9051 §6.4.8): onNewMessages() keeps only the new UIDs.
    const Imap::Command command = m_store.isEmpty() && m_hidden.isEmpty()
        ? Imap::Commands::fetch(SequenceSet::range(1, SequenceSet::Star), listItems(),
                                Imap::Commands::SetKind::Sequence)
        : Imap::Commands::fetch(SequenceSet::range(lastKnownUid() + 1, SequenceSet::Star), listItems());
    runCommand(m_engine, command, m_context, [this](const CommandResult &result) { onNewMessages(result); });
}

void MessageListModel::onNewMessages(const CommandResult &result)
{
    m_fetchingNew = false;
    QList<MessageSummary> messages;
    const quint32 last = lastKnownUid();
    for (const FetchData &data : result.all<FetchData>()) {
        if (!data.uid || *data.uid <= last || m_gone.contains(*data.uid))
            continue;
        messages.append(listedMessage(data));
    }
    std::sort(messages.begin(), messages.end(),
              [](const MessageSummary &a, const MessageSummary &b) { return a.uid < b.uid; });
    messages.erase(std::unique(messages.begin(), messages.end(),
                               [](const MessageSummary &a, const MessageSummary &b) { return a.uid == b.uid; }),
                   messages.end());
    if (!messages.isEmpty()) {
        const int first = m_store.count();
        beginInsertRows({}, first, first + int(messages.size()) - 1);
        m_store.append(messages);
        endInsertRows();
    }
    if (m_newAgain)
        fetchNewMessages();
}

quint32 MessageListModel::lastKnownUid() const
{
    quint32 last = m_store.lastUid();
    for (auto it = m_hidden.cbegin(); it != m_hidden.cend(); ++it)
        last = std::max(last, it.key());
    return last;
}

void MessageListModel::removeUids(QList<quint32> uids)
{
    QList<int> rows;
    const quint32 last = lastKnownUid();
    for (const quint32 uid : std::as_const(uids)) {
        const int row = m_store.rowOf(uid);
        if (row >= 0)
            rows.append(row);
        else if (m_hidden.remove(uid))
            continue;
        else if (uid > last)
            m_gone.insert(uid);
    }
    QList<std::pair<int, int>> ranges = runs(rows);
    // Bottom up, so that the rows of the other runs stay where they are.
    for (auto it = ranges.crbegin(); it != ranges.crend(); ++it) {
        beginRemoveRows({}, it->first, it->second);
        m_store.remove(it->first, it->second);
        endRemoveRows();
    }
}

void MessageListModel::updateFlags(quint32 uid, const Imap::Flags &flags)
{
    const int row = m_store.rowOf(uid);
    if (row >= 0 && m_store.setFlags(row, flags))
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    else if (const auto hidden = m_hidden.find(uid); hidden != m_hidden.end())
        hidden->flags = flags;
}

// --- Optimistic changes, for MessageActions --------------------------------------

QHash<quint32, Imap::Flags> MessageListModel::changeFlags(const QList<quint32> &uids, bool add,
                                                          const QList<QByteArray> &flags)
{
    QHash<quint32, Imap::Flags> before;
    QList<int> rows;
    for (const quint32 uid : uids) {
        const int row = m_store.rowOf(uid);
        const auto hidden = m_hidden.find(uid);
        if (row < 0 && hidden == m_hidden.end())
            continue;
        Imap::Flags changed = row >= 0 ? m_store.at(row).flags : hidden->flags;
        before.insert(uid, changed);
        for (const QByteArray &flag : flags) {
            if (add)
                changed.add(flag);
            else
                changed.remove(flag);
        }
        if (row < 0)
            hidden->flags = changed;
        else if (m_store.setFlags(row, changed))
            rows.append(row);
    }
    for (const auto &[first, last] : runs(std::move(rows)))
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
    return before;
}

void MessageListModel::revertFlags(const QHash<quint32, Imap::Flags> &before, const QList<QByteArray> &flags)
{
    QList<int> rows;
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        const int row = m_store.rowOf(it.key());
        const auto hidden = m_hidden.find(it.key());
        if (row < 0 && hidden == m_hidden.end())
            continue;
        Imap::Flags reverted = row >= 0 ? m_store.at(row).flags : hidden->flags;
        for (const QByteArray &flag : flags) {
            if (it->contains(flag))
                reverted.add(flag);
            else
                reverted.remove(flag);
        }
        if (row < 0)
            hidden->flags = reverted;
        else if (m_store.setFlags(row, reverted))
            rows.append(row);
    }
    for (const auto &[first, last] : runs(std::move(rows)))
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

void MessageListModel::hideUids(const QList<quint32> &uids)
{
    QList<int> rows;
    for (const quint32 uid : uids) {
        const int row = m_store.rowOf(uid);
        if (row >= 0)
            rows.append(row);
    }
    const QList<std::pair<int, int>> ranges = runs(std::move(rows));
    for (auto it = ranges.crbegin(); it != ranges.crend(); ++it) {
        beginRemoveRows({}, it->first, it->second);
        for (int row = it->first; row <= it->second; ++row)
            m_hidden.insert(m_store.uidAt(row), m_store.at(row));
        m_store.remove(it->first, it->second);
        endRemoveRows();
    }
}

void MessageListModel::restoreHidden(const QList<quint32> &uids)
{
    QList<quint32> sorted = uids;
    std::sort(sorted.begin(), sorted.end());
    for (const quint32 uid : std::as_const(sorted)) {
        const auto hidden = m_hidden.find(uid);
        if (hidden == m_hidden.end())
            continue; // expunged meanwhile
        const MessageSummary message = *hidden;
        m_hidden.erase(hidden);
        const int row = m_store.placeOf(uid);
        beginInsertRows({}, row, row);
        m_store.insert(message);
        endInsertRows();
    }
}

void MessageListModel::forgetHidden(const QList<quint32> &uids)
{
    for (const quint32 uid : uids)
        m_hidden.remove(uid);
}

QList<quint32> MessageListModel::uidsWithFlag(Imap::Flags::Flag flag) const
{
    QList<quint32> uids;
    for (int row = 0; row < m_store.count(); ++row) {
        if (m_store.at(row).flags.has(flag))
            uids.append(m_store.uidAt(row));
    }
    return uids;
}

const MessageSummary *MessageListModel::messageByUid(quint32 uid) const
{
    const int row = m_store.rowOf(uid);
    if (row >= 0)
        return &m_store.at(row);
    const auto hidden = m_hidden.constFind(uid);
    return hidden == m_hidden.cend() ? nullptr : &*hidden;
}

// --- Lazy details ----------------------------------------------------------------

bool MessageListModel::isRowLoaded(int row) const
{
    return row >= 0 && row < m_store.count() && m_store.at(row).detailsLoaded;
}

void MessageListModel::fetchRows(int first, int last)
{
    first = std::max(first, 0);
    last = std::min(last, m_store.count() - 1);
    if (first > last)
        return;
    // Kept as a UID range, not row by row: asking for a hundred thousand
    // rows then costs the GUI thread nothing until the batches are made.
    m_wantedRanges.append({m_store.uidAt(first), m_store.uidAt(last)});
    if (!m_wantTimer->isActive())
        m_wantTimer->start();
}

void MessageListModel::want(int row) const
{
    const quint32 uid = m_store.uidAt(row);
    if (m_requested.contains(uid))
        return;
    m_wanted.insert(uid);
    if (!m_wantTimer->isActive())
        m_wantTimer->start();
}

void MessageListModel::sendWanted()
{
    const QSet<quint32> wanted = std::exchange(m_wanted, {});
    QList<std::pair<quint32, quint32>> ranges = std::exchange(m_wantedRanges, {});
    if (m_state != State::Ready || !m_engine)
        return;
    // A big fetchRows() is served a few commands at a time (the rest waits in
    // m_wantedRanges until one is answered): enough in flight that the
    // server never waits for the next command, few enough that the GUI
    // thread never spends long making them and leaving the folder drops
    // little work.
    constexpr int MaxBlocksPerCommand = 20;
    constexpr int MaxBulkCommandsInFlight = 8;
    const int maxRangeRows =
        std::max(0, MaxBulkCommandsInFlight - m_pendingRequests) * MaxBlocksPerCommand * m_batchSize;
    int rangeRows = 0;
    // Batches are aligned blocks of rows, so that neighbouring requests fall
    // into the same batch instead of overlapping ones.
    QList<int> blocks;
    const int lastBlock = (m_store.count() - 1) / m_batchSize;
    for (const quint32 uid : wanted) {
        const int row = m_store.rowOf(uid);
        if (row < 0)
            continue;
        const int block = row / m_batchSize;
        const int offset = row % m_batchSize;
        blocks.append(block);
        // Near a block's edge, the view is about to scroll into the next.
        if (offset >= m_batchSize - m_prefetchMargin && block < lastBlock)
            blocks.append(block + 1);
        if (offset < m_prefetchMargin && block > 0)
            blocks.append(block - 1);
    }
    for (const auto &[firstUid, lastUid] : std::as_const(ranges)) {
        // The rows between those UIDs now, whatever came or went since.
        const int firstRow = m_store.placeOf(firstUid);
        int lastRow =
            lastUid == std::numeric_limits<quint32>::max() ? m_store.count() - 1 : m_store.placeOf(lastUid + 1) - 1;
        if (firstRow > lastRow)
            continue;
        if (rangeRows >= maxRangeRows) {
            m_wantedRanges.append({firstUid, lastUid});
            continue;
        }
        if (lastRow - firstRow + 1 > maxRangeRows - rangeRows) {
            // Up to a block's end; the rest of the range comes next turn.
            const int cut = ((firstRow + maxRangeRows - rangeRows) / m_batchSize) * m_batchSize;
            if (cut > firstRow && cut <= lastRow) {
                m_wantedRanges.append({m_store.uidAt(cut), lastUid});
                lastRow = cut - 1;
            }
        }
        rangeRows += lastRow - firstRow + 1;
        for (int block = firstRow / m_batchSize; block <= lastRow / m_batchSize; ++block)
            blocks.append(block);
    }
    // With room left, the rest next turn; otherwise when a batch is decoded.
    if (!m_wantedRanges.isEmpty() && rangeRows > 0)
        m_wantTimer->start();
    std::sort(blocks.begin(), blocks.end());
    blocks.erase(std::unique(blocks.begin(), blocks.end()), blocks.end());
    // Neighbouring blocks go in one command, up to MaxBlocksPerCommand: a
    // view's batch and its prefetch cost one round trip, and a request for
    // every row (a sort in the client) takes a hundred commands, not two
    // thousand.
    for (qsizetype i = 0; i < blocks.size();) {
        qsizetype j = i + 1;
        while (j < blocks.size() && blocks.at(j) == blocks.at(j - 1) + 1 && j - i < MaxBlocksPerCommand)
            ++j;
        QList<quint32> uids;
        const int end = std::min(m_store.count(), (blocks.at(j - 1) + 1) * m_batchSize);
        for (int row = blocks.at(i) * m_batchSize; row < end; ++row) {
            const MessageSummary &message = m_store.at(row);
            if (!message.detailsLoaded && !m_requested.contains(message.uid))
                uids.append(message.uid);
        }
        i = j;
        if (uids.isEmpty())
            continue;
        for (const quint32 uid : std::as_const(uids))
            m_requested.insert(uid);
        ++m_pendingRequests;
        // Each response becomes its row on the engine's thread as it
        // arrives, while it is still in the cache, and is freed there: a
        // thousand parsed responses are never held, handed across threads
        // and freed on another. Decoding (RFC 2047, charsets, dates) is a
        // few microseconds per message; the GUI thread gets finished rows.
        auto decoded = std::make_shared<QList<MessageSummary>>();
        decoded->reserve(uids.size());
        runCommand(
            m_engine, Imap::Commands::fetch(SequenceSet::fromNumbers(uids), detailItems()), m_context,
            [this, uids, decoded](const CommandResult &result) { onDetails(uids, result, std::move(*decoded)); },
            [decoded, asked = QSet<quint32>(uids.cbegin(), uids.cend())](Imap::Response &response) {
                // Another client's flag change for one of these UIDs can
                // arrive among the answers (a FETCH of FLAGS alone): not
                // details, and it must not pass for empty ones.
                const FetchData *data = response.get<FetchData>();
                if (!data || !data->uid || !data->envelope || !asked.contains(*data->uid))
                    return false;
                MessageSummary details;
                details.uid = *data->uid;
                applyDetails(details, *data);
                decoded->append(std::move(details));
                return true;
            });
    }
}

void MessageListModel::resumeWanted()
{
    if (!m_wantedRanges.isEmpty() && !m_wantTimer->isActive())
        m_wantTimer->start();
}

void MessageListModel::onDetails(const QList<quint32> &uids, const CommandResult &result, QList<MessageSummary> decoded)
{
    --m_pendingRequests;
    resumeWanted();
    for (const quint32 uid : uids)
        m_requested.remove(uid);
    if (!result.ok())
        return; // a later data() call asks again
    QList<int> rows;
    rows.reserve(decoded.size());
    for (MessageSummary &details : decoded) {
        const int row = m_store.rowOf(details.uid);
        if (row < 0)
            continue; // expunged meanwhile
        m_store.takeDetails(row, std::move(details));
        rows.append(row);
    }
    emitRowsChanged(rows);
}

void MessageListModel::emitRowsChanged(QList<int> rows)
{
    if (rows.isEmpty())
        return;
    const QList<std::pair<int, int>> ranges = runs(std::move(rows));
    for (const auto &[first, last] : ranges)
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
    Q_EMIT rowsLoaded(ranges.constFirst().first, ranges.constLast().second);
}

// --- QAbstractItemModel --------------------------------------------------------------

int MessageListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_store.count();
}

int MessageListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MessageListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const MessageSummary &message = m_store.at(row);
    const Imap::Flags &flags = message.flags;
    switch (role) {
    case Qt::DisplayRole:
        if (needsDetails(index.column()) && !message.detailsLoaded)
            want(row);
        return displayData(message, index.column());
    case Qt::FontRole:
        if (!flags.has(Imap::Flags::Seen)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn || index.column() == UidColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case UidRole:
        return message.uid;
    case SeenRole:
        return flags.has(Imap::Flags::Seen);
    case FlaggedRole:
        return flags.has(Imap::Flags::Flagged);
    case AnsweredRole:
        return flags.has(Imap::Flags::Answered);
    case ForwardedRole:
        return isForwarded(flags);
    case DeletedRole:
        return flags.has(Imap::Flags::Deleted);
    case KeywordsRole:
        return keywords(flags);
    case LoadedRole:
        return message.detailsLoaded;
    case HasAttachmentRole:
    case SubjectRole:
    case FromRole:
    case FromAddressRole:
    case ToRole:
    case DateRole:
    case SizeRole:
        if (!message.detailsLoaded) {
            want(row);
            return {};
        }
        break;
    default:
        return {};
    }
    switch (role) {
    case HasAttachmentRole:
        return message.hasAttachment;
    case SubjectRole:
        return message.subject;
    case FromRole:
        return message.from();
    case FromAddressRole:
        return message.fromAddress;
    case ToRole:
        return message.to;
    case DateRole:
        return message.date;
    case SizeRole:
        return QVariant::fromValue(message.size);
    default:
        return {};
    }
}

QVariant MessageListModel::displayData(const MessageSummary &message, int column) const
{
    const Imap::Flags &flags = message.flags;
    // Indicator columns show a mark when set; a view may draw icons from the
    // roles instead.
    switch (column) {
    case SeenColumn:
        return flags.has(Imap::Flags::Seen) ? QString() : QStringLiteral("\u25CF");
    case FlaggedColumn:
        return flags.has(Imap::Flags::Flagged) ? QStringLiteral("\u2605") : QString();
    case AnsweredColumn:
        return flags.has(Imap::Flags::Answered) ? QStringLiteral("\u21A9") : QString();
    case ForwardedColumn:
        return isForwarded(flags) ? QStringLiteral("\u2192") : QString();
    case KeywordsColumn:
        return keywords(flags).join(QStringLiteral(", "));
    case UidColumn:
        return QString::number(message.uid);
    default:
        break;
    }
    if (!message.detailsLoaded)
        return column == SubjectColumn ? tr("Loading\u2026") : QString();
    switch (column) {
    case AttachmentColumn:
        return message.hasAttachment ? QStringLiteral("\u2709") : QString();
    case SubjectColumn:
        return message.subject.isEmpty() ? tr("(no subject)") : message.subject;
    case FromColumn:
        return message.from();
    case ToColumn:
        return message.to;
    case DateColumn:
        return message.date.isValid() ? QLocale().toString(message.date.toLocalTime(), QLocale::ShortFormat)
                                      : QString();
    case SizeColumn:
        return QLocale().formattedDataSize(qint64(message.size));
    default:
        return {};
    }
}

Qt::ItemFlags MessageListModel::flags(const QModelIndex &index) const
{
    // Views start a drag only from rows their model calls draggable.
    const Qt::ItemFlags base = QAbstractTableModel::flags(index);
    return index.isValid() ? base | Qt::ItemIsDragEnabled : base;
}

QVariant MessageListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    // Indicator columns are a glyph wide: their header is the same glyph as
    // their rows, and the word is the tooltip.
    if (role == Qt::DisplayRole) {
        switch (section) {
        case SeenColumn:
            return QStringLiteral("\u25CF");
        case FlaggedColumn:
            return QStringLiteral("\u2605");
        case AnsweredColumn:
            return QStringLiteral("\u21A9");
        case ForwardedColumn:
            return QStringLiteral("\u2192");
        case AttachmentColumn:
            return QStringLiteral("\u2709");
        default:
            break;
        }
    }
    switch (section) {
    case SeenColumn:
        return tr("Unread");
    case FlaggedColumn:
        return tr("Flagged");
    case AnsweredColumn:
        return tr("Answered");
    case ForwardedColumn:
        return tr("Forwarded");
    case AttachmentColumn:
        return tr("Attachment");
    case SubjectColumn:
        return tr("Subject");
    case FromColumn:
        return tr("From");
    case ToColumn:
        return tr("To");
    case DateColumn:
        return tr("Date");
    case SizeColumn:
        return tr("Size");
    case KeywordsColumn:
        return tr("Tags");
    case UidColumn:
        return tr("UID");
    default:
        return {};
    }
}

QHash<int, QByteArray> MessageListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(UidRole, "uid");
    names.insert(SeenRole, "seen");
    names.insert(FlaggedRole, "flagged");
    names.insert(AnsweredRole, "answered");
    names.insert(ForwardedRole, "forwarded");
    names.insert(DeletedRole, "deleted");
    names.insert(HasAttachmentRole, "hasAttachment");
    names.insert(SubjectRole, "subject");
    names.insert(FromRole, "from");
    names.insert(FromAddressRole, "fromAddress");
    names.insert(ToRole, "to");
    names.insert(DateRole, "date");
    names.insert(SizeRole, "size");
    names.insert(KeywordsRole, "keywords");
    names.insert(LoadedRole, "loaded");
    return names;
}

} // namespace Quail::Models
