#include "models/foldericons.h"

#include <QFile>
#include <QHash>

namespace Quail::Models::FolderIcons {

QStringList names(const Folder &folder)
{
    const auto generic = QStringLiteral("folder");
    if (folder.namespaceRoot)
        return {QStringLiteral("folder-remote"), QStringLiteral("folder-publicshare"), generic};
    switch (folder.specialUse) {
    case SpecialUse::Inbox:
        return {QStringLiteral("mail-folder-inbox"), QStringLiteral("folder-mail"), generic};
    case SpecialUse::Drafts:
        return {QStringLiteral("mail-folder-drafts"), QStringLiteral("document-edit"), generic};
    case SpecialUse::Sent:
        return {QStringLiteral("mail-folder-sent"), QStringLiteral("mail-send"), generic};
    case SpecialUse::Archive:
        return {QStringLiteral("mail-folder-archive"), QStringLiteral("folder-documents"), generic};
    case SpecialUse::All:
        return {QStringLiteral("mail-folder-all"), QStringLiteral("folder-mail"), generic};
    case SpecialUse::Flagged:
        return {QStringLiteral("mail-folder-flagged"), QStringLiteral("mail-mark-important"), generic};
    case SpecialUse::Junk:
        return {QStringLiteral("mail-folder-junk"), QStringLiteral("mail-mark-junk"), generic};
    case SpecialUse::Trash:
        return {QStringLiteral("user-trash"), QStringLiteral("trash-empty"), generic};
    case SpecialUse::None:
        break;
    }
    if (!folder.selectable)
        return {QStringLiteral("folder-grey"), generic};
    return {QStringLiteral("folder-mail"), generic};
}

QStringList accountNames()
{
    return {QStringLiteral("folder-remote"), QStringLiteral("network-server"), QStringLiteral("folder")};
}

QString bundledDirectory()
{
    return QStringLiteral(":/icons/folders");
}

QIcon icon(const QStringList &names)
{
    // The GUI thread only (the model's), so a plain static cache will do.
    static QHash<QStringList, QIcon> cache;
    const auto found = cache.constFind(names);
    if (found != cache.cend())
        return *found;
    QIcon chosen;
    for (const QString &name : names) {
        if (QIcon::hasThemeIcon(name)) {
            chosen = QIcon::fromTheme(name);
            break;
        }
        const QString bundled = bundledDirectory() + QLatin1Char('/') + name + QStringLiteral(".svg");
        if (QFile::exists(bundled)) {
            chosen = QIcon(bundled);
            break;
        }
    }
    cache.insert(names, chosen);
    return chosen;
}

} // namespace Quail::Models::FolderIcons
