#include "app/keyboardshortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QRegularExpression>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Quail::App {

namespace {

// An action's text as a list shows it: no mnemonic, no ellipsis.
QString plainText(const QAction *action)
{
    QString text = action->text();
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    text.replace(QStringLiteral("&&"), QStringLiteral("&"));
    if (text.endsWith(QChar(0x2026)))
        text.chop(1);
    return text;
}

} // namespace

KeyboardShortcutsDialog::KeyboardShortcutsDialog(const QWidget &window, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("keyboardShortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    auto *layout = new QVBoxLayout(this);
    auto *list = new QTreeWidget(this);
    list->setObjectName(QStringLiteral("shortcutList"));
    list->setRootIsDecorated(false);
    list->setHeaderLabels({tr("Action"), tr("Keys")});
    QList<QAction *> actions = window.findChildren<QAction *>();
    std::sort(actions.begin(), actions.end(),
              [](const QAction *a, const QAction *b) { return plainText(a).localeAwareCompare(plainText(b)) < 0; });
    for (const QAction *action : std::as_const(actions)) {
        if (action->shortcuts().isEmpty() || action->text().isEmpty())
            continue;
        QStringList keys;
        for (const QKeySequence &key : action->shortcuts())
            keys.append(key.toString(QKeySequence::NativeText));
        list->addTopLevelItem(new QTreeWidgetItem({plainText(action), keys.join(tr(", "))}));
    }
    list->resizeColumnToContents(0);
    layout->addWidget(list);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(420, 460);
}

} // namespace Quail::App
