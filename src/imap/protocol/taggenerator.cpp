#include "imap/protocol/taggenerator.h"

#include <QRandomGenerator>

namespace Quail::Imap {

TagGenerator::TagGenerator(QByteArray prefix)
    : m_prefix(prefix.isEmpty() ? int2ap(QRandomGenerator::global()->bounded(4096u, 65536u)) : std::move(prefix))
{
}

QByteArray TagGenerator::next()
{
    QByteArray tag = m_prefix;
    tag += QByteArray::number(++m_counter);
    return tag;
}

QByteArray TagGenerator::int2ap(quint32 number)
{
    QByteArray out;
    do {
        out.prepend(char('A' + (number & 0xf)));
        number >>= 4;
    } while (number);
    return out;
}

} // namespace Quail::Imap
