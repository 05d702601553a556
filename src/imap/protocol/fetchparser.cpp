// FETCH data (RFC 9051 §7.5.2 "msg-att") with the items of RFC 3516
// (BINARY), RFC 7162 (MODSEQ), RFC 8474 (EMAILID, THREADID), RFC 8970
// (PREVIEW) and Gmail's X-GM-EXT-1. Unknown items are kept raw.

#include "imap/protocol/parser_p.h"

namespace Quail::Imap::Detail {

void Parser::parseFetch(FetchData &fetch)
{
    skipSpaces();
    if (!expect('(', "( expected after FETCH"))
        return;
    while (true) {
        skipSpaces();
        if (consume(')') || !parseFetchItem(fetch))
            return;
    }
}

bool Parser::parseSection(Section &section)
{
    // section-spec = section-msgtext / (section-part ["." section-text])
    ++m_pos; // '['
    while (hasClass(peek(), DigitChar)) {
        const qsizetype start = m_pos;
        const quint32 part = number();
        if (part == 0) {
            m_pos = start;
            return fail("section part 0");
        }
        section.part.append(part);
        if (!consume('.'))
            break;
    }
    if (peek() != ']') {
        const QByteArrayView text = token(NameChar, "section text expected");
        if (equalsUpper(text, "HEADER")) {
            section.text = Section::Text::Header;
        } else if (equalsUpper(text, "HEADER.FIELDS")) {
            section.text = Section::Text::HeaderFields;
        } else if (equalsUpper(text, "HEADER.FIELDS.NOT")) {
            section.text = Section::Text::HeaderFieldsNot;
        } else if (equalsUpper(text, "TEXT")) {
            section.text = Section::Text::Text;
        } else if (equalsUpper(text, "MIME") && !section.part.isEmpty()) {
            section.text = Section::Text::Mime;
        } else {
            return fail("unknown section text");
        }
        if (section.text == Section::Text::HeaderFields || section.text == Section::Text::HeaderFieldsNot) {
            skipSpaces();
            section.fields = atomList(true);
        }
    }
    return expect(']', "] expected after section");
}

namespace {

// Names are matched by length first: one comparison for most items.
enum class Item {
    Unknown,
    Uid,
    Flags,
    InternalDate,
    Rfc822Size,
    Envelope,
    BodyStructure,
    Body,
    Binary,
    BinarySize,
    Rfc822,
    Rfc822Header,
    Rfc822Text,
    ModSeq,
    EmailId,
    ThreadId,
    Preview,
    GmailMessageId,
    GmailThreadId,
    GmailLabels,
};

Item itemFromName(QByteArrayView name)
{
    switch (name.size()) {
    case 3:
        return equalsUpper(name, "UID") ? Item::Uid : Item::Unknown;
    case 4:
        return equalsUpper(name, "BODY") ? Item::Body : Item::Unknown;
    case 5:
        return equalsUpper(name, "FLAGS") ? Item::Flags : Item::Unknown;
    case 6:
        if (equalsUpper(name, "BINARY"))
            return Item::Binary;
        if (equalsUpper(name, "RFC822"))
            return Item::Rfc822;
        return equalsUpper(name, "MODSEQ") ? Item::ModSeq : Item::Unknown;
    case 7:
        if (equalsUpper(name, "EMAILID"))
            return Item::EmailId;
        return equalsUpper(name, "PREVIEW") ? Item::Preview : Item::Unknown;
    case 8:
        if (equalsUpper(name, "ENVELOPE"))
            return Item::Envelope;
        return equalsUpper(name, "THREADID") ? Item::ThreadId : Item::Unknown;
    case 10:
        if (equalsUpper(name, "X-GM-MSGID"))
            return Item::GmailMessageId;
        return equalsUpper(name, "X-GM-THRID") ? Item::GmailThreadId : Item::Unknown;
    case 11:
        if (equalsUpper(name, "RFC822.SIZE"))
            return Item::Rfc822Size;
        if (equalsUpper(name, "RFC822.TEXT"))
            return Item::Rfc822Text;
        if (equalsUpper(name, "BINARY.SIZE"))
            return Item::BinarySize;
        return equalsUpper(name, "X-GM-LABELS") ? Item::GmailLabels : Item::Unknown;
    case 12:
        return equalsUpper(name, "INTERNALDATE") ? Item::InternalDate : Item::Unknown;
    case 13:
        if (equalsUpper(name, "BODYSTRUCTURE"))
            return Item::BodyStructure;
        return equalsUpper(name, "RFC822.HEADER") ? Item::Rfc822Header : Item::Unknown;
    default:
        return Item::Unknown;
    }
}

} // namespace

bool Parser::parseFetchItem(FetchData &fetch)
{
    const qsizetype nameStart = m_pos;
    const QByteArrayView name = token(NameChar, "fetch item expected");
    if (m_failed)
        return false;
    Item item = itemFromName(name);
    if ((item == Item::Binary || item == Item::BinarySize) && peek() != '[')
        item = Item::Unknown;

    switch (item) {
    case Item::Uid:
        skipSpaces();
        fetch.uid = number();
        break;
    case Item::Flags:
        skipSpaces();
        fetch.flags = flagList();
        break;
    case Item::InternalDate: {
        skipSpaces();
        const qsizetype valueStart = m_pos;
        const QByteArray text = nstring();
        if (auto date = InternalDate::parse(text))
            fetch.internalDate = date;
        else if (!m_failed)
            fetch.unknownItems.append(
                {QByteArrayLiteral("INTERNALDATE"), QByteArray(m_data + valueStart, m_pos - valueStart)});
        break;
    }
    case Item::Rfc822Size:
        skipSpaces();
        fetch.rfc822Size = lenientNumber();
        break;
    case Item::Envelope:
        skipSpaces();
        fetch.envelope = parseEnvelope();
        break;
    case Item::BodyStructure:
    case Item::Body:
        if (item == Item::BodyStructure || peek() != '[') {
            skipSpaces();
            parseBody(fetch.bodyStructure.emplace(), item == Item::BodyStructure);
            break;
        }
        [[fallthrough]];
    case Item::Binary: {
        BodySection section;
        section.kind = item == Item::Binary ? BodySection::Kind::Binary : BodySection::Kind::Body;
        if (!parseSection(section.section))
            return false;
        if (consume('<')) {
            section.origin = number();
            if (!expect('>', "> expected after origin"))
                return false;
        }
        skipSpaces();
        if (isNil()) {
            fetch.sections.append(std::move(section));
            break;
        }
        const char c = peek();
        if (c == '{' || c == '~') {
            quint64 size = 0;
            section.data = literal(section.streamed, size);
            if (section.streamed)
                section.streamedSize = size;
        } else {
            section.data = string();
        }
        fetch.sections.append(std::move(section));
        break;
    }
    case Item::BinarySize: {
        Section section;
        if (!parseSection(section))
            return false;
        skipSpaces();
        const quint64 size = number64();
        fetch.binarySizes.append({std::move(section), size});
        break;
    }
    case Item::Rfc822:
    case Item::Rfc822Header:
    case Item::Rfc822Text: {
        BodySection section;
        section.kind = item == Item::Rfc822 ? BodySection::Kind::Rfc822
            : item == Item::Rfc822Header    ? BodySection::Kind::Rfc822Header
                                            : BodySection::Kind::Rfc822Text;
        skipSpaces();
        if (!isNil()) {
            const char c = peek();
            if (c == '{' || c == '~') {
                quint64 size = 0;
                section.data = literal(section.streamed, size);
                if (section.streamed)
                    section.streamedSize = size;
            } else {
                section.data = string();
            }
        }
        fetch.sections.append(std::move(section));
        break;
    }
    case Item::ModSeq:
        // "MODSEQ (624140003)" (RFC 7162 §3.1.4.1)
        skipSpaces();
        if (expect('(', "( expected after MODSEQ")) {
            skipSpaces();
            fetch.modSeq = number64();
            skipSpaces();
            expect(')', ") expected after MODSEQ");
        }
        break;
    case Item::EmailId:
    case Item::ThreadId: {
        // "EMAILID (M6d99ac3275bb4e)", "THREADID NIL" (RFC 8474 §5.1)
        skipSpaces();
        QByteArray id;
        if (!(item == Item::ThreadId && isNil()) && expect('(', "( expected before object id")) {
            skipSpaces();
            id = token(AtomChar, "object id expected").toByteArray();
            skipSpaces();
            expect(')', ") expected after object id");
        }
        (item == Item::EmailId ? fetch.emailId : fetch.threadId) = id;
        break;
    }
    case Item::Preview:
        skipSpaces();
        fetch.preview = nstring();
        break;
    case Item::GmailMessageId:
        skipSpaces();
        fetch.gmailMessageId = number64();
        break;
    case Item::GmailThreadId:
        skipSpaces();
        fetch.gmailThreadId = number64();
        break;
    case Item::GmailLabels: {
        // Labels are astrings, but Gmail (and QQ, Yandex) send atoms like
        // "[Gmail]/Sent" or "\Important" that break ASTRING-CHAR.
        skipSpaces();
        QList<QByteArray> labels;
        if (!isNil() && expect('(', "( expected after X-GM-LABELS")) {
            while (true) {
                skipSpaces();
                if (consume(')'))
                    break;
                labels.append(stringOrAtom(LabelChar));
                if (m_failed)
                    return false;
            }
        }
        fetch.gmailLabels = std::move(labels);
        break;
    }
    case Item::Unknown: {
        // Keep the name with any [section]<origin>, then the raw value.
        if (consume('[')) {
            while (m_pos < m_size && m_data[m_pos] != ']' && m_data[m_pos] != '\r' && m_data[m_pos] != '\0')
                ++m_pos;
            if (!expect(']', "] expected"))
                return false;
        }
        if (consume('<')) {
            number();
            if (!expect('>', "> expected"))
                return false;
        }
        const QByteArray itemName = asciiUpper(QByteArrayView(m_data + nameStart, m_pos - nameStart));
        skipSpaces();
        const QByteArrayView value = skipValue();
        if (!m_failed)
            fetch.unknownItems.append({itemName, value.toByteArray()});
        break;
    }
    }
    return !m_failed;
}

} // namespace Quail::Imap::Detail
