// The window with a configured account, under Xvfb: its password comes from
// the (private) keychain, its sessions open on the engine's threads, and the
// folder pane fills with the Dovecot fixture's folders.

#include "accounts/accountstore.h"
#include "accounts/credentialstore.h"
#include "app/mainwindow.h"
#include "app/notificationbar.h"
#include "app/passworddialog.h"
#include "core/applicationinfo.h"
#include "testserver.h"

#include <QScopeGuard>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <tuple>

using namespace Quail;
using Quail::Test::TestServer;

class TestMainWindowAccounts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsTheAccountsFolders();
    void missingPasswordIsReported();
    void severalAccountsInOneWindow();

private:
    TestServer m_server;
    QTemporaryDir m_dir;
};

void TestMainWindowAccounts::initTestCase()
{
    Core::initApplicationInfo("quail");
    QStandardPaths::setTestModeEnabled(true);
    QString error;
    const auto server = TestServer::fromEnvironment(&error);
    QVERIFY2(server, qPrintable(error));
    m_server = *server;
}

void TestMainWindowAccounts::showsTheAccountsFolders()
{
    const QString file = m_dir.filePath(QStringLiteral("accounts.conf"));
    Accounts::Account account;
    account.name = QStringLiteral("fixture");
    account.user = m_server.user;
    account.connection = m_server.connectionSettings();
    Accounts::Account saved;
    QCOMPARE(Accounts::AccountStore(file).save(account, false, &saved), Accounts::AccountStore::SaveResult::Saved);
    Accounts::CredentialStore keychain;
    auto written = keychain.writePassword(saved.id, m_server.password);
    QVERIFY(QTest::qWaitFor([&] { return written.isFinished(); }, 20000));
    QVERIFY2(written.result().ok(), qPrintable(written.result().errorString));

    App::MainWindow window(std::make_unique<Accounts::AccountStore>(file));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *folders = window.findChild<QTreeView *>(QStringLiteral("folderView"));
    QVERIFY(folders && folders->model());
    QAbstractItemModel *model = folders->model();
    QVERIFY(QTest::qWaitFor([&] { return model->rowCount() == 1 && model->rowCount(model->index(0, 0)) > 5; }, 20000));
    const QModelIndex accountRow = model->index(0, 0);
    QCOMPARE(accountRow.data().toString(), QStringLiteral("fixture"));
    QVERIFY(folders->isExpanded(accountRow));
    QStringList names;
    for (int row = 0; row < model->rowCount(accountRow); ++row)
        names << model->index(row, 0, accountRow).data().toString();
    QCOMPARE(names.first(), QStringLiteral("INBOX"));
    QVERIFY2(names.contains(QStringLiteral("Überweisungen")), qPrintable(names.join(u',')));
    QVERIFY(names.contains(QStringLiteral("Trash")));

    auto removed = keychain.removePassword(saved.id);
    QVERIFY(QTest::qWaitFor([&] { return removed.isFinished(); }, 20000));
}

void TestMainWindowAccounts::missingPasswordIsReported()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("accounts.conf"));
    Accounts::Account account;
    account.name = QStringLiteral("nopassword");
    account.user = m_server.user;
    account.connection = m_server.connectionSettings();
    QCOMPARE(Accounts::AccountStore(file).save(account, false), Accounts::AccountStore::SaveResult::Saved);

    App::MainWindow window(std::make_unique<Accounts::AccountStore>(file));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // Said in the notification bar, and a password is asked for.
    auto *bar = window.findChild<App::NotificationBar *>();
    QVERIFY(bar);
    QVERIFY(QTest::qWaitFor([&] { return bar->texts().join(u'\n').contains(QStringLiteral("No password is stored")); },
                            20000));
    QVERIFY(bar->texts().first().startsWith(QStringLiteral("nopassword: ")));
    App::PasswordDialog *dialog = nullptr;
    QVERIFY(QTest::qWaitFor([&] { return (dialog = window.findChild<App::PasswordDialog *>()) != nullptr; }, 20000));
    QCOMPARE(dialog->reason(), App::PasswordDialog::Reason::Missing);
    // Cancel leaves it offline, and says so.
    dialog->reject();
    QVERIFY(QTest::qWaitFor(
        [&] { return bar->texts().join(u'\n').contains(QStringLiteral("nopassword stays offline")); }, 20000));
}

void TestMainWindowAccounts::severalAccountsInOneWindow()
{
    // Two accounts (the fixture's two users), each a top-level node of the
    // folder tree with its own folders, both logged in at once.
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("accounts.conf"));
    Accounts::CredentialStore keychain;
    QStringList ids;
    for (const auto &[name, user, password] :
         {std::tuple(QStringLiteral("first"), m_server.user, m_server.password),
          std::tuple(QStringLiteral("second"), m_server.user2, m_server.password2)}) {
        Accounts::Account account;
        account.name = name;
        account.user = user;
        account.connection = m_server.connectionSettings();
        Accounts::Account saved;
        QCOMPARE(Accounts::AccountStore(file).save(account, false, &saved), Accounts::AccountStore::SaveResult::Saved);
        auto written = keychain.writePassword(saved.id, password);
        QVERIFY(QTest::qWaitFor([&] { return written.isFinished(); }, 20000));
        QVERIFY2(written.result().ok(), qPrintable(written.result().errorString));
        ids << saved.id;
    }
    auto forget = qScopeGuard([&] {
        for (const QString &id : std::as_const(ids)) {
            auto removed = keychain.removePassword(id);
            if (!QTest::qWaitFor([&] { return removed.isFinished(); }, 20000))
                qWarning("the keychain did not remove a test password");
        }
    });

    App::MainWindow window(std::make_unique<Accounts::AccountStore>(file));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *folders = window.findChild<QTreeView *>(QStringLiteral("folderView"));
    QAbstractItemModel *model = folders->model();
    const auto listed = [&](int row) { return model->rowCount(model->index(row, 0)) > 0; };
    QVERIFY(QTest::qWaitFor([&] { return model->rowCount() == 2 && listed(0) && listed(1); }, 20000));
    QStringList accounts;
    for (int row = 0; row < 2; ++row) {
        const QModelIndex account = model->index(row, 0);
        accounts << account.data().toString();
        QVERIFY(folders->isExpanded(account));
        QCOMPARE(model->index(0, 0, account).data().toString(), QStringLiteral("INBOX"));
    }
    accounts.sort();
    QCOMPARE(accounts, (QStringList{QStringLiteral("first"), QStringLiteral("second")}));
    // Each shows its own user's folders: only the first has the sample mail's.
    const auto folderNames = [&](const QString &accountName) {
        QStringList names;
        for (int row = 0; row < 2; ++row) {
            const QModelIndex account = model->index(row, 0);
            if (account.data().toString() != accountName)
                continue;
            for (int child = 0; child < model->rowCount(account); ++child)
                names << model->index(child, 0, account).data().toString();
        }
        return names;
    };
    QVERIFY(folderNames(QStringLiteral("first")).contains(QStringLiteral("Überweisungen")));
    QVERIFY(!folderNames(QStringLiteral("second")).contains(QStringLiteral("Überweisungen")));
}

QTEST_MAIN(TestMainWindowAccounts)
#include "tst_mainwindowaccounts.moc"
