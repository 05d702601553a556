#include "mime/headerfield.h"

namespace Quail::Mime {

namespace {

// One physical line without its line break (CRLF or a bare LF).
QByteArrayView lineAt(QByteArrayView block, qsizetype from, qsizetype *next)
{
    qsizetype end = block.indexOf('\n', from);
    *next = end < 0 ? block.size() : end + 1;
    if (end < 0)
        end = block.size();
    if (end > from && block.at(end - 1) == '\r')
        --end;
    return block.sliced(from, end - from);
}

} // namespace

QByteArray headerField(QByteArrayView block, QByteArrayView name)
{
    QByteArray value;
    bool inField = false;
    for (qsizetype pos = 0, next = 0; pos < block.size(); pos = next) {
        const QByteArrayView line = lineAt(block, pos, &next);
        if (line.isEmpty())
            break; // the end of the header
        const bool continuation = line.front() == ' ' || line.front() == '\t';
        if (inField) {
            if (!continuation)
                break;
            value += ' ';
            value += line.trimmed();
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (!continuation && colon > 0 && line.first(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0) {
            inField = true;
            value = line.sliced(colon + 1).trimmed().toByteArray();
            if (value.isNull())
                value = QByteArray("");
        }
    }
    return inField ? value : QByteArray();
}

} // namespace Quail::Mime
