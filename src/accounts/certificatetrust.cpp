#include "accounts/certificatetrust.h"

#include "accounts/accountstore.h"

namespace Quail::Accounts {

using Imap::ConnectionSettings;

QByteArray fingerprintDigits(const QString &text)
{
    QByteArray digits;
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            digits += char(c.toLower().unicode());
    }
    return digits;
}

PinResult pinCertificate(AccountStore &store, const QString &accountName, const Imap::CertificateSummary &presented,
                         const QString &confirmedFingerprint, Account *pinned)
{
    std::optional<Account> account = store.find(accountName);
    if (!account)
        return PinResult::NoSuchAccount;
    if (account->connection.security == ConnectionSettings::Security::None
        || !account->connection.processCommand.isEmpty())
        return PinResult::NotTls;
    // An empty digest never matches: a pin must name a certificate.
    if (presented.sha256.isEmpty() || fingerprintDigits(confirmedFingerprint) != presented.sha256.toHex())
        return PinResult::FingerprintMismatch;
    account->connection.pinnedSha256 = presented.sha256;
    Account saved;
    if (store.save(*account, true, &saved) != AccountStore::SaveResult::Saved)
        return PinResult::SaveFailed;
    if (pinned)
        *pinned = saved;
    return PinResult::Pinned;
}

} // namespace Quail::Accounts
