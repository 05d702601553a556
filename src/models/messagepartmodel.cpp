#include "models/messagepartmodel.h"

#include "mime/charset.h"
#include "mime/flowedtext.h"
#include "mime/transferencoding.h"
#include "models/commandrunner.h"

#include <QLocale>

namespace Quail::Models {

namespace {

using Imap::CommandResult;

// The FETCH item for a range ("<0.1048576>") or the whole ("").
QByteArray fetchItem(bool binary, const QByteArray &section, const QByteArray &range = {})
{
    return (binary ? QByteArrayLiteral("BINARY.PEEK[") : QByteArrayLiteral("BODY.PEEK[")) + section + ']' + range;
}

bool needsDecoding(const Imap::BodyStructure &s)
{
    const QByteArrayView encoding(s.encoding);
    return encoding.compare("BASE64", Qt::CaseInsensitive) == 0
        || encoding.compare("QUOTED-PRINTABLE", Qt::CaseInsensitive) == 0;
}

} // namespace

MessagePartModel::MessagePartModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

MessagePartModel::~MessagePartModel() = default;

void MessagePartModel::clear()
{
    beginResetModel();
    delete m_context;
    m_context = new QObject(this);
    m_engine = nullptr;
    m_uid = 0;
    m_state = State::Empty;
    m_error.clear();
    m_parts.clear();
    m_structure = {};
    m_envelope.reset();
    m_content.clear();
    m_fetching.clear();
    endResetModel();
}

void MessagePartModel::setMessage(Imap::Engine *engine, const Imap::MailboxName &mailbox, quint32 uid,
                                  bool examineFirst)
{
    clear();
    m_engine = engine;
    m_mailbox = mailbox;
    m_uid = uid;
    m_binary = m_binaryAllowed && engine && engine->info().capabilities.has("BINARY");
    m_state = State::Loading;
    if (!examineFirst) {
        fetchStructure();
        return;
    }
    if (!engine) {
        fail(tr("the account is not connected"));
        return;
    }
    Imap::CommandReply *reply = engine->select(mailbox, true);
    reply->setParent(m_context);
    connect(reply, &Imap::CommandReply::finished, m_context, [this, reply] {
        const CommandResult result = reply->result();
        reply->deleteLater();
        if (!result.ok()) {
            fail(tr("The folder could not be opened: %1").arg(result.text));
            return;
        }
        fetchStructure();
    });
}

void MessagePartModel::fetchStructure()
{
    runCommand(m_engine, Imap::Commands::fetch(Imap::SequenceSet::single(m_uid), {"UID", "BODYSTRUCTURE", "ENVELOPE"}),
               m_context, [this](const CommandResult &result) { onStructure(result); });
}

void MessagePartModel::onStructure(const CommandResult &result)
{
    if (!result.ok()) {
        fail(tr("The message could not be read: %1").arg(result.text));
        return;
    }
    for (const Imap::FetchData &data : result.all<Imap::FetchData>()) {
        if (data.uid != m_uid || !data.bodyStructure)
            continue;
        beginResetModel();
        m_structure = *data.bodyStructure;
        m_envelope = data.envelope;
        m_parts = flattenParts(m_structure);
        m_state = State::Ready;
        endResetModel();
        Q_EMIT loaded();
        return;
    }
    fail(tr("The message is no longer in this folder."));
}

void MessagePartModel::fail(const QString &message)
{
    m_state = State::Failed;
    m_error = message;
    Q_EMIT failed(message);
}

QModelIndex MessagePartModel::indexOfPart(int index, int column) const
{
    if (index < 0 || index >= m_parts.size())
        return {};
    return createIndex(m_parts.at(index).row, column, quintptr(index));
}

int MessagePartModel::partOfSection(QByteArrayView section) const
{
    for (int i = 0; i < m_parts.size(); ++i) {
        if (m_parts.at(i).isLeaf() && m_parts.at(i).section == section)
            return i;
    }
    return -1;
}

int MessagePartModel::partOfContentId(QByteArrayView contentId) const
{
    if (contentId.isEmpty())
        return -1;
    for (int i = 0; i < m_parts.size(); ++i) {
        if (m_parts.at(i).isLeaf() && m_parts.at(i).contentId == contentId)
            return i;
    }
    return -1;
}

QList<int> MessagePartModel::attachments() const
{
    QList<int> found;
    for (int i = 0; i < m_parts.size(); ++i) {
        if (m_parts.at(i).attachment)
            found.append(i);
    }
    return found;
}

void MessagePartModel::fetchPart(const QByteArray &section)
{
    const int index = partOfSection(section);
    if (index < 0) {
        QMetaObject::invokeMethod(
            m_context, [this, section] { Q_EMIT partFailed(section, tr("The message has no such part.")); },
            Qt::QueuedConnection);
        return;
    }
    if (m_content.contains(section)) {
        QMetaObject::invokeMethod(
            m_context, [this, section] { Q_EMIT partFetched(section); }, Qt::QueuedConnection);
        return;
    }
    if (m_parts.at(index).structure->size > m_maxFetchSize) {
        QMetaObject::invokeMethod(
            m_context,
            [this, section] { Q_EMIT partFailed(section, tr("The part is too large to show; save it instead.")); },
            Qt::QueuedConnection);
        return;
    }
    if (m_fetching.contains(section))
        return;
    m_fetching.insert(section);
    fetchPartWith(section, m_binary && needsDecoding(*m_parts.at(index).structure));
}

void MessagePartModel::fetchPartWith(const QByteArray &section, bool binary)
{
    runCommand(m_engine, Imap::Commands::fetch(Imap::SequenceSet::single(m_uid), {"UID", fetchItem(binary, section)}),
               m_context, [this, section, binary](const CommandResult &result) { onPart(section, binary, result); });
}

void MessagePartModel::onPart(const QByteArray &section, bool binary, const CommandResult &result)
{
    if (binary && result.status != CommandResult::Status::Failed && !result.ok()) {
        // RFC 3516 §4.2: [UNKNOWN-CTE] when the server cannot decode the
        // part; decode it here instead.
        fetchPartWith(section, false);
        return;
    }
    m_fetching.remove(section);
    QString error;
    const std::optional<QByteArray> data = result.ok() ? sectionData(result, section, &error) : std::nullopt;
    if (!data) {
        Q_EMIT partFailed(section, result.ok() ? error : tr("The part could not be read: %1").arg(result.text));
        return;
    }
    const int index = partOfSection(section);
    m_content.insert(section,
                     binary ? *data : Mime::decodeTransferEncoding(*data, m_parts.at(index).structure->encoding));
    const QModelIndex changed = indexOfPart(index);
    Q_EMIT dataChanged(changed, changed.siblingAtColumn(ColumnCount - 1), {FetchedRole});
    Q_EMIT partFetched(section);
}

std::optional<QByteArray> MessagePartModel::sectionData(const CommandResult &result, const QByteArray &section,
                                                        QString *error) const
{
    for (const Imap::FetchData &fetch : result.all<Imap::FetchData>()) {
        if (fetch.uid != m_uid)
            continue;
        for (const Imap::BodySection &body : fetch.sections) {
            if (body.section.toByteArray() != section)
                continue;
            if (body.streamed) {
                *error = tr("The part is too large to hold in memory.");
                return std::nullopt;
            }
            return body.data.isNull() ? QByteArray("") : body.data;
        }
    }
    *error = tr("The server did not send the part.");
    return std::nullopt;
}

QString MessagePartModel::text(const QByteArray &section) const
{
    const int index = partOfSection(section);
    if (index < 0)
        return {};
    const Imap::BodyStructure &s = *m_parts.at(index).structure;
    QString decoded = Mime::decodeCharset(m_content.value(section), s.parameter("CHARSET"));
    if (QByteArrayView(s.subtype) == QByteArrayView("PLAIN")
        && QByteArrayView(s.parameter("FORMAT")).compare("flowed", Qt::CaseInsensitive) == 0)
        decoded =
            Mime::unflowText(decoded, QByteArrayView(s.parameter("DELSP")).compare("yes", Qt::CaseInsensitive) == 0);
    return decoded;
}

void MessagePartModel::fetchHeaders()
{
    fetchWhole(QByteArrayLiteral("HEADER"), &MessagePartModel::headersFetched);
}

void MessagePartModel::fetchRawSource()
{
    fetchWhole(QByteArray(), &MessagePartModel::rawSourceFetched);
}

void MessagePartModel::fetchWhole(const QByteArray &section, void (MessagePartModel::*signal)(const QByteArray &))
{
    runCommand(m_engine, Imap::Commands::fetch(Imap::SequenceSet::single(m_uid), {"UID", fetchItem(false, section)}),
               m_context, [this, section, signal](const CommandResult &result) {
                   QString error = result.text;
                   const std::optional<QByteArray> data =
                       result.ok() ? sectionData(result, section, &error) : std::nullopt;
                   if (!data) {
                       Q_EMIT failed(tr("The message could not be read: %1").arg(error));
                       return;
                   }
                   Q_EMIT(this->*signal)(*data);
               });
}

void MessagePartModel::fetchRange(const QByteArray &section, quint64 offset, quint64 length, bool binary,
                                  QObject *context, RangeCallback done)
{
    const QByteArray range = '<' + QByteArray::number(offset) + '.' + QByteArray::number(length) + '>';
    QPointer<MessagePartModel> self(this);
    runCommand(m_engine,
               Imap::Commands::fetch(Imap::SequenceSet::single(m_uid), {"UID", fetchItem(binary, section, range)}),
               context, [self, section, done = std::move(done)](const CommandResult &result) {
                   if (!self || !result.ok()) {
                       done(result, {});
                       return;
                   }
                   QString error;
                   const std::optional<QByteArray> data = self->sectionData(result, section, &error);
                   if (!data) {
                       CommandResult failed = result;
                       failed.status = CommandResult::Status::Failed;
                       failed.text = error;
                       done(failed, {});
                       return;
                   }
                   done(result, *data);
               });
}

const MessagePart *MessagePartModel::partAtIndex(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() >= quintptr(m_parts.size()))
        return nullptr;
    return &m_parts.at(int(index.internalId()));
}

QModelIndex MessagePartModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid()) {
        return (row == 0 && !m_parts.isEmpty()) ? createIndex(0, column, quintptr(0)) : QModelIndex();
    }
    const MessagePart *p = partAtIndex(parent);
    if (!p || parent.column() != 0 || row >= p->children.size())
        return {};
    return createIndex(row, column, quintptr(p->children.at(row)));
}

QModelIndex MessagePartModel::parent(const QModelIndex &child) const
{
    const MessagePart *p = partAtIndex(child);
    if (!p || p->parent < 0)
        return {};
    return indexOfPart(p->parent);
}

int MessagePartModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return m_parts.isEmpty() ? 0 : 1;
    const MessagePart *p = partAtIndex(parent);
    return (p && parent.column() == 0) ? int(p->children.size()) : 0;
}

int MessagePartModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant MessagePartModel::data(const QModelIndex &index, int role) const
{
    const MessagePart *p = partAtIndex(index);
    if (!p)
        return {};
    const Imap::BodyStructure &s = *p->structure;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            if (!p->fileName.isEmpty())
                return p->fileName;
            if (!s.description.isEmpty())
                return QString::fromUtf8(s.description);
            return QString::fromLatin1(p->mimeType);
        case TypeColumn:
            return QString::fromLatin1(p->mimeType);
        case SizeColumn:
            return p->isLeaf() ? QLocale().formattedDataSize(qint64(s.size)) : QString();
        }
        return {};
    case SectionRole:
        return p->section;
    case MimeTypeRole:
        return QString::fromLatin1(p->mimeType);
    case FileNameRole:
        return p->fileName;
    case SizeRole:
        return quint64(s.size);
    case DispositionRole:
        return QString::fromLatin1(s.dispositionType.toLower());
    case IsAttachmentRole:
        return p->attachment;
    case ContentIdRole:
        return QString::fromLatin1(p->contentId);
    case FetchedRole:
        return p->isLeaf() && m_content.contains(p->section);
    }
    return {};
}

QVariant MessagePartModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Type");
    case SizeColumn:
        return tr("Size");
    }
    return {};
}

} // namespace Quail::Models
