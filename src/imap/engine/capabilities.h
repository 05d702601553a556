#pragma once

#include <QByteArray>
#include <QList>
#include <QSet>

namespace Quail::Imap {

// A server's CAPABILITY list, upper-cased, with what IMAP4rev2 implies
// folded in: a rev2 server need not list the extensions the base protocol
// absorbed (RFC 9051 Appendix E).
class Capabilities
{
public:
    Capabilities() = default;
    explicit Capabilities(const QList<QByteArray> &names, bool foldImap4rev2 = true);

    bool has(const QByteArray &name) const { return m_names.contains(name); }
    bool isEmpty() const { return m_names.isEmpty(); }
    const QSet<QByteArray> &names() const { return m_names; }
    // What the server listed itself, in its order (for display and --json).
    const QList<QByteArray> &advertised() const { return m_advertised; }
    bool isImap4rev2() const { return m_imap4rev2; }

private:
    QSet<QByteArray> m_names;
    QList<QByteArray> m_advertised;
    bool m_imap4rev2 = false;
};

} // namespace Quail::Imap
