// `quail-imap account add|list|remove` with the real keychain (ctest runs in
// a private D-Bus session with gnome-keyring) and the Dovecot fixture: each
// test gets its own XDG_CONFIG_HOME, so the settings file is isolated, and
// the password must never land in any file under it.

#include "testserver.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

using Quail::Test::TestServer;

namespace {

constexpr int Timeout = 60000;

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QString describe() const
    {
        return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
            .arg(exitCode)
            .arg(QString::fromUtf8(out), QString::fromUtf8(err));
    }
};

} // namespace

class TestCliAccounts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void addListUseRemove();
    void replaceKeepsTheKeychainEntry();
    void wrongPasswordIsNotSaved();
    void invalidNamesAndDuplicates();
    void trustPinsOnlyTheFingerprintShown();

private:
    Run run(const QStringList &arguments, const QByteArray &input = {}) const;
    QStringList addArguments(const QString &name) const;
    void verifyNoPasswordInFiles() const;

    TestServer m_server;
    QString m_binary;
    std::unique_ptr<QTemporaryDir> m_config;
};

void TestCliAccounts::initTestCase()
{
    QString error;
    const auto server = TestServer::fromEnvironment(&error);
    QVERIFY2(server, qPrintable(error));
    m_server = *server;
    m_binary = qEnvironmentVariable("QUAIL_IMAP");
    QVERIFY2(QFile::exists(m_binary), "QUAIL_IMAP must name the quail-imap binary");
}

void TestCliAccounts::init()
{
    m_config = std::make_unique<QTemporaryDir>();
    QVERIFY(m_config->isValid());
}

Run TestCliAccounts::run(const QStringList &arguments, const QByteArray &input) const
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config->path());
    process.setProcessEnvironment(environment);
    process.start(m_binary, arguments);
    Run result;
    if (!process.waitForStarted(Timeout))
        return result;
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(Timeout)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QStringList TestCliAccounts::addArguments(const QString &name) const
{
    return {QStringLiteral("account"),
            QStringLiteral("add"),
            name,
            QStringLiteral("--host"),
            m_server.host,
            QStringLiteral("--port"),
            QString::number(m_server.imapsPort),
            QStringLiteral("--user"),
            m_server.user,
            QStringLiteral("--email"),
            QStringLiteral("quail@example.com"),
            QStringLiteral("--ca-file"),
            m_server.caFile,
            QStringLiteral("--password-stdin")};
}

void TestCliAccounts::verifyNoPasswordInFiles() const
{
    QDirIterator it(m_config->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY2(!content.contains(m_server.password.toUtf8()), qPrintable(file.fileName()));
        QVERIFY2(!content.contains(m_server.password.toUtf8().toBase64()), qPrintable(file.fileName()));
        ++files;
    }
    QVERIFY(files > 0); // the settings file itself was written here
}

void TestCliAccounts::addListUseRemove()
{
    Run r = run(addArguments(QStringLiteral("work")), m_server.password.toUtf8() + '\n');
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    verifyNoPasswordInFiles();

    r = run({QStringLiteral("account"), QStringLiteral("list")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(r.out,
             QStringLiteral("work %1@%2:%3 tls\n").arg(m_server.user, m_server.host).arg(m_server.imapsPort).toUtf8());

    // --account takes the password from the keychain.
    r = run(
        {QStringLiteral("--account"), QStringLiteral("work"), QStringLiteral("-e"), QStringLiteral("examine INBOX")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY(r.out.contains("examine: OK [READ-ONLY]"));

    // Other options override single fields: without the CA file the
    // fixture's certificate is not trusted.
    r = run({QStringLiteral("--account"), QStringLiteral("work"), QStringLiteral("--ca-file"),
             m_config->filePath(QStringLiteral("missing.pem")), QStringLiteral("-e"), QStringLiteral("noop")});
    QCOMPARE(r.exitCode, 3);

    r = run({QStringLiteral("account"), QStringLiteral("remove"), QStringLiteral("work")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    r = run({QStringLiteral("account"), QStringLiteral("list")});
    QCOMPARE(r.out, QByteArray());
    r = run({QStringLiteral("--account"), QStringLiteral("work"), QStringLiteral("-e"), QStringLiteral("noop")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("no account named 'work'"), r.err.constData());
    verifyNoPasswordInFiles();
}

void TestCliAccounts::replaceKeepsTheKeychainEntry()
{
    Run r = run(addArguments(QStringLiteral("home")), m_server.password.toUtf8() + '\n');
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QString settingsFile = m_config->filePath(QStringLiteral("Quail/accounts.conf"));
    QVERIFY2(QFile::exists(settingsFile), qPrintable(settingsFile));
    const auto ids = [&] {
        QSettings settings(settingsFile, QSettings::IniFormat);
        settings.beginGroup(QStringLiteral("accounts"));
        return settings.childGroups();
    };
    const QStringList before = ids();
    QCOMPARE(before.size(), 1);

    // Without --replace the name is taken.
    r = run(addArguments(QStringLiteral("home")), m_server.password.toUtf8() + '\n');
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("already exists"), r.err.constData());

    // With it, over STARTTLS this time; the id (and so the keychain entry) stays.
    QStringList arguments = addArguments(QStringLiteral("home"));
    arguments[arguments.indexOf(QString::number(m_server.imapsPort))] = QString::number(m_server.imapPort);
    arguments << QStringLiteral("--security") << QStringLiteral("starttls") << QStringLiteral("--replace");
    r = run(arguments, m_server.password.toUtf8() + '\n');
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(ids(), before);
    r = run({QStringLiteral("account"), QStringLiteral("list")});
    QVERIFY2(r.out.endsWith(QStringLiteral(":%1 starttls\n").arg(m_server.imapPort).toUtf8()), r.out.constData());
    r = run({QStringLiteral("--account"), QStringLiteral("home"), QStringLiteral("-e"), QStringLiteral("noop")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    verifyNoPasswordInFiles();
    QCOMPARE(run({QStringLiteral("account"), QStringLiteral("remove"), QStringLiteral("home")}).exitCode, 0);
}

void TestCliAccounts::wrongPasswordIsNotSaved()
{
    Run r = run(addArguments(QStringLiteral("typo")), "wrong-password\n");
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("not saved: login failed"), r.err.constData());
    r = run({QStringLiteral("account"), QStringLiteral("list")});
    QCOMPARE(r.out, QByteArray());

    // --no-verify stores without logging in; using it then fails to log in.
    QStringList arguments = addArguments(QStringLiteral("typo"));
    arguments << QStringLiteral("--no-verify");
    r = run(arguments, "wrong-password\n");
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    r = run({QStringLiteral("--account"), QStringLiteral("typo"), QStringLiteral("-e"), QStringLiteral("noop")});
    QCOMPARE(r.exitCode, 3);
    QCOMPARE(run({QStringLiteral("account"), QStringLiteral("remove"), QStringLiteral("typo")}).exitCode, 0);
}

void TestCliAccounts::invalidNamesAndDuplicates()
{
    Run r = run(addArguments(QStringLiteral("bad name!")), m_server.password.toUtf8() + '\n');
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("invalid account name"), r.err.constData());
    QStringList noPassword = addArguments(QStringLiteral("x"));
    noPassword.removeAll(QStringLiteral("--password-stdin"));
    r = run(noPassword);
    QCOMPARE(r.exitCode, 2);
    r = run({QStringLiteral("account"), QStringLiteral("remove"), QStringLiteral("nobody")});
    QCOMPARE(r.exitCode, 2);
}

void TestCliAccounts::trustPinsOnlyTheFingerprintShown()
{
    // The fixture's self-signed certificate, without its CA file: untrusted
    // until the user pins exactly the fingerprint the server presents.
    const QList<QSslCertificate> certificates = m_server.caCertificates();
    QVERIFY(!certificates.isEmpty());
    const QByteArray digest = certificates.first().digest(QCryptographicHash::Sha256);
    const QByteArray shown = "SHA-256 " + digest.toHex(':').toUpper();
    QStringList add = addArguments(QStringLiteral("selfhosted"));
    const qsizetype caAt = add.indexOf(QStringLiteral("--ca-file"));
    add.remove(caAt, 2);
    add.append(QStringLiteral("--no-verify"));
    Run r = run(add, m_server.password.toUtf8() + '\n');
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QStringList noop{QStringLiteral("--account"), QStringLiteral("selfhosted"), QStringLiteral("-e"),
                           QStringLiteral("noop")};
    r = run(noop);
    QVERIFY2(r.exitCode == 3 && r.err.contains("certificate not trusted"), qPrintable(r.describe()));

    // Shown, not pinned.
    const QStringList trust{QStringLiteral("account"), QStringLiteral("trust"), QStringLiteral("selfhosted")};
    r = run(trust);
    QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
    QVERIFY2(r.out.contains(shown), qPrintable(r.describe()));
    // A fingerprint other than the one presented changes nothing.
    r = run(trust + QStringList{QStringLiteral("--sha256"), QString(64, u'0')});
    QVERIFY2(r.exitCode == 2 && r.err.contains("nothing changed"), qPrintable(r.describe()));
    QVERIFY(run(noop).exitCode == 3);

    // The one shown (in any spelling) pins it, and the account works.
    r = run(trust + QStringList{QStringLiteral("--sha256"), QString::fromLatin1(digest.toHex())});
    QVERIFY2(r.exitCode == 0 && r.out.contains("pinned"), qPrintable(r.describe()));
    r = run(noop);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    verifyNoPasswordInFiles();

    // Another certificate pinned before (a renewal, or an attack): the
    // account fails hard, and trust shows the old and the new fingerprints.
    {
        QSettings settings(m_config->path() + QStringLiteral("/Quail/accounts.conf"), QSettings::IniFormat);
        const QStringList keys = settings.allKeys();
        bool changed = false;
        for (const QString &key : keys) {
            if (key.endsWith(QStringLiteral("/pinnedSha256"))) {
                settings.setValue(key, QString(64, u'a'));
                changed = true;
            }
        }
        QVERIFY2(changed, qPrintable(keys.join(u' ')));
    }
    r = run(noop);
    QVERIFY2(r.exitCode == 3, qPrintable(r.describe()));
    r = run(trust);
    QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
    const QByteArray old = "pinned until now: SHA-256 " + QByteArray(32, char(0xaa)).toHex(':').toUpper();
    QVERIFY2(r.out.contains(old), qPrintable(r.describe()));
    QVERIFY2(r.out.contains(shown), qPrintable(r.describe()));
}

QTEST_GUILESS_MAIN(TestCliAccounts)
#include "tst_cliaccounts.moc"
