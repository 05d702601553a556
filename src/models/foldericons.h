#pragma once

#include "models/folder.h"

#include <QIcon>
#include <QStringList>

namespace Quail::Models::FolderIcons {

// Freedesktop icon names for a folder, best first; the last is always a
// generic one that every theme has ("folder").
QStringList names(const Folder &folder);
QStringList accountNames();

// Where the application bundles its own icons, one SVG per name
// ("mail-folder-inbox.svg"…): the models do not ship them, the app links
// them in as resources.
QString bundledDirectory();

// The first of the names that the current theme has or that is bundled
// (for each name in turn the theme first, so that a theme without a
// special-use icon still shows the bundled one rather than a generic
// folder); an empty icon when neither has any. Cached.
QIcon icon(const QStringList &names);

} // namespace Quail::Models::FolderIcons
