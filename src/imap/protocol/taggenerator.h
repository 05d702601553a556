#pragma once

#include <QByteArray>

namespace Quail::Imap {

// Command tags: a short letter prefix and a counter, "QBJ1", "QBJ2"… (the
// job of imaplib's Int2AP and tagpre). The prefix varies per connection so
// that a log mixing connections stays readable.
class TagGenerator
{
public:
    explicit TagGenerator(QByteArray prefix = {});

    QByteArray next();
    const QByteArray &prefix() const { return m_prefix; }

    // imaplib's Int2AP: a number in base 16 written with the letters A–P.
    static QByteArray int2ap(quint32 number);

private:
    QByteArray m_prefix;
    quint64 m_counter = 0;
};

} // namespace Quail::Imap
