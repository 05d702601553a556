#pragma once

#include "imap/protocol/mailboxname.h"

#include <QDialog>

class QTreeView;
class QDialogButtonBox;

namespace Quail::Models {
class FolderTreeModel;
}

namespace Quail::App {

// Picks a folder of one account for "Move to…" and "Copy to…": the
// account's part of the folder tree, only folders that can hold messages
// accepted. The dialog is opened with open(), never exec(): the window
// carries on (and its sessions with it) while people choose.
class FolderChooserDialog : public QDialog
{
    Q_OBJECT

public:
    FolderChooserDialog(Models::FolderTreeModel &folders, const QString &accountId, const QString &title,
                        QWidget *parent = nullptr);

    // The folder chosen (valid once accepted), as the server spells it.
    Imap::MailboxName folder() const;
    // Preselects a folder by its decoded path ("Work/Projects").
    void selectPath(const QString &path);
    // A folder that cannot be chosen: the one the messages are in.
    void setExcluded(const Imap::MailboxName &folder);
    QTreeView *view() const { return m_view; }

private:
    void updateButtons();

    Models::FolderTreeModel &m_folders;
    QString m_accountId;
    Imap::MailboxName m_excluded;
    QTreeView *m_view;
    QDialogButtonBox *m_buttons;
};

} // namespace Quail::App
