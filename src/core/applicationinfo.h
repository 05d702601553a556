#pragma once

class QCoreApplication;

namespace Quail::Core {

// Sets the organisation, application name and version that QSettings,
// QStandardPaths and --version rely on. Every Quail executable calls it first.
void initApplicationInfo(const char *applicationName);

} // namespace Quail::Core
