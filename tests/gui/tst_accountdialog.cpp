// The account dialog under Xvfb, driven like a user: typing, clicking Test
// Connection against the Dovecot fixture and reading what it says, saving
// into a private settings file and the real (private) keychain.

#include "accounts/accountstore.h"
#include "accounts/credentialstore.h"
#include "app/accountdialog.h"
#include "scriptedserver.h"
#include "testserver.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Quail;
using Quail::Test::TestServer;

class TestAccountDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void testConnectionSucceeds();
    void testConnectionSaysWhatFailed_data();
    void testConnectionSaysWhatFailed();
    void plaintextShowsAWarning();
    void saveWritesAccountAndKeychain();

private:
    template<typename T>
    T *field(const char *name) const
    {
        return m_dialog->findChild<T *>(QString::fromLatin1(name));
    }
    void fillIn(const QString &password, bool withCa = true);
    bool runTest();

    TestServer m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Accounts::AccountStore> m_store;
    std::unique_ptr<Accounts::CredentialStore> m_credentials;
    std::unique_ptr<App::AccountDialog> m_dialog;
};

void TestAccountDialog::initTestCase()
{
    QString error;
    const auto server = TestServer::fromEnvironment(&error);
    QVERIFY2(server, qPrintable(error));
    m_server = *server;
}

void TestAccountDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<Accounts::AccountStore>(m_dir->filePath(QStringLiteral("accounts.conf")));
    m_credentials = std::make_unique<Accounts::CredentialStore>(QStringLiteral("Quail test ")
                                                                + QUuid::createUuid().toString(QUuid::WithoutBraces));
    m_dialog = std::make_unique<App::AccountDialog>(*m_store, *m_credentials);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestAccountDialog::cleanup()
{
    m_dialog.reset();
}

void TestAccountDialog::fillIn(const QString &password, bool withCa)
{
    QTest::keyClicks(field<QLineEdit>("nameEdit"), QStringLiteral("fixture"));
    QTest::keyClicks(field<QLineEdit>("emailEdit"), QStringLiteral("quail@example.com"));
    QTest::keyClicks(field<QLineEdit>("hostEdit"), m_server.host);
    field<QSpinBox>("portSpin")->setValue(m_server.imapsPort);
    QTest::keyClicks(field<QLineEdit>("userEdit"), m_server.user);
    QTest::keyClicks(field<QLineEdit>("passwordEdit"), password);
    if (withCa)
        QTest::keyClicks(field<QLineEdit>("caFileEdit"), m_server.caFile);
}

bool TestAccountDialog::runTest()
{
    QSignalSpy finished(m_dialog.get(), &App::AccountDialog::testFinished);
    auto *button = field<QPushButton>("testButton");
    if (!button->isEnabled())
        return false;
    QTest::mouseClick(button, Qt::LeftButton);
    return finished.wait(30000) && finished.first().first().toBool();
}

void TestAccountDialog::testConnectionSucceeds()
{
    fillIn(m_server.password);
    QVERIFY(runTest());
    const QString text = field<QLabel>("testResult")->text();
    QVERIFY2(text.contains(QStringLiteral("verified TLS")), qPrintable(text));
    // The window never froze: the test button is usable again.
    QVERIFY(field<QPushButton>("testButton")->isEnabled());
    // For people reviewing the dialog's look: QUAIL_TEST_SCREENSHOTS=dir.
    if (const QString dir = qEnvironmentVariable("QUAIL_TEST_SCREENSHOTS"); !dir.isEmpty())
        QVERIFY(m_dialog->grab().save(dir + QStringLiteral("/accountdialog.png")));
}

void TestAccountDialog::testConnectionSaysWhatFailed_data()
{
    QTest::addColumn<QString>("problem");
    QTest::addColumn<QString>("says");
    QTest::newRow("wrong password") << QStringLiteral("password") << QStringLiteral("Wrong user name or password");
    QTest::newRow("untrusted certificate")
        << QStringLiteral("certificate") << QStringLiteral("certificate is not trusted");
    QTest::newRow("nothing listening") << QStringLiteral("port") << QStringLiteral("refused the connection");
    QTest::newRow("STARTTLS port with TLS") << QStringLiteral("starttls-port") << QStringLiteral("TLS handshake");
    QTest::newRow("unknown host") << QStringLiteral("dns") << QStringLiteral("Server not found.");
    QTest::newRow("STARTTLS not offered")
        << QStringLiteral("no-starttls") << QStringLiteral("The server does not offer STARTTLS.");
}

void TestAccountDialog::testConnectionSaysWhatFailed()
{
    QFETCH(QString, problem);
    QFETCH(QString, says);
    fillIn(problem == QLatin1String("password") ? QStringLiteral("S3NT1NEL-wrong") : m_server.password,
           problem != QLatin1String("certificate"));
    if (problem == QLatin1String("port")) {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        field<QSpinBox>("portSpin")->setValue(closed.serverPort());
        closed.close();
    } else if (problem == QLatin1String("starttls-port")) {
        // Speaking TLS to a plaintext port: the handshake fails, quickly.
        field<QSpinBox>("portSpin")->setValue(m_server.imapPort);
    } else if (problem == QLatin1String("dns")) {
        // RFC 2606: .invalid never resolves.
        field<QLineEdit>("hostEdit")->setText(QStringLiteral("quail-test.invalid"));
    }
    // Dovecot always offers STARTTLS: a scripted server that does not.
    Test::ScriptedServer scripted;
    if (problem == QLatin1String("no-starttls")) {
        QVERIFY(scripted.addScript(QStringLiteral("S: * OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] no TLS here\n"
                                                  "EXPECT_CLOSE\n")));
        QVERIFY2(scripted.listen(), qPrintable(scripted.errorString()));
        field<QLineEdit>("hostEdit")->setText(QStringLiteral("127.0.0.1"));
        auto *security = field<QComboBox>("securityCombo");
        security->setCurrentIndex(security->findData(int(Imap::ConnectionSettings::Security::StartTls)));
        field<QSpinBox>("portSpin")->setValue(scripted.port());
    }
    QVERIFY(!runTest());
    const QString text = field<QLabel>("testResult")->text();
    QVERIFY2(text.startsWith(QStringLiteral("✖")), qPrintable(text));
    QVERIFY2(text.contains(says), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("S3NT1NEL")));
    if (problem == QLatin1String("certificate"))
        QVERIFY2(text.contains(QStringLiteral("SHA-256 fingerprint")), qPrintable(text));
}

void TestAccountDialog::plaintextShowsAWarning()
{
    auto *security = field<QComboBox>("securityCombo");
    auto *warning = field<QLabel>("plaintextWarning");
    QVERIFY(!warning->isVisible());
    security->setCurrentIndex(security->findData(int(Imap::ConnectionSettings::Security::None)));
    QVERIFY(warning->isVisible());
    QCOMPARE(field<QSpinBox>("portSpin")->value(), 143);
    security->setCurrentIndex(security->findData(int(Imap::ConnectionSettings::Security::ImplicitTls)));
    QVERIFY(!warning->isVisible());
    QCOMPARE(field<QSpinBox>("portSpin")->value(), 993);
}

void TestAccountDialog::saveWritesAccountAndKeychain()
{
    fillIn(m_server.password);
    auto *save = field<QDialogButtonBox>("buttonBox")->button(QDialogButtonBox::Save);
    QVERIFY(save->isEnabled());
    QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(accepted.wait(20000));

    const auto account = m_store->find(QStringLiteral("fixture"));
    QVERIFY(account);
    QCOMPARE(account->connection.host, m_server.host);
    QCOMPARE(account->connection.port, m_server.imapsPort);
    QCOMPARE(account->user, m_server.user);
    QCOMPARE(account->connection.caFile, m_server.caFile);
    QVERIFY(m_dialog->sessionPassword().isEmpty()); // the keychain took it

    auto read = m_credentials->readPassword(account->id);
    QVERIFY(QTest::qWaitFor([&] { return read.isFinished(); }, 20000));
    QCOMPARE(read.result().secret, m_server.password);

    // Never in the settings file.
    QFile file(m_dir->filePath(QStringLiteral("accounts.conf")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(m_server.password.toUtf8()));

    auto removed = m_credentials->removePassword(account->id);
    QVERIFY(QTest::qWaitFor([&] { return removed.isFinished(); }, 20000));
}

QTEST_MAIN(TestAccountDialog)
#include "tst_accountdialog.moc"
