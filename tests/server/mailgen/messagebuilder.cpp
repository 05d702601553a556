#include "messagebuilder.h"

#include "mimeencoding.h"

namespace MailGen {

namespace {

constexpr qsizetype maxLineLength = 78;

QByteArray transferEncodingName(TransferEncoding encoding)
{
    switch (encoding) {
    case TransferEncoding::SevenBit:
        return QByteArrayLiteral("7bit");
    case TransferEncoding::EightBit:
        return QByteArrayLiteral("8bit");
    case TransferEncoding::QuotedPrintable:
        return QByteArrayLiteral("quoted-printable");
    case TransferEncoding::Base64:
        return QByteArrayLiteral("base64");
    }
    return QByteArrayLiteral("7bit");
}

QByteArray withFinalNewline(const QByteArray &bytes)
{
    return bytes.endsWith('\n') ? bytes : bytes + '\n';
}

// The parameter as RFC 2231 "name*=UTF-8''..." or, when long, as numbered
// continuations "name*0*=UTF-8''...; name*1*=...", never cutting a %XX.
QList<QByteArray> extendedParameter(const QByteArray &name, const QString &value)
{
    const QByteArray encoded = "UTF-8''" + Mime::percentEncode2231(value);
    if (encoded.size() + name.size() <= 60)
        return {name + "*=" + encoded};
    QList<QByteArray> pieces;
    qsizetype pos = 0;
    while (pos < encoded.size()) {
        qsizetype end = qMin<qsizetype>(pos + 45, encoded.size());
        if (end < encoded.size() && encoded.at(end - 1) == '%')
            end -= 1;
        else if (end < encoded.size() && end >= 2 && encoded.at(end - 2) == '%')
            end -= 2;
        pieces.append(encoded.mid(pos, end - pos));
        pos = end;
    }
    QList<QByteArray> words;
    for (qsizetype i = 0; i < pieces.size(); ++i)
        words.append(name + '*' + QByteArray::number(i) + "*=" + pieces.at(i));
    return words;
}

// Words for a header of the form "value; p1; p2": semicolons between them.
QList<QByteArray> withParameters(const QByteArray &value, const QList<QByteArray> &parameters)
{
    QList<QByteArray> words{value};
    for (const QByteArray &parameter : parameters) {
        words.last().append(';');
        words.append(parameter);
    }
    return words;
}

} // namespace

void HeaderBlock::add(const QByteArray &name, const QList<QByteArray> &words)
{
    QByteArray line = name + ':';
    bool lineHasWord = false;
    for (const QByteArray &word : words) {
        if (lineHasWord && line.size() + 1 + word.size() > maxLineLength) {
            m_bytes += line + '\n';
            line = ' ' + word;
        } else {
            line += ' ' + word;
        }
        lineHasWord = true;
    }
    m_bytes += line + '\n';
}

void HeaderBlock::addRaw(const QByteArray &name, const QByteArray &value)
{
    m_bytes += name + ": " + value + '\n';
}

namespace HeaderWords {

QList<QByteArray> text(const QString &ascii)
{
    QList<QByteArray> words;
    for (const QString &part : ascii.split(u' ', Qt::SkipEmptyParts))
        words.append(part.toLatin1());
    return words;
}

QList<QByteArray> encodedText(const QString &asciiPrefix, const EncodedText &encoded, Mime::WordEncoding encoding)
{
    QList<QByteArray> words = text(asciiPrefix);
    if (isAscii(encoded.text))
        words += text(encoded.text);
    else
        words += Mime::encodedWords(encoded, encoding, Mime::WordContext::Text);
    return words;
}

QList<QByteArray> mailbox(const Corpus::Person &person)
{
    const QByteArray angleAddress = '<' + person.address + '>';
    if (person.name.isEmpty())
        return {person.address};
    if (!isAscii(person.name)) {
        QList<QByteArray> words = Mime::encodedWords(encodedOrDie(person.name, person.nameCharset), person.nameEncoding,
                                                     Mime::WordContext::Phrase);
        words.append(angleAddress);
        return words;
    }
    const QByteArray name = person.name.toLatin1();
    if (Mime::phraseNeedsQuoting(name))
        return {Mime::quotedString(name), angleAddress};
    QList<QByteArray> words = text(person.name);
    words.append(angleAddress);
    return words;
}

QList<QByteArray> addressList(const QList<Corpus::Person> &people)
{
    QList<QByteArray> words;
    for (const Corpus::Person &person : people) {
        if (!words.isEmpty())
            words.last().append(',');
        words += mailbox(person);
    }
    return words;
}

} // namespace HeaderWords

void MimePart::serializeTo(QByteArray &out) const
{
    out += headers;
    out += '\n';
    if (boundary.isEmpty()) {
        out += body;
        return;
    }
    if (!preamble.isEmpty())
        out += preamble + '\n';
    for (const MimePart &child : children) {
        out += "--" + boundary + '\n';
        child.serializeTo(out);
    }
    out += "--" + boundary + "--\n";
}

bool MimePart::hasAttachment() const
{
    if (isAttachment)
        return true;
    for (const MimePart &child : children) {
        if (child.hasAttachment())
            return true;
    }
    return false;
}

namespace Parts {

MimePart text(const QByteArray &subtype, Charset charset, const QByteArray &bytes, TransferEncoding encoding)
{
    HeaderBlock headers;
    headers.add(QByteArrayLiteral("Content-Type"),
                withParameters("text/" + subtype, {"charset=" + charsetName(charset)}));
    headers.addRaw(QByteArrayLiteral("Content-Transfer-Encoding"), transferEncodingName(encoding));
    MimePart part;
    part.headers = headers.bytes();
    switch (encoding) {
    case TransferEncoding::SevenBit:
    case TransferEncoding::EightBit:
        part.body = withFinalNewline(bytes);
        break;
    case TransferEncoding::QuotedPrintable:
        part.body = Mime::quotedPrintable(withFinalNewline(bytes));
        break;
    case TransferEncoding::Base64:
        part.body = Mime::base64Lines(bytes);
        break;
    }
    return part;
}

MimePart file(const QByteArray &mimeType, const QString &fileName, const QByteArray &data, const QByteArray &contentId)
{
    QList<QByteArray> nameParameter;
    QList<QByteArray> fileNameParameters;
    if (isAscii(fileName)) {
        nameParameter = {"name=" + Mime::quotedString(fileName.toLatin1())};
        fileNameParameters = {"filename=" + Mime::quotedString(fileName.toLatin1())};
    } else {
        const QList<QByteArray> words =
            Mime::encodedWords(encodedOrDie(fileName, Charset::Utf8), Mime::WordEncoding::B, Mime::WordContext::Text);
        nameParameter = {"name=\"" + words.join(' ') + '"'};
        fileNameParameters = extendedParameter(QByteArrayLiteral("filename"), fileName);
    }
    HeaderBlock headers;
    headers.add(QByteArrayLiteral("Content-Type"), withParameters(mimeType, nameParameter));
    headers.add(QByteArrayLiteral("Content-Disposition"),
                withParameters(contentId.isEmpty() ? QByteArrayLiteral("attachment") : QByteArrayLiteral("inline"),
                               fileNameParameters));
    if (!contentId.isEmpty())
        headers.addRaw(QByteArrayLiteral("Content-ID"), '<' + contentId + '>');
    headers.addRaw(QByteArrayLiteral("Content-Transfer-Encoding"), QByteArrayLiteral("base64"));
    MimePart part;
    part.headers = headers.bytes();
    part.body = Mime::base64Lines(data);
    part.isAttachment = contentId.isEmpty();
    return part;
}

MimePart multipart(const QByteArray &subtype, const QByteArray &boundary, const QList<MimePart> &children,
                   const QByteArray &extraParameter)
{
    QList<QByteArray> parameters;
    if (!extraParameter.isEmpty())
        parameters.append(extraParameter);
    parameters.append("boundary=\"" + boundary + '"');
    HeaderBlock headers;
    headers.add(QByteArrayLiteral("Content-Type"), withParameters("multipart/" + subtype, parameters));
    MimePart part;
    part.headers = headers.bytes();
    part.boundary = boundary;
    part.children = children;
    return part;
}

MimePart message(const QByteArray &message, const QString &fileName)
{
    bool eightBit = false;
    for (const char c : message)
        eightBit = eightBit || static_cast<unsigned char>(c) >= 0x80;
    HeaderBlock headers;
    headers.addRaw(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("message/rfc822"));
    QList<QByteArray> fileNameParameters = isAscii(fileName)
        ? QList<QByteArray>{"filename=" + Mime::quotedString(fileName.toLatin1())}
        : extendedParameter(QByteArrayLiteral("filename"), fileName);
    headers.add(QByteArrayLiteral("Content-Disposition"),
                withParameters(QByteArrayLiteral("attachment"), fileNameParameters));
    headers.addRaw(QByteArrayLiteral("Content-Transfer-Encoding"),
                   eightBit ? QByteArrayLiteral("8bit") : QByteArrayLiteral("7bit"));
    MimePart part;
    part.headers = headers.bytes();
    part.body = withFinalNewline(message);
    part.isAttachment = true;
    return part;
}

} // namespace Parts

QByteArray serializeMessage(const HeaderBlock &headers, const MimePart &root)
{
    QByteArray out;
    out.reserve(headers.bytes().size() + root.body.size() + 4096);
    out += headers.bytes();
    root.serializeTo(out);
    return out;
}

} // namespace MailGen
