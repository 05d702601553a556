#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Quail::Models {

// What a folder is for (RFC 6154 SPECIAL-USE, plus INBOX). The order is the
// order in which the tree shows such folders, before the ordinary ones.
enum class SpecialUse {
    None,
    Inbox,
    Drafts,
    Sent,
    Archive,
    All,
    Flagged,
    Junk,
    Trash,
};

namespace SpecialUses {

// The role that the server's attributes name: RFC 6154's \Sent…, and Gmail's
// pre-standard XLIST spellings (\Inbox, \AllMail, \Spam, \Starred). None when
// no attribute names one.
SpecialUse fromAttributes(const QList<QByteArray> &attributes);

// The role that a well-known folder name suggests, for servers that do not
// say (no SPECIAL-USE, or a folder it left unmarked): "Sent", "Gesendet",
// "Envoyés", "Sent Items", "Papierkorb", "Spam", "Entwürfe", "Archiv",
// "All Mail"… compared case-insensitively with the decoded last level of the
// name. None for anything else.
SpecialUse fromWellKnownName(const QString &name);

// The RFC 6154 attribute for a role ("\Sent"), for CREATE … (USE (…)); empty
// for None and Inbox, which have none.
QByteArray attribute(SpecialUse use);

// A stable name for logs and tests: "sent", "trash"…; "" for None.
QString key(SpecialUse use);

} // namespace SpecialUses

} // namespace Quail::Models
