#include "imap/engine/serverquirks.h"

#include <algorithm>

namespace Quail::Imap {

namespace {

using Family = ServerQuirks::Family;

// How each family is recognised: a capability it alone advertises, words in
// its greeting, or its ID "name".
struct Signature {
    Family family;
    const char *capability;
    QList<QLatin1String> greetingWords;
    QLatin1String idName;
};

const QList<Signature> &signatures()
{
    static const QList<Signature> table{
        {Family::Gmail, "X-GM-EXT-1", {QLatin1String("Gimap")}, QLatin1String("GImap")},
        {Family::Office365,
         nullptr,
         {QLatin1String("Microsoft Exchange"), QLatin1String("Outlook.com")},
         QLatin1String("Microsoft.Exchange")},
        {Family::ICloud,
         nullptr,
         {QLatin1String("iCloud"), QLatin1String("imap.mail.me.com")},
         QLatin1String("iCloud")},
        {Family::Yahoo, nullptr, {QLatin1String("yahoo")}, QLatin1String("Yahoo")},
        {Family::ProtonBridge,
         nullptr,
         {QLatin1String("Proton Mail Bridge"), QLatin1String("ProtonMail Bridge")},
         QLatin1String("Proton Mail Bridge")},
        {Family::Dovecot, nullptr, {QLatin1String("Dovecot")}, QLatin1String("Dovecot")},
        {Family::Cyrus, nullptr, {QLatin1String("Cyrus IMAP")}, QLatin1String("Cyrus IMAPD")},
        {Family::Courier, nullptr, {QLatin1String("Courier-IMAP")}, QLatin1String("Courier-IMAP")},
        {Family::Domino, nullptr, {QLatin1String("Domino IMAP4")}, QLatin1String("Domino")},
    };
    return table;
}

Family recognise(const QString &greeting, const QList<QByteArray> &capabilities,
                 const QList<std::pair<QString, QString>> &idFields)
{
    for (const auto &[field, value] : idFields) {
        if (field.compare(QLatin1String("name"), Qt::CaseInsensitive) != 0)
            continue;
        for (const Signature &s : signatures()) {
            if (value.contains(s.idName, Qt::CaseInsensitive))
                return s.family;
        }
    }
    for (const Signature &s : signatures()) {
        if (s.capability && capabilities.contains(QByteArray(s.capability)))
            return s.family;
    }
    for (const Signature &s : signatures()) {
        const bool named = std::any_of(s.greetingWords.cbegin(), s.greetingWords.cend(), [&](QLatin1String word) {
            return greeting.contains(word, Qt::CaseInsensitive);
        });
        if (named)
            return s.family;
    }
    return Family::Generic;
}

} // namespace

ServerQuirks ServerQuirks::detect(const QString &greeting, const QList<QByteArray> &capabilities,
                                  const QList<std::pair<QString, QString>> &idFields)
{
    ServerQuirks quirks;
    quirks.family = recognise(greeting, capabilities, idFields);
    switch (quirks.family) {
    case Family::Gmail:
        quirks.maxCommandLength = 16000;
        quirks.labelsAsAtoms = true;
        break;
    case Family::Office365:
        quirks.namespaceMayFail = true;
        quirks.esearchNeedsExplicitAll = true;
        quirks.avoidImap4rev2 = true;
        break;
    case Family::ICloud:
        quirks.enableWithoutEnabledResponse = true;
        quirks.avoidQresync = true;
        quirks.avoidRfc822Fetch = true;
        break;
    case Family::Yahoo:
        quirks.maxCommandLength = 1000;
        break;
    case Family::ProtonBridge:
        quirks.noListSpecialUseOption = true;
        break;
    case Family::Dovecot:
        quirks.maxCommandLength = 60000; // Dovecot accepts 64 KiB lines
        break;
    case Family::Courier:
        quirks.maxCommandLength = 16000;
        break;
    case Family::Domino:
    case Family::Cyrus:
    case Family::Generic:
        break;
    }
    return quirks;
}

} // namespace Quail::Imap
