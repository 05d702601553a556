#include "cli/accountcommands.h"

#include "accounts/accountstore.h"
#include "accounts/certificatetrust.h"
#include "cli/commandline.h"
#include "cli/secrets.h"
#include "cli/sessionerrors.h"
#include "cli/textoutput.h"
#include "imap/engine/engine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QTimer>
#include <QUuid>

#include <cstdio>

namespace Quail::Cli {

using Accounts::Account;
using Accounts::AccountStore;
using Accounts::CredentialResult;
using Accounts::CredentialStore;
using Imap::ConnectionSettings;

namespace {

// This file's strings: their context in the catalogue, which lupdate reads
// from here (a free tr() function would hide it).
struct AccountCommandsText {
    Q_DECLARE_TR_FUNCTIONS(Quail::Cli::AccountCommands)
};

int fail(int status, const QString &message)
{
    const QByteArray line = "quail-imap: " + TextOutput::terminalSafe(message).toLocal8Bit() + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    return status;
}

void print(const QString &text)
{
    const QByteArray line = TextOutput::terminalSafe(text).toUtf8() + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
}

CredentialResult wait(QFuture<CredentialResult> future)
{
    QFutureWatcher<CredentialResult> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<CredentialResult>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(future);
    if (!future.isFinished())
        loop.exec();
    return future.result();
}

QString describe(const Account &account)
{
    const ConnectionSettings &c = account.connection;
    if (!c.processCommand.isEmpty())
        return AccountCommandsText::tr("%1 %2 (stream: %3)").arg(account.name, account.user, c.processCommand);
    return QStringLiteral("%1 %2@%3:%4 %5")
        .arg(account.name, account.user, c.host)
        .arg(c.port)
        .arg(ConnectionSettings::securityName(c.security));
}

// Logs in once, as the account would, and logs out: so that a typo in the
// host or the password is found when adding, not at the first use.
std::optional<QString> verifyLogin(const Account &account, const QString &password, int timeoutSeconds)
{
    Imap::Engine engine;
    QEventLoop loop;
    std::optional<QString> problem =
        AccountCommandsText::tr("timed out after %1 s waiting for the server to log in").arg(timeoutSeconds);
    ErrorContext context;
    context.timeoutSeconds = timeoutSeconds;
    context.endpoint = QStringLiteral("%1:%2").arg(account.connection.host).arg(account.connection.port);
    QObject::connect(&engine, &Imap::Engine::ready, &loop, [&] {
        problem.reset();
        loop.quit();
    });
    QObject::connect(&engine, &Imap::Engine::failed, &loop, [&](const Imap::SessionError &error) {
        problem = describeSessionError(error, context);
        loop.quit();
    });
    ConnectionSettings settings = account.connection;
    settings.connectTimeout = std::chrono::seconds(timeoutSeconds);
    settings.handshakeTimeout = std::chrono::seconds(timeoutSeconds);
    engine.setCommandTimeout(std::chrono::seconds(timeoutSeconds));
    engine.open(settings, Imap::Credentials{account.user, password, false, account.authMethod, {}});
    QTimer::singleShot(std::chrono::seconds(timeoutSeconds), &loop, &QEventLoop::quit);
    loop.exec();
    if (!problem) {
        // A polite LOGOUT, bounded like everything else.
        QObject::connect(&engine, &Imap::Engine::closed, &loop, &QEventLoop::quit);
        engine.logout();
        QTimer::singleShot(std::chrono::seconds(timeoutSeconds), &loop, &QEventLoop::quit);
        loop.exec();
    }
    return problem;
}

int add(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption host(QStringLiteral("host"), AccountCommandsText::tr("The IMAP server."),
                                  AccountCommandsText::tr("H"));
    const QCommandLineOption port(QStringLiteral("port"),
                                  AccountCommandsText::tr("The port (default 993 for tls, else 143)."),
                                  AccountCommandsText::tr("P"));
    const QCommandLineOption security(QStringLiteral("security"),
                                      AccountCommandsText::tr("tls (default), starttls or none."),
                                      QStringLiteral("tls|starttls|none"));
    const QCommandLineOption user(QStringLiteral("user"), AccountCommandsText::tr("The login name."),
                                  AccountCommandsText::tr("U"));
    const QCommandLineOption email(QStringLiteral("email"), AccountCommandsText::tr("The e-mail address."),
                                   AccountCommandsText::tr("ADDRESS"));
    const QCommandLineOption auth(QStringLiteral("auth"), AccountCommandsText::tr("The login mechanism."),
                                  AccountCommandsText::tr("METHOD"));
    const QCommandLineOption caFile(QStringLiteral("ca-file"), AccountCommandsText::tr("Also trust the CAs in PEM."),
                                    AccountCommandsText::tr("PEM"));
    const QCommandLineOption passwordStdin(QStringLiteral("password-stdin"),
                                           AccountCommandsText::tr("Read the password from stdin."));
    const QCommandLineOption passwordFile(QStringLiteral("password-file"),
                                          AccountCommandsText::tr("Read the password from F."),
                                          AccountCommandsText::tr("F"));
    const QCommandLineOption replace(QStringLiteral("replace"),
                                     AccountCommandsText::tr("Replace an account of the same name."));
    const QCommandLineOption noVerify(QStringLiteral("no-verify"),
                                      AccountCommandsText::tr("Store without logging in first."));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     AccountCommandsText::tr("Bound each wait (default 30)."),
                                     AccountCommandsText::tr("SECONDS"));
    parser.addOptions(
        {host, port, security, user, email, auth, caFile, passwordStdin, passwordFile, replace, noVerify, timeout});
    if (!parser.parse(QStringList{QStringLiteral("quail-imap account add")} + arguments))
        return fail(ExitUsage, parser.errorText());
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return fail(ExitUsage,
                    AccountCommandsText::tr("usage: quail-imap account add NAME --host H --user U (--password-stdin | "
                                            "--password-file F) [options]"));

    Account account;
    account.name = positional.first();
    if (!Account::isValidName(account.name))
        return fail(ExitUsage,
                    AccountCommandsText::tr("invalid account name '%1': use letters, digits, '.', '-' and '_'")
                        .arg(account.name));
    AccountStore store;
    const auto existing = store.find(account.name);
    if (existing && !parser.isSet(replace))
        return fail(ExitUsage,
                    AccountCommandsText::tr("an account named '%1' already exists (use --replace)").arg(account.name));
    // The keychain entry is keyed by the id, which never changes.
    account.id = existing ? existing->id : QUuid::createUuid().toString(QUuid::WithoutBraces);

    account.connection.host = parser.value(host);
    account.user = parser.value(user);
    if (account.connection.host.isEmpty() || account.user.isEmpty())
        return fail(ExitUsage, AccountCommandsText::tr("account add needs --host and --user"));
    if (parser.isSet(security)) {
        const auto chosen = ConnectionSettings::securityFromName(parser.value(security));
        if (!chosen)
            return fail(
                ExitUsage,
                AccountCommandsText::tr("unknown security '%1' (tls, starttls or none)").arg(parser.value(security)));
        account.connection.security = *chosen;
    }
    account.connection.port = ConnectionSettings::defaultPort(account.connection.security);
    if (parser.isSet(port)) {
        bool ok = false;
        const uint value = parser.value(port).toUInt(&ok);
        if (!ok || value == 0 || value > 65535)
            return fail(ExitUsage, AccountCommandsText::tr("invalid port '%1'").arg(parser.value(port)));
        account.connection.port = quint16(value);
    }
    if (parser.isSet(auth)) {
        const auto method = Imap::authMethodFromName(parser.value(auth));
        if (!method)
            return fail(ExitUsage, AccountCommandsText::tr("unknown login mechanism '%1'").arg(parser.value(auth)));
        account.authMethod = *method;
    }
    account.email = parser.value(email);
    account.connection.caFile = parser.value(caFile);
    int timeoutSeconds = 30;
    if (parser.isSet(timeout)) {
        bool ok = false;
        timeoutSeconds = parser.value(timeout).toInt(&ok);
        if (!ok || timeoutSeconds <= 0)
            return fail(ExitUsage, AccountCommandsText::tr("invalid timeout '%1'").arg(parser.value(timeout)));
    }

    if (parser.isSet(passwordStdin) == parser.isSet(passwordFile))
        return fail(
            ExitUsage,
            AccountCommandsText::tr("give the password with exactly one of --password-stdin and --password-file"));
    QString error;
    const auto password =
        parser.isSet(passwordStdin) ? readSecretStdin(&error) : readSecretFile(parser.value(passwordFile), &error);
    if (!password)
        return fail(ExitUsage, error);

    if (!parser.isSet(noVerify)) {
        if (const auto problem = verifyLogin(account, *password, timeoutSeconds))
            return fail(ExitConnection, AccountCommandsText::tr("not saved: %1").arg(*problem));
    }

    // The keychain first: if there is none, nothing is saved at all (and
    // the password never goes to a file instead).
    CredentialStore keychain;
    const CredentialResult stored = wait(keychain.writePassword(account.id, *password));
    if (!stored.ok())
        return fail(ExitConnection, AccountCommandsText::tr("not saved: %1").arg(stored.errorString));
    Account saved;
    switch (store.save(account, parser.isSet(replace), &saved)) {
    case AccountStore::SaveResult::Saved:
        break;
    case AccountStore::SaveResult::InvalidName:
    case AccountStore::SaveResult::NameTaken:
    case AccountStore::SaveResult::Invalid:
        if (!existing)
            wait(keychain.removePassword(account.id));
        return fail(ExitConnection, AccountCommandsText::tr("the account could not be saved to the settings file"));
    }
    print(AccountCommandsText::tr("added %1").arg(describe(saved)));
    return ExitOk;
}

// The certificate the account's server presents now: trusted (by its chain
// or the account's pin), or untrusted with its details, or why none could
// be seen. Never logs in: nothing secret is sent to a server not trusted.
struct Presented {
    bool trusted = false;
    std::optional<Imap::CertificateDetails> certificate;
    QString problem;
};

Presented presentedCertificate(const Account &account, int timeoutSeconds)
{
    Imap::Engine engine;
    QEventLoop loop;
    Presented result;
    result.problem = AccountCommandsText::tr("timed out after %1 s waiting for the server").arg(timeoutSeconds);
    ErrorContext context;
    context.timeoutSeconds = timeoutSeconds;
    context.endpoint = QStringLiteral("%1:%2").arg(account.connection.host).arg(account.connection.port);
    QObject::connect(&engine, &Imap::Engine::ready, &loop, [&] {
        result.trusted = true;
        result.problem.clear();
        loop.quit();
    });
    QObject::connect(&engine, &Imap::Engine::failed, &loop, [&](const Imap::SessionError &error) {
        if (error.transport && error.transport->certificate && error.transport->certificate->leaf()) {
            result.certificate = error.transport->certificate;
            result.problem.clear();
        } else {
            result.problem = describeSessionError(error, context);
        }
        loop.quit();
    });
    ConnectionSettings settings = account.connection;
    settings.connectTimeout = std::chrono::seconds(timeoutSeconds);
    settings.handshakeTimeout = std::chrono::seconds(timeoutSeconds);
    Imap::SessionOptions options;
    options.authenticate = false;
    options.enableExtensions = false;
    engine.setCommandTimeout(std::chrono::seconds(timeoutSeconds));
    engine.open(settings, Imap::Credentials{}, options);
    QTimer::singleShot(std::chrono::seconds(timeoutSeconds), &loop, &QEventLoop::quit);
    loop.exec();
    return result;
}

// Pinning is the user's decision, made with the fingerprint in front of
// them: without --sha256 the command only shows what the server presents
// (and what was pinned before); with it, the pin is stored only if the
// fingerprint given is the one presented right now.
int trust(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption sha256(QStringLiteral("sha256"),
                                    AccountCommandsText::tr("Pin the certificate with this SHA-256 fingerprint."),
                                    QStringLiteral("HEX"));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     AccountCommandsText::tr("Bound each wait (default 30)."),
                                     AccountCommandsText::tr("SECONDS"));
    parser.addOptions({sha256, timeout});
    if (!parser.parse(QStringList{QStringLiteral("quail-imap account trust")} + arguments))
        return fail(ExitUsage, parser.errorText());
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return fail(ExitUsage, AccountCommandsText::tr("usage: quail-imap account trust NAME [--sha256 HEX]"));
    int timeoutSeconds = 30;
    if (parser.isSet(timeout)) {
        bool ok = false;
        timeoutSeconds = parser.value(timeout).toInt(&ok);
        if (!ok || timeoutSeconds <= 0)
            return fail(ExitUsage, AccountCommandsText::tr("invalid timeout '%1'").arg(parser.value(timeout)));
    }
    AccountStore store;
    std::optional<Account> account = store.find(positional.first());
    if (!account)
        return fail(ExitUsage, AccountCommandsText::tr("no account named '%1'").arg(positional.first()));
    if (account->connection.security == ConnectionSettings::Security::None
        || !account->connection.processCommand.isEmpty())
        return fail(ExitUsage,
                    AccountCommandsText::tr("the account '%1' does not use TLS: there is no certificate to trust")
                        .arg(account->name));

    const Presented presented = presentedCertificate(*account, timeoutSeconds);
    if (!presented.problem.isEmpty())
        return fail(ExitConnection, presented.problem);
    if (presented.trusted) {
        print(account->connection.pinnedSha256.isEmpty()
                  ? AccountCommandsText::tr("the server's certificate is trusted already (its chain verifies)")
                  : AccountCommandsText::tr("the server presents the pinned certificate; nothing to do"));
        return ExitOk;
    }
    const Imap::CertificateSummary &leaf = *presented.certificate->leaf();
    print(
        AccountCommandsText::tr("the server presents: subject %1, issuer %2, valid %3 to %4")
            .arg(leaf.subject, leaf.issuer, leaf.notBefore.toString(Qt::ISODate), leaf.notAfter.toString(Qt::ISODate)));
    print(AccountCommandsText::tr("SHA-256 %1").arg(leaf.sha256Hex()));
    print(
        AccountCommandsText::tr("not trusted: %1").arg(presented.certificate->errorStrings.join(QStringLiteral("; "))));
    if (!account->connection.pinnedSha256.isEmpty()) {
        Imap::CertificateSummary pinned;
        pinned.sha256 = account->connection.pinnedSha256;
        print(AccountCommandsText::tr("pinned until now: SHA-256 %1 (the server no longer presents it)")
                  .arg(pinned.sha256Hex()));
    }
    if (!parser.isSet(sha256)) {
        print(AccountCommandsText::tr("to trust this certificate for '%1', check its fingerprint with the server's "
                                      "administrator, then run: quail-imap account trust %1 --sha256 %2")
                  .arg(account->name, leaf.sha256Hex()));
        return ExitVerbFailed;
    }
    // The same code path as the window's "Always trust" (accounts/certificatetrust.h).
    switch (Accounts::pinCertificate(store, account->name, leaf, parser.value(sha256))) {
    case Accounts::PinResult::Pinned:
        break;
    case Accounts::PinResult::FingerprintMismatch:
        return fail(ExitUsage,
                    AccountCommandsText::tr("the server presents SHA-256 %1, not the one given: nothing "
                                            "changed")
                        .arg(leaf.sha256Hex()));
    case Accounts::PinResult::NoSuchAccount:
    case Accounts::PinResult::NotTls:
    case Accounts::PinResult::SaveFailed:
        return fail(ExitConnection, AccountCommandsText::tr("could not save the account '%1'").arg(account->name));
    }
    print(AccountCommandsText::tr("pinned: '%1' now trusts the certificate with SHA-256 %2 at %3:%4")
              .arg(account->name, leaf.sha256Hex(), account->connection.host)
              .arg(account->connection.port));
    return ExitOk;
}

int list(const QStringList &arguments)
{
    if (!arguments.isEmpty())
        return fail(ExitUsage, AccountCommandsText::tr("usage: quail-imap account list"));
    for (const Account &account : AccountStore().accounts())
        print(describe(account));
    return ExitOk;
}

int remove(const QStringList &arguments)
{
    if (arguments.size() != 1)
        return fail(ExitUsage, AccountCommandsText::tr("usage: quail-imap account remove NAME"));
    AccountStore store;
    const auto account = store.find(arguments.first());
    if (!account)
        return fail(ExitUsage, AccountCommandsText::tr("no account named '%1'").arg(arguments.first()));
    // The keychain entry first: with no keychain, say so and change nothing.
    CredentialStore keychain;
    const CredentialResult removed = wait(keychain.removePassword(account->id));
    if (!removed.ok() && removed.status != CredentialResult::Status::NotFound)
        return fail(ExitConnection, AccountCommandsText::tr("not removed: %1").arg(removed.errorString));
    store.remove(account->name);
    print(AccountCommandsText::tr("removed %1").arg(account->name));
    return ExitOk;
}

} // namespace

CredentialResult readStoredPassword(const QString &accountId)
{
    CredentialStore keychain;
    return wait(keychain.readPassword(accountId));
}

int runAccountCommand(const QStringList &arguments)
{
    const QString action = arguments.value(0);
    if (action == QStringLiteral("add"))
        return add(arguments.mid(1));
    if (action == QStringLiteral("list"))
        return list(arguments.mid(1));
    if (action == QStringLiteral("remove"))
        return remove(arguments.mid(1));
    if (action == QStringLiteral("trust"))
        return trust(arguments.mid(1));
    return fail(ExitUsage, AccountCommandsText::tr("usage: quail-imap account add|list|remove|trust …"));
}

} // namespace Quail::Cli
