#include "mime/transferdecoder.h"

#include "mime/transferencoding.h"

namespace Quail::Mime {

namespace {

bool isBase64Character(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/'
        || c == '=';
}

} // namespace

TransferDecoder::TransferDecoder(QByteArrayView encoding)
{
    const QByteArrayView name = encoding.trimmed();
    if (name.compare("base64", Qt::CaseInsensitive) == 0)
        m_kind = Kind::Base64;
    else if (name.compare("quoted-printable", Qt::CaseInsensitive) == 0)
        m_kind = Kind::QuotedPrintable;
}

QByteArray TransferDecoder::feed(QByteArrayView chunk)
{
    switch (m_kind) {
    case Kind::Identity:
        return chunk.toByteArray();
    case Kind::Base64: {
        // Only whole 4-character quanta are decoded; line breaks and other
        // characters outside the alphabet are skipped, as decodeBase64 does.
        for (const char c : chunk) {
            if (isBase64Character(c))
                m_pending += c;
        }
        const qsizetype whole = m_pending.size() / 4 * 4;
        const QByteArray decoded = decodeBase64(QByteArrayView(m_pending).first(whole));
        m_pending.remove(0, whole);
        return decoded;
    }
    case Kind::QuotedPrintable: {
        // Quoted-printable is decoded line by line: keep the unfinished line.
        m_pending += chunk;
        const qsizetype lastBreak = m_pending.lastIndexOf('\n');
        if (lastBreak < 0)
            return {};
        const QByteArray decoded = decodeQuotedPrintable(QByteArrayView(m_pending).first(lastBreak + 1));
        m_pending.remove(0, lastBreak + 1);
        return decoded;
    }
    }
    return {};
}

QByteArray TransferDecoder::finish()
{
    QByteArray rest;
    switch (m_kind) {
    case Kind::Identity:
        break;
    case Kind::Base64:
        rest = decodeBase64(m_pending);
        break;
    case Kind::QuotedPrintable:
        rest = decodeQuotedPrintable(m_pending);
        break;
    }
    m_pending.clear();
    return rest;
}

} // namespace Quail::Mime
