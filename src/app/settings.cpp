#include "app/settings.h"

#include <QSettings>

#include <algorithm>

namespace Quail::App {

namespace {

using Models::MessageActions;
using Models::MessageDocument;

const QString Group = QStringLiteral("Preferences");
const QString FormatKey = QStringLiteral("format");
const QString MarkReadKey = QStringLiteral("markReadOnOpen");
const QString MarkReadDelayKey = QStringLiteral("markReadDelayMs");
const QString DeleteModeKey = QStringLiteral("deleteMode");
const QString RemoteContentKey = QStringLiteral("remoteContent");
const QString UseIdleKey = QStringLiteral("useIdle");
const QString TrayIconKey = QStringLiteral("showTrayIcon");

// Enums are stored as words, not numbers, so the file stays readable and a
// reordered enum cannot silently change what a saved value means.
const QString Html = QStringLiteral("html");
const QString PlainText = QStringLiteral("plain");
const QString MoveToTrash = QStringLiteral("trash");
const QString MarkDeleted = QStringLiteral("markDeleted");
const QString Never = QStringLiteral("never");
const QString Ask = QStringLiteral("ask");

bool readBool(const QSettings &settings, const QString &key, bool fallback)
{
    const QVariant value = settings.value(key);
    if (!value.isValid())
        return fallback;
    const QString text = value.toString().toLower();
    if (text == u"true" || text == u"1")
        return true;
    if (text == u"false" || text == u"0")
        return false;
    return fallback;
}

} // namespace

Settings Settings::load()
{
    QSettings settings;
    return load(settings);
}

Settings Settings::load(QSettings &settings)
{
    Settings result;
    settings.beginGroup(Group);
    const QString format = settings.value(FormatKey).toString();
    if (format == PlainText)
        result.format = MessageDocument::Preference::PlainText;
    else if (format == Html)
        result.format = MessageDocument::Preference::Html;
    result.markReadOnOpen = readBool(settings, MarkReadKey, result.markReadOnOpen);
    bool ok = false;
    const int delay = settings.value(MarkReadDelayKey).toInt(&ok);
    if (ok)
        result.markReadDelayMs = std::clamp(delay, 0, MaxMarkReadDelayMs);
    const QString deleteMode = settings.value(DeleteModeKey).toString();
    if (deleteMode == MarkDeleted)
        result.deleteMode = MessageActions::DeleteMode::MarkDeleted;
    else if (deleteMode == MoveToTrash)
        result.deleteMode = MessageActions::DeleteMode::MoveToTrash;
    const QString remote = settings.value(RemoteContentKey).toString();
    if (remote == Never)
        result.remoteContent = RemoteContent::Never;
    else if (remote == Ask)
        result.remoteContent = RemoteContent::Ask;
    result.useIdle = readBool(settings, UseIdleKey, result.useIdle);
    result.showTrayIcon = readBool(settings, TrayIconKey, result.showTrayIcon);
    settings.endGroup();
    return result;
}

void Settings::save() const
{
    QSettings settings;
    save(settings);
}

void Settings::save(QSettings &settings) const
{
    settings.beginGroup(Group);
    settings.setValue(FormatKey, format == MessageDocument::Preference::PlainText ? PlainText : Html);
    settings.setValue(MarkReadKey, markReadOnOpen);
    settings.setValue(MarkReadDelayKey, markReadDelayMs);
    settings.setValue(DeleteModeKey, deleteMode == MessageActions::DeleteMode::MarkDeleted ? MarkDeleted : MoveToTrash);
    settings.setValue(RemoteContentKey, remoteContent == RemoteContent::Never ? Never : Ask);
    settings.setValue(UseIdleKey, useIdle);
    settings.setValue(TrayIconKey, showTrayIcon);
    settings.endGroup();
}

} // namespace Quail::App
