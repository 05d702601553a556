#pragma once

#include "accounts/account.h"

#include <QList>
#include <QString>

#include <memory>
#include <optional>

class QSettings;

namespace Quail::Accounts {

// Where accounts are kept: one settings file shared by `quail` and
// `quail-imap` (organisation "Quail", file "accounts"), so that an account
// added on the command line appears in the window and the other way round.
// Passwords are never written here; see CredentialStore.
class AccountStore
{
public:
    // The user's store, or one in `settingsFile` (tests use a temp file).
    AccountStore();
    explicit AccountStore(const QString &settingsFile);
    ~AccountStore();

    QList<Account> accounts() const;
    std::optional<Account> find(const QString &name) const;

    enum class SaveResult { Saved, InvalidName, NameTaken, Invalid };
    // Saves a new account (an id is assigned when empty) or, with `replace`,
    // overwrites the one of the same name, keeping its id. Returns the saved
    // account through `saved` when it succeeds.
    SaveResult save(Account account, bool replace, Account *saved = nullptr);

    // Removes the account; returns it (for its keychain entry), or nullopt.
    std::optional<Account> remove(const QString &name);

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace Quail::Accounts
