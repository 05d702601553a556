#pragma once

#include <QString>

class QCoreApplication;

namespace Quail::Core {

// Installs the catalogues for the user's languages (QLocale::uiLanguages(),
// so LANGUAGE, LC_ALL, LC_MESSAGES and LANG on Unix): Qt's own (qtbase),
// when the system has it, and `catalogue` from the executable's resources
// (":/i18n/<catalogue>_<language>.qm"). Missing catalogues leave English.
void installTranslators(QCoreApplication &app, const QString &catalogue);

} // namespace Quail::Core
