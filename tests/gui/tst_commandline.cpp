// The `quail` binary's command line, run as a separate process (its path is
// in $QUAIL_APP) with its own XDG_CONFIG_HOME: --version, --help, and
// --screenshot, which must never wait on anyone: without an account or a
// password it exits non-zero at once with the reason; with the fixture's
// account it writes a PNG of the asked size once the folders are shown.

#include "accounts/accountstore.h"
#include "accounts/credentialstore.h"
#include "app/commandline.h"
#include "awaitreply.h"
#include "core/applicationinfo.h"
#include "core/version.h"
#include "imap/engine/engine.h"
#include "imap/protocol/commands.h"
#include "testserver.h"

#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QScopeGuard>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace Quail;
using Quail::Test::TestServer;

namespace {

struct Run {
    int exitCode = -1; // -1: crashed or killed
    QString out;
    QString err;
    qint64 elapsedMs = 0;
};

// Distinct colours in the image, sampled on a grid (enough to tell a blank
// or single-colour window from one with text and icons).
int distinctColours(const QImage &image, const QRect &area)
{
    QSet<QRgb> colours;
    for (int y = area.top(); y <= area.bottom(); y += 3) {
        for (int x = area.left(); x <= area.right(); x += 3)
            colours.insert(image.pixel(x, y));
    }
    return int(colours.size());
}

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void parsesGeometry();
    void takesGeometryBeforeQt();
    void version();
    void help();
    void usageErrors();
    void screenshotWithoutAccountFailsFast();
    void screenshotWithoutPasswordFailsFast();
    void screenshotWithUntrustedCertificateFailsFast();
    void screenshotOfTheFixture_data();
    void screenshotOfTheFixture();

private:
    Run run(const QStringList &arguments, const QString &configDir, int timeoutMs = 60000);
    // An account for the fixture in `configDir`'s account store; its id.
    // Without `trustFixture` the fixture's self-signed certificate is not
    // trusted.
    QString addAccount(const QString &configDir, const QString &name, bool trustFixture = true);

    QString m_binary;
    TestServer m_server;
    QTemporaryDir m_config; // with the fixture's account and its password
    QString m_accountId;
};

void TestCommandLine::initTestCase()
{
    Core::initApplicationInfo("quail");
    m_binary = qEnvironmentVariable("QUAIL_APP");
    QVERIFY2(QFile::exists(m_binary), "QUAIL_APP does not name the quail binary");
    QString error;
    const auto server = TestServer::fromEnvironment(&error);
    QVERIFY2(server, qPrintable(error));
    m_server = *server;

    QVERIFY(m_config.isValid());
    m_accountId = addAccount(m_config.path(), QStringLiteral("fixture"));
    QVERIFY(!m_accountId.isEmpty());
    Accounts::CredentialStore keychain;
    auto written = keychain.writePassword(m_accountId, m_server.password);
    QVERIFY(QTest::qWaitFor([&] { return written.isFinished(); }, 20000));
    QVERIFY2(written.result().ok(), qPrintable(written.result().errorString));
}

void TestCommandLine::cleanupTestCase()
{
    if (m_accountId.isEmpty())
        return;
    Accounts::CredentialStore keychain;
    auto removed = keychain.removePassword(m_accountId);
    QVERIFY(QTest::qWaitFor([&] { return removed.isFinished(); }, 20000));
}

Run TestCommandLine::run(const QStringList &arguments, const QString &configDir, int timeoutMs)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), configDir);
    process.setProcessEnvironment(environment);
    QElapsedTimer timer;
    timer.start();
    process.start(m_binary, arguments);
    Run result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("quail did not finish within %1 ms").arg(timeoutMs);
    } else if (process.exitStatus() == QProcess::NormalExit) {
        result.exitCode = process.exitCode();
    }
    result.elapsedMs = timer.elapsed();
    result.out = QString::fromLocal8Bit(process.readAllStandardOutput());
    result.err += QString::fromLocal8Bit(process.readAllStandardError());
    return result;
}

QString TestCommandLine::addAccount(const QString &configDir, const QString &name, bool trustFixture)
{
    // Where the app's AccountStore() looks under that XDG_CONFIG_HOME.
    Accounts::AccountStore store(configDir + QStringLiteral("/Quail/accounts.conf"));
    Accounts::Account account;
    account.name = name;
    account.user = m_server.user;
    account.connection = m_server.connectionSettings();
    if (!trustFixture)
        account.connection.caFile.clear();
    Accounts::Account saved;
    if (store.save(account, false, &saved) != Accounts::AccountStore::SaveResult::Saved)
        return {};
    return saved.id;
}

void TestCommandLine::parsesGeometry()
{
    QCOMPARE(App::parseGeometry(QStringLiteral("1280x800")), QSize(1280, 800));
    QCOMPARE(App::parseGeometry(QStringLiteral("800X600")), QSize(800, 600));
    QVERIFY(!App::parseGeometry(QStringLiteral("800")));
    QVERIFY(!App::parseGeometry(QStringLiteral("800x600+10+10")));
    QVERIFY(!App::parseGeometry(QStringLiteral("10x10")));
    QVERIFY(!App::parseGeometry(QStringLiteral("99999x600")));

    const QString program = QStringLiteral("quail");
    App::CommandLine line = App::CommandLine::parse({program});
    QCOMPARE(line.action, App::CommandLine::Action::Run);
    QVERIFY(!line.screenshot());
    QCOMPARE(line.windowSize(), QSize(1280, 800));
    line = App::CommandLine::parse({program, QStringLiteral("--screenshot"), QStringLiteral("a.png"),
                                    QStringLiteral("--geometry"), QStringLiteral("640x480")});
    QCOMPARE(line.action, App::CommandLine::Action::Run);
    QCOMPARE(line.screenshotFile, QStringLiteral("a.png"));
    QCOMPARE(line.windowSize(), QSize(640, 480));
}

void TestCommandLine::takesGeometryBeforeQt()
{
    QByteArrayList storage{"quail", "-geometry",          "800x600", "--screenshot",
                           "a.png", "--geometry=640x480", "--",      "--geometry"};
    std::vector<char *> argv;
    for (QByteArray &argument : storage)
        argv.push_back(argument.data());
    argv.push_back(nullptr);
    int argc = int(storage.size());
    const QStringList taken = App::takeGeometryArguments(argc, argv.data());
    QCOMPARE(taken,
             QStringList({QStringLiteral("--geometry"), QStringLiteral("800x600"), QStringLiteral("--geometry"),
                          QStringLiteral("640x480")}));
    QCOMPARE(argc, 5);
    QCOMPARE(QByteArray(argv[1]), QByteArray("--screenshot"));
    QCOMPARE(QByteArray(argv[2]), QByteArray("a.png"));
    QCOMPARE(QByteArray(argv[3]), QByteArray("--"));
    QCOMPARE(QByteArray(argv[4]), QByteArray("--geometry"));
    QCOMPARE(argv[5], nullptr);
}

void TestCommandLine::version()
{
    QTemporaryDir config;
    const Run result = run({QStringLiteral("--version")}, config.path(), 20000);
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out.trimmed(), QStringLiteral("quail " QUAIL_VERSION_STRING));
}

void TestCommandLine::help()
{
    QTemporaryDir config;
    const Run result = run({QStringLiteral("--help")}, config.path(), 20000);
    QCOMPARE(result.exitCode, 0);
    for (const char *option : {"--help", "--version", "--screenshot <file>", "--geometry <WxH>"})
        QVERIFY2(result.out.contains(QLatin1String(option)), option);
}

void TestCommandLine::usageErrors()
{
    QTemporaryDir config;
    Run result = run({QStringLiteral("--geometry"), QStringLiteral("wide")}, config.path(), 20000);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(QStringLiteral("--geometry")), qPrintable(result.err));
    result = run({QStringLiteral("--frobnicate")}, config.path(), 20000);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(QStringLiteral("frobnicate")), qPrintable(result.err));
}

void TestCommandLine::screenshotWithoutAccountFailsFast()
{
    QTemporaryDir config;
    const QString file = config.filePath(QStringLiteral("shot.png"));
    const Run result = run({QStringLiteral("--screenshot"), file}, config.path());
    QVERIFY2(result.exitCode > 0, qPrintable(result.err));
    QVERIFY2(result.elapsedMs < 20000, qPrintable(QString::number(result.elapsedMs)));
    QVERIFY2(result.err.contains(QStringLiteral("No account is configured")), qPrintable(result.err));
    QVERIFY(!QFile::exists(file));
}

void TestCommandLine::screenshotWithoutPasswordFailsFast()
{
    QTemporaryDir config;
    QVERIFY(!addAccount(config.path(), QStringLiteral("nopassword")).isEmpty());
    const QString file = config.filePath(QStringLiteral("shot.png"));
    const Run result = run({QStringLiteral("--screenshot"), file}, config.path());
    QVERIFY2(result.exitCode > 0, qPrintable(result.err));
    QVERIFY2(result.elapsedMs < 20000, qPrintable(QString::number(result.elapsedMs)));
    QVERIFY2(result.err.contains(QStringLiteral("nopassword: ")), qPrintable(result.err));
    QVERIFY2(result.err.contains(QStringLiteral("No password is stored")), qPrintable(result.err));
    QVERIFY(!QFile::exists(file));
}

void TestCommandLine::screenshotWithUntrustedCertificateFailsFast()
{
    QTemporaryDir config;
    const QString id = addAccount(config.path(), QStringLiteral("untrusted"), false);
    QVERIFY(!id.isEmpty());
    Accounts::CredentialStore keychain;
    auto written = keychain.writePassword(id, m_server.password);
    QVERIFY(QTest::qWaitFor([&] { return written.isFinished(); }, 20000));
    QVERIFY2(written.result().ok(), qPrintable(written.result().errorString));
    auto forget = qScopeGuard([&] {
        auto removed = keychain.removePassword(id);
        if (!QTest::qWaitFor([&] { return removed.isFinished(); }, 20000))
            qWarning("the keychain did not remove the test's password");
    });

    const QString file = config.filePath(QStringLiteral("shot.png"));
    const Run result = run({QStringLiteral("--screenshot"), file}, config.path());
    QVERIFY2(result.exitCode > 0, qPrintable(result.err));
    QVERIFY2(result.elapsedMs < 20000, qPrintable(QString::number(result.elapsedMs)));
    QVERIFY2(result.err.contains(QStringLiteral("not trusted")), qPrintable(result.err));
    QVERIFY2(result.err.contains(QStringLiteral("certificate"), Qt::CaseInsensitive), qPrintable(result.err));
    QVERIFY(!QFile::exists(file));
}

void TestCommandLine::screenshotOfTheFixture_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QSize>("size");
    QTest::newRow("default") << QStringList() << QSize(1280, 800);
    QTest::newRow("800x600") << QStringList({QStringLiteral("--geometry"), QStringLiteral("800x600")})
                             << QSize(800, 600);
}

namespace {

// The flags of the Inbox's newest message, read with EXAMINE (which changes
// nothing) on a connection of the test's own.
std::optional<Imap::Flags> newestInboxFlags(const TestServer &server)
{
    const std::unique_ptr<Imap::Engine> engine = server.openEngine();
    if (!engine)
        return std::nullopt;
    using Quail::Test::await;
    if (!await(engine->select(Imap::MailboxName::fromWire("INBOX"), true)).ok())
        return std::nullopt;
    const Imap::CommandResult fetched = await(engine->execute(
        Imap::Commands::fetch(Imap::SequenceSet::range(Imap::SequenceSet::Star, Imap::SequenceSet::Star), {"FLAGS"})));
    const QList<Imap::FetchData> data = fetched.all<Imap::FetchData>();
    if (!fetched.ok() || data.size() != 1 || !data.first().flags)
        return std::nullopt;
    return *data.first().flags;
}

} // namespace

void TestCommandLine::screenshotOfTheFixture()
{
    QFETCH(QStringList, extra);
    QFETCH(QSize, size);
    const std::optional<Imap::Flags> flagsBefore = newestInboxFlags(m_server);
    QVERIFY(flagsBefore);
    const QString file = m_config.filePath(QStringLiteral("shot-%1.png").arg(QLatin1String(QTest::currentDataTag())));
    const Run result = run(QStringList{QStringLiteral("--screenshot"), file} + extra, m_config.path());
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(result.out.trimmed(), file);
    QVERIFY2(result.elapsedMs < 60000, qPrintable(QString::number(result.elapsedMs)));
    QImage image;
    QVERIFY(image.load(file, "PNG"));
    QCOMPARE(image.size(), size);
    const int colours = distinctColours(image, image.rect());
    QVERIFY2(colours >= 16, qPrintable(QStringLiteral("only %1 colours").arg(colours)));
    // The folder pane (the left quarter, below the menu) shows the tree:
    // names and icons, not an empty white view.
    const QRect folders(0, size.height() / 20, size.width() / 4, size.height() / 4);
    const int folderColours = distinctColours(image, folders);
    QVERIFY2(folderColours >= 8, qPrintable(QStringLiteral("only %1 colours in the folder pane").arg(folderColours)));
    // The Inbox's rows (upper right) and its newest message (lower right)
    // are on the picture, not empty panes.
    const QRect list(size.width() * 3 / 10, size.height() / 8, size.width() * 6 / 10, size.height() / 4);
    const QRect viewer(size.width() * 3 / 10, size.height() * 6 / 10, size.width() * 6 / 10, size.height() / 4);
    QVERIFY2(distinctColours(image, list) >= 4, "the message list is empty");
    QVERIFY2(distinctColours(image, viewer) >= 4, "the viewer is empty");
    // Shown, not read: the newest message's flags are as they were.
    QCOMPARE(newestInboxFlags(m_server), flagsBefore);
}

QTEST_MAIN(TestCommandLine)
#include "tst_commandline.moc"
