#pragma once

#include "models/messageactions.h"
#include "models/messagedocument.h"

#include <QMetaType>

class QSettings;

namespace Quail::App {

// The user's preferences, as one value: the dialog edits a copy, and the
// window hands the fields to the models that use them. Each field is one
// key in QSettings (group "Preferences"), so a missing or unreadable key
// falls back to its own default and never to another field's value.
struct Settings {
    // Remote images in HTML mail: never fetched, or offered per message
    // (MessageDocument blocks them until the user allows them).
    enum class RemoteContent { Never, Ask };

    // Which alternative of a multipart/alternative message to show first.
    Models::MessageDocument::Preference format = Models::MessageDocument::Preference::Html;
    // Opening a message marks it \Seen (MessageActions::setMarkReadOnOpen).
    bool markReadOnOpen = true;
    // ...after it has been shown this long (0: at once), so that paging
    // through a folder with the arrow keys does not mark everything read.
    int markReadDelayMs = 0;
    // Delete outside the Trash (MessageActions::setDeleteMode).
    Models::MessageActions::DeleteMode deleteMode = Models::MessageActions::DeleteMode::MoveToTrash;
    RemoteContent remoteContent = RemoteContent::Ask;
    // Push (IDLE) for the open folder; off means the keep-alive polls.
    bool useIdle = true;
    // The unread count in the system tray (where there is one).
    bool showTrayIcon = true;

    // The delay the dialog offers at most.
    static constexpr int MaxMarkReadDelayMs = 60000;

    // From the application's QSettings, or from `settings`.
    static Settings load();
    static Settings load(QSettings &settings);
    void save() const;
    void save(QSettings &settings) const;

    bool operator==(const Settings &other) const = default;
};

} // namespace Quail::App

Q_DECLARE_METATYPE(Quail::App::Settings)
