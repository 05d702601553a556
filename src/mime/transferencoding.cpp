#include "mime/transferencoding.h"

#include "mime/hexescapes.h"

namespace Quail::Mime {

QByteArray decodeBase64(QByteArrayView encoded)
{
    return QByteArray::fromBase64(encoded.toByteArray());
}

QByteArray decodeQuotedPrintable(QByteArrayView encoded)
{
    QByteArray out;
    out.reserve(encoded.size());
    qsizetype lineStart = 0;
    while (lineStart < encoded.size()) {
        qsizetype lineEnd = encoded.indexOf('\n', lineStart);
        const bool hasBreak = lineEnd >= 0;
        if (!hasBreak)
            lineEnd = encoded.size();
        qsizetype contentEnd = lineEnd;
        if (contentEnd > lineStart && encoded[contentEnd - 1] == '\r')
            --contentEnd;
        // Transport may add trailing whitespace; it is never content (§6.7 rule 3).
        while (contentEnd > lineStart && (encoded[contentEnd - 1] == ' ' || encoded[contentEnd - 1] == '\t'))
            --contentEnd;

        bool softBreak = false;
        for (qsizetype i = lineStart; i < contentEnd; ++i) {
            const char c = encoded[i];
            if (c != '=') {
                out += c;
                continue;
            }
            if (i + 1 == contentEnd) {
                softBreak = true;
                break;
            }
            if (i + 2 < contentEnd && hexDigitValue(encoded[i + 1]) >= 0 && hexDigitValue(encoded[i + 2]) >= 0) {
                out += char(hexDigitValue(encoded[i + 1]) * 16 + hexDigitValue(encoded[i + 2]));
                i += 2;
            } else {
                out += c;
            }
        }
        if (hasBreak && !softBreak)
            out += "\r\n";
        lineStart = lineEnd + 1;
    }
    return out;
}

QByteArray decodeTransferEncoding(QByteArrayView body, QByteArrayView encoding)
{
    const QByteArrayView name = encoding.trimmed();
    if (name.compare("base64", Qt::CaseInsensitive) == 0)
        return decodeBase64(body);
    if (name.compare("quoted-printable", Qt::CaseInsensitive) == 0)
        return decodeQuotedPrintable(body);
    return body.toByteArray();
}

} // namespace Quail::Mime
