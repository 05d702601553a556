#include "accounts/accountstore.h"

#include <QSettings>
#include <QUuid>

namespace Quail::Accounts {

using Imap::ConnectionSettings;

namespace {

const QString Group = QStringLiteral("accounts");

namespace Key {
const QString Name = QStringLiteral("name");
const QString Email = QStringLiteral("email");
const QString User = QStringLiteral("user");
const QString Auth = QStringLiteral("auth");
const QString Host = QStringLiteral("host");
const QString Port = QStringLiteral("port");
const QString Security = QStringLiteral("security");
const QString Stream = QStringLiteral("streamCommand");
const QString CaFile = QStringLiteral("caFile");
const QString Pin = QStringLiteral("pinnedSha256");
} // namespace Key

Account readAccount(QSettings &settings, const QString &id)
{
    settings.beginGroup(id);
    Account account;
    account.id = id;
    account.name = settings.value(Key::Name).toString();
    account.email = settings.value(Key::Email).toString();
    account.user = settings.value(Key::User).toString();
    account.authMethod =
        Imap::authMethodFromName(settings.value(Key::Auth).toString()).value_or(Imap::AuthMethod::Auto);
    ConnectionSettings &c = account.connection;
    c.host = settings.value(Key::Host).toString();
    // An unreadable security value falls back to the safest choice.
    c.security = ConnectionSettings::securityFromName(settings.value(Key::Security).toString())
                     .value_or(ConnectionSettings::Security::ImplicitTls);
    c.port = quint16(settings.value(Key::Port, ConnectionSettings::defaultPort(c.security)).toUInt());
    c.processCommand = settings.value(Key::Stream).toString();
    c.caFile = settings.value(Key::CaFile).toString();
    c.pinnedSha256 = QByteArray::fromHex(settings.value(Key::Pin).toString().toLatin1());
    settings.endGroup();
    return account;
}

void writeAccount(QSettings &settings, const Account &account)
{
    settings.remove(account.id);
    settings.beginGroup(account.id);
    settings.setValue(Key::Name, account.name);
    settings.setValue(Key::Email, account.email);
    settings.setValue(Key::User, account.user);
    settings.setValue(Key::Auth, Imap::authMethodName(account.authMethod));
    const ConnectionSettings &c = account.connection;
    settings.setValue(Key::Host, c.host);
    settings.setValue(Key::Port, c.port);
    settings.setValue(Key::Security, ConnectionSettings::securityName(c.security));
    if (!c.processCommand.isEmpty())
        settings.setValue(Key::Stream, c.processCommand);
    if (!c.caFile.isEmpty())
        settings.setValue(Key::CaFile, c.caFile);
    if (!c.pinnedSha256.isEmpty())
        settings.setValue(Key::Pin, QString::fromLatin1(c.pinnedSha256.toHex()));
    settings.endGroup();
}

} // namespace

AccountStore::AccountStore()
    : m_settings(std::make_unique<QSettings>(QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("Quail"),
                                             QStringLiteral("accounts")))
{
}

AccountStore::AccountStore(const QString &settingsFile)
    : m_settings(std::make_unique<QSettings>(settingsFile, QSettings::IniFormat))
{
}

AccountStore::~AccountStore() = default;

QList<Account> AccountStore::accounts() const
{
    m_settings->sync();
    m_settings->beginGroup(Group);
    QList<Account> result;
    for (const QString &id : m_settings->childGroups())
        result.append(readAccount(*m_settings, id));
    m_settings->endGroup();
    std::sort(result.begin(), result.end(), [](const Account &a, const Account &b) { return a.name < b.name; });
    return result;
}

std::optional<Account> AccountStore::find(const QString &name) const
{
    const QList<Account> all = accounts();
    const auto it = std::find_if(all.cbegin(), all.cend(), [&](const Account &a) { return a.name == name; });
    if (it == all.cend())
        return std::nullopt;
    return *it;
}

AccountStore::SaveResult AccountStore::save(Account account, bool replace, Account *saved)
{
    if (!Account::isValidName(account.name))
        return SaveResult::InvalidName;
    if (account.connection.processCommand.isEmpty()
        && (account.connection.host.isEmpty() || account.connection.port == 0))
        return SaveResult::Invalid;

    if (const auto existing = find(account.name); existing && existing->id != account.id) {
        if (!replace)
            return SaveResult::NameTaken;
        account.id = existing->id; // the keychain entry stays with the name
    }
    if (account.id.isEmpty())
        account.id = QUuid::createUuid().toString(QUuid::WithoutBraces);

    m_settings->beginGroup(Group);
    writeAccount(*m_settings, account);
    m_settings->endGroup();
    m_settings->sync();
    if (saved)
        *saved = account;
    return m_settings->status() == QSettings::NoError ? SaveResult::Saved : SaveResult::Invalid;
}

std::optional<Account> AccountStore::remove(const QString &name)
{
    const auto account = find(name);
    if (!account)
        return std::nullopt;
    m_settings->beginGroup(Group);
    m_settings->remove(account->id);
    m_settings->endGroup();
    m_settings->sync();
    return account;
}

} // namespace Quail::Accounts
