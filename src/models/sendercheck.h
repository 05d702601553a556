#pragma once

#include <QString>

namespace Quail::Models {

// The "Composition Kills" display-name trick: "ceo@bank.example"
// <attacker@evil.example> shows a trusted address that is not the sender's.
// A display name containing an address (after NFKC, so a full-width "＠"
// counts) other than the real one is suspicious; `claimedAddress` is the
// first such address.
struct SenderCheck {
    bool suspicious = false;
    QString claimedAddress;
};

SenderCheck checkSender(const QString &displayName, const QString &address);

// An address as it should be shown next to a display name: the domain in
// punycode when it has non-ASCII characters, so that a homograph (a
// Cyrillic "а" in "bаnk.example") is visible.
QString displayAddress(const QString &address);

} // namespace Quail::Models
