#pragma once

#include "accounts/account.h"
#include "imap/transport/certificatedetails.h"

#include <QByteArray>
#include <QString>

namespace Quail::Accounts {

class AccountStore;

// Trust on first use, the one code path both `quail-imap account trust` and
// the window's certificate dialog take: a certificate is pinned only when the
// fingerprint the user confirmed is the one the server presented, and the pin
// (the leaf's SHA-256) is saved with the account, replacing any earlier one.
enum class PinResult {
    Pinned,
    NoSuchAccount,
    NotTls, // plaintext or a stream command: there is no certificate to trust
    FingerprintMismatch, // what the user confirmed is not what the server presents
    SaveFailed,
};

// "AB:CD:…", "abcd…" or "ab cd …": the same fingerprint, as lowercase hex
// digits without separators.
QByteArray fingerprintDigits(const QString &text);

// Pins `presented` (the leaf the server showed just now) for the account
// named `accountName`, if `confirmedFingerprint` is its SHA-256 in any of the
// forms above. On success the saved account is returned through `pinned`.
PinResult pinCertificate(AccountStore &store, const QString &accountName, const Imap::CertificateSummary &presented,
                         const QString &confirmedFingerprint, Account *pinned = nullptr);

} // namespace Quail::Accounts
