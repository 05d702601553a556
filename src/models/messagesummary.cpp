#include "models/messagesummary.h"

#include "mime/encodedwords.h"
#include "models/textcache.h"

#include <QVarLengthArray>

namespace Quail::Models {

namespace {

TextCache &textCache()
{
    // Rows are made on the engine's thread for a folder's batches and on the
    // GUI thread for new mail: each thread keeps its own.
    thread_local TextCache cache;
    return cache;
}

QString displayName(QByteArrayView raw)
{
    return textCache().text(TextCache::Kind::Name, raw, [raw] { return Mime::decodeHeader(raw); });
}

QString addressText(const Imap::Address &address)
{
    // mailbox@host built on the stack: addrSpec() would allocate per row.
    QVarLengthArray<char, 256> spec;
    spec.append(address.mailbox.data(), address.mailbox.size());
    if (!address.host.isEmpty()) {
        spec.append('@');
        spec.append(address.host.data(), address.host.size());
    }
    const QByteArrayView bytes(spec.constData(), spec.size());
    return textCache().text(TextCache::Kind::Address, bytes, [bytes] { return QString::fromUtf8(bytes); });
}

bool isGroupMarker(const Imap::Address &address)
{
    return address.isGroupStart() || address.isGroupEnd();
}

// "Name", or the address when the name is empty; groups are flattened.
QString recipients(const Imap::Envelope::AddressList &list)
{
    // The key is what the text is made of: each shown address's name, mailbox
    // and host, each after its length, so that no two lists share a key.
    QVarLengthArray<char, 512> key;
    const auto appendField = [&key](QByteArrayView field) {
        const qint32 size = qint32(field.size());
        key.append(reinterpret_cast<const char *>(&size), sizeof size);
        key.append(field.data(), field.size());
    };
    for (const Imap::Address address : list) {
        if (isGroupMarker(address))
            continue;
        appendField(address.name);
        appendField(address.mailbox);
        appendField(address.host);
    }
    return textCache().text(TextCache::Kind::Recipients, QByteArrayView(key.constData(), key.size()), [&list] {
        QString names;
        for (const Imap::Address address : list) {
            if (isGroupMarker(address))
                continue;
            if (!names.isEmpty())
                names += QLatin1String(", ");
            const QString name = displayName(address.name);
            names += name.isEmpty() ? addressText(address) : name;
        }
        return names;
    });
}

} // namespace

bool hasAttachment(const Imap::BodyStructure &structure)
{
    if (structure.isMultipart()) {
        for (const Imap::BodyStructure &part : structure.parts) {
            if (hasAttachment(part))
                return true;
        }
        return false;
    }
    if (QByteArrayView(structure.dispositionType) == QByteArrayView("ATTACHMENT"))
        return true;
    const bool named = !structure.dispositionParameter("FILENAME").isNull() || !structure.parameter("NAME").isNull();
    // An inline image with a Content-ID belongs to the HTML that shows it.
    return named && structure.id.isNull();
}

void applyDetails(MessageSummary &summary, const Imap::FetchData &data)
{
    if (data.envelope) {
        const Imap::Envelope &envelope = *data.envelope;
        const QByteArrayView subject = envelope.subject();
        summary.subject =
            textCache().text(TextCache::Kind::Subject, subject, [subject] { return Mime::decodeHeader(subject); });
        summary.fromName.clear();
        summary.fromAddress.clear();
        for (const Imap::Address address : envelope.from()) {
            if (isGroupMarker(address))
                continue;
            summary.fromName = displayName(address.name);
            summary.fromAddress = addressText(address);
            break;
        }
        summary.to = recipients(envelope.to());
        summary.messageId = envelope.messageId().toByteArray();
        if (!data.internalDate) {
            summary.date =
                QDateTime::fromString(QString::fromLatin1(envelope.date()).simplified(), Qt::RFC2822Date).toUTC();
        }
    }
    // Kept in UTC, which a QDateTime holds without an allocation of its own
    // (one with an offset allocates); views show it in local time anyway.
    if (data.internalDate)
        summary.date = QDateTime::fromSecsSinceEpoch(data.internalDate->secondsSinceEpoch(), Qt::UTC);
    if (data.rfc822Size)
        summary.size = *data.rfc822Size;
    if (data.bodyStructure)
        summary.hasAttachment = hasAttachment(*data.bodyStructure);
    summary.detailsLoaded = true;
}

void takeDetails(MessageSummary &summary, MessageSummary &&details)
{
    summary.detailsLoaded = details.detailsLoaded;
    summary.subject = std::move(details.subject);
    summary.fromName = std::move(details.fromName);
    summary.fromAddress = std::move(details.fromAddress);
    summary.to = std::move(details.to);
    summary.date = std::move(details.date);
    summary.size = details.size;
    summary.hasAttachment = details.hasAttachment;
    summary.messageId = std::move(details.messageId);
}

} // namespace Quail::Models
