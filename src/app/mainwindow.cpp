#include "app/mainwindow.h"

#include "accounts/accountstore.h"
#include "accounts/credentialstore.h"
#include "app/accountdialog.h"
#include "app/accountsessions.h"
#include "app/settingsdialog.h"
#include "app/trayicon.h"
#include "models/foldertreemodel.h"
#include "ui_mainwindow.h"

#include <QCloseEvent>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>

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
    , m_settings(Settings::load())
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
    connect(m_sessions.get(), &AccountSessions::message, this,
            [this](const QString &text) { statusBar()->showMessage(text); });

    // --- Settings, tray and screenshot readiness ---------------------------
    connect(m_ui->actionSettings, &QAction::triggered, this, &MainWindow::showSettings);
    m_tray = std::make_unique<TrayIcon>(*m_folders);
    // Shown once the caller has had its say: a screenshot run (set right
    // after construction) never flashes an icon into the user's tray.
    m_tray->setEnabled(false);
    QTimer::singleShot(0, this, [this] { m_tray->setEnabled(m_settings.showTrayIcon && !m_screenshotMode); });
    connect(m_tray.get(), &TrayIcon::activated, this, [this] {
        showNormal();
        raise();
        activateWindow();
    });
    connect(m_folders.get(), &Models::FolderTreeModel::accountRefreshed, this, [this](const QString &id) {
        const auto configured = m_accounts->accounts();
        if (m_readySent || configured.isEmpty() || configured.constFirst().id != id)
            return;
        m_readySent = true;
        Q_EMIT readyForScreenshot();
    });
    connect(m_folders.get(), &Models::FolderTreeModel::accountFailed, this,
            [this](const QString &, const QString &text) { Q_EMIT failedForScreenshot(text); });
    connect(m_sessions.get(), &AccountSessions::failed, this, &MainWindow::failedForScreenshot);
    // Queued, so that whoever constructed the window can connect first.
    QTimer::singleShot(0, this, [this] {
        if (m_accounts->accounts().isEmpty())
            Q_EMIT failedForScreenshot(tr("No account is configured. Add one in Quail (File > Add Account…) "
                                          "or with quail-imap account add."));
    });
    // -----------------------------------------------------------------------

    m_sessions->startAll();
    restoreLayout();
}

MainWindow::~MainWindow() = default;

void MainWindow::closeEvent(QCloseEvent *event)
{
    // A screenshot's size is not the user's layout.
    if (!m_screenshotMode)
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
    if (refuseDialog(tr("Adding an account needs the user, and a screenshot run never waits for one.")))
        return;
    // Modeless-friendly: the dialog never blocks on the network itself.
    auto *dialog = new AccountDialog(*m_accounts, *m_credentials, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        statusBar()->showMessage(tr("Account \"%1\" added").arg(dialog->account().name), 5000);
        m_sessions->start(dialog->account(), dialog->sessionPassword());
    });
    dialog->open();
}

void MainWindow::showAbout()
{
    if (refuseDialog(tr("The About box needs the user, and a screenshot run never waits for one.")))
        return;
    QMessageBox::about(this, tr("About Quail"),
                       tr("<h3>Quail %1</h3><p>A fast, safe IMAP mail browser.</p>")
                           .arg(QApplication::applicationVersion().toHtmlEscaped()));
}

// --- Settings and screenshot mode ---------------------------------------------

void MainWindow::showSettings()
{
    if (refuseDialog(tr("The settings dialog needs the user, and a screenshot run never waits for one.")))
        return;
    auto *dialog = new SettingsDialog(m_settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::settingsAccepted, this, [this](const Settings &settings) {
        m_settings = settings;
        m_tray->setEnabled(m_settings.showTrayIcon && !m_screenshotMode);
        Q_EMIT settingsChanged(m_settings);
    });
    dialog->open();
}

void MainWindow::setScreenshotMode(bool on)
{
    m_screenshotMode = on;
    m_tray->setEnabled(m_settings.showTrayIcon && !on);
    if (!on)
        return;
    // The first start's proportions, whatever the user last left.
    m_ui->mainSplitter->setSizes({width() / 4, width() * 3 / 4});
    m_ui->messageSplitter->setSizes({height() * 2 / 5, height() * 3 / 5});
}

bool MainWindow::refuseDialog(const QString &reason)
{
    if (!m_screenshotMode)
        return false;
    Q_EMIT failedForScreenshot(reason);
    return true;
}

} // namespace Quail::App
