#include "folderplan.h"

#include <QtGlobal>

namespace MailGen {

QList<FolderSpec> defaultFolders(int inboxMessages)
{
    // "At least a few" so that every folder has something to show even for tiny runs.
    const int share = qMax(5, inboxMessages / 10);
    const int small = qMax(3, inboxMessages / 30);
    return {
        {QStringLiteral("INBOX"), FolderKind::Inbox, inboxMessages, true},
        {QStringLiteral("Work"), FolderKind::Work, share, true},
        {QStringLiteral("Work/Projects"), FolderKind::Work, share, true},
        {QStringLiteral("Work/Projects/Quail"), FolderKind::Project, share, true},
        {QStringLiteral("Lists"), FolderKind::MailingLists, small, true},
        {QStringLiteral("Lists/qt-interest"), FolderKind::QtList, share, true},
        {QStringLiteral("Lists/dovecot"), FolderKind::DovecotList, share, false},
        {QStringLiteral("Family"), FolderKind::Family, share, true},
        {QStringLiteral("Receipts/2025"), FolderKind::Receipts, share, true},
        {QStringLiteral("Überweisungen"), FolderKind::Bank, share, true},
        {QStringLiteral("日本語"), FolderKind::Japanese, share, true},
        {QStringLiteral("Sent"), FolderKind::Sent, share, true},
        {QStringLiteral("Drafts"), FolderKind::Drafts, small, true},
        {QStringLiteral("Trash"), FolderKind::Trash, small, true},
        {QStringLiteral("Junk"), FolderKind::Junk, small, true},
        {QStringLiteral("Archive"), FolderKind::Archive, share, true},
        // Not scaled: always the same hand-made messages.
        {QStringLiteral("Hard Cases"), FolderKind::HardCases, 0, true},
    };
}

FolderSpec singleFolder(const QString &name, int messages)
{
    const bool inbox = name.compare(QLatin1StringView("INBOX"), Qt::CaseInsensitive) == 0;
    return {inbox ? QStringLiteral("INBOX") : name, FolderKind::Inbox, messages, false};
}

QString folderNameProblem(const QString &name)
{
    if (name.isEmpty())
        return QStringLiteral("the folder name is empty");
    if (name.startsWith(u'/') || name.endsWith(u'/') || name.contains(QLatin1StringView("//")))
        return QStringLiteral("'/' separates folder levels and cannot start, end or repeat in a name");
    // Maildir++ stores the hierarchy with dots, so a dot cannot be part of a name.
    if (name.contains(u'.'))
        return QStringLiteral("Maildir++ folder names cannot contain '.'");
    for (const QChar c : name) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return QStringLiteral("the folder name contains control characters");
    }
    return {};
}

} // namespace MailGen
