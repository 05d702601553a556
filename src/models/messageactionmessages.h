#pragma once

#include "imap/engine/commandresult.h"

#include <QCoreApplication>
#include <QString>

namespace Quail::Models {

// The sentences MessageActions shows people: one translation context.
class MessageActionMessages
{
    Q_DECLARE_TR_FUNCTIONS(Quail::Models::MessageActionMessages)

public:
    // Why an action failed, from the response code (NOPERM, TRYCREATE,
    // OVERQUOTA, EXPUNGEISSUED…) when the server gave one we know,
    // otherwise quoting its text as the server's words; a failed connection
    // says so. `what` is the action as a phrase ("move 3 messages to
    // “Archive”"); `folder` the other folder involved, if any.
    static QString failure(const QString &what, const Imap::CommandResult &result, const QString &folder = {});
};

} // namespace Quail::Models
