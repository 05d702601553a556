// Mailbox-level data: LIST/LSUB/XLIST (RFC 9051 §7.3.1, RFC 5258, RFC 6154),
// STATUS (§7.3.4, RFC 7162, 8438, 8474, 7889), NAMESPACE (RFC 2342), QUOTA
// (RFC 9208), ACL (RFC 4314), METADATA (RFC 5464) and ID (RFC 2971).

#include "imap/protocol/parser_p.h"

namespace Quail::Imap {

bool ListData::hasAttribute(QByteArrayView attribute) const
{
    for (const QByteArray &a : attributes) {
        if (a.compare(attribute, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

namespace Detail {

namespace {

const AtomTable &attributeTable()
{
    static const AtomTable table{"\\Noinferiors", "\\Noselect", "\\Marked", "\\Unmarked", "\\HasChildren",
                                 "\\HasNoChildren", "\\NonExistent", "\\Subscribed", "\\Remote", "\\All", "\\Archive",
                                 "\\Drafts", "\\Flagged", "\\Junk", "\\Sent", "\\Trash", "\\Important",
                                 // XLIST (Gmail's pre-RFC 6154 form)
                                 "\\Inbox", "\\AllMail", "\\Spam", "\\Starred"};
    return table;
}

} // namespace

ListData Parser::parseList(ListData::Command command)
{
    ListData list;
    list.command = command;
    if (!expect('(', "( expected before mailbox attributes"))
        return list;
    while (true) {
        skipSpaces();
        if (consume(')'))
            break;
        const qsizetype start = m_pos;
        consume('\\');
        token(AStringChar, "mailbox attribute expected");
        if (m_failed)
            return list;
        list.attributes.append(attributeTable().intern(QByteArrayView(m_data + start, m_pos - start)));
    }

    skipSpaces();
    if (!isNil()) {
        const QByteArray delimiter = string();
        if (delimiter.size() == 1)
            list.delimiter = delimiter.front();
        else if (!m_failed)
            fail("hierarchy delimiter must be one character");
    }
    skipSpaces();
    list.mailbox = mailbox();
    skipSpaces();
    if (m_failed || peek() != '(')
        return list;

    // mbox-list-extended = "(" [item *(SP item)] ")"
    ++m_pos;
    while (true) {
        skipSpaces();
        if (consume(')'))
            break;
        const QByteArray tag = asciiUpper(astring());
        skipSpaces();
        if (m_failed)
            return list;
        if (tag == "CHILDINFO") {
            list.childInfo = atomList(true);
        } else if (tag == "OLDNAME" && peek() == '(') {
            ++m_pos;
            skipSpaces();
            list.oldName = mailbox();
            skipSpaces();
            expect(')', ") expected after OLDNAME");
        } else {
            list.extendedItems.append({tag, skipValue().toByteArray()});
        }
        if (m_failed)
            return list;
    }
    return list;
}

StatusData Parser::parseStatusData()
{
    StatusData status;
    status.mailbox = mailbox();
    skipSpaces();
    if (!expect('(', "( expected before status items"))
        return status;
    while (true) {
        skipSpaces();
        if (consume(')'))
            return status;
        const QByteArrayView name = token(AStringChar, "status item expected");
        skipSpaces();
        if (m_failed)
            return status;
        if (equalsUpper(name, "MESSAGES")) {
            status.messages = number();
        } else if (equalsUpper(name, "RECENT")) {
            status.recent = number();
        } else if (equalsUpper(name, "UIDNEXT")) {
            status.uidNext = number();
        } else if (equalsUpper(name, "UIDVALIDITY")) {
            status.uidValidity = number();
        } else if (equalsUpper(name, "UNSEEN")) {
            status.unseen = number();
        } else if (equalsUpper(name, "DELETED")) {
            status.deleted = number();
        } else if (equalsUpper(name, "SIZE")) {
            status.size = number64();
        } else if (equalsUpper(name, "HIGHESTMODSEQ")) {
            status.highestModSeq = number64();
        } else if (equalsUpper(name, "APPENDLIMIT")) {
            if (!isNil())
                status.appendLimit = number64();
        } else if (equalsUpper(name, "MAILBOXID") && consume('(')) {
            skipSpaces();
            status.mailboxId = token(AStringChar, "mailbox id expected").toByteArray();
            skipSpaces();
            expect(')', ") expected after mailbox id");
        } else {
            skipValue();
        }
        if (m_failed)
            return status;
    }
}

QList<NamespaceDescriptor> Parser::parseNamespaceList()
{
    QList<NamespaceDescriptor> list;
    if (isNil())
        return list;
    if (!expect('(', "namespace list expected"))
        return list;
    while (true) {
        skipSpaces();
        if (consume(')'))
            return list;
        if (!expect('(', "namespace expected"))
            return list;
        NamespaceDescriptor descriptor;
        skipSpaces();
        descriptor.prefix = MailboxName::fromWire(string());
        skipSpaces();
        if (!isNil()) {
            const QByteArray delimiter = string();
            if (delimiter.size() == 1)
                descriptor.delimiter = delimiter.front();
        }
        // namespace-response-extension = SP string SP "(" string *(SP string) ")"
        while (true) {
            skipSpaces();
            if (consume(')'))
                break;
            QByteArray name = asciiUpper(string());
            skipSpaces();
            QByteArray value = skipValue().toByteArray();
            if (m_failed)
                return list;
            descriptor.extensions.append({std::move(name), std::move(value)});
        }
        if (m_failed)
            return list;
        list.append(std::move(descriptor));
    }
}

NamespaceData Parser::parseNamespace()
{
    NamespaceData data;
    data.personal = parseNamespaceList();
    skipSpaces();
    data.otherUsers = parseNamespaceList();
    skipSpaces();
    data.shared = parseNamespaceList();
    return data;
}

QuotaData Parser::parseQuota()
{
    QuotaData quota;
    quota.root = astring();
    skipSpaces();
    if (!expect('(', "( expected before quota resources"))
        return quota;
    while (true) {
        skipSpaces();
        if (consume(')'))
            return quota;
        QuotaResource resource;
        resource.name = asciiUpper(token(AtomChar, "quota resource expected"));
        skipSpaces();
        resource.usage = number64();
        skipSpaces();
        resource.limit = number64();
        if (m_failed)
            return quota;
        quota.resources.append(std::move(resource));
    }
}

QuotaRootData Parser::parseQuotaRoot()
{
    QuotaRootData data;
    data.mailbox = mailbox();
    while (!m_failed && !atEnd())
        data.roots.append(astring());
    return data;
}

AclData Parser::parseAcl()
{
    AclData acl;
    acl.mailbox = mailbox();
    while (!m_failed && !atEnd()) {
        QByteArray identifier = astring();
        skipSpaces();
        QByteArray rights = astring();
        acl.entries.append({std::move(identifier), std::move(rights)});
    }
    return acl;
}

ListRightsData Parser::parseListRights()
{
    ListRightsData data;
    data.mailbox = mailbox();
    skipSpaces();
    data.identifier = astring();
    skipSpaces();
    data.requiredRights = astring();
    while (!m_failed && !atEnd())
        data.optionalRights.append(astring());
    return data;
}

MyRightsData Parser::parseMyRights()
{
    MyRightsData data;
    data.mailbox = mailbox();
    skipSpaces();
    data.rights = astring();
    return data;
}

MetadataData Parser::parseMetadata()
{
    MetadataData data;
    data.mailbox = mailbox();
    skipSpaces();
    if (consume('(')) {
        // entry-values: entry SP value, value = nstring / literal8
        while (true) {
            skipSpaces();
            if (consume(')'))
                return data;
            QByteArray entry = astring();
            skipSpaces();
            QByteArray value = nstring();
            if (m_failed)
                return data;
            data.entries.append({std::move(entry), std::move(value)});
        }
    }
    // entry-list of an unsolicited notification: names only.
    while (!m_failed && !atEnd())
        data.entries.append({astring(), QByteArray()});
    return data;
}

IdData Parser::parseId()
{
    IdData id;
    if (isNil())
        return id;
    if (!expect('(', "( expected after ID"))
        return id;
    while (true) {
        skipSpaces();
        if (consume(')'))
            return id;
        QByteArray field = string();
        skipSpaces();
        QByteArray value = nstring();
        if (m_failed)
            return id;
        id.fields.append({std::move(field), std::move(value)});
    }
}

} // namespace Detail

} // namespace Quail::Imap
