#include "imap/engine/capabilities.h"

namespace Quail::Imap {

Capabilities::Capabilities(const QList<QByteArray> &names, bool foldImap4rev2)
{
    for (const QByteArray &name : names) {
        const QByteArray upper = name.toUpper();
        m_advertised.append(upper);
        m_names.insert(upper);
    }
    m_imap4rev2 = m_names.contains("IMAP4REV2");
    if (m_imap4rev2 && foldImap4rev2) {
        // RFC 9051 Appendix E: extensions that are part of IMAP4rev2.
        for (const char *implied :
             {"NAMESPACE", "UNSELECT", "UIDPLUS", "ESEARCH", "SEARCHRES", "ENABLE", "IDLE", "SASL-IR", "LIST-EXTENDED",
              "LIST-STATUS", "MOVE", "LITERAL-", "BINARY", "SPECIAL-USE", "STATUS=SIZE", "CHILDREN"})
            m_names.insert(QByteArray(implied));
    }
}

} // namespace Quail::Imap
