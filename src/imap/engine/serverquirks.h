#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Quail::Imap {

// What is known to be wrong or special about a server family, in one table
// rather than in `if`s across the engine. Detected from the greeting, the
// CAPABILITY list and the ID response (RFC 2971); the sources are the
// documented quirks in docs/ARCHITECTURE.md's reference list.
struct ServerQuirks {
    enum class Family { Generic, Gmail, Office365, ICloud, Yahoo, Dovecot, Cyrus, Courier, Domino, ProtonBridge };

    Family family = Family::Generic;

    // Longest command line to send; longer UID sets are split (RFC 2683
    // §3.2.1.5 advises staying under 8000 octets; Yahoo allows 1000).
    qsizetype maxCommandLength = 8000;
    // ENABLE QRESYNC succeeds without the untagged ENABLED: trust the OK.
    bool enableWithoutEnabledResponse = false;
    // QRESYNC misbehaves (malformed VANISHED): use CONDSTORE only.
    bool avoidQresync = false;
    // FETCH RFC822 returns nothing: ask for BODY.PEEK[] instead.
    bool avoidRfc822Fetch = false;
    // A BAD or a dropped connection for NAMESPACE after login is not a login failure.
    bool namespaceMayFail = false;
    // "SEARCH RETURN ()" returns nothing: always ask for RETURN (ALL).
    bool esearchNeedsExplicitAll = false;
    // LIST (SPECIAL-USE) is not understood: use LIST and the attributes it returns.
    bool noListSpecialUseOption = false;
    // IMAP4rev2 is advertised but unreliable: speak IMAP4rev1.
    bool avoidImap4rev2 = false;
    // X-GM-LABELS may come as bare atoms such as [Mailbox].
    bool labelsAsAtoms = false;

    // `greeting` is the text of the server's greeting; `capabilities` are
    // upper-case; `idFields` are the ID response's field/value pairs, if any.
    static ServerQuirks detect(const QString &greeting, const QList<QByteArray> &capabilities,
                               const QList<std::pair<QString, QString>> &idFields = {});
};

} // namespace Quail::Imap
