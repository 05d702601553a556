#include "app/accountsessions.h"

#include "accounts/accountstore.h"
#include "accounts/certificatetrust.h"
#include "accounts/credentialstore.h"
#include "imap/engine/engine.h"
#include "models/foldertreemodel.h"

#include <QFutureWatcher>

namespace Quail::App {

using Accounts::CredentialResult;
using State = ConnectionStatus::State;
using Security = ConnectionStatus::Security;
using TransportKind = Imap::TransportError::Kind;

struct AccountSessions::Entry {
    Accounts::Account account; // as the sessions use it: a pin accepted once lives only here
    QString password; // in memory only, never written anywhere
    std::unique_ptr<Imap::Engine> session;
    std::unique_ptr<Imap::Engine> background;
    ConnectionStatus status;
    bool backgroundOpened = false;
    // A question is open: failures until the answer are the same news.
    bool awaitingUser = false;
    // This attempt's failure was reported; the other session's is not news.
    bool reported = false;
    // Store the password in the keychain once it has logged in.
    bool rememberPassword = false;
    // There is no keychain to store it in: every password is for this run.
    bool sessionOnly = false;
};

namespace {

Security securityOf(const Accounts::Account &account)
{
    const Imap::ConnectionSettings &c = account.connection;
    if (!c.processCommand.isEmpty())
        return Security::Stream;
    if (c.security == Imap::ConnectionSettings::Security::None)
        return Security::Plaintext;
    return c.pinnedSha256.isEmpty() ? Security::VerifiedTls : Security::PinnedTls;
}

} // namespace

AccountSessions::AccountSessions(Accounts::AccountStore &store, Accounts::CredentialStore &credentials,
                                 Models::FolderTreeModel &folders, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_credentials(credentials)
    , m_folders(folders)
{
}

AccountSessions::~AccountSessions()
{
    // The model must stop using the engines before they go.
    for (const auto &[id, e] : m_entries)
        m_folders.removeAccount(id);
}

AccountSessions::Entry *AccountSessions::entry(const QString &accountId)
{
    const auto it = m_entries.find(accountId);
    return it == m_entries.end() ? nullptr : it->second.get();
}

ConnectionStatus AccountSessions::status(const QString &accountId) const
{
    const auto it = m_entries.find(accountId);
    return it == m_entries.end() ? ConnectionStatus{} : it->second->status;
}

Accounts::Account AccountSessions::account(const QString &accountId) const
{
    const auto it = m_entries.find(accountId);
    return it == m_entries.end() ? Accounts::Account{} : it->second->account;
}

void AccountSessions::startAll()
{
    for (const Accounts::Account &account : m_store.accounts())
        start(account);
}

void AccountSessions::start(const Accounts::Account &account, const QString &sessionPassword)
{
    if (m_entries.count(account.id) != 0)
        return;
    auto owned = std::make_unique<Entry>();
    Entry &e = *owned;
    e.account = account;
    e.status.security = securityOf(account);
    m_entries[account.id] = std::move(owned);
    setState(e, State::Connecting);
    if (!sessionPassword.isEmpty()) {
        e.sessionOnly = true;
        open(account.id, sessionPassword);
        return;
    }
    readPassword(account.id);
}

void AccountSessions::setUseIdle(bool useIdle)
{
    if (useIdle == m_useIdle)
        return;
    m_useIdle = useIdle;
    for (const auto &[id, e] : m_entries) {
        if (e->session)
            applyKeepAlive(*e->session);
    }
}

void AccountSessions::applyKeepAlive(Imap::Engine &session) const
{
    // The engine's default intervals; only push or polling is the user's.
    session.setKeepAlive(true, std::chrono::seconds(60), std::chrono::minutes(10), m_useIdle);
}

Imap::Engine *AccountSessions::session(const QString &accountId) const
{
    const auto it = m_entries.find(accountId);
    return it == m_entries.end() ? nullptr : it->second->session.get();
}

Imap::Engine *AccountSessions::background(const QString &accountId) const
{
    const auto it = m_entries.find(accountId);
    return it == m_entries.end() ? nullptr : it->second->background.get();
}

void AccountSessions::reconnect(const QString &accountId)
{
    Entry *e = entry(accountId);
    if (!e || e->awaitingUser || (e->status.state != State::Offline && e->status.state != State::Failed))
        return;
    setState(*e, State::Connecting);
    if (!e->password.isEmpty())
        open(accountId, e->password);
    else
        readPassword(accountId);
}

void AccountSessions::stop(const QString &accountId)
{
    Entry *e = entry(accountId);
    if (!e)
        return;
    tearDown(*e);
    m_entries.erase(accountId);
    Q_EMIT stopped(accountId);
}

void AccountSessions::readPassword(const QString &accountId)
{
    auto *watcher = new QFutureWatcher<CredentialResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, accountId] {
        watcher->deleteLater();
        Entry *e = entry(accountId);
        if (!e)
            return; // removed meanwhile
        const CredentialResult result = watcher->result();
        if (result.ok()) {
            open(accountId, result.secret);
            return;
        }
        const QString &name = e->account.name;
        setState(*e, State::Offline, result.errorString);
        Q_EMIT error(tr("%1: %2").arg(name, result.errorString));
        switch (result.status) {
        case CredentialResult::Status::KeychainUnavailable:
            // Never a file instead: a password for this session only.
            e->sessionOnly = true;
            e->awaitingUser = true;
            Q_EMIT passwordNeeded(accountId, PasswordReason::KeychainUnavailable, result.errorString);
            return;
        case CredentialResult::Status::NotFound:
            e->awaitingUser = true;
            Q_EMIT passwordNeeded(accountId, PasswordReason::Missing, QString());
            return;
        case CredentialResult::Status::AccessDenied:
        case CredentialResult::Status::Failed:
        case CredentialResult::Status::Ok:
            return;
        }
    });
    watcher->setFuture(m_credentials.readPassword(accountId));
}

void AccountSessions::tearDown(Entry &e)
{
    m_folders.removeAccount(e.account.id);
    for (auto *engine : {&e.session, &e.background}) {
        if (!*engine)
            continue;
        (*engine)->disconnect(this);
        // Possibly inside one of its own signals: let it go later.
        engine->release()->deleteLater();
    }
    e.backgroundOpened = false;
}

void AccountSessions::open(const QString &accountId, const QString &password)
{
    Entry *found = entry(accountId);
    if (!found)
        return;
    Entry &e = *found;
    // A new attempt gets new engines, so that nothing the old ones still
    // deliver (the other session's failure) is taken for this one's.
    tearDown(e);
    e.password = password;
    e.awaitingUser = false;
    e.reported = false;
    e.status.security = securityOf(e.account);
    for (auto *engine : {&e.session, &e.background}) {
        *engine = std::make_unique<Imap::Engine>();
        (*engine)->setReconnect(true);
        const bool background = engine == &e.background;
        connect(engine->get(), &Imap::Engine::failed, this,
                [this, accountId, background](const Imap::SessionError &failure) {
                    onFailed(accountId, background, failure);
                });
    }
    applyKeepAlive(*e.session);
    connect(e.session.get(), &Imap::Engine::ready, this, [this, accountId] { onReady(accountId); });
    connect(e.session.get(), &Imap::Engine::reconnecting, this,
            [this, accountId](int attempt, std::chrono::milliseconds delay, const QString &reason) {
                Entry *current = entry(accountId);
                if (!current)
                    return;
                current->status.attempt = attempt;
                current->status.retryAt = QDateTime::currentDateTimeUtc().addMSecs(delay.count());
                setState(*current, State::Reconnecting, reason);
            });
    connect(e.session.get(), &Imap::Engine::alert, this, [this, accountId](const QString &text) {
        if (const Entry *current = entry(accountId))
            Q_EMIT serverAlert(current->account.name, text);
    });
    setState(e, State::Connecting);
    // The background session opens once the first has logged in: a wrong
    // password or an untrusted certificate is then met once, not twice.
    e.session->open(e.account.connection, Imap::Credentials{e.account.user, password, false, e.account.authMethod, {}});
    m_folders.addAccount(accountId, e.account.name, e.session.get(), e.background.get());
}

void AccountSessions::openBackground(Entry &e)
{
    if (e.backgroundOpened || !e.background)
        return;
    e.backgroundOpened = true;
    e.background->open(e.account.connection,
                       Imap::Credentials{e.account.user, e.password, false, e.account.authMethod, {}});
}

void AccountSessions::onReady(const QString &accountId)
{
    Entry *e = entry(accountId);
    if (!e)
        return;
    e->reported = false;
    e->status.attempt = 0;
    setState(*e, State::Connected);
    openBackground(*e);
    if (e->rememberPassword) {
        // Stored only now that the server took it.
        e->rememberPassword = false;
        auto *watcher = new QFutureWatcher<CredentialResult>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, name = e->account.name] {
            watcher->deleteLater();
            const CredentialResult result = watcher->result();
            if (result.ok())
                Q_EMIT message(tr("%1: the new password is stored in the keychain.").arg(name));
            else
                Q_EMIT error(tr("%1: the password could not be stored: %2").arg(name, result.errorString));
        });
        watcher->setFuture(m_credentials.writePassword(accountId, e->password));
    }
}

void AccountSessions::onFailed(const QString &accountId, bool background, const Imap::SessionError &failure)
{
    Entry *e = entry(accountId);
    if (!e || e->awaitingUser)
        return;
    const QString &name = e->account.name;
    if (background) {
        // Only news while the session is up; otherwise the session's own
        // failure says it.
        if (!e->reported && e->status.state == State::Connected)
            Q_EMIT error(tr("%1 (folder list): %2").arg(name, failure.message));
        return;
    }
    setState(*e, State::Failed, failure.message);
    const std::optional<Imap::TransportError> &transport = failure.transport;
    const bool withCertificate = transport && transport->certificate && transport->certificate->leaf();
    if (failure.kind == Imap::SessionError::Kind::Transport && withCertificate
        && transport->kind == TransportKind::CertificateChanged) {
        // Not a question: an interception looks exactly like this.
        e->reported = true;
        Q_EMIT error(
            tr("%1: the server's certificate has changed since you chose to trust it; staying offline.").arg(name));
        Q_EMIT certificateChanged(accountId, *transport->certificate, e->account.connection.pinnedSha256);
        return;
    }
    if (failure.kind == Imap::SessionError::Kind::Transport && withCertificate
        && transport->kind == TransportKind::CertificateUntrusted) {
        e->awaitingUser = true;
        Q_EMIT certificateUntrusted(accountId, *transport->certificate);
        return;
    }
    if (failure.kind == Imap::SessionError::Kind::AuthenticationFailed) {
        // One question per refusal; the engine does not retry it itself.
        e->awaitingUser = true;
        Q_EMIT passwordNeeded(accountId,
                              e->sessionOnly ? PasswordReason::KeychainUnavailable : PasswordReason::Rejected,
                              failure.message);
        return;
    }
    if (!e->reported) {
        e->reported = true;
        Q_EMIT error(tr("%1: %2").arg(name, failure.message));
    }
}

void AccountSessions::rejectCertificate(const QString &accountId)
{
    Entry *e = entry(accountId);
    if (!e)
        return;
    e->awaitingUser = false;
    e->reported = true;
    setState(*e, State::Offline, tr("You rejected the server's certificate."));
    Q_EMIT message(tr("%1 stays offline: you rejected the server's certificate.").arg(e->account.name));
}

void AccountSessions::acceptCertificateOnce(const QString &accountId, const Imap::CertificateSummary &certificate)
{
    Entry *e = entry(accountId);
    if (!e || certificate.sha256.isEmpty())
        return;
    // The engine's pin, in memory only: the store is untouched.
    e->account.connection.pinnedSha256 = certificate.sha256;
    e->status.sessionOnlyTrust = true;
    open(accountId, e->password);
}

void AccountSessions::trustCertificate(const QString &accountId, const Imap::CertificateSummary &certificate)
{
    Entry *e = entry(accountId);
    if (!e)
        return;
    Accounts::Account pinned;
    // The fingerprint the dialog showed is the presented certificate's own.
    const auto result =
        Accounts::pinCertificate(m_store, e->account.name, certificate, certificate.sha256Hex(), &pinned);
    if (result != Accounts::PinResult::Pinned) {
        e->awaitingUser = false;
        setState(*e, State::Offline);
        Q_EMIT error(tr("%1: the certificate could not be saved as trusted.").arg(e->account.name));
        return;
    }
    e->account = pinned;
    e->status.sessionOnlyTrust = false;
    Q_EMIT message(tr("%1 now trusts the certificate with SHA-256 %2.").arg(e->account.name, certificate.sha256Hex()));
    open(accountId, e->password);
}

void AccountSessions::usePassword(const QString &accountId, const QString &password, bool remember)
{
    Entry *e = entry(accountId);
    if (!e || password.isEmpty())
        return;
    e->rememberPassword = remember && !e->sessionOnly;
    open(accountId, password);
}

void AccountSessions::stayOffline(const QString &accountId)
{
    Entry *e = entry(accountId);
    if (!e)
        return;
    e->awaitingUser = false;
    e->reported = true;
    e->password.clear();
    setState(*e, State::Offline, tr("No password was given."));
    Q_EMIT message(tr("%1 stays offline: no password was given.").arg(e->account.name));
}

void AccountSessions::setState(Entry &e, State state, const QString &detail)
{
    e.status.state = state;
    e.status.detail = detail;
    // Only a live session has a handshake to show.
    e.status.tls = state == State::Connected && e.session ? e.session->info().tls : std::nullopt;
    Q_EMIT statusChanged(e.account.id, e.account.name, e.status);
}

} // namespace Quail::App
