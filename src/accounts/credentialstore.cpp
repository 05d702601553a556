#include "accounts/credentialstore.h"

#include <QPromise>
#include <qt6keychain/keychain.h>

#include <memory>

namespace Quail::Accounts {

namespace {

using Status = CredentialResult::Status;

// QtKeychain reports a missing or unreachable Secret Service as OtherError or
// NoBackendAvailable with a D-Bus message (e.g. "Cannot autolaunch D-Bus
// without X11 $DISPLAY"); tell the user what that means instead.
CredentialResult failure(const QKeychain::Job &job)
{
    CredentialResult result;
    switch (job.error()) {
    case QKeychain::EntryNotFound:
        result.status = Status::NotFound;
        result.errorString = CredentialStore::tr("No password is stored for this account.");
        return result;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        result.status = Status::AccessDenied;
        result.errorString = CredentialStore::tr("The keychain refused access: %1").arg(job.errorString());
        return result;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        result.status = Status::KeychainUnavailable;
        result.errorString =
            CredentialStore::tr("No keychain is available (is a Secret Service such as gnome-keyring or "
                                "KWallet running and unlocked?): %1")
                .arg(job.errorString());
        return result;
    case QKeychain::NoError:
    case QKeychain::CouldNotDeleteEntry:
        break;
    }
    result.status = Status::Failed;
    result.errorString = CredentialStore::tr("The keychain failed: %1").arg(job.errorString());
    return result;
}

// Runs a configured job and turns its finished() signal into a future. The
// job owns itself until it finishes (autoDelete), never the store: QtKeychain's
// libsecret backend does not cancel its D-Bus call when a job is deleted, and
// the late answer would reach a destroyed job (a window closed while its
// password was still being read).
template<typename Job, typename OnSuccess>
QFuture<CredentialResult> run(Job *job, OnSuccess onSuccess)
{
    auto promise = std::make_shared<QPromise<CredentialResult>>();
    promise->start();
    QObject::connect(job, &QKeychain::Job::finished, job, [promise, onSuccess](QKeychain::Job *finished) {
        auto *typed = static_cast<Job *>(finished);
        promise->addResult(typed->error() == QKeychain::NoError ? onSuccess(*typed) : failure(*typed));
        promise->finish();
    });
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->start();
    return promise->future();
}

CredentialResult success(QString secret = {})
{
    CredentialResult result;
    result.status = Status::Ok;
    result.secret = std::move(secret);
    return result;
}

} // namespace

CredentialStore::CredentialStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{
}

QFuture<CredentialResult> CredentialStore::readPassword(const QString &key)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    return run(job, [](const QKeychain::ReadPasswordJob &done) { return success(done.textData()); });
}

QFuture<CredentialResult> CredentialStore::writePassword(const QString &key, const QString &password)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    job->setTextData(password);
    return run(job, [](const QKeychain::WritePasswordJob &) { return success(); });
}

QFuture<CredentialResult> CredentialStore::removePassword(const QString &key)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    return run(job, [](const QKeychain::DeletePasswordJob &) { return success(); });
}

} // namespace Quail::Accounts
