#include "app/folderitemdelegate.h"

#include "models/foldertreemodel.h"

namespace Quail::App {

using Models::FolderTreeModel;

FolderItemDelegate::FolderItemDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

void FolderItemDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.data(FolderTreeModel::IsAccountRole).toBool())
        return;
    if (!index.data(FolderTreeModel::SelectableRole).toBool())
        option->palette.setBrush(QPalette::Text, option->palette.brush(QPalette::Disabled, QPalette::Text));
    const QVariant unseen = index.data(FolderTreeModel::UnseenRole);
    if (!unseen.isValid() || unseen.toUInt() == 0)
        return;
    option->font.setBold(true);
    option->fontMetrics = QFontMetrics(option->font);
    //: A folder's name and how many unread messages it holds, "Inbox (3)"
    option->text = tr("%1 (%2)").arg(option->text, option->locale.toString(unseen.toUInt()));
    // In a narrow pane the name gives way, never the count.
    option->textElideMode = Qt::ElideMiddle;
}

} // namespace Quail::App
