#pragma once

#include "imap/engine/authmethod.h"
#include "imap/transport/connectionsettings.h"

#include <QString>

namespace Quail::Accounts {

// One mail account as the user configured it. Its password is not here: it
// lives in the OS keychain under `id`, which never changes, so editing the
// host or port keeps the keychain entry.
struct Account {
    QString id; // stable, generated once (a UUID)
    QString name; // what the user calls it; letters, digits, ".", "-", "_"
    QString email; // the address, for display
    QString user; // the login name
    Imap::AuthMethod authMethod = Imap::AuthMethod::Auto;
    Imap::ConnectionSettings connection; // host, port, security, CA file, pinned certificate

    static bool isValidName(const QString &name);
};

} // namespace Quail::Accounts
