#pragma once

#include "app/settings.h"

#include <QDialog>

#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace Quail::App {

// Edits a copy of the Settings. OK saves them to QSettings and emits
// settingsAccepted() with the new value; Cancel changes nothing. The window
// hands the fields to the models (the dialog knows none of them).
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(const Settings &current, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    // What the widgets show now.
    Settings settings() const;
    void setSettings(const Settings &settings);

    void accept() override;

Q_SIGNALS:
    void settingsAccepted(const Quail::App::Settings &settings);

private:
    void updateEnabled();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
};

} // namespace Quail::App
