#include "app/accountsessions.h"

#include "accounts/accountstore.h"
#include "accounts/credentialstore.h"
#include "imap/engine/engine.h"
#include "models/foldertreemodel.h"

#include <QFutureWatcher>

namespace Quail::App {

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
    for (const auto &[id, running] : m_running)
        m_folders.removeAccount(id);
}

void AccountSessions::startAll()
{
    for (const Accounts::Account &account : m_store.accounts())
        start(account);
}

void AccountSessions::start(const Accounts::Account &account, const QString &sessionPassword)
{
    if (m_running.count(account.id) != 0)
        return;
    if (!sessionPassword.isEmpty()) {
        open(account, sessionPassword);
        return;
    }
    auto *watcher = new QFutureWatcher<Accounts::CredentialResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, account] {
        watcher->deleteLater();
        const Accounts::CredentialResult result = watcher->result();
        if (!result.ok()) {
            const QString text = tr("%1: %2").arg(account.name, result.errorString);
            Q_EMIT message(text);
            Q_EMIT failed(text);
            return;
        }
        open(account, result.secret);
    });
    watcher->setFuture(m_credentials.readPassword(account.id));
}

void AccountSessions::open(const Accounts::Account &account, const QString &password)
{
    if (m_running.count(account.id) != 0)
        return;
    Running &running = m_running[account.id];
    const Imap::Credentials credentials{account.user, password, false, account.authMethod, {}};
    for (auto *engine : {&running.session, &running.background}) {
        *engine = std::make_unique<Imap::Engine>();
        (*engine)->setReconnect(true);
        connect(engine->get(), &Imap::Engine::failed, this, [this, name = account.name](const Imap::SessionError &e) {
            const QString text = tr("%1: %2").arg(name, e.message);
            Q_EMIT message(text);
            Q_EMIT failed(text);
        });
    }
    running.session->setKeepAlive(true);
    connect(running.session.get(), &Imap::Engine::alert, this, [this, name = account.name](const QString &text) {
        // Server words, labelled as such.
        Q_EMIT message(tr("Message from the server of %1: %2").arg(name, text));
    });
    running.session->open(account.connection, credentials);
    running.background->open(account.connection, credentials);
    m_folders.addAccount(account.id, account.name, running.session.get(), running.background.get());
}

} // namespace Quail::App
