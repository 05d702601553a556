#include "cli/responsejson.h"

#include "mime/encodedwords.h"
#include "mime/parameters.h"

#include <QJsonArray>

namespace Quail::Cli {

using namespace Imap;

namespace {

QJsonValue nullable(QByteArrayView bytes)
{
    if (bytes.isNull())
        return QJsonValue::Null;
    return bytesToJson(bytes.toByteArray());
}

QJsonValue mailboxToJson(const MailboxName &mailbox)
{
    if (const auto decoded = mailbox.toString())
        return *decoded;
    // Not valid modified UTF-7: shown escaped, and the wire bytes kept for
    // a round trip (docs/ARCHITECTURE.md, "Mailbox names").
    return QJsonObject{{QStringLiteral("display"), mailbox.toDisplayString()},
                       {QStringLiteral("base64"), QString::fromLatin1(mailbox.wire().toBase64())}};
}

QJsonArray atomsToJson(const QList<QByteArray> &atoms)
{
    QJsonArray array;
    for (const QByteArray &atom : atoms)
        array.append(QString::fromUtf8(atom));
    return array;
}

QJsonArray flagsToJson(const Flags &flags)
{
    return atomsToJson(flags.toList());
}

QJsonArray numbersToJson(const QList<quint32> &numbers)
{
    QJsonArray array;
    for (const quint32 number : numbers)
        array.append(qint64(number));
    return array;
}

QJsonObject pairsToJson(const QList<std::pair<QByteArray, QByteArray>> &pairs)
{
    QJsonObject object;
    for (const auto &[name, value] : pairs)
        object.insert(QString::fromUtf8(name), nullable(value));
    return object;
}

QJsonValue optionalNumber(const auto &value)
{
    return value ? QJsonValue(qint64(*value)) : QJsonValue(QJsonValue::Null);
}

QJsonArray addressesToJson(const Envelope::AddressList &list)
{
    QJsonArray array;
    for (const Address address : list) {
        QJsonObject object;
        object.insert(QStringLiteral("name"),
                      address.name.isNull() ? QJsonValue(QJsonValue::Null) : Mime::decodeHeader(address.name));
        object.insert(QStringLiteral("mailbox"), nullable(address.mailbox));
        object.insert(QStringLiteral("host"), nullable(address.host));
        if (!address.isGroupStart() && !address.isGroupEnd())
            object.insert(QStringLiteral("address"), QString::fromUtf8(address.addrSpec()));
        array.append(object);
    }
    return array;
}

QJsonObject envelopeToJson(const Envelope &envelope)
{
    QJsonObject object;
    object.insert(QStringLiteral("date"), nullable(envelope.date()));
    object.insert(QStringLiteral("subject"),
                  envelope.subject().isNull() ? QJsonValue(QJsonValue::Null) : Mime::decodeHeader(envelope.subject()));
    object.insert(QStringLiteral("from"), addressesToJson(envelope.from()));
    object.insert(QStringLiteral("sender"), addressesToJson(envelope.sender()));
    object.insert(QStringLiteral("reply-to"), addressesToJson(envelope.replyTo()));
    object.insert(QStringLiteral("to"), addressesToJson(envelope.to()));
    object.insert(QStringLiteral("cc"), addressesToJson(envelope.cc()));
    object.insert(QStringLiteral("bcc"), addressesToJson(envelope.bcc()));
    object.insert(QStringLiteral("in-reply-to"), nullable(envelope.inReplyTo()));
    object.insert(QStringLiteral("message-id"), nullable(envelope.messageId()));
    return object;
}

// Parser limits bound the depth of a body structure, so recursion is safe.
QJsonObject bodyToJson(const BodyStructure &body)
{
    QJsonObject object;
    object.insert(QStringLiteral("type"), QString::fromLatin1(body.type).toLower());
    object.insert(QStringLiteral("subtype"), QString::fromLatin1(body.subtype).toLower());
    object.insert(QStringLiteral("parameters"), pairsToJson(body.parameters));
    if (body.isMultipart()) {
        QJsonArray parts;
        for (const BodyStructure &part : body.parts)
            parts.append(bodyToJson(part));
        object.insert(QStringLiteral("parts"), parts);
    } else {
        object.insert(QStringLiteral("id"), nullable(body.id));
        object.insert(QStringLiteral("description"), nullable(body.description));
        object.insert(QStringLiteral("encoding"), nullable(body.encoding));
        object.insert(QStringLiteral("size"), qint64(body.size));
        if (body.type == "TEXT" || body.isMessage())
            object.insert(QStringLiteral("lines"), qint64(body.lines));
        if (body.isMessage()) {
            if (body.envelope)
                object.insert(QStringLiteral("envelope"), envelopeToJson(*body.envelope));
            if (!body.parts.isEmpty())
                object.insert(QStringLiteral("body"), bodyToJson(body.parts.first()));
        }
    }
    if (body.hasExtensionData) {
        if (!body.dispositionType.isNull()) {
            object.insert(QStringLiteral("disposition"),
                          QJsonObject{{QStringLiteral("type"), QString::fromLatin1(body.dispositionType).toLower()},
                                      {QStringLiteral("parameters"), pairsToJson(body.dispositionParameters)}});
        }
        if (!body.md5.isNull())
            object.insert(QStringLiteral("md5"), nullable(body.md5));
        if (!body.languages.isEmpty())
            object.insert(QStringLiteral("language"), atomsToJson(body.languages));
        if (!body.location.isNull())
            object.insert(QStringLiteral("location"), nullable(body.location));
    }
    // The file name as people read it: Content-Disposition's filename, else
    // Content-Type's name, each with RFC 2231 and RFC 2047 decoded.
    QString filename = Mime::parameterValue(body.dispositionParameters, "FILENAME");
    if (filename.isNull())
        filename = Mime::parameterValue(body.parameters, "NAME");
    if (!filename.isNull())
        object.insert(QStringLiteral("filename"), filename);
    return object;
}

QString sectionName(const BodySection &section)
{
    QString name;
    switch (section.kind) {
    case BodySection::Kind::Body:
        name = QStringLiteral("BODY[") + QString::fromLatin1(section.section.toByteArray()) + u']';
        break;
    case BodySection::Kind::Binary:
        name = QStringLiteral("BINARY[") + QString::fromLatin1(section.section.toByteArray()) + u']';
        break;
    case BodySection::Kind::Rfc822:
        return QStringLiteral("RFC822");
    case BodySection::Kind::Rfc822Header:
        return QStringLiteral("RFC822.HEADER");
    case BodySection::Kind::Rfc822Text:
        return QStringLiteral("RFC822.TEXT");
    }
    if (section.origin)
        name += u'<' + QString::number(*section.origin) + u'>';
    return name;
}

QJsonObject fetchToJson(const FetchData &fetch)
{
    QJsonObject items;
    if (fetch.uid)
        items.insert(QStringLiteral("UID"), qint64(*fetch.uid));
    if (fetch.flags)
        items.insert(QStringLiteral("FLAGS"), flagsToJson(*fetch.flags));
    if (fetch.internalDate)
        items.insert(QStringLiteral("INTERNALDATE"), QString::fromLatin1(fetch.internalDate->toByteArray()));
    if (fetch.rfc822Size)
        items.insert(QStringLiteral("RFC822.SIZE"), qint64(*fetch.rfc822Size));
    if (fetch.envelope)
        items.insert(QStringLiteral("ENVELOPE"), envelopeToJson(*fetch.envelope));
    if (fetch.bodyStructure)
        items.insert(fetch.bodyStructure->hasExtensionData ? QStringLiteral("BODYSTRUCTURE") : QStringLiteral("BODY"),
                     bodyToJson(*fetch.bodyStructure));
    if (fetch.modSeq)
        items.insert(QStringLiteral("MODSEQ"), qint64(*fetch.modSeq));
    if (!fetch.emailId.isNull())
        items.insert(QStringLiteral("EMAILID"), QString::fromLatin1(fetch.emailId));
    if (!fetch.threadId.isNull())
        items.insert(QStringLiteral("THREADID"), QString::fromLatin1(fetch.threadId));
    if (fetch.preview)
        items.insert(QStringLiteral("PREVIEW"), nullable(*fetch.preview));
    if (fetch.gmailMessageId)
        items.insert(QStringLiteral("X-GM-MSGID"), QString::number(*fetch.gmailMessageId));
    if (fetch.gmailThreadId)
        items.insert(QStringLiteral("X-GM-THRID"), QString::number(*fetch.gmailThreadId));
    if (fetch.gmailLabels) {
        QJsonArray labels;
        for (const QByteArray &label : *fetch.gmailLabels)
            labels.append(mailboxToJson(MailboxName::fromWire(label)));
        items.insert(QStringLiteral("X-GM-LABELS"), labels);
    }
    for (const BodySection &section : fetch.sections) {
        if (section.streamed) {
            items.insert(sectionName(section),
                         QJsonObject{{QStringLiteral("streamed"), true},
                                     {QStringLiteral("size"), qint64(section.streamedSize)}});
        } else {
            items.insert(sectionName(section), nullable(section.data));
        }
    }
    for (const auto &[section, size] : fetch.binarySizes)
        items.insert(QStringLiteral("BINARY.SIZE[") + QString::fromLatin1(section.toByteArray()) + u']', qint64(size));
    for (const UnknownFetchItem &item : fetch.unknownItems)
        items.insert(QString::fromLatin1(item.name), bytesToJson(item.value));
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("FETCH")},
                       {QStringLiteral("seq"), qint64(fetch.sequenceNumber)},
                       {QStringLiteral("items"), items}};
}

QJsonArray namespacesToJson(const QList<NamespaceDescriptor> &descriptors)
{
    QJsonArray array;
    for (const NamespaceDescriptor &descriptor : descriptors) {
        QJsonObject object{{QStringLiteral("prefix"), mailboxToJson(descriptor.prefix)},
                           {QStringLiteral("delimiter"),
                            descriptor.delimiter ? QJsonValue(QString(QLatin1Char(*descriptor.delimiter)))
                                                 : QJsonValue(QJsonValue::Null)}};
        if (!descriptor.extensions.isEmpty())
            object.insert(QStringLiteral("extensions"), pairsToJson(descriptor.extensions));
        array.append(object);
    }
    return array;
}

QString statusName(StatusResponse::Status status)
{
    switch (status) {
    case StatusResponse::Status::Ok:
        return QStringLiteral("OK");
    case StatusResponse::Status::No:
        return QStringLiteral("NO");
    case StatusResponse::Status::Bad:
        return QStringLiteral("BAD");
    case StatusResponse::Status::PreAuth:
        return QStringLiteral("PREAUTH");
    case StatusResponse::Status::Bye:
        return QStringLiteral("BYE");
    }
    return {};
}

struct Visitor {
    QJsonObject operator()(const StatusResponse &status) const
    {
        const QString code = responseCodeText(status.code);
        return QJsonObject{{QStringLiteral("type"), statusName(status.status)},
                           {QStringLiteral("code"), code.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(code)},
                           {QStringLiteral("text"), status.text}};
    }
    QJsonObject operator()(const ContinuationRequest &request) const
    {
        return QJsonObject{{QStringLiteral("type"), QStringLiteral("+")},
                           {QStringLiteral("text"), bytesToJson(request.text)}};
    }
    QJsonObject operator()(const CapabilityData &data) const
    {
        return QJsonObject{{QStringLiteral("type"), QStringLiteral("CAPABILITY")},
                           {QStringLiteral("capabilities"), atomsToJson(data.capabilities)}};
    }
    QJsonObject operator()(const EnabledData &data) const
    {
        return QJsonObject{{QStringLiteral("type"), QStringLiteral("ENABLED")},
                           {QStringLiteral("capabilities"), atomsToJson(data.capabilities)}};
    }
    QJsonObject operator()(const ListData &data) const
    {
        static const char *names[] = {"LIST", "LSUB", "XLIST"};
        QJsonObject object{
            {QStringLiteral("type"), QString::fromLatin1(names[int(data.command)])},
            {QStringLiteral("attributes"), atomsToJson(data.attributes)},
            {QStringLiteral("delimiter"),
             data.delimiter ? QJsonValue(QString(QLatin1Char(*data.delimiter))) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("mailbox"), mailboxToJson(data.mailbox)}};
        if (!data.childInfo.isEmpty())
            object.insert(QStringLiteral("childinfo"), atomsToJson(data.childInfo));
        if (data.oldName)
            object.insert(QStringLiteral("oldname"), mailboxToJson(*data.oldName));
        if (!data.extendedItems.isEmpty())
            object.insert(QStringLiteral("extended"), pairsToJson(data.extendedItems));
        return object;
    }
    QJsonObject operator()(const StatusData &data) const
    {
        QJsonObject items;
        const auto put = [&](const char *name, const auto &value) {
            if (value)
                items.insert(QString::fromLatin1(name), qint64(*value));
        };
        put("MESSAGES", data.messages);
        put("RECENT", data.recent);
        put("UIDNEXT", data.uidNext);
        put("UIDVALIDITY", data.uidValidity);
        put("UNSEEN", data.unseen);
        put("DELETED", data.deleted);
        put("SIZE", data.size);
        put("HIGHESTMODSEQ", data.highestModSeq);
        put("APPENDLIMIT", data.appendLimit);
        if (!data.mailboxId.isEmpty())
            items.insert(QStringLiteral("MAILBOXID"), QString::fromLatin1(data.mailboxId));
        return QJsonObject{{QStringLiteral("type"), QStringLiteral("STATUS")},
                           {QStringLiteral("mailbox"), mailboxToJson(data.mailbox)},
                           {QStringLiteral("items"), items}};
    }
    QJsonObject operator()(const SearchData &data) const
    {
        QJsonObject object{{QStringLiteral("type"), QStringLiteral("SEARCH")},
                           {QStringLiteral("numbers"), numbersToJson(data.numbers)}};
        if (data.modSeq)
            object.insert(QStringLiteral("modseq"), qint64(*data.modSeq));
        return object;
    }
    QJsonObject operator()(const ESearchData &data) const
    {
        QJsonObject object{
            {QStringLiteral("type"), QStringLiteral("ESEARCH")},
            {QStringLiteral("uid"), data.uid},
            {QStringLiteral("min"), optionalNumber(data.min)},
            {QStringLiteral("max"), optionalNumber(data.max)},
            {QStringLiteral("count"), optionalNumber(data.count)},
            {QStringLiteral("all"),
             data.all ? QJsonValue(QString::fromLatin1(data.all->toByteArray())) : QJsonValue(QJsonValue::Null)}};
        if (!data.correlator.isEmpty())
            object.insert(QStringLiteral("tag"), QString::fromLatin1(data.correlator));
        if (data.modSeq)
            object.insert(QStringLiteral("modseq"), qint64(*data.modSeq));
        if (!data.other.isEmpty())
            object.insert(QStringLiteral("other"), pairsToJson(data.other));
        return object;
    }
    QJsonObject operator()(const SortData &data) const
    {
        return QJsonObject{{QStringLiteral("type"), QStringLiteral("SORT")},
                           {QStringLiteral("numbers"), numbersToJson(data.numbers)}};
    }
    QJsonObject operator()(const ThreadData &data) const
    {
        // Flat, as parsed: a server decides how deep a thread goes.
        QJsonArray nodes;
        for (const ThreadData::Node &node : data.nodes)
            nodes.append(
                QJsonObject{{QStringLiteral("id"), qint64(node.id)}, {QStringLiteral("parent"), qint64(node.parent)}});
        return QJsonObject{{QStringLiteral("type"), QStringLiteral("THREAD")}, {QStringLiteral("nodes"), nodes}};
    }
    QJsonObject operator()(const FlagsData &data) const
    {
        return QJsonObject{{QStringLiteral("type"), QStringLiteral("FLAGS")},
                           {QStringLiteral("flags"), flagsToJson(data.flags)}};
    }
    QJsonObject operator()(const ExistsData &data) const
    {
        return QJsonObject{{QStringLiteral("type"), QStringLiteral("EXISTS")},
                           {QStringLiteral("count"), qint64(data.count)}};
    }
    QJsonObject operator()(const RecentData &data) const
    {
        return QJsonObject{{QStringLiteral("type"), QStringLiteral("RECENT")},
                           {QStringLiteral("count"), qint64(data.count)}};
    }
    QJsonObject operator()(const ExpungeData &data) const
    {
        return QJsonObject{{QStringLiteral("type"), QStringLiteral("EXPUNGE")},
                           {QStringLiteral("seq"), qint64(data.sequenceNumber)}};
    }
    QJsonObject operator()(const VanishedData &data) const
    {
        return QJsonObject{{QStringLiteral("type"), QStringLiteral("VANISHED")},
                           {QStringLiteral("earlier"), data.earlier},
                           {QStringLiteral("uids"), QString::fromLatin1(data.uids.toByteArray())}};
    }
    QJsonObject operator()(const NamespaceData &data) const
    {
        return QJsonObject{{QStringLiteral("type"), QStringLiteral("NAMESPACE")},
                           {QStringLiteral("personal"), namespacesToJson(data.personal)},
                           {QStringLiteral("other"), namespacesToJson(data.otherUsers)},
                           {QStringLiteral("shared"), namespacesToJson(data.shared)}};
    }
    QJsonObject operator()(const QuotaData &data) const
    {
        QJsonArray resources;
        for (const QuotaResource &resource : data.resources)
            resources.append(QJsonObject{{QStringLiteral("name"), QString::fromLatin1(resource.name)},
                                         {QStringLiteral("usage"), qint64(resource.usage)},
                                         {QStringLiteral("limit"), qint64(resource.limit)}});
        return QJsonObject{{QStringLiteral("type"), QStringLiteral("QUOTA")},
                           {QStringLiteral("root"), bytesToJson(data.root)},
                           {QStringLiteral("resources"), resources}};
    }
    QJsonObject operator()(const QuotaRootData &data) const
    {
        QJsonArray roots;
        for (const QByteArray &root : data.roots)
            roots.append(bytesToJson(root));
        return QJsonObject{{QStringLiteral("type"), QStringLiteral("QUOTAROOT")},
                           {QStringLiteral("mailbox"), mailboxToJson(data.mailbox)},
                           {QStringLiteral("roots"), roots}};
    }
    QJsonObject operator()(const AclData &data) const
    {
        return QJsonObject{{QStringLiteral("type"), QStringLiteral("ACL")},
                           {QStringLiteral("mailbox"), mailboxToJson(data.mailbox)},
                           {QStringLiteral("rights"), pairsToJson(data.entries)}};
    }
    QJsonObject operator()(const ListRightsData &data) const
    {
        return QJsonObject{{QStringLiteral("type"), QStringLiteral("LISTRIGHTS")},
                           {QStringLiteral("mailbox"), mailboxToJson(data.mailbox)},
                           {QStringLiteral("identifier"), bytesToJson(data.identifier)},
                           {QStringLiteral("required"), bytesToJson(data.requiredRights)},
                           {QStringLiteral("optional"), atomsToJson(data.optionalRights)}};
    }
    QJsonObject operator()(const MyRightsData &data) const
    {
        return QJsonObject{{QStringLiteral("type"), QStringLiteral("MYRIGHTS")},
                           {QStringLiteral("mailbox"), mailboxToJson(data.mailbox)},
                           {QStringLiteral("rights"), bytesToJson(data.rights)}};
    }
    QJsonObject operator()(const MetadataData &data) const
    {
        return QJsonObject{{QStringLiteral("type"), QStringLiteral("METADATA")},
                           {QStringLiteral("mailbox"), mailboxToJson(data.mailbox)},
                           {QStringLiteral("entries"), pairsToJson(data.entries)}};
    }
    QJsonObject operator()(const IdData &data) const
    {
        return QJsonObject{{QStringLiteral("type"), QStringLiteral("ID")},
                           {QStringLiteral("fields"), pairsToJson(data.fields)}};
    }
    QJsonObject operator()(const FetchData &data) const { return fetchToJson(data); }
    QJsonObject operator()(const UnknownData &data) const
    {
        // Kept and shown, never fatal (issue 4).
        return QJsonObject{{QStringLiteral("type"), QString::fromLatin1(data.name)},
                           {QStringLiteral("number"), optionalNumber(data.number)},
                           {QStringLiteral("raw"), bytesToJson(data.raw)}};
    }
};

} // namespace

QJsonValue bytesToJson(const QByteArray &bytes)
{
    if (bytes.isValidUtf8() && !bytes.contains('\0'))
        return QString::fromUtf8(bytes);
    return QJsonObject{{QStringLiteral("base64"), QString::fromLatin1(bytes.toBase64())}};
}

QJsonObject responseToJson(const Response &response)
{
    return std::visit(Visitor{}, response.data);
}

QString responseCodeText(const ResponseCode &code)
{
    if (code.type == ResponseCode::Type::None)
        return {};
    QString text = QString::fromLatin1(code.name);
    const auto add = [&](const QString &part) {
        if (!part.isEmpty())
            text += u' ' + part;
    };
    switch (code.type) {
    case ResponseCode::Type::UidNext:
    case ResponseCode::Type::UidValidity:
    case ResponseCode::Type::Unseen:
    case ResponseCode::Type::HighestModSeq:
    case ResponseCode::Type::AppendLimit:
        add(QString::number(code.number));
        break;
    case ResponseCode::Type::AppendUid:
        add(QString::number(code.number));
        add(QString::fromLatin1(code.uids.toByteArray()));
        break;
    case ResponseCode::Type::CopyUid:
        add(QString::number(code.number));
        add(QString::fromLatin1(code.uids.toByteArray()));
        add(QString::fromLatin1(code.destinationUids.toByteArray()));
        break;
    case ResponseCode::Type::Modified:
        add(QString::fromLatin1(code.uids.toByteArray()));
        break;
    case ResponseCode::Type::PermanentFlags:
        add(QString::fromLatin1(code.flags.toByteArray()));
        break;
    case ResponseCode::Type::Capability:
    case ResponseCode::Type::BadCharset:
    case ResponseCode::Type::Metadata:
        add(QString::fromLatin1(code.atoms.join(' ')));
        break;
    default:
        add(QString::fromUtf8(code.text));
        break;
    }
    return text;
}

} // namespace Quail::Cli
