#include "mime/flowedtext.h"

#include <QList>

namespace Quail::Mime {

namespace {

struct FlowedLine {
    int depth = 0;
    QString content;
    bool soft = false;
    bool signature = false;
};

FlowedLine parseLine(QStringView line, bool delSp)
{
    FlowedLine parsed;
    qsizetype pos = 0;
    while (pos < line.size() && line[pos] == u'>')
        ++pos;
    parsed.depth = int(pos);
    // §4.4: one leading space after the quote marks is stuffing.
    if (pos < line.size() && line[pos] == u' ')
        ++pos;
    QStringView content = line.mid(pos);
    parsed.signature = content == u"-- ";
    parsed.soft = !parsed.signature && content.endsWith(u' ');
    if (parsed.soft && delSp)
        content.chop(1);
    parsed.content = content.toString();
    return parsed;
}

} // namespace

QString unflowText(QStringView text, bool delSp)
{
    QList<QStringView> lines;
    qsizetype start = 0;
    while (start <= text.size()) {
        qsizetype end = text.indexOf(u'\n', start);
        if (end < 0)
            end = text.size();
        QStringView line = text.mid(start, end - start);
        if (line.endsWith(u'\r'))
            line.chop(1);
        lines.append(line);
        start = end + 1;
    }
    // A final line break leaves an empty last "line" that is not content.
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();

    QString out;
    bool open = false; // a paragraph continues on the next line
    int openDepth = 0;
    for (const QStringView raw : std::as_const(lines)) {
        const FlowedLine line = parseLine(raw, delSp);
        if (open && (line.depth != openDepth || line.signature)) {
            // §4.5: a soft break before a depth change is treated as hard;
            // so is one before the signature separator, which starts a block.
            out += u'\n';
            open = false;
        }
        if (!open) {
            out += QString(line.depth, u'>');
            if (line.depth > 0)
                out += u' ';
        }
        out += line.content;
        open = line.soft;
        openDepth = line.depth;
        if (!open)
            out += u'\n';
    }
    if (open)
        out += u'\n';
    return out;
}

} // namespace Quail::Mime
