#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <optional>

namespace Quail::Imap {

// The flags of a message (RFC 9051 §2.3.2), or the flags a mailbox offers.
//
// System flags are kept as bits so that the common answer "(\Seen)" costs no
// allocation; keywords and unknown "\Extension" flags are kept in the order
// received, with well-known keywords ($Forwarded, $Junk…) shared, never copied.
// Flags compare case-insensitively, as IMAP atoms do.
class Flags
{
public:
    enum Flag : quint16 {
        NoFlag = 0,
        Seen = 0x01,
        Answered = 0x02,
        Flagged = 0x04,
        Deleted = 0x08,
        Draft = 0x10,
        Recent = 0x20,
        // "\*" in PERMANENTFLAGS: the client may create new keywords.
        MayCreateKeywords = 0x40,
    };

    Flags() = default;
    static Flags fromList(const QList<QByteArray> &flags);

    // imaplib's ParseFlags: reads a parenthesised flag list, "(\Seen $Junk)",
    // optionally preceded by anything up to "FLAGS ". Returns nullopt if the
    // text holds no well-formed list.
    static std::optional<Flags> parse(QByteArrayView text);

    // Whether flag may be sent to a server: "\" atom, or an atom; never a
    // space, parenthesis, quote, wildcard, control character or 8-bit byte.
    static bool isValidFlag(QByteArrayView flag);

    void add(QByteArrayView flag);
    void add(Flag flag) { m_system |= flag; }
    void remove(QByteArrayView flag);
    bool contains(QByteArrayView flag) const;
    bool has(Flag flag) const { return (m_system & flag) != 0; }

    quint16 systemFlags() const { return m_system; }
    // Keywords and non-system backslash flags, in the order received.
    const QList<QByteArray> &keywords() const { return m_keywords; }

    bool isEmpty() const { return m_system == 0 && m_keywords.isEmpty(); }
    qsizetype size() const;
    // System flags first (in enum order), then the keywords.
    QList<QByteArray> toList() const;
    // "(\Seen $Junk)".
    QByteArray toByteArray() const;

    friend bool operator==(const Flags &a, const Flags &b);

private:
    quint16 m_system = 0;
    QList<QByteArray> m_keywords;
};

} // namespace Quail::Imap
