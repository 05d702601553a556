#include "app/folderchooserdialog.h"

#include "models/foldertreemodel.h"

#include <QDialogButtonBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace Quail::App {

using Models::FolderTreeModel;

FolderChooserDialog::FolderChooserDialog(FolderTreeModel &folders, const QString &accountId, const QString &title,
                                         QWidget *parent)
    : QDialog(parent)
    , m_folders(folders)
    , m_accountId(accountId)
    , m_view(new QTreeView(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("&Folder:"), this);
    label->setBuddy(m_view);
    layout->addWidget(label);
    layout->addWidget(m_view);
    layout->addWidget(m_buttons);

    m_view->setObjectName(QStringLiteral("folderChooserView"));
    m_view->setHeaderHidden(true);
    m_view->setModel(&m_folders);
    // Only this account's folders: messages move within an account.
    m_view->setRootIndex(m_folders.accountIndex(accountId));
    m_view->expandAll();
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &FolderChooserDialog::updateButtons);
    connect(m_view, &QTreeView::doubleClicked, this, [this] {
        if (m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(360, 420);
    updateButtons();
}

Imap::MailboxName FolderChooserDialog::folder() const
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid() || !index.data(FolderTreeModel::SelectableRole).toBool())
        return {};
    return Imap::MailboxName::fromWire(index.data(FolderTreeModel::WireNameRole).toByteArray());
}

void FolderChooserDialog::selectPath(const QString &path)
{
    const QModelIndex index = m_folders.folderIndexByPath(m_accountId, path);
    if (index.isValid())
        m_view->setCurrentIndex(index);
}

void FolderChooserDialog::setExcluded(const Imap::MailboxName &folder)
{
    m_excluded = folder;
    updateButtons();
}

void FolderChooserDialog::updateButtons()
{
    const Imap::MailboxName chosen = folder();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!chosen.isEmpty() && chosen != m_excluded);
}

} // namespace Quail::App
