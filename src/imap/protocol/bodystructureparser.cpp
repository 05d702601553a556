// ENVELOPE, addresses and BODY/BODYSTRUCTURE (RFC 9051 §7.5.2 and §9,
// RFC 3501 §7.4.2). The body grammar is recursive; every level goes through
// enter(), so a server cannot nest deeper than ParseLimits::maxNestingDepth.

#include "imap/protocol/parser_p.h"

namespace Quail::Imap::Detail {

namespace {

// MIME tokens common enough to be worth sharing (RFC 2045, 2046, 2183).
const AtomTable &mimeTable()
{
    static const AtomTable table{"TEXT",
                                 "PLAIN",
                                 "HTML",
                                 "MULTIPART",
                                 "MIXED",
                                 "ALTERNATIVE",
                                 "RELATED",
                                 "SIGNED",
                                 "ENCRYPTED",
                                 "REPORT",
                                 "DIGEST",
                                 "PARALLEL",
                                 "APPLICATION",
                                 "IMAGE",
                                 "AUDIO",
                                 "VIDEO",
                                 "MESSAGE",
                                 "RFC822",
                                 "GLOBAL",
                                 "DELIVERY-STATUS",
                                 "DISPOSITION-NOTIFICATION",
                                 "PDF",
                                 "OCTET-STREAM",
                                 "JPEG",
                                 "PNG",
                                 "GIF",
                                 "CALENDAR",
                                 "PKCS7-SIGNATURE",
                                 "PKCS7-MIME",
                                 "PGP-SIGNATURE",
                                 "PGP-ENCRYPTED",
                                 "ZIP",
                                 "MSWORD",
                                 "7BIT",
                                 "8BIT",
                                 "BINARY",
                                 "BASE64",
                                 "QUOTED-PRINTABLE",
                                 "CHARSET",
                                 "NAME",
                                 "FILENAME",
                                 "BOUNDARY",
                                 "FORMAT",
                                 "DELSP",
                                 "METHOD",
                                 "PROTOCOL",
                                 "MICALG",
                                 "TYPE",
                                 "REPORT-TYPE",
                                 "INLINE",
                                 "ATTACHMENT",
                                 "UTF-8",
                                 "US-ASCII",
                                 "ISO-8859-1",
                                 "ISO-8859-15",
                                 "WINDOWS-1252",
                                 "SIZE",
                                 "CREATION-DATE",
                                 "MODIFICATION-DATE"};
    return table;
}

QByteArray internMime(QByteArrayView token)
{
    const AtomTable &table = mimeTable();
    const int index = table.indexOf(token);
    return index >= 0 ? table.at(index) : asciiUpper(token);
}

} // namespace

// A MIME token (type, subtype, encoding, attribute): upper-cased and shared
// when common. Reads a quoted string without copying it first.
QByteArray Parser::mimeToken()
{
    if (isNil())
        return {};
    if (peek() == '"') {
        const qsizetype start = m_pos + 1;
        const qsizetype end = scanQuoted(m_data + start, m_data + m_size) - m_data;
        if (end < m_size && m_data[end] == '"') {
            m_pos = end + 1;
            return internMime(QByteArrayView(m_data + start, end - start));
        }
    } else if (hasClass(peek(), AtomChar)) {
        // Some servers send MIME tokens unquoted.
        return internMime(token(AtomChar, "MIME token expected"));
    }
    return internMime(string());
}

Envelope Parser::parseEnvelope()
{
    const qsizetype start = m_pos;
    const int depth = m_depth;
    Envelope envelope = parseEnvelopeFields();
    if (!m_failed || m_error.kind != ParseError::Kind::Syntax)
        return envelope;
    // iCloud sends quotes inside envelope strings unescaped ("He said "hi"").
    // Only when the envelope cannot be read as sent, read it once more taking
    // a quote as closing only where another envelope token can follow.
    const ParseError strictError = m_error;
    m_failed = false;
    m_pos = start;
    m_depth = depth;
    m_lenientQuotes = true;
    envelope = parseEnvelopeFields();
    m_lenientQuotes = false;
    if (m_failed)
        m_error = strictError;
    return envelope;
}

Envelope Parser::parseEnvelopeFields()
{
    if (!expect('(', "( expected before envelope") || !enter())
        return {};
    // Room for a typical envelope's strings, so that most take one allocation.
    EnvelopeBuilder builder(512);

    skipSpaces();
    // Domino wraps the envelope in a second pair of parentheses.
    const bool doubled = peek() == '(';
    if (doubled) {
        ++m_pos;
        skipSpaces();
    }
    QByteArray scratch;
    builder.setDate(nstringView(scratch));
    skipSpaces();
    builder.setSubject(nstringView(scratch));
    for (int list = 0; list < 6; ++list) {
        skipSpaces();
        builder.beginList(Envelope::AddressField(list));
        parseAddressList(builder);
    }
    skipSpaces();
    builder.setInReplyTo(nstringView(scratch));
    skipSpaces();
    builder.setMessageId(nstringView(scratch));
    skipSpaces();
    if (doubled) {
        expect(')', ") expected after envelope");
        skipSpaces();
    }
    expect(')', ") expected after envelope");
    leave();
    return builder.build();
}

void Parser::parseAddressList(EnvelopeBuilder &builder)
{
    if (isNil())
        return;
    if (!expect('(', "address list expected"))
        return;
    QByteArray scratch[4];
    while (true) {
        skipSpaces();
        if (consume(')'))
            return;
        if (!expect('(', "address expected"))
            return;
        skipSpaces();
        const QByteArrayView name = nstringView(scratch[0]);
        skipSpaces();
        const QByteArrayView adl = nstringView(scratch[1]);
        skipSpaces();
        const QByteArrayView mailbox = nstringView(scratch[2]);
        skipSpaces();
        const QByteArrayView host = nstringView(scratch[3]);
        skipSpaces();
        if (!expect(')', ") expected after address"))
            return;
        builder.addAddress(name, adl, mailbox, host);
    }
}

QList<BodyParameter> Parser::parseParameters()
{
    // body-fld-param = "(" string SP string *(SP string SP string) ")" / nil;
    // "()" is common and accepted.
    QList<BodyParameter> parameters;
    if (isNil())
        return parameters;
    if (!expect('(', "parameter list expected"))
        return parameters;
    while (true) {
        skipSpaces();
        if (consume(')'))
            return parameters;
        QByteArray attribute = mimeToken();
        skipSpaces();
        QByteArray value = QByteArrayView(attribute) == QByteArrayView("CHARSET") ? mimeToken() : nstring();
        if (m_failed)
            return parameters;
        // Most lists hold one to three pairs (charset; boundary and type;
        // name): one allocation instead of a first one and a regrowth.
        if (parameters.isEmpty())
            parameters.reserve(3);
        parameters.append({std::move(attribute), std::move(value)});
    }
}

void Parser::parseBodyFields(BodyStructure &body)
{
    // body-fields = body-fld-param SP body-fld-id SP body-fld-desc SP
    //               body-fld-enc SP body-fld-octets
    skipSpaces();
    body.parameters = parseParameters();
    skipSpaces();
    body.id = nstring();
    skipSpaces();
    body.description = nstring();
    skipSpaces();
    body.encoding = mimeToken();
    skipSpaces();
    body.size = lenientNumber();
}

void Parser::parseBodyExtensions(BodyStructure &body)
{
    // Multipart: body-fld-param; single part: body-fld-md5. Then
    // [SP body-fld-dsp [SP body-fld-lang [SP body-fld-loc *(SP body-extension)]]]
    body.hasExtensionData = true;
    skipSpaces();
    if (body.isMultipart())
        body.parameters = parseParameters();
    else
        body.md5 = nstring();

    skipSpaces();
    if (peek() == ')' || m_failed)
        return;
    if (!isNil()) {
        if (!expect('(', "disposition expected"))
            return;
        skipSpaces();
        body.dispositionType = mimeToken();
        skipSpaces();
        body.dispositionParameters = parseParameters();
        skipSpaces();
        if (!expect(')', ") expected after disposition"))
            return;
    }

    skipSpaces();
    if (peek() == ')')
        return;
    if (consume('(')) {
        while (true) {
            skipSpaces();
            if (consume(')'))
                break;
            body.languages.append(string());
            if (m_failed)
                return;
        }
    } else if (!isNil()) {
        body.languages.append(string());
    }

    skipSpaces();
    if (peek() == ')')
        return;
    body.location = nstring();

    while (!m_failed) {
        skipSpaces();
        if (peek() == ')')
            return;
        body.extensions.append(skipValue().toByteArray());
    }
}

void Parser::parseBody(BodyStructure &body, bool extended)
{
    // Parts are parsed in place: a BodyStructure is large, and moving it
    // into its parent's list costs more than parsing most of its fields.
    if (!expect('(', "( expected before body") || !enter())
        return;
    skipSpaces();

    if (peek() == '(') {
        // body-type-mpart = 1*body SP media-subtype [SP body-ext-mpart]
        static const QByteArray multipart = mimeTable().intern("MULTIPART");
        body.type = multipart;
        // Most multiparts have two or three parts.
        body.parts.reserve(2);
        while (peek() == '(') {
            parseBody(body.parts.emplaceBack(), extended);
            if (m_failed)
                return;
            skipSpaces();
        }
        if (peek() != ')')
            body.subtype = mimeToken();
    } else {
        body.type = mimeToken();
        skipSpaces();
        body.subtype = mimeToken();
        parseBodyFields(body);
        skipSpaces();
        if (body.isMessage() && peek() == '(') {
            // body-type-msg: envelope, the encapsulated body, its lines.
            body.envelope = std::make_shared<const Envelope>(parseEnvelope());
            skipSpaces();
            parseBody(body.parts.emplaceBack(), extended);
            skipSpaces();
            if (hasClass(peek(), DigitChar) || peek() == '-')
                body.lines = lenientNumber();
        } else if (QByteArrayView(body.type) == QByteArrayView("TEXT")
                   && (hasClass(peek(), DigitChar) || peek() == '-')) {
            body.lines = lenientNumber();
        }
    }

    skipSpaces();
    // The non-extensible BODY form has no extension data, but some servers
    // send it anyway: read it rather than fail.
    if (!m_failed && peek() != ')')
        parseBodyExtensions(body);
    if (!extended && !body.extensions.isEmpty())
        body.extensions.clear();
    expect(')', ") expected after body");
    leave();
}

} // namespace Quail::Imap::Detail
