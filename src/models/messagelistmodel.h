#pragma once

#include "imap/engine/engine.h"
#include "models/mailboxcatchup.h"
#include "models/messagestore.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QSet>

class QTimer;

namespace Quail::Models {

// The messages of one folder as a flat table (threads come later), filled
// lazily: selecting a folder fetches only UIDs and flags, so rowCount() is
// right as soon as that one reply arrives, even for a hundred thousand
// messages. A row's details (envelope, date, size, structure) are fetched
// when a view first asks for them: requests made during one pass of the
// event loop are gathered (a zero timer) into batches of batchSize() rows
// around the rows asked for, plus the next batch when a row is within
// prefetchMargin() of a batch's edge, one UID FETCH per batch, and never two
// outstanding requests for the same UID. Until then a row shows placeholder
// text.
//
// Live: the engine's mailbox events insert new messages at the end, remove
// expunged ones and update flags, only ever through row inserts, removals
// and dataChanged(), so views keep their selection. The model resets only
// when a new folder is set or its UIDVALIDITY changes. After the engine
// reconnects, the model selects the folder again itself and catches up from
// what it holds (MailboxCatchUp: QRESYNC, CONDSTORE or a UID SEARCH), in
// place.
//
// Actions on messages live in MessageActions; the model offers it the
// optimistic side: flag changes that can be taken back, and rows hidden
// while a move runs, put back if it fails.
class MessageListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        SeenColumn,
        FlaggedColumn,
        AnsweredColumn,
        ForwardedColumn,
        AttachmentColumn,
        SubjectColumn,
        FromColumn,
        ToColumn,
        DateColumn,
        SizeColumn,
        KeywordsColumn,
        UidColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    // The same for every column of a row.
    enum Role {
        UidRole = Qt::UserRole + 1, // quint32
        SeenRole, // bool
        FlaggedRole, // bool
        AnsweredRole, // bool
        ForwardedRole, // bool: $Forwarded
        DeletedRole, // bool
        HasAttachmentRole, // bool; invalid until loaded
        SubjectRole, // QString, decoded; invalid until loaded
        FromRole, // QString: the display name, or the address
        FromAddressRole, // QString
        ToRole, // QString: the recipients, comma-separated
        DateRole, // QDateTime: INTERNALDATE, or the envelope's date
        SizeRole, // quint64: RFC822.SIZE
        KeywordsRole, // QStringList: keywords as sent ("$Forwarded", "$Junk"…)
        LoadedRole, // bool: the details have arrived
    };
    Q_ENUM(Role)

    enum class State {
        Empty, // no folder set
        Loading, // selecting, or waiting for the UID list
        Ready, // rows are known; details load on demand
        Reconnecting, // the connection dropped: rows stay until the catch-up settles them
        Failed, // see errorString()
    };
    Q_ENUM(State)

    explicit MessageListModel(QObject *parent = nullptr);
    ~MessageListModel() override;

    // Selects `mailbox` on `engine` and lists its messages (a reset). The
    // model does not own the engine and stops using one that is destroyed.
    void setMailbox(Imap::Engine *engine, const Imap::MailboxName &mailbox, bool readOnly = false);
    Imap::MailboxName mailbox() const { return m_mailbox; }
    // The session the folder is selected on (for SORT, SEARCH and actions).
    Imap::Engine *engine() const { return m_engine; }
    bool isReadOnly() const { return m_readOnly; }
    State state() const { return m_state; }
    // The folder's UIDVALIDITY from the last SELECT (nullopt until then):
    // what a drag of its messages is guarded with.
    std::optional<quint32> uidValidity() const { return m_store.uidValidity(); }
    QString errorString() const { return m_error; }

    int batchSize() const { return m_batchSize; }
    void setBatchSize(int rows);
    int prefetchMargin() const { return m_prefetchMargin; }
    void setPrefetchMargin(int rows);

    // The row of a UID, or -1; and the message at a row.
    int rowOfUid(quint32 uid) const { return m_store.rowOf(uid); }
    const MessageSummary &message(int row) const { return m_store.at(row); }
    bool isRowLoaded(int row) const;
    // Asks for the details of rows first..last now (as a view scrolling
    // there would), batched like data() requests.
    void fetchRows(int first, int last);
    // Detail requests sent and not yet answered.
    int pendingRequests() const { return m_pendingRequests; }

    // For MessageActions: optimistic changes and taking them back.
    // Adds (or removes) `flags` on the rows holding `uids`, hidden ones too;
    // returns the flags each message had before.
    QHash<quint32, Imap::Flags> changeFlags(const QList<quint32> &uids, bool add, const QList<QByteArray> &flags);
    // Gives each of `flags` back the presence it had in `before`, on the
    // messages still held; other flags keep any change made meanwhile.
    void revertFlags(const QHash<quint32, Imap::Flags> &before, const QList<QByteArray> &flags);
    // Takes rows out of view while a move or expunge of them runs; the
    // messages are kept aside (following flag changes) until restoreHidden()
    // puts them back in UID order or forgetHidden() drops them.
    void hideUids(const QList<quint32> &uids);
    void restoreHidden(const QList<quint32> &uids);
    void forgetHidden(const QList<quint32> &uids);
    // The UIDs of the rows shown whose flags include `flag`.
    QList<quint32> uidsWithFlag(Imap::Flags::Flag flag) const;
    // A message shown or hidden, or nullptr.
    const MessageSummary *messageByUid(quint32 uid) const;

    // QAbstractItemModel
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // Every message can be dragged (to a folder, to move or copy it).
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    // The folder is selected and holds `messages`; its UID list is being
    // fetched, and loaded() follows (so a window can say how many rows are
    // coming while a large folder lists). Not emitted for an empty folder.
    void listingStarted(int messages);
    // The UID list arrived: rowCount() is the folder's message count.
    void loaded();
    void failed(const QString &message);
    // A batch of details arrived (after its dataChanged()).
    void rowsLoaded(int first, int last);
    // After a reconnect: the rows match the server again (new messages may
    // still be on their way, as with any EXISTS).
    void caughtUp();

private:
    void start();
    void onSelected(const Imap::CommandResult &result);
    void onReconnecting();
    void onEngineReady();
    void onCaughtUp(const CatchUpResult &result);
    // `messages`: the rows the listing's responses made on the engine's thread.
    void onListed(const Imap::CommandResult &result, QList<MessageSummary> messages);
    void onListingBuilt(MessageStore listed);
    void fail(const QString &message);
    void onMailboxEvent(const Imap::MailboxEvent &event);
    void fetchNewMessages();
    void onNewMessages(const Imap::CommandResult &result);
    void removeUids(QList<quint32> uids);
    // The highest UID held, shown or hidden.
    quint32 lastKnownUid() const;
    void updateFlags(quint32 uid, const Imap::Flags &flags);

    // Lazy details.
    void want(int row) const;
    void sendWanted();
    void resumeWanted();
    // `decoded`: the rows the command's responses made on the engine's thread.
    void onDetails(const QList<quint32> &uids, const Imap::CommandResult &result, QList<MessageSummary> decoded);
    void emitRowsChanged(QList<int> rows);

    QVariant displayData(const MessageSummary &message, int column) const;

    MessageStore m_store;
    QPointer<Imap::Engine> m_engine;
    Imap::MailboxName m_mailbox;
    bool m_readOnly = false;
    State m_state = State::Empty;
    QString m_error;
    // Owns the callbacks of the current folder: replaced on setMailbox(), so
    // that a reply for the previous folder can never touch the new one.
    QObject *m_context = nullptr;

    int m_batchSize = 50;
    int m_prefetchMargin = 10;
    // UIDs whose details views asked for since the last sendWanted(); data()
    // is const but asking is the point of lazy loading.
    mutable QSet<quint32> m_wanted;
    // fetchRows() requests, as first and last UID.
    QList<std::pair<quint32, quint32>> m_wantedRanges;
    QTimer *m_wantTimer = nullptr;
    // UIDs in an outstanding detail request.
    QSet<quint32> m_requested;
    int m_pendingRequests = 0;

    // New messages: one UID FETCH at a time; EXISTS meanwhile asks again.
    // The listing is being built on a pool thread; mailbox events wait.
    bool m_building = false;
    QList<Imap::MailboxEvent> m_deferredEvents;
    bool m_fetchingNew = false;
    bool m_newAgain = false;
    // UIDs expunged before the model held them (a FETCH for new messages in
    // flight): dropped when they arrive.
    QSet<quint32> m_gone;
    // The engine reconnected since the folder was set or caught up.
    bool m_dropped = false;
    // Rows hidden by hideUids(), by UID.
    QHash<quint32, MessageSummary> m_hidden;
};

} // namespace Quail::Models
