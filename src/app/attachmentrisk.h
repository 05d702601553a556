#pragma once

#include <QString>
#include <QStringList>

namespace Quail::App {

// Whether opening an attachment could run code instead of showing a
// document: programs, scripts, installers, packages and .desktop launchers,
// by the file name's last extension or by any of `mimeTypes` (the type the
// message declares, the one the content sniffs as, and their parents: a
// shell script named "report.pdf" still sniffs as one). Such files are
// opened only after the user confirmed it; a mail cannot be trusted to
// name them honestly, so every hint counts and none can clear another.
bool isExecutableAttachment(const QString &fileName, const QStringList &mimeTypes);

} // namespace Quail::App
