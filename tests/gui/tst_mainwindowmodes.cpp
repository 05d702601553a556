// The window's hooks for the command line and the settings: with no
// account it says why a screenshot can never be taken; in screenshot mode
// every dialog refuses with a reason instead of opening; File > Settings…
// opens the dialog, and OK hands the new settings on and to the tray.

#include "accounts/accountstore.h"
#include "app/mainwindow.h"
#include "app/settingsdialog.h"
#include "app/trayicon.h"
#include "core/applicationinfo.h"

#include <QAction>
#include <QCheckBox>
#include <QDialog>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Quail;
using App::MainWindow;

class TestMainWindowModes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void noAccountFailsTheScreenshot();
    void screenshotModeOpensNoDialog();
    void settingsActionOpensTheDialog();

private:
    std::unique_ptr<MainWindow> emptyWindow();
    QAction *action(MainWindow &window, const char *name);

    QTemporaryDir m_dir;
};

void TestMainWindowModes::initTestCase()
{
    Core::initApplicationInfo("quail");
    QVERIFY(m_dir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
}

void TestMainWindowModes::init()
{
    QSettings().clear();
}

std::unique_ptr<MainWindow> TestMainWindowModes::emptyWindow()
{
    QFile::remove(m_dir.filePath(QStringLiteral("accounts.conf")));
    return std::make_unique<MainWindow>(
        std::make_unique<Accounts::AccountStore>(m_dir.filePath(QStringLiteral("accounts.conf"))));
}

QAction *TestMainWindowModes::action(MainWindow &window, const char *name)
{
    auto *found = window.findChild<QAction *>(QLatin1String(name));
    if (!found)
        qFatal("no action %s", name);
    return found;
}

void TestMainWindowModes::noAccountFailsTheScreenshot()
{
    auto window = emptyWindow();
    QSignalSpy failed(window.get(), &MainWindow::failedForScreenshot);
    QSignalSpy ready(window.get(), &MainWindow::readyForScreenshot);
    QVERIFY(failed.wait(5000));
    QVERIFY2(failed.first().first().toString().contains(QStringLiteral("No account")),
             qPrintable(failed.first().first().toString()));
    QCOMPARE(ready.size(), 0);
}

void TestMainWindowModes::screenshotModeOpensNoDialog()
{
    auto window = emptyWindow();
    QSignalSpy failed(window.get(), &MainWindow::failedForScreenshot);
    window->setScreenshotMode(true);
    QVERIFY(window->screenshotMode());
    QVERIFY(!window->trayIcon()->isShown());
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QTRY_COMPARE(failed.size(), 1); // no account
    failed.clear();

    for (const char *name : {"actionAddAccount", "actionSettings", "actionAbout"}) {
        action(*window, name)->trigger();
        QCOMPARE(failed.size(), 1);
        QVERIFY2(failed.takeFirst().first().toString().contains(QStringLiteral("screenshot")), name);
        QCOMPARE(window->findChildren<QDialog *>().size(), 0);
    }
}

void TestMainWindowModes::settingsActionOpensTheDialog()
{
    auto window = emptyWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QSignalSpy changed(window.get(), &MainWindow::settingsChanged);
    QCOMPARE(window->settings(), App::Settings());
    QVERIFY(window->trayIcon()->isEnabled());

    action(*window, "actionSettings")->trigger();
    auto *dialog = window->findChild<App::SettingsDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    dialog->findChild<QCheckBox *>(QStringLiteral("trayIconCheck"))->click();
    dialog->findChild<QCheckBox *>(QStringLiteral("markReadCheck"))->click();
    dialog->accept();

    QCOMPARE(changed.size(), 1);
    App::Settings expected;
    expected.showTrayIcon = false;
    expected.markReadOnOpen = false;
    QVERIFY(changed.first().first().value<App::Settings>() == expected);
    QVERIFY(window->settings() == expected);
    QVERIFY(App::Settings::load() == expected);
    QVERIFY(!window->trayIcon()->isEnabled());
    QVERIFY(!window->trayIcon()->isShown());
}

QTEST_MAIN(TestMainWindowModes)
#include "tst_mainwindowmodes.moc"
