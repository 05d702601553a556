// Runs against a real Secret Service: tools/test starts ctest inside a
// private D-Bus session with an unlocked gnome-keyring. With
// QUAIL_EXPECT_NO_KEYCHAIN=1 and no reachable bus, ctest runs only
// unavailable(), which checks the error path.

#include "accounts/credentialstore.h"

#include <QFutureWatcher>
#include <QTest>
#include <QUuid>

#include <memory>

using Quail::Accounts::CredentialResult;
using Quail::Accounts::CredentialStore;
using Status = CredentialResult::Status;

namespace {

CredentialResult await(QFuture<CredentialResult> future)
{
    // The jobs run on this thread's event loop: spin it until they finish.
    if (!QTest::qWaitFor([&future] { return future.isFinished(); }, 20000))
        return {Status::Failed, {}, QStringLiteral("the keychain job did not finish within 20 s")};
    return future.result();
}

} // namespace

class TestCredentialStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTrip();
    void overwriteReplaces();
    void keysAndServicesAreSeparate();
    void storeMayGoBeforeItsJobs();
    void unavailable();

private:
    bool m_expectNoKeychain = false;
    // A service name of our own, so nothing the user stored can be touched.
    const QString m_service = QStringLiteral("Quail test ") + QUuid::createUuid().toString(QUuid::WithoutBraces);
};

void TestCredentialStore::initTestCase()
{
    m_expectNoKeychain = qEnvironmentVariableIntValue("QUAIL_EXPECT_NO_KEYCHAIN") == 1;
}

void TestCredentialStore::roundTrip()
{
    CredentialStore store(m_service);
    const QString secret = QStringLiteral("S3NT1NEL pässwörd ✓");

    const auto written = await(store.writePassword(QStringLiteral("alice@example.com"), secret));
    QVERIFY2(written.ok(), qPrintable(written.errorString));

    const auto read = await(store.readPassword(QStringLiteral("alice@example.com")));
    QVERIFY2(read.ok(), qPrintable(read.errorString));
    QCOMPARE(read.secret, secret);

    const auto removed = await(store.removePassword(QStringLiteral("alice@example.com")));
    QVERIFY2(removed.ok(), qPrintable(removed.errorString));

    const auto gone = await(store.readPassword(QStringLiteral("alice@example.com")));
    QCOMPARE(gone.status, Status::NotFound);
    QVERIFY(gone.secret.isEmpty());
    QVERIFY(!gone.errorString.isEmpty());
}

void TestCredentialStore::overwriteReplaces()
{
    CredentialStore store(m_service);
    QVERIFY(await(store.writePassword(QStringLiteral("bob"), QStringLiteral("first"))).ok());
    QVERIFY(await(store.writePassword(QStringLiteral("bob"), QStringLiteral("second"))).ok());
    QCOMPARE(await(store.readPassword(QStringLiteral("bob"))).secret, QStringLiteral("second"));
    QVERIFY(await(store.removePassword(QStringLiteral("bob"))).ok());
}

void TestCredentialStore::keysAndServicesAreSeparate()
{
    CredentialStore store(m_service);
    CredentialStore other(m_service + QStringLiteral(" other"));
    QVERIFY(await(store.writePassword(QStringLiteral("carol"), QStringLiteral("mine"))).ok());
    QCOMPARE(await(store.readPassword(QStringLiteral("dave"))).status, Status::NotFound);
    QCOMPARE(await(other.readPassword(QStringLiteral("carol"))).status, Status::NotFound);
    QVERIFY(await(store.removePassword(QStringLiteral("carol"))).ok());
}

void TestCredentialStore::storeMayGoBeforeItsJobs()
{
    // A window closed while its password is still being read: the store
    // goes at once, the keychain answers later, and nothing crashes.
    QFuture<CredentialResult> read;
    {
        CredentialStore writer(m_service);
        QVERIFY(await(writer.writePassword(QStringLiteral("frank"), QStringLiteral("later"))).ok());
        auto store = std::make_unique<CredentialStore>(m_service);
        read = store->readPassword(QStringLiteral("frank"));
        QVERIFY(!read.isFinished());
    }
    const CredentialResult result = await(read);
    QVERIFY2(result.ok(), qPrintable(result.errorString));
    QCOMPARE(result.secret, QStringLiteral("later"));
    QVERIFY(await(CredentialStore(m_service).removePassword(QStringLiteral("frank"))).ok());
}

void TestCredentialStore::unavailable()
{
    if (!m_expectNoKeychain)
        QSKIP("needs a process with no session bus: ctest runs it so, as tst_credentialstore_unavailable");
    CredentialStore store(m_service);
    const auto written = await(store.writePassword(QStringLiteral("erin"), QStringLiteral("S3NT1NEL")));
    QCOMPARE(written.status, Status::KeychainUnavailable);
    QVERIFY2(written.errorString.contains(QStringLiteral("No keychain is available")), qPrintable(written.errorString));
    QVERIFY(!written.errorString.contains(QStringLiteral("S3NT1NEL")));
}

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
