#include "models/messagesummary.h"

#include "mime/encodedwords.h"

#include <QVarLengthArray>

namespace Quail::Models {

namespace {

QString addressText(const Imap::Address &address)
{
    // Built on the stack: addrSpec() would allocate a byte array per row.
    QVarLengthArray<char, 256> spec;
    spec.append(address.mailbox.data(), address.mailbox.size());
    if (!address.host.isEmpty()) {
        spec.append('@');
        spec.append(address.host.data(), address.host.size());
    }
    return QString::fromUtf8(spec.constData(), spec.size());
}

// "Name", or the address when the name is empty; groups are flattened.
QString recipients(const Imap::Envelope::AddressList &list)
{
    QString names;
    for (const Imap::Address address : list) {
        if (address.isGroupStart() || address.isGroupEnd())
            continue;
        if (!names.isEmpty())
            names += QLatin1String(", ");
        const QString name = Mime::decodeHeader(address.name);
        names += name.isEmpty() ? addressText(address) : name;
    }
    return names;
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
        summary.subject = Mime::decodeHeader(envelope.subject());
        summary.fromName.clear();
        summary.fromAddress.clear();
        for (const Imap::Address address : envelope.from()) {
            if (address.isGroupStart() || address.isGroupEnd())
                continue;
            summary.fromName = Mime::decodeHeader(address.name);
            summary.fromAddress = addressText(address);
            break;
        }
        summary.to = recipients(envelope.to());
        summary.messageId = envelope.messageId().toByteArray();
        if (!data.internalDate) {
            summary.date = QDateTime::fromString(QString::fromLatin1(envelope.date()).simplified(), Qt::RFC2822Date);
        }
    }
    if (data.internalDate)
        summary.date = data.internalDate->toDateTime();
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
