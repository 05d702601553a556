// The folder tree model against the Dovecot fixture, always under
// QAbstractItemModelTester: the fixture's tree with its roles and counts;
// create, rename, delete and (un)subscribe through the model, each checked
// on the server through a second connection; refusals as sentences; and
// another client changing folders and counts underneath the model, which
// must follow in place (never a reset).

#include "awaitreply.h"
#include "imap/engine/engine.h"
#include "imap/protocol/commands.h"
#include "models/foldertreemodel.h"
#include "testserver.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QDateTime>
#include <QIcon>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

using namespace Quail::Imap;
using namespace Quail::Models;
using namespace std::chrono_literals;
using Quail::Test::TestServer;

namespace {

constexpr int Timeout = 15000;
const QString Account = QStringLiteral("fixture");

CommandResult await(CommandReply *reply)
{
    return Quail::Test::await(reply, Timeout);
}

// A name no other test (or earlier run) uses.
QString uniqueName(const QString &stem)
{
    return stem + QLatin1Char('-') + QString::number(QCoreApplication::applicationPid()) + QLatin1Char('-')
        + QString::number(QDateTime::currentMSecsSinceEpoch() % 100000000);
}

QByteArray message(const QByteArray &subject)
{
    return "From: Other Client <other@example.org>\r\nTo: quail@example.org\r\nSubject: " + subject
        + "\r\nMessage-ID: <" + subject + "@quail.test>\r\n\r\nBody.\r\n";
}

} // namespace

class TestFolderTreeModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void treeMatchesTheFixture();
    void countsMatchTheManifest();
    void createRenameDeleteThroughTheModel();
    void subscribeAndUnsubscribe();
    void moveToAnotherParent();
    void refusalsAreSentences();
    void followsAnotherClientInPlace();
    void selectedFolderCountsAreLive();
    void oneTreeForTwoAccounts();

private:
    std::unique_ptr<Engine> openEngine(const QString &user, const QString &password);
    bool waitForIdleModel();
    // Through the second connection: what the server holds.
    QList<ListData> serverList(const QByteArray &pattern);
    bool serverHas(const MailboxName &mailbox);
    bool serverSubscribed(const MailboxName &mailbox);
    std::optional<StatusData> serverStatus(const MailboxName &mailbox);
    // Runs an operation through the model and returns the failure message
    // (empty on success).
    template<typename Call>
    QString runOperation(Call call);
    QModelIndex byPath(const QString &path) const { return m_model->folderIndexByPath(Account, path); }

    TestServer m_server;
    QJsonObject m_manifestFolders;
    std::unique_ptr<Engine> m_engine; // the message list's session
    std::unique_ptr<Engine> m_background; // the model's own
    std::unique_ptr<Engine> m_other; // another client, and the checker
    std::unique_ptr<FolderTreeModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    int m_resets = 0;
    QList<MailboxName> m_cleanup;
};

void TestFolderTreeModel::initTestCase()
{
    QString error;
    const auto server = TestServer::fromEnvironment(&error);
    QVERIFY2(server, qPrintable(error));
    m_server = *server;
    m_manifestFolders = m_server.manifestFolders();
    QVERIFY2(!m_manifestFolders.isEmpty(), "the fixture ran without sample mail");
}

std::unique_ptr<Engine> TestFolderTreeModel::openEngine(const QString &user, const QString &password)
{
    auto engine = std::make_unique<Engine>();
    ConnectionSettings settings;
    settings.host = m_server.host;
    settings.port = m_server.imapsPort;
    settings.caFile = m_server.caFile;
    QSignalSpy ready(engine.get(), &Engine::ready);
    QSignalSpy failed(engine.get(), &Engine::failed);
    engine->open(settings, Credentials{user, password, false, AuthMethod::Auto, {}});
    if (!QTest::qWaitFor([&] { return !ready.isEmpty() || !failed.isEmpty(); }, Timeout) || ready.isEmpty())
        return nullptr;
    return engine;
}

bool TestFolderTreeModel::waitForIdleModel()
{
    return QTest::qWaitFor([&] { return m_model->isLoaded(Account) && !m_model->isRefreshing(Account); }, Timeout);
}

void TestFolderTreeModel::init()
{
    m_engine = openEngine(m_server.user, m_server.password);
    m_background = openEngine(m_server.user, m_server.password);
    m_other = openEngine(m_server.user, m_server.password);
    QVERIFY(m_engine && m_background && m_other);
    m_model = std::make_unique<FolderTreeModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_resets = 0;
    connect(m_model.get(), &QAbstractItemModel::modelAboutToBeReset, this, [this] { ++m_resets; });
    connect(m_model.get(), &QAbstractItemModel::layoutAboutToBeChanged, this, [this] { ++m_resets; });
    QSignalSpy refreshed(m_model.get(), &FolderTreeModel::accountRefreshed);
    m_model->addAccount(Account, QStringLiteral("Fixture"), m_engine.get(), m_background.get());
    QVERIFY(refreshed.wait(Timeout));
    QVERIFY(m_model->isLoaded(Account));
}

void TestFolderTreeModel::cleanup()
{
    if (m_other) {
        for (const MailboxName &name : std::as_const(m_cleanup)) {
            await(m_other->execute(Commands::deleteMailbox(name)));
            await(m_other->execute(Commands::unsubscribe(name)));
        }
    }
    m_cleanup.clear();
    QCOMPARE(m_resets, 0);
    m_tester.reset();
    m_model.reset();
    m_engine.reset();
    m_background.reset();
    m_other.reset();
}

QList<ListData> TestFolderTreeModel::serverList(const QByteArray &pattern)
{
    return await(m_other->execute(Commands::list("", pattern))).all<ListData>();
}

bool TestFolderTreeModel::serverHas(const MailboxName &mailbox)
{
    const QList<ListData> found = serverList(mailbox.wire());
    return std::any_of(found.begin(), found.end(), [&](const ListData &data) {
        return data.mailbox == mailbox && !data.hasAttribute("\\NonExistent");
    });
}

bool TestFolderTreeModel::serverSubscribed(const MailboxName &mailbox)
{
    const QList<ListData> found = await(m_other->execute(Commands::lsub("", mailbox.wire()))).all<ListData>();
    return std::any_of(found.begin(), found.end(), [&](const ListData &data) { return data.mailbox == mailbox; });
}

std::optional<StatusData> TestFolderTreeModel::serverStatus(const MailboxName &mailbox)
{
    const QList<StatusData> found =
        await(m_other->execute(Commands::status(mailbox, {"MESSAGES", "UNSEEN"}))).all<StatusData>();
    if (found.isEmpty())
        return std::nullopt;
    return found.constFirst();
}

template<typename Call>
QString TestFolderTreeModel::runOperation(Call call)
{
    QSignalSpy finished(m_model.get(), &FolderTreeModel::operationFinished);
    QSignalSpy failed(m_model.get(), &FolderTreeModel::operationFailed);
    call();
    if (!QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, Timeout))
        return QStringLiteral("timed out");
    if (!failed.isEmpty()) {
        qInfo("refused: %s", qPrintable(failed.constFirst().at(3).toString()));
        return failed.constFirst().at(3).toString();
    }
    // Let the listing that follows a change settle.
    if (!waitForIdleModel())
        return QStringLiteral("the listing after the change did not finish");
    return {};
}

void TestFolderTreeModel::treeMatchesTheFixture()
{
    const QModelIndex account = m_model->accountIndex(Account);
    QVERIFY(account.isValid());
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(account.data().toString(), QStringLiteral("Fixture"));
    QVERIFY(account.data(FolderTreeModel::IsAccountRole).toBool());

    // INBOX first, then the special folders in a fixed order.
    const QModelIndex inbox = m_model->index(0, 0, account);
    QCOMPARE(inbox.data(FolderTreeModel::WireNameRole).toByteArray(), QByteArray("INBOX"));
    QCOMPARE(inbox.data(FolderTreeModel::SpecialUseRole).toInt(), int(SpecialUse::Inbox));
    QCOMPARE(inbox.data(FolderTreeModel::IconNameRole).toString(), QStringLiteral("mail-folder-inbox"));
    QStringList order;
    for (int row = 1; row <= 5; ++row)
        order.append(m_model->index(row, 0, account).data().toString());
    QCOMPARE(order,
             (QStringList{QStringLiteral("Drafts"), QStringLiteral("Sent"), QStringLiteral("Archive"),
                          QStringLiteral("Junk"), QStringLiteral("Trash")}));
    const std::pair<const char *, SpecialUse> roles[] = {{"Drafts", SpecialUse::Drafts},
                                                         {"Sent", SpecialUse::Sent},
                                                         {"Archive", SpecialUse::Archive},
                                                         {"Junk", SpecialUse::Junk},
                                                         {"Trash", SpecialUse::Trash}};
    for (const auto &[name, use] : roles) {
        const QModelIndex index = byPath(QLatin1StringView(name));
        QVERIFY2(index.isValid(), name);
        QCOMPARE(index.data(FolderTreeModel::SpecialUseRole).toInt(), int(use));
        QCOMPARE(m_model->specialFolder(Account, use), index);
        QVERIFY(index.data(Qt::DecorationRole).canConvert<QIcon>());
    }
    QCOMPARE(byPath(QStringLiteral("Trash")).data(FolderTreeModel::IconNameRole).toString(),
             QStringLiteral("user-trash"));

    // The hierarchy, decoded names and the raw names kept for the protocol.
    const QModelIndex quail = byPath(QStringLiteral("Work/Projects/Quail"));
    QVERIFY(quail.isValid());
    QCOMPARE(quail.data().toString(), QStringLiteral("Quail"));
    QCOMPARE(quail.parent(), byPath(QStringLiteral("Work/Projects")));
    QCOMPARE(quail.parent().parent(), byPath(QStringLiteral("Work")));
    QCOMPARE(quail.parent().parent().parent(), account);
    QCOMPARE(quail.data(FolderTreeModel::DelimiterRole).toString(), QStringLiteral("/"));
    QVERIFY(byPath(QStringLiteral("Work")).data(FolderTreeModel::HasChildrenRole).toBool());
    QVERIFY(!quail.data(FolderTreeModel::HasChildrenRole).toBool());
    const QModelIndex japanese = byPath(QString::fromUtf16(u"日本語"));
    QVERIFY(japanese.isValid());
    QCOMPARE(japanese.data(FolderTreeModel::WireNameRole).toByteArray(), QByteArray("&ZeVnLIqe-"));
    const QModelIndex bank = byPath(QString::fromUtf16(u"Überweisungen"));
    QCOMPARE(bank.data().toString(), QString::fromUtf16(u"Überweisungen"));
    QCOMPARE(bank.data(FolderTreeModel::WireNameRole).toByteArray(), QByteArray("&ANw-berweisungen"));
    QVERIFY(bank.data(FolderTreeModel::DecodableRole).toBool());

    // "Receipts" exists only as the parent of "Receipts/2025".
    const QModelIndex receipts = byPath(QStringLiteral("Receipts"));
    QVERIFY(receipts.isValid());
    QVERIFY(!receipts.data(FolderTreeModel::SelectableRole).toBool());
    QCOMPARE(byPath(QStringLiteral("Receipts/2025")).parent(), receipts);
    QVERIFY(byPath(QStringLiteral("Receipts/2025")).data(FolderTreeModel::SelectableRole).toBool());

    // Subscriptions: everything but Lists/dovecot.
    QVERIFY(byPath(QStringLiteral("Lists/qt-interest")).data(FolderTreeModel::SubscribedRole).toBool());
    QVERIFY(!byPath(QStringLiteral("Lists/dovecot")).data(FolderTreeModel::SubscribedRole).toBool());
    QVERIFY(inbox.data(FolderTreeModel::SubscribedRole).toBool());

    // Other users' and public namespaces, last, as roots of their own.
    const QModelIndex shared = byPath(QStringLiteral("shared"));
    QVERIFY(shared.isValid());
    QVERIFY(shared.data(FolderTreeModel::NamespaceRootRole).toBool());
    QCOMPARE(shared.data(FolderTreeModel::NamespaceRole).toInt(), int(NamespaceKind::OtherUsers));
    QVERIFY(!shared.data(FolderTreeModel::SelectableRole).toBool());
    const QModelIndex projects = byPath(QStringLiteral("shared/quail2/Shared Projects"));
    QVERIFY(projects.isValid());
    QVERIFY(projects.data(FolderTreeModel::SelectableRole).toBool());
    QCOMPARE(projects.data(FolderTreeModel::NamespaceRole).toInt(), int(NamespaceKind::OtherUsers));
    const QModelIndex announcements = byPath(QStringLiteral("Public/Announcements"));
    QVERIFY(announcements.isValid());
    QCOMPARE(announcements.data(FolderTreeModel::NamespaceRole).toInt(), int(NamespaceKind::Shared));
    QVERIFY(byPath(QStringLiteral("Public")).data(FolderTreeModel::NamespaceRootRole).toBool());
    const int last = m_model->rowCount(account) - 1;
    QVERIFY(m_model->index(last, 0, account).data(FolderTreeModel::NamespaceRootRole).toBool());
    QVERIFY(m_model->index(last - 1, 0, account).data(FolderTreeModel::NamespaceRootRole).toBool());
}

void TestFolderTreeModel::countsMatchTheManifest()
{
    // LIST-STATUS brought them with the listing (Dovecot has it).
    QVERIFY(m_background->info().capabilities.has("LIST-STATUS"));
    for (auto it = m_manifestFolders.constBegin(); it != m_manifestFolders.constEnd(); ++it) {
        const QModelIndex index = byPath(it.key());
        QVERIFY2(index.isValid(), qPrintable(it.key()));
        const QJsonObject expected = it.value().toObject();
        QCOMPARE(index.data(FolderTreeModel::TotalRole).toInt(), expected.value(QStringLiteral("total")).toInt());
        QCOMPARE(index.data(FolderTreeModel::UnseenRole).toInt(), expected.value(QStringLiteral("unseen")).toInt());
    }
    QVERIFY(byPath(QStringLiteral("shared/quail2/Shared Projects")).data(FolderTreeModel::TotalRole).toInt() > 0);
    QVERIFY(!byPath(QStringLiteral("Receipts")).data(FolderTreeModel::TotalRole).isValid());
}

void TestFolderTreeModel::createRenameDeleteThroughTheModel()
{
    const QString name = uniqueName(QString::fromUtf16(u"Modell-Ü"));
    const MailboxName wire = MailboxName::fromString(name);
    m_cleanup.append(wire);
    const QModelIndex account = m_model->accountIndex(Account);

    QCOMPARE(runOperation([&] { m_model->createFolder(account, name); }), QString());
    QModelIndex created = byPath(name);
    QVERIFY(created.isValid());
    QCOMPARE(created.parent(), account);
    QCOMPARE(created.data(FolderTreeModel::WireNameRole).toByteArray(), wire.wire());
    QVERIFY(created.data(FolderTreeModel::SelectableRole).toBool());
    QVERIFY(created.data(FolderTreeModel::SubscribedRole).toBool());
    QCOMPARE(created.data(FolderTreeModel::TotalRole).toInt(), 0);
    QVERIFY(serverHas(wire));
    QVERIFY(serverSubscribed(wire));

    // A subfolder, then renaming the parent carries it along.
    QCOMPARE(runOperation([&] { m_model->createFolder(byPath(name), QStringLiteral("Child")); }), QString());
    const MailboxName childWire = MailboxName::fromWire(wire.wire() + "/Child");
    QVERIFY(serverHas(childWire));
    QPersistentModelIndex child = byPath(name + QStringLiteral("/Child"));
    QVERIFY(child.isValid());
    QPersistentModelIndex parent = byPath(name);

    const QString renamed = name + QStringLiteral("-renamed");
    const MailboxName renamedWire = MailboxName::fromString(renamed);
    m_cleanup.prepend(MailboxName::fromWire(renamedWire.wire() + "/Child"));
    m_cleanup.append(renamedWire);
    QCOMPARE(runOperation([&] { m_model->renameFolder(parent, renamed); }), QString());
    // Renamed in place: the same rows, now with the new names.
    QVERIFY(parent.isValid());
    QVERIFY(child.isValid());
    QCOMPARE(parent.data().toString(), renamed);
    QCOMPARE(parent.data(FolderTreeModel::WireNameRole).toByteArray(), renamedWire.wire());
    QCOMPARE(child.data(FolderTreeModel::PathRole).toString(), renamed + QStringLiteral("/Child"));
    QCOMPARE(child.data(FolderTreeModel::WireNameRole).toByteArray(), renamedWire.wire() + "/Child");
    QCOMPARE(child.parent(), QModelIndex(parent));
    QVERIFY(!byPath(name).isValid());
    QVERIFY(serverHas(renamedWire));
    QVERIFY(serverHas(MailboxName::fromWire(renamedWire.wire() + "/Child")));
    QVERIFY(!serverHas(wire));

    // Deleting a folder with subfolders: RFC 9051 lets the server keep the
    // name (as \Noselect); Dovecot's Maildir++ even keeps the folder itself
    // and only removes its messages. Either way the row stays, with its
    // child, and says what the server says.
    QSignalSpy notices(m_model.get(), &FolderTreeModel::operationNotice);
    QCOMPARE(runOperation([&] { m_model->deleteFolder(parent); }), QString());
    QVERIFY(parent.isValid() && child.isValid());
    // The user is told why the folder is still there.
    QCOMPARE(notices.size(), 1);
    QCOMPARE(notices.constFirst().at(2).toString(), renamed);
    QVERIFY(notices.constFirst().at(3).toString().contains(QStringLiteral("subfolders")));
    QCOMPARE(child.parent(), QModelIndex(parent));
    QCOMPARE(parent.data(FolderTreeModel::SelectableRole).toBool(), serverHas(renamedWire));

    // Deleting the child, and the parent if it is still there, leaves
    // nothing of either.
    QCOMPARE(runOperation([&] { m_model->deleteFolder(child); }), QString());
    QVERIFY(!child.isValid());
    QVERIFY(!serverHas(MailboxName::fromWire(renamedWire.wire() + "/Child")));
    if (parent.isValid())
        QCOMPARE(runOperation([&] { m_model->deleteFolder(parent); }), QString());
    QVERIFY(!parent.isValid());
    QVERIFY(!byPath(renamed).isValid());
    QVERIFY(!serverHas(renamedWire));
    QVERIFY(!serverSubscribed(renamedWire));
}

void TestFolderTreeModel::moveToAnotherParent()
{
    const QString first = uniqueName(QStringLiteral("Move-A"));
    const QString second = uniqueName(QStringLiteral("Move-B"));
    const MailboxName firstWire = MailboxName::fromString(first);
    const MailboxName secondWire = MailboxName::fromString(second);
    const MailboxName movedWire = MailboxName::fromWire(firstWire.wire() + '/' + secondWire.wire());
    m_cleanup = {movedWire, MailboxName::fromWire(movedWire.wire() + "/Inner"), secondWire,
                 MailboxName::fromWire(secondWire.wire() + "/Inner"), firstWire};
    std::sort(m_cleanup.begin(), m_cleanup.end(),
              [](const MailboxName &a, const MailboxName &b) { return a.wire().size() > b.wire().size(); });
    const QModelIndex account = m_model->accountIndex(Account);
    QCOMPARE(runOperation([&] { m_model->createFolder(account, first); }), QString());
    QCOMPARE(runOperation([&] { m_model->createFolder(account, second); }), QString());
    QCOMPARE(runOperation([&] { m_model->createFolder(byPath(second), QStringLiteral("Inner")); }), QString());

    // B (with its subfolder) into A: the server has it there, and so has
    // the tree.
    QCOMPARE(runOperation([&] { m_model->moveFolder(byPath(second), byPath(first)); }), QString());
    QVERIFY(serverHas(movedWire));
    QVERIFY(serverHas(MailboxName::fromWire(movedWire.wire() + "/Inner")));
    QVERIFY(!serverHas(secondWire));
    const QModelIndex moved = byPath(first + u'/' + second);
    QVERIFY(moved.isValid());
    QCOMPARE(moved.parent(), byPath(first));
    QVERIFY(byPath(first + u'/' + second + QStringLiteral("/Inner")).isValid());
    QVERIFY(!byPath(second).isValid());

    // Into itself or below itself: refused before anything is sent.
    const QString refusal = runOperation([&] { m_model->moveFolder(byPath(first), moved); });
    QVERIFY2(refusal.contains(QStringLiteral("into itself")), qPrintable(refusal));
    QVERIFY(serverHas(firstWire));

    // And back to the account's top level.
    QCOMPARE(runOperation([&] { m_model->moveFolder(moved, account); }), QString());
    QVERIFY(serverHas(secondWire));
    QVERIFY(!serverHas(movedWire));
    QVERIFY(byPath(second).isValid());
    QCOMPARE(byPath(second).parent(), account);
}

void TestFolderTreeModel::subscribeAndUnsubscribe()
{
    const QPersistentModelIndex dovecot = byPath(QStringLiteral("Lists/dovecot"));
    const MailboxName wire = MailboxName::fromWire("Lists/dovecot");
    QVERIFY(!serverSubscribed(wire));
    QCOMPARE(runOperation([&] { m_model->setSubscribed(dovecot, true); }), QString());
    // Restore the fixture even if a check below fails.
    auto restore = qScopeGuard([&] { await(m_other->execute(Commands::unsubscribe(wire))); });
    QVERIFY(dovecot.data(FolderTreeModel::SubscribedRole).toBool());
    QVERIFY(serverSubscribed(wire));
    QCOMPARE(runOperation([&] { m_model->setSubscribed(dovecot, false); }), QString());
    QVERIFY(!dovecot.data(FolderTreeModel::SubscribedRole).toBool());
    QVERIFY(!serverSubscribed(wire));
    // A later listing agrees.
    QSignalSpy refreshed(m_model.get(), &FolderTreeModel::accountRefreshed);
    m_model->refresh(Account);
    QVERIFY(refreshed.wait(Timeout));
    QVERIFY(!dovecot.data(FolderTreeModel::SubscribedRole).toBool());
}

void TestFolderTreeModel::refusalsAreSentences()
{
    const QModelIndex account = m_model->accountIndex(Account);

    // [ALREADYEXISTS]
    QString message = runOperation([&] { m_model->createFolder(account, QStringLiteral("Work")); });
    QVERIFY2(message.contains(QStringLiteral("already exists")) && message.contains(QStringLiteral("Work")),
             qPrintable(message));

    // [NONEXISTENT]: another client deleted the folder first.
    const QString name = uniqueName(QStringLiteral("Gone"));
    const MailboxName wire = MailboxName::fromString(name);
    m_cleanup.append(wire);
    QVERIFY(await(m_other->execute(Commands::create(wire))).ok());
    QSignalSpy refreshed(m_model.get(), &FolderTreeModel::accountRefreshed);
    m_model->refresh(Account);
    QVERIFY(refreshed.wait(Timeout));
    const QPersistentModelIndex gone = byPath(name);
    QVERIFY(gone.isValid());
    QVERIFY(await(m_other->execute(Commands::deleteMailbox(wire))).ok());
    message = runOperation([&] { m_model->deleteFolder(gone); });
    QVERIFY2(message.contains(QStringLiteral("does not exist")) && message.contains(name), qPrintable(message));
    // …and the stale row goes with the listing that the refusal starts.
    QTRY_VERIFY_WITH_TIMEOUT(!gone.isValid(), Timeout);

    // [NOPERM]: the public namespace is read-only for us.
    message = runOperation([&] { m_model->createFolder(byPath(QStringLiteral("Public")), QStringLiteral("Mine")); });
    QVERIFY2(message.contains(QStringLiteral("permission")), qPrintable(message));
    QVERIFY(!serverHas(MailboxName::fromWire("Public/Mine")));

    // Refused before asking the server: the Inbox, names with the delimiter,
    // empty names.
    message = runOperation([&] { m_model->deleteFolder(byPath(QStringLiteral("INBOX"))); });
    QVERIFY2(message.contains(QStringLiteral("Inbox")), qPrintable(message));
    message = runOperation([&] { m_model->createFolder(account, QStringLiteral("a/b")); });
    QVERIFY2(message.contains(QStringLiteral("“/”")), qPrintable(message));
    message = runOperation([&] { m_model->renameFolder(byPath(QStringLiteral("Family")), QString()); });
    QVERIFY2(message.contains(QStringLiteral("name")), qPrintable(message));
    QVERIFY(serverHas(MailboxName::fromWire("Family")));
}

void TestFolderTreeModel::followsAnotherClientInPlace()
{
    // Background refreshes only: the test never calls refresh().
    m_model->setRefreshInterval(300ms);
    const QString name = uniqueName(QStringLiteral("Elsewhere"));
    const MailboxName wire = MailboxName::fromString(name);
    const MailboxName sub = MailboxName::fromWire(wire.wire() + "/Sub");
    const MailboxName moved = MailboxName::fromWire(wire.wire() + "/Moved");
    m_cleanup = {sub, moved, wire};

    QVERIFY(await(m_other->execute(Commands::create(wire))).ok());
    QVERIFY(await(m_other->execute(Commands::create(sub))).ok());
    QTRY_VERIFY_WITH_TIMEOUT(byPath(name + QStringLiteral("/Sub")).isValid(), Timeout);
    const QPersistentModelIndex parent = byPath(name);
    QCOMPARE(parent.data(FolderTreeModel::TotalRole).toInt(), 0);

    // New mail, and some of it read, elsewhere.
    for (int i = 0; i < 3; ++i)
        QVERIFY(await(m_other->execute(Commands::append(wire, {}, std::nullopt, message("m" + QByteArray::number(i)))))
                    .ok());
    QVERIFY(await(m_other->execute(Commands::append(wire, {"\\Seen"}, std::nullopt, message("seen")))).ok());
    QTRY_COMPARE_WITH_TIMEOUT(parent.data(FolderTreeModel::TotalRole).toInt(), 4, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(parent.data(FolderTreeModel::UnseenRole).toInt(), 3, Timeout);
    QCOMPARE(serverStatus(wire)->unseen, 3u);

    // Renamed elsewhere: the old row goes, the new one comes, the parent stays.
    QVERIFY(await(m_other->execute(Commands::rename(sub, moved))).ok());
    QTRY_VERIFY_WITH_TIMEOUT(byPath(name + QStringLiteral("/Moved")).isValid(), Timeout);
    QVERIFY(!byPath(name + QStringLiteral("/Sub")).isValid());
    QVERIFY(parent.isValid());

    // Deleted elsewhere.
    QVERIFY(await(m_other->execute(Commands::deleteMailbox(moved))).ok());
    QTRY_VERIFY_WITH_TIMEOUT(!byPath(name + QStringLiteral("/Moved")).isValid(), Timeout);
    QVERIFY(!parent.data(FolderTreeModel::HasChildrenRole).toBool());
    QVERIFY(await(m_other->execute(Commands::deleteMailbox(wire))).ok());
    QTRY_VERIFY_WITH_TIMEOUT(!parent.isValid(), Timeout);
}

void TestFolderTreeModel::selectedFolderCountsAreLive()
{
    // No background refresh: only the selected folder's events may update it.
    m_model->setRefreshInterval(0ms);
    const QString name = uniqueName(QStringLiteral("Live"));
    const MailboxName wire = MailboxName::fromString(name);
    m_cleanup.append(wire);
    QVERIFY(await(m_other->execute(Commands::create(wire))).ok());
    for (int i = 0; i < 3; ++i)
        QVERIFY(await(m_other->execute(Commands::append(wire, {}, std::nullopt, message("l" + QByteArray::number(i)))))
                    .ok());
    QSignalSpy refreshed(m_model.get(), &FolderTreeModel::accountRefreshed);
    m_model->refresh(Account);
    QVERIFY(refreshed.wait(Timeout));
    const QPersistentModelIndex live = byPath(name);
    QCOMPARE(live.data(FolderTreeModel::TotalRole).toInt(), 3);
    QCOMPARE(live.data(FolderTreeModel::UnseenRole).toInt(), 3);

    // The message list's session selects it.
    QVERIFY(await(m_engine->select(wire, false)).ok());

    // Another client delivers one and reads two.
    QVERIFY(await(m_other->execute(Commands::append(wire, {}, std::nullopt, message("late")))).ok());
    QVERIFY(await(m_other->select(wire, false)).ok());
    QVERIFY(await(m_other->execute(Commands::store(SequenceSet::range(1, 2), Commands::StoreMode::Add, {"\\Seen"},
                                                   Commands::SetKind::Sequence)))
                .ok());
    QVERIFY(await(m_other->execute(Commands::unselect())).ok());

    // The selected session hears of it (a NOOP here; IDLE in the app).
    QVERIFY(await(m_engine->execute(Commands::noop())).ok());
    QTRY_COMPARE_WITH_TIMEOUT(live.data(FolderTreeModel::TotalRole).toInt(), 4, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(live.data(FolderTreeModel::UnseenRole).toInt(), 2, Timeout);
    const auto status = serverStatus(wire);
    QVERIFY(status);
    QCOMPARE(status->messages, 4u);
    QCOMPARE(status->unseen, 2u);
    QVERIFY(await(m_engine->execute(Commands::unselect())).ok());
}

void TestFolderTreeModel::oneTreeForTwoAccounts()
{
    auto engine2 = openEngine(m_server.user2, m_server.password2);
    QVERIFY(engine2);
    QSignalSpy refreshed(m_model.get(), &FolderTreeModel::accountRefreshed);
    m_model->addAccount(QStringLiteral("second"), QStringLiteral("Second"), engine2.get());
    QTRY_VERIFY_WITH_TIMEOUT(m_model->isLoaded(QStringLiteral("second")), Timeout);
    QCOMPARE(m_model->rowCount(), 2);
    const QModelIndex second = m_model->accountIndex(QStringLiteral("second"));
    QCOMPARE(second.row(), 1);
    const QModelIndex projects =
        m_model->folderIndexByPath(QStringLiteral("second"), QStringLiteral("Shared Projects"));
    QVERIFY(projects.isValid());
    QCOMPARE(projects.data(FolderTreeModel::AccountIdRole).toString(), QStringLiteral("second"));
    QCOMPARE(projects.data(FolderTreeModel::TotalRole).toInt(), 20);
    // The first account's tree is untouched.
    QVERIFY(byPath(QStringLiteral("Work/Projects/Quail")).isValid());
    m_model->removeAccount(QStringLiteral("second"));
    QCOMPARE(m_model->rowCount(), 1);
    // The engine may go first; the model stops using it.
    engine2.reset();
}

QTEST_MAIN(TestFolderTreeModel)
#include "tst_foldertreemodel.moc"
