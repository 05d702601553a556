#pragma once

#include "accounts/credentialstore.h"

#include <QString>
#include <QStringList>

namespace Quail::Cli {

// `quail-imap account add|list|remove …`: accounts in the settings file the
// GUI shares, passwords in the OS keychain under the account's stable id,
// never in a file. Returns the exit status.
int runAccountCommand(const QStringList &arguments);

// The keychain's password for an account id, waiting for the asynchronous
// keychain on a local event loop.
Accounts::CredentialResult readStoredPassword(const QString &accountId);

} // namespace Quail::Cli
