#pragma once

#include <QStyledItemDelegate>

namespace Quail::App {

// How a folder row of the FolderTreeModel looks: the name in bold with the
// unread count after it ("Inbox (3)") while the folder has unread mail, so
// it catches the eye in a long tree; greyed when the folder holds no
// messages itself (\Noselect, levels only implied by subfolders). A
// delegate rather than a proxy model, because the model's DisplayRole is
// the folder's name for everyone else (menus, dialogs, accessibility).
class FolderItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit FolderItemDelegate(QObject *parent = nullptr);

    // Public, so that tests read the text and font a row is painted with.
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace Quail::App
