#include "app/mainwindow.h"

#include "accounts/accountstore.h"
#include "accounts/credentialstore.h"
#include "app/accountdialog.h"
#include "app/accountsessions.h"
#include "app/connectionindicator.h"
#include "app/connectionprompts.h"
#include "app/notificationbar.h"
#include "models/foldertreemodel.h"
#include "ui_mainwindow.h"

#include <QCloseEvent>
#include <QFutureWatcher>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>

namespace Quail::App {

MainWindow::MainWindow(QWidget *parent)
    : MainWindow(std::make_unique<Accounts::AccountStore>(), parent)
{
}

MainWindow::MainWindow(std::unique_ptr<Accounts::AccountStore> store, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_accounts(std::move(store))
    , m_credentials(std::make_unique<Accounts::CredentialStore>())
    , m_folders(std::make_unique<Models::FolderTreeModel>())
    , m_sessions(std::make_unique<AccountSessions>(*m_accounts, *m_credentials, *m_folders))
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/quail.svg")));

    connect(m_ui->actionAddAccount, &QAction::triggered, this, &MainWindow::addAccount);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionAboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);

    const qsizetype accounts = m_accounts->accounts().size();
    statusBar()->showMessage(accounts == 0 ? tr("No account configured: File > Add Account…")
                                           : tr("%n account(s) configured", nullptr, int(accounts)));

    m_ui->folderView->setModel(m_folders.get());
    // Accounts open expanded, so their folders show at once.
    connect(m_folders.get(), &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &under, int first, int last) {
                if (under.isValid())
                    return;
                for (int row = first; row <= last; ++row)
                    m_ui->folderView->expand(m_folders->index(row, 0));
            });
    setupConnectionUi();
    m_sessions->startAll();
    restoreLayout();
}

MainWindow::~MainWindow() = default;

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    event->accept();
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("MainWindow"));
    if (!restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray()))
        resize(1100, 700);
    // First start: a narrow folder tree, and the list above a larger viewer.
    if (!m_ui->mainSplitter->restoreState(settings.value(QStringLiteral("mainSplitter")).toByteArray()))
        m_ui->mainSplitter->setSizes({width() / 4, width() * 3 / 4});
    if (!m_ui->messageSplitter->restoreState(settings.value(QStringLiteral("messageSplitter")).toByteArray()))
        m_ui->messageSplitter->setSizes({height() * 2 / 5, height() * 3 / 5});
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("MainWindow"));
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainSplitter"), m_ui->mainSplitter->saveState());
    settings.setValue(QStringLiteral("messageSplitter"), m_ui->messageSplitter->saveState());
}

void MainWindow::addAccount()
{
    // Modeless-friendly: the dialog never blocks on the network itself.
    auto *dialog = new AccountDialog(*m_accounts, *m_credentials, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        statusBar()->showMessage(tr("Account \"%1\" added").arg(dialog->account().name), 5000);
        m_sessions->start(dialog->account(), dialog->sessionPassword());
    });
    dialog->open();
}

void MainWindow::showError(const QString &text)
{
    m_notifications->showMessage(NotificationBar::Kind::Error, text);
}

void MainWindow::showNotice(const QString &text)
{
    m_notifications->showMessage(NotificationBar::Kind::Information, text);
}

void MainWindow::setupConnectionUi()
{
    m_notifications = new NotificationBar(this);
    m_ui->centralLayout->insertWidget(0, m_notifications);
    new ConnectionPrompts(*m_sessions, this);
    connect(m_sessions.get(), &AccountSessions::message, this, &MainWindow::showNotice);
    connect(m_sessions.get(), &AccountSessions::error, this, &MainWindow::showError);
    connect(m_sessions.get(), &AccountSessions::serverAlert, this, [this](const QString &account, const QString &text) {
        // The server's words, labelled as such and never blended
        // into a sentence of Quail's (RFC 9051 §7.1: [ALERT] text
        // must be shown to the user as it is).
        m_notifications->showMessage(NotificationBar::Kind::Warning, tr("Server alert from %1: %2").arg(account, text));
    });
    connect(m_sessions.get(), &AccountSessions::statusChanged, this, &MainWindow::updateIndicator);
    connect(m_sessions.get(), &AccountSessions::stopped, this,
            [this](const QString &accountId) { delete m_indicators.take(accountId); });

    auto *removeMenu = new QMenu(tr("&Remove Account"), this);
    removeMenu->setObjectName(QStringLiteral("removeAccountMenu"));
    // Filled as the File menu opens: a disabled (empty) submenu never
    // announces its own aboutToShow, and accounts come and go.
    connect(m_ui->menuFile, &QMenu::aboutToShow, this, &MainWindow::fillRemoveAccountMenu);
    connect(removeMenu, &QMenu::aboutToShow, this, &MainWindow::fillRemoveAccountMenu);
    m_ui->menuFile->insertMenu(m_ui->menuFile->actions().value(1), removeMenu);
    fillRemoveAccountMenu();
}

void MainWindow::updateIndicator(const QString &accountId, const QString &accountName, const ConnectionStatus &status)
{
    ConnectionIndicator *&indicator = m_indicators[accountId];
    if (!indicator) {
        indicator = new ConnectionIndicator(accountName, this);
        connect(indicator, &ConnectionIndicator::reconnectRequested, this,
                [this, accountId] { m_sessions->reconnect(accountId); });
        statusBar()->addPermanentWidget(indicator);
    }
    indicator->setStatus(status);
}

void MainWindow::fillRemoveAccountMenu()
{
    auto *menu = findChild<QMenu *>(QStringLiteral("removeAccountMenu"));
    menu->clear();
    for (const Accounts::Account &account : m_accounts->accounts()) {
        QAction *action = menu->addAction(tr("%1…").arg(account.name));
        action->setObjectName(QStringLiteral("removeAccount:") + account.name);
        connect(action, &QAction::triggered, this, [this, id = account.id] { removeAccount(id); });
    }
    menu->setEnabled(!menu->isEmpty());
}

void MainWindow::removeAccount(const QString &accountId)
{
    const QList<Accounts::Account> all = m_accounts->accounts();
    const auto it = std::find_if(all.cbegin(), all.cend(), [&](const auto &a) { return a.id == accountId; });
    if (it == all.cend())
        return;
    const Accounts::Account account = *it;
    auto *confirm = new QMessageBox(QMessageBox::Warning, tr("Remove Account"),
                                    tr("Remove the account \"%1\" from Quail? Its settings and its password in the "
                                       "keychain are deleted; the mail on the server is not touched.")
                                        .arg(account.name),
                                    QMessageBox::Cancel, this);
    QPushButton *remove = confirm->addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmRemoveButton"));
    confirm->setDefaultButton(QMessageBox::Cancel);
    confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(confirm, &QMessageBox::buttonClicked, this, [this, remove, account](QAbstractButton *button) {
        if (button != remove)
            return;
        m_sessions->stop(account.id);
        m_accounts->remove(account.name);
        fillRemoveAccountMenu();
        auto *watcher = new QFutureWatcher<Accounts::CredentialResult>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, name = account.name] {
            watcher->deleteLater();
            const Accounts::CredentialResult result = watcher->result();
            if (result.ok() || result.status == Accounts::CredentialResult::Status::NotFound)
                showNotice(tr("Account \"%1\" removed.").arg(name));
            else
                showError(tr("Account \"%1\" removed, but its password could not be deleted from the keychain: %2")
                              .arg(name, result.errorString));
        });
        watcher->setFuture(m_credentials->removePassword(account.id));
    });
    confirm->open();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Quail"),
                       tr("<h3>Quail %1</h3><p>A fast, safe IMAP mail browser.</p>")
                           .arg(QApplication::applicationVersion().toHtmlEscaped()));
}

} // namespace Quail::App
