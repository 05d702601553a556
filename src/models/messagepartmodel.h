#pragma once

#include "imap/engine/engine.h"
#include "imap/protocol/bodystructure.h"
#include "imap/protocol/envelope.h"
#include "models/messagepart.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QPointer>
#include <QSet>

#include <functional>
#include <optional>

namespace Quail::Models {

// One message's MIME structure as a tree (BODYSTRUCTURE), and its parts'
// content fetched on demand, one part at a time: BINARY.PEEK[section] when
// the server has BINARY (RFC 3516; it then decodes base64 and
// quoted-printable itself), BODY.PEEK[section] otherwise. Never BODY[] of
// the whole message for display, so opening a message with a 20 MB
// attachment costs its text part only; PEEK keeps the message unseen
// (marking it \Seen is a list action, by setting).
//
// The mailbox must be the one selected on the engine (the message list
// selected it), unless setMessage() is asked to EXAMINE it first: the way
// to use a second session of its own, so that a large download never waits
// behind, or holds up, the message list.
class MessagePartModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, TypeColumn, SizeColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        SectionRole = Qt::UserRole + 1, // QByteArray: "2.1"; empty for a top multipart
        MimeTypeRole, // QString: "image/png"
        FileNameRole, // QString, decoded; empty when none
        SizeRole, // quint64: encoded octets, as BODYSTRUCTURE says
        DispositionRole, // QString: "attachment", "inline" or empty
        IsAttachmentRole, // bool
        ContentIdRole, // QString, without angle brackets
        FetchedRole, // bool: the content is held
    };
    Q_ENUM(Role)

    enum class State { Empty, Loading, Ready, Failed };
    Q_ENUM(State)

    explicit MessagePartModel(QObject *parent = nullptr);
    ~MessagePartModel() override;

    // Fetches the message's BODYSTRUCTURE and ENVELOPE (a reset). With
    // `examineFirst`, EXAMINEs the mailbox first (read-only, so nothing on
    // this session can change flags).
    void setMessage(Imap::Engine *engine, const Imap::MailboxName &mailbox, quint32 uid, bool examineFirst = false);
    void clear();

    State state() const { return m_state; }
    QString errorString() const { return m_error; }
    quint32 uid() const { return m_uid; }
    Imap::Engine *engine() const { return m_engine; }
    const Imap::BodyStructure &structure() const { return m_structure; }
    // The message's envelope (From, Subject…), when loaded.
    const Imap::SharedOptional<Imap::Envelope> &envelope() const { return m_envelope; }
    // Whether parts are fetched with BINARY: when the server offers it and
    // it is not turned off (a quirk, or to test the client-side decoders).
    bool usesBinary() const { return m_binary; }
    void setBinaryAllowed(bool allowed) { m_binaryAllowed = allowed; }

    int partCount() const { return int(m_parts.size()); }
    const MessagePart &part(int index) const { return m_parts.at(index); }
    QModelIndex indexOfPart(int index, int column = 0) const;
    int partOfSection(QByteArrayView section) const;
    // The part with that Content-ID in this message, or -1.
    int partOfContentId(QByteArrayView contentId) const;
    // The parts a reader saves: listed with name, type and size.
    QList<int> attachments() const;

    // Parts larger than this (encoded, per BODYSTRUCTURE) are never fetched
    // whole to be shown; they can only be saved, chunk by chunk.
    quint64 maxFetchSize() const { return m_maxFetchSize; }
    void setMaxFetchSize(quint64 bytes) { m_maxFetchSize = bytes; }

    // Fetches a leaf part's content (transfer encoding decoded); partFetched()
    // or partFailed() follows once, even when it is already held.
    void fetchPart(const QByteArray &section);
    bool isFetched(const QByteArray &section) const { return m_content.contains(section); }
    QByteArray content(const QByteArray &section) const { return m_content.value(section); }
    // A text part's content as text: its charset (bytes it cannot decode
    // become U+FFFD) and format=flowed (RFC 3676) applied.
    QString text(const QByteArray &section) const;

    // The whole header (BODY.PEEK[HEADER]) and the raw message
    // (BODY.PEEK[]), only when asked: headersFetched() / rawSourceFetched()
    // or failed() with the reason.
    void fetchHeaders();
    void fetchRawSource();

    // One range of a part's content for streaming to disk: decoded bytes
    // from BINARY.PEEK[section]<offset.length> when `binary`, encoded bytes
    // from BODY.PEEK[…] otherwise. `done` gets the result and the data; an
    // empty chunk means the end. Dropped when `context` is destroyed.
    using RangeCallback = std::function<void(const Imap::CommandResult &result, const QByteArray &data)>;
    void fetchRange(const QByteArray &section, quint64 offset, quint64 length, bool binary, QObject *context,
                    RangeCallback done);

    // QAbstractItemModel
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loaded();
    void failed(const QString &message);
    void partFetched(const QByteArray &section);
    void partFailed(const QByteArray &section, const QString &message);
    void headersFetched(const QByteArray &header);
    void rawSourceFetched(const QByteArray &message);

private:
    void fetchStructure();
    void onStructure(const Imap::CommandResult &result);
    void fail(const QString &message);
    void fetchPartWith(const QByteArray &section, bool binary);
    void onPart(const QByteArray &section, bool binary, const Imap::CommandResult &result);
    void fetchWhole(const QByteArray &section, void (MessagePartModel::*signal)(const QByteArray &));
    // The content of BODY/BINARY[section] for this message in a reply.
    std::optional<QByteArray> sectionData(const Imap::CommandResult &result, const QByteArray &section,
                                          QString *error) const;
    const MessagePart *partAtIndex(const QModelIndex &index) const;

    QPointer<Imap::Engine> m_engine;
    Imap::MailboxName m_mailbox;
    quint32 m_uid = 0;
    bool m_binary = false;
    bool m_binaryAllowed = true;
    State m_state = State::Empty;
    QString m_error;
    QObject *m_context = nullptr; // replies of the current message only
    Imap::BodyStructure m_structure;
    Imap::SharedOptional<Imap::Envelope> m_envelope;
    QList<MessagePart> m_parts;
    QHash<QByteArray, QByteArray> m_content;
    QSet<QByteArray> m_fetching;
    quint64 m_maxFetchSize = 16 * 1024 * 1024;
};

} // namespace Quail::Models
