#pragma once

#include <QDialog>

namespace Quail::App {

// Help > Keyboard Shortcuts: every action of `window` that has a shortcut,
// with its keys, built from the actions themselves so that it can never
// disagree with them.
class KeyboardShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit KeyboardShortcutsDialog(const QWidget &window, QWidget *parent = nullptr);
};

} // namespace Quail::App
