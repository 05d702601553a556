// Accounts, credentials, certificates and connection status in the window,
// under Xvfb with the real (private) keychain: the certificate dialog on the
// Dovecot fixture's self-signed certificate (reject, accept once, always
// trust), a changed pin, a refused password, no keychain at all, a server's
// [ALERT] and error in the notification bar (from a scripted server, since
// Dovecot sends none), the status bar's security badges, an account added by
// quail-imap, and no password in any file.
//
// Dialogs are answered as a user would, by clicking their buttons once they
// show; nothing here waits on a nested event loop of the window's.

#include "accounts/accountstore.h"
#include "accounts/credentialstore.h"
#include "app/certificatedialog.h"
#include "app/connectionindicator.h"
#include "app/mainwindow.h"
#include "app/notificationbar.h"
#include "app/passworddialog.h"
#include "cliprocess.h"
#include "core/applicationinfo.h"
#include "scriptedserver.h"
#include "testserver.h"

#include <QApplication>
#include <QCheckBox>
#include <QCryptographicHash>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUuid>

#include <optional>

using namespace Quail;
using Quail::Test::ScriptedServer;
using Quail::Test::TestServer;
using Security = Imap::ConnectionSettings::Security;
using State = App::ConnectionStatus::State;

namespace {

constexpr int Timeout = 20000;

// A visible top-level widget of type T (dialogs opened with open() are
// window-modal top-levels of their own).
template<typename T>
T *visible()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *typed = qobject_cast<T *>(widget); typed && typed->isVisible())
            return typed;
    }
    return nullptr;
}

template<typename T>
int visibleCount()
{
    int count = 0;
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *typed = qobject_cast<T *>(widget); typed && typed->isVisible())
            ++count;
    }
    return count;
}

template<typename T>
T *waitFor(int timeout = Timeout)
{
    T *found = nullptr;
    if (!QTest::qWaitFor([&] { return (found = visible<T>()) != nullptr; }, timeout))
        return nullptr;
    return found;
}

bool wait(QFuture<Accounts::CredentialResult> future)
{
    return QTest::qWaitFor([&] { return future.isFinished(); }, Timeout);
}

} // namespace

class TestAccountSecurity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void certificateDialogShowsTheFingerprintAndRejectStaysOffline();
    void acceptOnceConnectsAndSavesNothing();
    void alwaysTrustPinsAndTheNextWindowDoesNotAsk();
    void changedPinIsAWarningWithoutConnection();
    void wrongPasswordPromptsOnce();
    void keychainUnavailableOffersASessionPassword();
    void serverAlertIsLabelledAsTheServers();
    void serverErrorIsShownInTheBar();
    void temporaryLoginFailureAsksForNoPassword();
    void indicatorShowsLockOrPlaintextWarning();
    void indicatorCountsDownToTheReconnect();
    void cliAddedAccountOpensAndRemoveDeletesTheKeychainEntry();
    void passwordNeverLandsInAFile();

private:
    Accounts::Account saveAccount(const QString &name, Imap::ConnectionSettings settings,
                                  const QString &user = {}) const;
    bool storePassword(const QString &id, const QString &password);
    // An account on the fixture without its CA file, so its self-signed
    // certificate is untrusted (unless `pin` trusts another), with the
    // right password in the keychain; nullopt when that failed.
    std::optional<Accounts::Account> saveUntrustedAccount(const QString &name, const QByteArray &pin = {});
    std::unique_ptr<App::MainWindow> openWindow();
    static QAbstractItemModel *folders(App::MainWindow &window);
    static bool hasFolders(App::MainWindow &window);
    static App::ConnectionIndicator *indicator(App::MainWindow &window, const QString &name);
    static App::NotificationBar *bar(App::MainWindow &window);
    QByteArray fixtureSha256() const;
    void screenshot(QWidget *widget, const QString &name) const;

    TestServer m_server;
    bool m_noKeychain = false;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::vector<std::unique_ptr<QTemporaryDir>> m_oldDirs; // scanned at the end
    QString m_file;
    QStringList m_keychainIds; // to remove after each test
    QStringList m_scannedDirs; // where the password must never be
};

void TestAccountSecurity::initTestCase()
{
    Core::initApplicationInfo("quail");
    QStandardPaths::setTestModeEnabled(true);
    QString error;
    const auto server = TestServer::fromEnvironment(&error);
    QVERIFY2(server, qPrintable(error));
    m_server = *server;
    m_noKeychain = qEnvironmentVariableIsSet("QUAIL_EXPECT_NO_KEYCHAIN");
}

void TestAccountSecurity::init()
{
    if (m_dir)
        m_oldDirs.push_back(std::move(m_dir));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_file = m_dir->filePath(QStringLiteral("accounts.conf"));
    m_keychainIds.clear();
}

void TestAccountSecurity::cleanup()
{
    if (m_noKeychain)
        return;
    Accounts::CredentialStore keychain;
    for (const QString &id : std::as_const(m_keychainIds))
        wait(keychain.removePassword(id));
}

void TestAccountSecurity::cleanupTestCase()
{
    m_dir.reset();
    m_oldDirs.clear();
}

Accounts::Account TestAccountSecurity::saveAccount(const QString &name, Imap::ConnectionSettings settings,
                                                   const QString &user) const
{
    Accounts::Account account;
    account.name = name;
    account.user = user.isEmpty() ? m_server.user : user;
    account.connection = std::move(settings);
    Accounts::Account saved;
    Accounts::AccountStore(m_file).save(account, false, &saved);
    return saved;
}

std::optional<Accounts::Account> TestAccountSecurity::saveUntrustedAccount(const QString &name, const QByteArray &pin)
{
    Imap::ConnectionSettings settings = m_server.connectionSettings();
    settings.caFile.clear();
    settings.pinnedSha256 = pin;
    const Accounts::Account account = saveAccount(name, settings);
    if (account.id.isEmpty() || !storePassword(account.id, m_server.password))
        return std::nullopt;
    return account;
}

bool TestAccountSecurity::storePassword(const QString &id, const QString &password)
{
    m_keychainIds << id;
    Accounts::CredentialStore keychain;
    auto written = keychain.writePassword(id, password);
    return wait(written) && written.result().ok();
}

std::unique_ptr<App::MainWindow> TestAccountSecurity::openWindow()
{
    auto window = std::make_unique<App::MainWindow>(std::make_unique<Accounts::AccountStore>(m_file));
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    return window;
}

QAbstractItemModel *TestAccountSecurity::folders(App::MainWindow &window)
{
    return window.findChild<QTreeView *>(QStringLiteral("folderView"))->model();
}

bool TestAccountSecurity::hasFolders(App::MainWindow &window)
{
    QAbstractItemModel *model = folders(window);
    return model->rowCount() == 1 && model->rowCount(model->index(0, 0)) > 3;
}

App::ConnectionIndicator *TestAccountSecurity::indicator(App::MainWindow &window, const QString &name)
{
    for (auto *candidate : window.findChildren<App::ConnectionIndicator *>()) {
        if (candidate->accountName() == name)
            return candidate;
    }
    return nullptr;
}

App::NotificationBar *TestAccountSecurity::bar(App::MainWindow &window)
{
    return window.findChild<App::NotificationBar *>();
}

QByteArray TestAccountSecurity::fixtureSha256() const
{
    const QList<QSslCertificate> certificates = m_server.caCertificates();
    return certificates.isEmpty() ? QByteArray() : certificates.first().digest(QCryptographicHash::Sha256);
}

void TestAccountSecurity::screenshot(QWidget *widget, const QString &name) const
{
    // For people reviewing the look: QUAIL_TEST_SCREENSHOTS=dir.
    if (const QString dir = qEnvironmentVariable("QUAIL_TEST_SCREENSHOTS"); !dir.isEmpty())
        QVERIFY(widget->grab().save(dir + u'/' + name + QStringLiteral(".png")));
}

void TestAccountSecurity::certificateDialogShowsTheFingerprintAndRejectStaysOffline()
{
    if (m_noKeychain)
        QSKIP("needs the keychain");
    QVERIFY(saveUntrustedAccount(QStringLiteral("selfsigned")));

    auto window = openWindow();
    QVERIFY(window);
    auto *dialog = waitFor<App::CertificateDialog>();
    QVERIFY(dialog);
    QVERIFY(!dialog->isChangedWarning());
    QVERIFY(dialog->isModal()); // window-modal, through open()
    const QByteArray expected = fixtureSha256();
    QVERIFY(!expected.isEmpty());
    QCOMPARE(dialog->certificate().sha256, expected);
    QString shown = dialog->findChild<QLabel *>(QStringLiteral("fingerprintValue"))->text();
    QCOMPARE(shown, dialog->certificate().sha256Hex());
    QVERIFY2(shown.remove(u':').toLower().toLatin1() == expected.toHex(), qPrintable(shown));
    const QString problems = dialog->findChild<QLabel *>(QStringLiteral("errorsValue"))->text();
    QVERIFY2(problems.contains(QStringLiteral("self-signed"), Qt::CaseInsensitive), qPrintable(problems));
    QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("subjectValue"))->text().isEmpty());
    QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("validityValue"))->text().isEmpty());
    screenshot(dialog, QStringLiteral("certificatedialog"));

    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("rejectButton")), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return !visible<App::CertificateDialog>(); }, Timeout));
    auto *status = indicator(*window, QStringLiteral("selfsigned"));
    QVERIFY(status);
    QCOMPARE(status->status().state, State::Offline);
    QVERIFY(bar(*window)->texts().join(u'\n').contains(QStringLiteral("rejected the server's certificate")));
    // Offline for good: no folders, no second question, nothing pinned.
    QTest::qWait(1500);
    QVERIFY(!hasFolders(*window));
    QVERIFY(!visible<App::CertificateDialog>());
    QVERIFY(Accounts::AccountStore(m_file).find(QStringLiteral("selfsigned"))->connection.pinnedSha256.isEmpty());

    // A click on the indicator tries again, and so asks again.
    QVERIFY2(status->toolTip().contains(QStringLiteral("Click to connect again")), qPrintable(status->toolTip()));
    QTest::mouseClick(status, Qt::LeftButton);
    QVERIFY(waitFor<App::CertificateDialog>());
}

void TestAccountSecurity::acceptOnceConnectsAndSavesNothing()
{
    if (m_noKeychain)
        QSKIP("needs the keychain");
    QVERIFY(saveUntrustedAccount(QStringLiteral("once")));

    auto window = openWindow();
    QVERIFY(window);
    auto *dialog = waitFor<App::CertificateDialog>();
    QVERIFY(dialog);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("acceptOnceButton")), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return hasFolders(*window); }, Timeout));
    auto *status = indicator(*window, QStringLiteral("once"));
    QCOMPARE(status->status().state, State::Connected);
    QCOMPARE(status->iconName(), QStringLiteral("security-medium"));
    QVERIFY(status->status().sessionOnlyTrust);
    QVERIFY2(status->toolTip().contains(QStringLiteral("this session only")), qPrintable(status->toolTip()));
    QVERIFY(Accounts::AccountStore(m_file).find(QStringLiteral("once"))->connection.pinnedSha256.isEmpty());

    // The next start asks again.
    window.reset();
    window = openWindow();
    QVERIFY(window);
    QVERIFY(waitFor<App::CertificateDialog>());
}

void TestAccountSecurity::alwaysTrustPinsAndTheNextWindowDoesNotAsk()
{
    if (m_noKeychain)
        QSKIP("needs the keychain");
    QVERIFY(saveUntrustedAccount(QStringLiteral("always")));

    auto window = openWindow();
    QVERIFY(window);
    auto *dialog = waitFor<App::CertificateDialog>();
    QVERIFY(dialog);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("alwaysTrustButton")), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return hasFolders(*window); }, Timeout));
    QCOMPARE(Accounts::AccountStore(m_file).find(QStringLiteral("always"))->connection.pinnedSha256, fixtureSha256());
    QCOMPARE(indicator(*window, QStringLiteral("always"))->iconName(), QStringLiteral("security-medium"));

    window.reset();
    window = openWindow();
    QVERIFY(window);
    bool asked = false;
    QVERIFY(QTest::qWaitFor(
        [&] {
            asked = asked || visible<App::CertificateDialog>();
            return hasFolders(*window);
        },
        Timeout));
    QVERIFY(!asked);
    QVERIFY(!indicator(*window, QStringLiteral("always"))->status().sessionOnlyTrust);
}

void TestAccountSecurity::changedPinIsAWarningWithoutConnection()
{
    if (m_noKeychain)
        QSKIP("needs the keychain");
    const QByteArray pin = QCryptographicHash::hash("another certificate", QCryptographicHash::Sha256);
    QVERIFY(saveUntrustedAccount(QStringLiteral("changed"), pin));

    auto window = openWindow();
    QVERIFY(window);
    auto *dialog = waitFor<App::CertificateDialog>();
    QVERIFY(dialog);
    QVERIFY(dialog->isChangedWarning());
    // No one-click accept: only staying offline.
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("acceptOnceButton")));
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("alwaysTrustButton")));
    Imap::CertificateSummary old;
    old.sha256 = pin;
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("pinnedValue"))->text(), old.sha256Hex());
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("fingerprintValue"))->text(),
             dialog->certificate().sha256Hex());
    QCOMPARE(dialog->certificate().sha256, fixtureSha256());
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("headlineLabel"))->text().contains(QStringLiteral("changed")));
    screenshot(dialog, QStringLiteral("certificatechanged"));
    const QStringList texts = bar(*window)->texts();
    QVERIFY2(texts.join(u'\n').contains(QStringLiteral("certificate has changed")), qPrintable(texts.join(u'\n')));
    QCOMPARE(bar(*window)->kinds().last(), App::NotificationBar::Kind::Error);

    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("rejectButton")), Qt::LeftButton);
    QTest::qWait(1500);
    QVERIFY(!hasFolders(*window));
    QCOMPARE(indicator(*window, QStringLiteral("changed"))->status().state, State::Failed);
    // The old pin stays: replacing it is not a click.
    QCOMPARE(Accounts::AccountStore(m_file).find(QStringLiteral("changed"))->connection.pinnedSha256, pin);
}

void TestAccountSecurity::wrongPasswordPromptsOnce()
{
    if (m_noKeychain)
        QSKIP("needs the keychain");
    const Accounts::Account account = saveAccount(QStringLiteral("wrong"), m_server.connectionSettings());
    QVERIFY(storePassword(account.id, QStringLiteral("S3NT1NEL-wrong")));

    auto window = openWindow();
    QVERIFY(window);
    auto *dialog = waitFor<App::PasswordDialog>();
    QVERIFY(dialog);
    QCOMPARE(dialog->reason(), App::PasswordDialog::Reason::Rejected);
    const QString explanation = dialog->findChild<QLabel *>(QStringLiteral("explanation"))->text();
    // Quail's sentence, then the server's own words.
    QVERIFY2(explanation.contains(QStringLiteral("refused the password")), qPrintable(explanation));
    QVERIFY2(explanation.contains(QStringLiteral("Authentication failed"), Qt::CaseInsensitive),
             qPrintable(explanation));
    // Once: no second dialog, and no retry behind it.
    QTest::qWait(1500);
    QCOMPARE(visibleCount<App::PasswordDialog>(), 1);
    QCOMPARE(indicator(*window, QStringLiteral("wrong"))->status().state, State::Failed);

    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit")), m_server.password);
    QVERIFY(dialog->findChild<QCheckBox *>(QStringLiteral("rememberCheck"))->isChecked());
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("connectButton")), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return hasFolders(*window); }, Timeout));
    QVERIFY(!visible<App::PasswordDialog>());
    QCOMPARE(indicator(*window, QStringLiteral("wrong"))->status().state, State::Connected);
    // Remembered once it worked.
    Accounts::CredentialStore keychain;
    QVERIFY(QTest::qWaitFor(
        [&] {
            auto read = keychain.readPassword(account.id);
            return wait(read) && read.result().secret == m_server.password;
        },
        Timeout));
}

void TestAccountSecurity::keychainUnavailableOffersASessionPassword()
{
    // ctest runs this case alone as tst_accountsecurity_nokeychain, with no
    // reachable session bus (see CMakeLists.txt).
    if (!m_noKeychain)
        QSKIP("runs as tst_accountsecurity_nokeychain, without a session bus");
    const Accounts::Account account = saveAccount(QStringLiteral("nokeychain"), m_server.connectionSettings());

    auto window = openWindow();
    QVERIFY(window);
    auto *dialog = waitFor<App::PasswordDialog>();
    QVERIFY(dialog);
    QCOMPARE(dialog->reason(), App::PasswordDialog::Reason::KeychainUnavailable);
    QVERIFY(!dialog->findChild<QCheckBox *>(QStringLiteral("rememberCheck"))->isVisible());
    QVERIFY(!dialog->remember());
    const QString explanation = dialog->findChild<QLabel *>(QStringLiteral("explanation"))->text();
    QVERIFY2(explanation.contains(QStringLiteral("this session only")), qPrintable(explanation));
    const QString texts = bar(*window)->texts().join(u'\n');
    QVERIFY2(texts.contains(QStringLiteral("No keychain is available")), qPrintable(texts));

    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit")), m_server.password);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("connectButton")), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return hasFolders(*window); }, Timeout));
    QCOMPARE(indicator(*window, QStringLiteral("nokeychain"))->status().state, State::Connected);
    window->close();
    window.reset();
    passwordNeverLandsInAFile();
}

void TestAccountSecurity::serverAlertIsLabelledAsTheServers()
{
    if (m_noKeychain)
        QSKIP("needs the keychain");
    ScriptedServer server;
    const QString script = QStringLiteral("S: * OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] ready\n"
                                          "C: <tag> *\n"
                                          "S: <tag> OK [CAPABILITY IMAP4rev1] logged in\n"
                                          "WAIT 300\n"
                                          "S: * OK [ALERT] Maintenance tonight at 22:00 <b>UTC</b>\n"
                                          "STALL\n");
    // The session, then the background session once it is up.
    QVERIFY(server.addScript(script));
    QVERIFY(server.addScript(QStringLiteral("S: * OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] ready\n"
                                            "C: <tag> *\n"
                                            "S: <tag> OK [CAPABILITY IMAP4rev1] logged in\n"
                                            "STALL\n")));
    QVERIFY2(server.listen(), qPrintable(server.errorString()));
    const Accounts::Account account =
        saveAccount(QStringLiteral("scripted"), server.connectionSettings(Security::None), QStringLiteral("alice"));
    QVERIFY(storePassword(account.id, QStringLiteral("S3NT1NEL")));

    auto window = openWindow();
    QVERIFY(window);
    const QString expected = QStringLiteral("Server alert from scripted: Maintenance tonight at 22:00 <b>UTC</b>");
    QVERIFY2(QTest::qWaitFor([&] { return bar(*window)->texts().contains(expected); }, Timeout),
             qPrintable(bar(*window)->texts().join(u'\n') + server.report()));
    QCOMPARE(bar(*window)->texts().count(expected), 1);
    // Shown as plain text: the server's markup is not interpreted.
    bool plain = false;
    for (auto *label : bar(*window)->findChildren<QLabel *>(QStringLiteral("notificationText")))
        plain = plain || (label->text() == expected && label->textFormat() == Qt::PlainText);
    QVERIFY(plain);
    // One line of text, one line high (not the word-wrapped label's guess).
    QVERIFY2(QTest::qWaitFor([&] { return bar(*window)->height() < 3 * bar(*window)->fontMetrics().height() + 20; },
                             Timeout),
             qPrintable(QString::number(bar(*window)->height())));
    // And the plaintext connection wears its warning.
    auto *status = indicator(*window, QStringLiteral("scripted"));
    QCOMPARE(status->status().state, State::Connected);
    QCOMPARE(status->iconName(), QStringLiteral("security-low"));
    screenshot(window.get(), QStringLiteral("mainwindow-alert"));
}

void TestAccountSecurity::serverErrorIsShownInTheBar()
{
    if (m_noKeychain)
        QSKIP("needs the keychain");
    ScriptedServer server;
    QVERIFY(server.addScript(QStringLiteral("S: * OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] ready\n"
                                            "C: <tag> *\n"
                                            "S: <tag> BAD [CLIENTBUG] Login is not allowed from your network\n"
                                            "EXPECT_CLOSE\n")));
    QVERIFY2(server.listen(), qPrintable(server.errorString()));
    const Accounts::Account account =
        saveAccount(QStringLiteral("refusing"), server.connectionSettings(Security::None), QStringLiteral("alice"));
    QVERIFY(storePassword(account.id, QStringLiteral("S3NT1NEL")));

    auto window = openWindow();
    QVERIFY(window);
    QVERIFY(QTest::qWaitFor([&] { return bar(*window)->count() > 0; }, Timeout));
    const QString text = bar(*window)->texts().join(u'\n');
    QVERIFY2(text.startsWith(QStringLiteral("refusing: ")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Login is not allowed from your network")), qPrintable(text));
    QCOMPARE(bar(*window)->kinds().first(), App::NotificationBar::Kind::Error);
    auto *status = indicator(*window, QStringLiteral("refusing"));
    QCOMPARE(status->status().state, State::Failed);
    QVERIFY2(status->toolTip().contains(QStringLiteral("Login is not allowed")), qPrintable(status->toolTip()));
    QVERIFY(!visible<App::PasswordDialog>()); // not a password problem
    // No reconnect loop: one connection only.
    QTest::qWait(1500);
    QCOMPARE(server.connectionCount(), 1);
}

void TestAccountSecurity::temporaryLoginFailureAsksForNoPassword()
{
    // NO [UNAVAILABLE] (RFC 5530 §3) is the server's trouble, not a wrong
    // password: no password dialog; the account tries again later, and its
    // indicator says why.
    if (m_noKeychain)
        QSKIP("needs the keychain");
    ScriptedServer server;
    QVERIFY(server.addScript(QStringLiteral("S: * OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] ready\n"
                                            "C: <tag> *\n"
                                            "S: <tag> NO [UNAVAILABLE] Maintenance, back in five minutes\n"
                                            "EXPECT_CLOSE\n")));
    QVERIFY2(server.listen(), qPrintable(server.errorString()));
    const Accounts::Account account =
        saveAccount(QStringLiteral("resting"), server.connectionSettings(Security::None), QStringLiteral("alice"));
    QVERIFY(storePassword(account.id, QStringLiteral("S3NT1NEL")));

    auto window = openWindow();
    QVERIFY(window);
    QVERIFY(QTest::qWaitFor(
        [&] { return server.connectionCount() >= 1 && indicator(*window, QStringLiteral("resting")); }, Timeout));
    auto *status = indicator(*window, QStringLiteral("resting"));
    QVERIFY(QTest::qWaitFor([&] { return status->toolTip().contains(QStringLiteral("Maintenance")); }, Timeout));
    QVERIFY2(status->toolTip().contains(QStringLiteral("try again later")), qPrintable(status->toolTip()));
    QVERIFY(status->status().state == State::Reconnecting || status->status().state == State::Failed);
    QTest::qWait(500);
    QVERIFY(!visible<App::PasswordDialog>());
}

void TestAccountSecurity::indicatorShowsLockOrPlaintextWarning()
{
    if (m_noKeychain)
        QSKIP("needs the keychain");
    const Accounts::Account tls = saveAccount(QStringLiteral("a-tls"), m_server.connectionSettings());
    Imap::ConnectionSettings plain = m_server.connectionSettings(Security::None);
    const Accounts::Account plaintext = saveAccount(QStringLiteral("b-plain"), plain);
    QVERIFY(storePassword(tls.id, m_server.password));
    QVERIFY(storePassword(plaintext.id, m_server.password));

    auto window = openWindow();
    QVERIFY(window);
    App::ConnectionIndicator *lock = nullptr;
    App::ConnectionIndicator *warning = nullptr;
    QVERIFY(QTest::qWaitFor(
        [&] {
            lock = indicator(*window, QStringLiteral("a-tls"));
            warning = indicator(*window, QStringLiteral("b-plain"));
            return lock && warning && lock->status().state == State::Connected
                && warning->status().state == State::Connected;
        },
        Timeout));
    QCOMPARE(lock->iconName(), QStringLiteral("security-high"));
    QVERIFY2(lock->toolTip().contains(QStringLiteral("verified")), qPrintable(lock->toolTip()));
    // And what the handshake with Dovecot settled on (TLS 1.2 or later).
    QVERIFY2(
        lock->toolTip().contains(QRegularExpression(QStringLiteral("TLS 1\\.[23], cipher \\S+ with a \\d+-bit key"))),
        qPrintable(lock->toolTip()));
    QVERIFY2(!warning->toolTip().contains(QStringLiteral("cipher")), qPrintable(warning->toolTip()));
    QCOMPARE(warning->iconName(), QStringLiteral("security-low"));
    QVERIFY2(warning->toolTip().contains(QStringLiteral("Not encrypted")), qPrintable(warning->toolTip()));
    QVERIFY(lock->isVisible() && warning->isVisible());
    screenshot(window->statusBar(), QStringLiteral("statusbar"));
}

void TestAccountSecurity::indicatorCountsDownToTheReconnect()
{
    if (m_noKeychain)
        QSKIP("needs the keychain");
    ScriptedServer server;
    const QString login = QStringLiteral("S: * OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] ready\n"
                                         "C: <tag> *\n"
                                         "S: <tag> OK [CAPABILITY IMAP4rev1] logged in\n");
    // The session goes away once the background session is in.
    QVERIFY(server.addScript(login + QStringLiteral("WAIT 500\nS: * BYE Restarting for an upgrade\nCLOSE\n")));
    QVERIFY(server.addScript(login + QStringLiteral("STALL\n")));
    QVERIFY2(server.listen(), qPrintable(server.errorString()));
    const Accounts::Account account =
        saveAccount(QStringLiteral("restarting"), server.connectionSettings(Security::None), QStringLiteral("alice"));
    QVERIFY(storePassword(account.id, QStringLiteral("S3NT1NEL")));

    auto window = openWindow();
    QVERIFY(window);
    App::ConnectionIndicator *status = nullptr;
    QVERIFY(QTest::qWaitFor(
        [&] {
            status = indicator(*window, QStringLiteral("restarting"));
            return status && status->status().state == State::Reconnecting;
        },
        Timeout));
    QVERIFY2(status->text().contains(QStringLiteral("reconnecting in")), qPrintable(status->text()));
    QVERIFY2(status->toolTip().contains(QStringLiteral("Restarting for an upgrade")), qPrintable(status->toolTip()));
    QCOMPARE(status->iconName(), QStringLiteral("network-connect"));
}

void TestAccountSecurity::cliAddedAccountOpensAndRemoveDeletesTheKeychainEntry()
{
    if (m_noKeychain)
        QSKIP("needs the keychain");
    QVERIFY2(QFile::exists(Test::cliBinary()), "QUAIL_IMAP must name the quail-imap binary");
    QTemporaryDir config;
    const Test::CliRun added = Test::runCli(
        {QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("fromcli"), QStringLiteral("--host"),
         m_server.host, QStringLiteral("--port"), QString::number(m_server.imapsPort), QStringLiteral("--user"),
         m_server.user, QStringLiteral("--ca-file"), m_server.caFile, QStringLiteral("--password-stdin")},
        m_server.password.toUtf8() + '\n', 60000, {QStringLiteral("XDG_CONFIG_HOME=") + config.path()});
    QVERIFY2(added.exitCode == 0, added.err.constData());
    m_file = config.filePath(QStringLiteral("Quail/accounts.conf"));
    QVERIFY(QFile::exists(m_file));
    const auto account = Accounts::AccountStore(m_file).find(QStringLiteral("fromcli"));
    QVERIFY(account);
    m_keychainIds << account->id;
    QCOMPARE(account->connection.caFile, m_server.caFile);

    auto window = openWindow();
    QVERIFY(window);
    bool asked = false;
    QVERIFY(QTest::qWaitFor(
        [&] {
            asked = asked || visible<App::CertificateDialog>() || visible<App::PasswordDialog>();
            return hasFolders(*window);
        },
        Timeout));
    QVERIFY(!asked); // the CA file made the certificate trusted
    QCOMPARE(indicator(*window, QStringLiteral("fromcli"))->iconName(), QStringLiteral("security-high"));

    // File > Remove Account > fromcli…, confirmed.
    auto *menu = window->findChild<QMenu *>(QStringLiteral("removeAccountMenu"));
    QVERIFY(menu);
    Q_EMIT window->findChild<QMenu *>(QStringLiteral("menuFile"))->aboutToShow();
    QVERIFY(menu->isEnabled());
    auto *action = menu->findChild<QAction *>(QStringLiteral("removeAccount:fromcli"));
    QVERIFY(action);
    action->trigger();
    auto *confirm = waitFor<QMessageBox>();
    QVERIFY(confirm);
    QTest::mouseClick(confirm->findChild<QPushButton *>(QStringLiteral("confirmRemoveButton")), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return folders(*window)->rowCount() == 0; }, Timeout));
    QVERIFY(!Accounts::AccountStore(m_file).find(QStringLiteral("fromcli")));
    QVERIFY(!indicator(*window, QStringLiteral("fromcli")));
    Accounts::CredentialStore keychain;
    bool gone = false;
    QVERIFY(QTest::qWaitFor(
        [&] {
            auto read = keychain.readPassword(account->id);
            gone = wait(read) && read.result().status == Accounts::CredentialResult::Status::NotFound;
            return gone;
        },
        Timeout));
    QVERIFY(QTest::qWaitFor(
        [&] { return bar(*window)->texts().contains(QStringLiteral("Account \"fromcli\" removed.")); }, Timeout));
}

void TestAccountSecurity::passwordNeverLandsInAFile()
{
    if (!m_noKeychain) {
        // One more window that logs in and saves its state on closing.
        const Accounts::Account account = saveAccount(QStringLiteral("last"), m_server.connectionSettings());
        QVERIFY(storePassword(account.id, m_server.password));
        auto window = openWindow();
        QVERIFY(window);
        QVERIFY(QTest::qWaitFor([&] { return hasFolders(*window); }, Timeout));
        window->close();
    }
    // Everything the tests above wrote: the settings files, QSettings of the
    // window (layout), caches. The keyring's own files are encrypted.
    QStringList roots{m_dir ? m_dir->path() : QString()};
    for (const auto &dir : m_oldDirs)
        roots << dir->path();
    for (const auto location :
         {QStandardPaths::GenericConfigLocation, QStandardPaths::AppConfigLocation, QStandardPaths::GenericDataLocation,
          QStandardPaths::AppDataLocation, QStandardPaths::GenericCacheLocation, QStandardPaths::CacheLocation})
        roots << QStandardPaths::writableLocation(location);
    QStandardPaths::setTestModeEnabled(false);
    for (const auto location : {QStandardPaths::GenericConfigLocation, QStandardPaths::GenericCacheLocation})
        roots << QStandardPaths::writableLocation(location);
    QStandardPaths::setTestModeEnabled(true);
    const QList<QByteArray> secrets{m_server.password.toUtf8(), m_server.password.toUtf8().toBase64(), "S3NT1NEL"};
    int files = 0;
    for (const QString &root : std::as_const(roots)) {
        if (root.isEmpty())
            continue;
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.contains(QStringLiteral("/keyrings/")))
                continue;
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray content = file.read(16 * 1024 * 1024);
            for (const QByteArray &secret : secrets)
                QVERIFY2(!content.contains(secret), qPrintable(path));
            ++files;
        }
    }
    // The layout at least was saved by the windows above.
    QVERIFY(files > 0);
}

QTEST_MAIN(TestAccountSecurity)
#include "tst_accountsecurity.moc"
