#include "models/folderlistloader.h"

#include "models/commandrunner.h"
#include "models/foldermessages.h"

namespace Quail::Models {

namespace {

using Imap::CommandResult;

QString describe(const QString &what, const CommandResult &result)
{
    return result.status == CommandResult::Status::Failed
        ? FolderMessages::tr("Could not list the folders: %1").arg(result.text)
        : FolderMessages::tr("The server refused to list the folders (%1); it said: “%2”").arg(what, result.text);
}

} // namespace

FolderListLoader::FolderListLoader(Imap::Engine *engine, const QString &accountId, bool wantCounts, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_accountId(accountId)
    , m_wantCounts(wantCounts)
{
}

QList<QByteArray> FolderListLoader::statusItems()
{
    return {QByteArrayLiteral("MESSAGES"), QByteArrayLiteral("UNSEEN")};
}

void FolderListLoader::send(const Imap::Command &command, std::function<void(const Imap::CommandResult &)> then)
{
    runCommand(m_engine, command, this, std::move(then));
}

void FolderListLoader::start()
{
    if (!m_engine) {
        Q_EMIT failed(FolderMessages::notConnected(m_accountId));
        return;
    }
    const Imap::SessionInfo &info = m_engine->info();
    const Imap::Capabilities &caps = info.capabilities;
    m_extended = caps.has("LIST-EXTENDED");
    m_listStatus = m_extended && caps.has("LIST-STATUS");
    if (info.enabled.contains("UTF8=ACCEPT"))
        m_listing.encoding = Imap::MailboxName::Encoding::Utf8;
    if (caps.has("NAMESPACE") || caps.isImap4rev2())
        listNamespaces();
    else
        listMailboxes();
}

void FolderListLoader::listNamespaces()
{
    send(Imap::Commands::namespaces(), [this](const CommandResult &result) {
        // A server may refuse NAMESPACE; the tree then treats every folder as
        // personal, which is what such a server means.
        const QList<Imap::NamespaceData> data = result.all<Imap::NamespaceData>();
        if (result.ok() && !data.isEmpty()) {
            m_listing.namespaces = data.constLast();
            const auto add = [this](const QList<Imap::NamespaceDescriptor> &descriptors) {
                for (const Imap::NamespaceDescriptor &descriptor : descriptors) {
                    if (!descriptor.prefix.isEmpty())
                        m_namespacePatterns.append(descriptor.prefix.wire() + '*');
                }
            };
            add(m_listing.namespaces->otherUsers);
            add(m_listing.namespaces->shared);
        }
        if (result.status == CommandResult::Status::Failed) {
            Q_EMIT failed(describe(QStringLiteral("NAMESPACE"), result));
            return;
        }
        listMailboxes();
    });
}

void FolderListLoader::listMailboxes()
{
    const Imap::Capabilities &caps = m_engine ? m_engine->info().capabilities : Imap::Capabilities();
    Imap::Command command = Imap::Commands::list("", "*");
    if (m_extended) {
        QList<QByteArray> returnOptions{QByteArrayLiteral("SUBSCRIBED"), QByteArrayLiteral("CHILDREN")};
        if (caps.has("SPECIAL-USE"))
            returnOptions.append(QByteArrayLiteral("SPECIAL-USE"));
        if (m_listStatus && m_wantCounts)
            returnOptions.append("STATUS (" + statusItems().join(' ') + ')');
        command = Imap::Commands::list("", "*", {}, returnOptions);
    } else if (caps.has("XLIST") && !caps.has("SPECIAL-USE")) {
        // Gmail's pre-standard listing names the special folders (\AllMail…).
        command = Imap::Command("XLIST");
        command.string(QByteArrayView("")).string(QByteArrayView("*"));
    }
    send(command, [this](const CommandResult &result) {
        if (!result.ok()) {
            Q_EMIT failed(describe(QStringLiteral("LIST"), result));
            return;
        }
        m_listing.mailboxes += result.all<Imap::ListData>();
        m_listing.statuses += result.all<Imap::StatusData>();
        listNextNamespace();
    });
}

void FolderListLoader::listNextNamespace()
{
    if (m_namespacePatterns.isEmpty()) {
        listSubscriptions();
        return;
    }
    const QByteArray pattern = m_namespacePatterns.takeFirst();
    QList<QByteArray> returnOptions;
    if (m_extended) {
        returnOptions = {QByteArrayLiteral("SUBSCRIBED"), QByteArrayLiteral("CHILDREN")};
        if (m_listStatus && m_wantCounts)
            returnOptions.append("STATUS (" + statusItems().join(' ') + ')');
    }
    send(Imap::Commands::list("", pattern, {}, returnOptions), [this](const CommandResult &result) {
        // Another namespace that cannot be listed leaves the rest usable.
        if (result.ok()) {
            m_listing.mailboxes += result.all<Imap::ListData>();
            m_listing.statuses += result.all<Imap::StatusData>();
        } else if (result.status == CommandResult::Status::Failed) {
            Q_EMIT failed(describe(QStringLiteral("LIST"), result));
            return;
        }
        listNextNamespace();
    });
}

void FolderListLoader::listSubscriptions()
{
    if (m_extended) {
        done();
        return;
    }
    send(Imap::Commands::lsub("", "*"), [this](const CommandResult &result) {
        if (result.status == CommandResult::Status::Failed) {
            Q_EMIT failed(describe(QStringLiteral("LSUB"), result));
            return;
        }
        // LSUB is deprecated (RFC 9051); a server that refuses it has no
        // subscriptions to show.
        m_listing.subscriptions = result.ok() ? result.all<Imap::ListData>() : QList<Imap::ListData>();
        done();
    });
}

void FolderListLoader::done()
{
    Q_EMIT listed(m_listing);
    if (!m_wantCounts || m_listStatus) {
        Q_EMIT finished();
        return;
    }
    for (const Folder &folder : buildFolderTree(m_accountId, m_listing)) {
        if (folder.selectable)
            m_statusQueue.append(folder.name);
    }
    statusNext();
}

void FolderListLoader::statusNext()
{
    if (m_statusQueue.isEmpty()) {
        Q_EMIT finished();
        return;
    }
    const Imap::MailboxName mailbox = m_statusQueue.takeFirst();
    send(Imap::Commands::status(mailbox, statusItems()), [this](const CommandResult &result) {
        if (result.status == CommandResult::Status::Failed) {
            Q_EMIT failed(describe(QStringLiteral("STATUS"), result));
            return;
        }
        // A folder another client just deleted answers NO: no counts for it.
        for (const Imap::StatusData &status : result.all<Imap::StatusData>())
            Q_EMIT statusReceived(status);
        statusNext();
    });
}

} // namespace Quail::Models
