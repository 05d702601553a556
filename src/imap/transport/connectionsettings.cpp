#include "imap/transport/connectionsettings.h"

namespace Quail::Imap {

QString ConnectionSettings::securityName(Security security)
{
    switch (security) {
    case Security::ImplicitTls:
        return QStringLiteral("tls");
    case Security::StartTls:
        return QStringLiteral("starttls");
    case Security::None:
        return QStringLiteral("none");
    }
    return QStringLiteral("tls");
}

std::optional<ConnectionSettings::Security> ConnectionSettings::securityFromName(const QString &name)
{
    for (const Security security : {Security::ImplicitTls, Security::StartTls, Security::None}) {
        if (name.compare(securityName(security), Qt::CaseInsensitive) == 0)
            return security;
    }
    return std::nullopt;
}

} // namespace Quail::Imap
