#pragma once

#include "models/folder.h"

#include <QIcon>
#include <QStringList>

namespace Quail::Models::FolderIcons {

// Freedesktop icon names for a folder, best first; the last is always a
// generic one that every theme has ("folder").
QStringList names(const Folder &folder);
QStringList accountNames();

// The first of the names that the current theme has, or an empty icon when
// none is (no theme at all: a headless test, a bare desktop). Cached.
QIcon icon(const QStringList &names);

} // namespace Quail::Models::FolderIcons
