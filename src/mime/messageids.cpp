#include "mime/messageids.h"

namespace Quail::Mime {

QList<QByteArray> messageIds(QByteArrayView header)
{
    QList<QByteArray> ids;
    qsizetype i = 0;
    while (i < header.size()) {
        const qsizetype open = header.indexOf('<', i);
        if (open < 0)
            break;
        const qsizetype close = header.indexOf('>', open + 1);
        if (close < 0)
            break;
        // A "<" inside means the first one never closed: start again there.
        const qsizetype reopen = header.sliced(open + 1, close - open - 1).lastIndexOf('<');
        const qsizetype start = reopen < 0 ? open : open + 1 + reopen;
        QByteArray id;
        for (const char c : header.sliced(start, close - start + 1)) {
            // Folding whitespace inside an identifier is not part of it.
            if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
                id += c;
        }
        if (id.size() > 2)
            ids.append(id);
        i = close + 1;
    }
    return ids;
}

} // namespace Quail::Mime
