// The settings dialog and its QSettings round trip, in a temp config: the
// defaults on an empty file, every widget changed with QTest and saved by OK,
// read back equal; Cancel saves nothing; unreadable values fall back.

#include "app/settings.h"
#include "app/settingsdialog.h"
#include "core/applicationinfo.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Quail;

namespace Quail::App {
// For QCOMPARE's messages: every field, so a failure says which one differs.
char *toString(const Settings &s)
{
    return qstrdup(QStringLiteral("{format=%1 markRead=%2 delay=%3 delete=%4 remote=%5 idle=%6 tray=%7}")
                       .arg(int(s.format))
                       .arg(s.markReadOnOpen)
                       .arg(s.markReadDelayMs)
                       .arg(int(s.deleteMode))
                       .arg(int(s.remoteContent))
                       .arg(s.useIdle)
                       .arg(s.showTrayIcon)
                       .toUtf8()
                       .constData());
}
} // namespace Quail::App
using App::Settings;
using App::SettingsDialog;

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void defaultsOnAnEmptyConfig();
    void changedWidgetsAreSavedAndReloaded();
    void cancelSavesNothing();
    void restoreDefaultsButton();
    void unreadableValuesFallBack();

private:
    template<typename T>
    T *child(SettingsDialog &dialog, const char *name)
    {
        auto *widget = dialog.findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no widget %s", name);
        return widget;
    }
    // Picks a combo box row the way a user does: open, arrow, Enter.
    static void chooseRow(QComboBox *combo, int row)
    {
        combo->setFocus();
        while (combo->currentIndex() < row)
            QTest::keyClick(combo, Qt::Key_Down);
        while (combo->currentIndex() > row)
            QTest::keyClick(combo, Qt::Key_Up);
    }

    // A check box takes clicks on its box and text only, not on the rest
    // of the width the layout gave it: click the box.
    static void clickBox(QCheckBox *box)
    {
        QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(box->height() / 2, box->height() / 2));
    }

    QTemporaryDir m_config;
};

void TestSettingsDialog::initTestCase()
{
    Core::initApplicationInfo("quail");
    QVERIFY(m_config.isValid());
    // Every QSettings() of the process reads and writes the temp dir.
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_config.path());
}

void TestSettingsDialog::init()
{
    QSettings().clear();
}

void TestSettingsDialog::defaultsOnAnEmptyConfig()
{
    const Settings loaded = Settings::load();
    QCOMPARE(loaded, Settings());
    QCOMPARE(loaded.format, Models::MessageDocument::Preference::Html);
    QVERIFY(loaded.markReadOnOpen);
    QCOMPARE(loaded.markReadDelayMs, 0);
    QCOMPARE(loaded.deleteMode, Models::MessageActions::DeleteMode::MoveToTrash);
    QCOMPARE(loaded.remoteContent, Settings::RemoteContent::Ask);
    QVERIFY(loaded.useIdle);
    QVERIFY(loaded.showTrayIcon);

    SettingsDialog dialog(loaded);
    QCOMPARE(dialog.settings(), Settings());
    QVERIFY(child<QSpinBox>(dialog, "markReadDelaySpin")->isEnabled());
}

void TestSettingsDialog::changedWidgetsAreSavedAndReloaded()
{
    SettingsDialog dialog(Settings::load());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy accepted(&dialog, &SettingsDialog::settingsAccepted);

    chooseRow(child<QComboBox>(dialog, "formatCombo"), 1);
    auto *spin = child<QSpinBox>(dialog, "markReadDelaySpin");
    spin->setFocus();
    QTest::keyClick(spin, Qt::Key_Up);
    QTest::keyClick(spin, Qt::Key_Up);
    QTest::keyClick(spin, Qt::Key_Up);
    chooseRow(child<QComboBox>(dialog, "deleteModeCombo"), 1);
    chooseRow(child<QComboBox>(dialog, "remoteContentCombo"), 0);
    clickBox(child<QCheckBox>(dialog, "useIdleCheck"));
    clickBox(child<QCheckBox>(dialog, "trayIconCheck"));

    Settings expected;
    expected.format = Models::MessageDocument::Preference::PlainText;
    expected.markReadDelayMs = 3000;
    expected.deleteMode = Models::MessageActions::DeleteMode::MarkDeleted;
    expected.remoteContent = Settings::RemoteContent::Never;
    expected.useIdle = false;
    expected.showTrayIcon = false;
    QCOMPARE(dialog.settings(), expected);

    auto *buttons = child<QDialogButtonBox>(dialog, "buttonBox");
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(accepted.size(), 1);
    QCOMPARE(accepted.first().first().value<Settings>(), expected);
    QCOMPARE(Settings::load(), expected);

    // Turning marking off disables its delay, and is saved too.
    SettingsDialog second(Settings::load());
    auto *check = child<QCheckBox>(second, "markReadCheck");
    QVERIFY(check->isChecked());
    check->click();
    QVERIFY(!child<QSpinBox>(second, "markReadDelaySpin")->isEnabled());
    second.accept();
    expected.markReadOnOpen = false;
    QCOMPARE(Settings::load(), expected);
}

void TestSettingsDialog::cancelSavesNothing()
{
    SettingsDialog dialog(Settings::load());
    QSignalSpy accepted(&dialog, &SettingsDialog::settingsAccepted);
    child<QCheckBox>(dialog, "useIdleCheck")->click();
    QVERIFY(!dialog.settings().useIdle);
    QTest::mouseClick(child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Cancel), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(accepted.size(), 0);
    QVERIFY(QSettings().allKeys().isEmpty());
    QVERIFY(Settings::load().useIdle);
}

void TestSettingsDialog::restoreDefaultsButton()
{
    Settings changed;
    changed.format = Models::MessageDocument::Preference::PlainText;
    changed.showTrayIcon = false;
    SettingsDialog dialog(changed);
    QCOMPARE(dialog.settings(), changed);
    child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::RestoreDefaults)->click();
    QCOMPARE(dialog.settings(), Settings());
}

void TestSettingsDialog::unreadableValuesFallBack()
{
    {
        QSettings settings;
        settings.beginGroup(QStringLiteral("Preferences"));
        settings.setValue(QStringLiteral("format"), QStringLiteral("rtf"));
        settings.setValue(QStringLiteral("markReadOnOpen"), QStringLiteral("perhaps"));
        settings.setValue(QStringLiteral("markReadDelayMs"), 999999);
        settings.setValue(QStringLiteral("deleteMode"), QStringLiteral("shred"));
        settings.setValue(QStringLiteral("useIdle"), QStringLiteral("false"));
    }
    Settings expected;
    expected.markReadDelayMs = Settings::MaxMarkReadDelayMs;
    expected.useIdle = false;
    QCOMPARE(Settings::load(), expected);
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
