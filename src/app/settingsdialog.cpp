#include "app/settingsdialog.h"

#include "ui_settingsdialog.h"

#include <QPushButton>

namespace Quail::App {

namespace {

// The combo boxes' rows, in the order the form lists them.
enum FormatRow { HtmlRow, PlainTextRow };
enum DeleteRow { TrashRow, MarkDeletedRow };
enum RemoteRow { NeverRow, AskRow };

} // namespace

SettingsDialog::SettingsDialog(const Settings &current, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
{
    m_ui->setupUi(this);
    setSettings(current);
    connect(m_ui->markReadCheck, &QCheckBox::toggled, this, &SettingsDialog::updateEnabled);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_ui->buttonBox->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] { setSettings(Settings()); });
}

SettingsDialog::~SettingsDialog() = default;

Settings SettingsDialog::settings() const
{
    Settings result;
    result.format = m_ui->formatCombo->currentIndex() == PlainTextRow ? Models::MessageDocument::Preference::PlainText
                                                                      : Models::MessageDocument::Preference::Html;
    result.markReadOnOpen = m_ui->markReadCheck->isChecked();
    result.markReadDelayMs = m_ui->markReadDelaySpin->value() * 1000;
    result.deleteMode = m_ui->deleteModeCombo->currentIndex() == MarkDeletedRow
        ? Models::MessageActions::DeleteMode::MarkDeleted
        : Models::MessageActions::DeleteMode::MoveToTrash;
    result.remoteContent = m_ui->remoteContentCombo->currentIndex() == NeverRow ? Settings::RemoteContent::Never
                                                                                : Settings::RemoteContent::Ask;
    result.useIdle = m_ui->useIdleCheck->isChecked();
    result.showTrayIcon = m_ui->trayIconCheck->isChecked();
    return result;
}

void SettingsDialog::setSettings(const Settings &settings)
{
    m_ui->formatCombo->setCurrentIndex(settings.format == Models::MessageDocument::Preference::PlainText ? PlainTextRow
                                                                                                         : HtmlRow);
    m_ui->markReadCheck->setChecked(settings.markReadOnOpen);
    // The spin box counts whole seconds; a delay saved in finer steps rounds.
    m_ui->markReadDelaySpin->setValue((settings.markReadDelayMs + 500) / 1000);
    m_ui->deleteModeCombo->setCurrentIndex(
        settings.deleteMode == Models::MessageActions::DeleteMode::MarkDeleted ? MarkDeletedRow : TrashRow);
    m_ui->remoteContentCombo->setCurrentIndex(settings.remoteContent == Settings::RemoteContent::Never ? NeverRow
                                                                                                       : AskRow);
    m_ui->useIdleCheck->setChecked(settings.useIdle);
    m_ui->trayIconCheck->setChecked(settings.showTrayIcon);
    updateEnabled();
}

void SettingsDialog::accept()
{
    const Settings result = settings();
    result.save();
    Q_EMIT settingsAccepted(result);
    QDialog::accept();
}

void SettingsDialog::updateEnabled()
{
    // A delay means nothing when opening never marks messages read.
    const bool marks = m_ui->markReadCheck->isChecked();
    m_ui->markReadDelaySpin->setEnabled(marks);
    m_ui->markReadDelayLabel->setEnabled(marks);
}

} // namespace Quail::App
