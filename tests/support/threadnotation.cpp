#include "threadnotation.h"

#include <QList>

#include <functional>

namespace Quail::Test {

QByteArray threadNotation(const Imap::ThreadData &threads)
{
    QList<QList<qsizetype>> children(threads.nodes.size());
    QList<qsizetype> roots;
    for (qsizetype i = 0; i < threads.nodes.size(); ++i) {
        const qsizetype parent = threads.nodes.at(i).parent;
        (parent < 0 ? roots : children[parent]).append(i);
    }
    // A node and a single child print as a chain; several children each
    // in parentheses.
    std::function<QByteArray(qsizetype)> chain = [&](qsizetype node) -> QByteArray {
        QByteArray out = QByteArray::number(threads.nodes.at(node).id);
        const QList<qsizetype> &kids = children.at(node);
        if (kids.size() == 1)
            return out + ' ' + chain(kids.first());
        if (!kids.isEmpty())
            out += ' ';
        for (const qsizetype kid : kids)
            out += '(' + chain(kid) + ')';
        return out;
    };
    QByteArray out;
    for (const qsizetype root : roots)
        out += '(' + chain(root) + ")\n";
    return out;
}

} // namespace Quail::Test
