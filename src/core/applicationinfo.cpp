#include "core/applicationinfo.h"

#include "core/version.h"

#include <QCoreApplication>
#include <QString>

namespace Quail::Core {

void initApplicationInfo(const char *applicationName)
{
    QCoreApplication::setOrganizationName(QStringLiteral("Quail"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("quail.github.io"));
    QCoreApplication::setApplicationName(QString::fromLatin1(applicationName));
    QCoreApplication::setApplicationVersion(QStringLiteral(QUAIL_VERSION_STRING));
}

} // namespace Quail::Core
