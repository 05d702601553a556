#include "accounts/accountstore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Quail::Accounts;
using Quail::Imap::AuthMethod;
using Security = Quail::Imap::ConnectionSettings::Security;
using SaveResult = AccountStore::SaveResult;

namespace {

Account sample(const QString &name)
{
    Account account;
    account.name = name;
    account.email = QStringLiteral("alice@example.com");
    account.user = QStringLiteral("alice");
    account.authMethod = AuthMethod::Plain;
    account.connection.host = QStringLiteral("imap.example.com");
    account.connection.port = 143;
    account.connection.security = Security::StartTls;
    account.connection.caFile = QStringLiteral("/etc/ssl/own-ca.pem");
    account.connection.pinnedSha256 = QByteArray(32, '\x5a');
    return account;
}

} // namespace

class TestAccountStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void saveAndReadBack();
    void sharedBetweenInstances();
    void nameRules_data();
    void nameRules();
    void existingNameNeedsReplace();
    void removeReturnsTheAccount();
    void incompleteAccountIsRefused();
    void unknownValuesFallBackSafely();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString file() const { return m_dir->filePath(QStringLiteral("accounts.conf")); }
};

void TestAccountStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestAccountStore::saveAndReadBack()
{
    AccountStore store(file());
    Account saved;
    QCOMPARE(store.save(sample(QStringLiteral("work")), false, &saved), SaveResult::Saved);
    QVERIFY(!saved.id.isEmpty());

    const auto found = store.find(QStringLiteral("work"));
    QVERIFY(found);
    QCOMPARE(found->id, saved.id);
    QCOMPARE(found->email, QStringLiteral("alice@example.com"));
    QCOMPARE(found->user, QStringLiteral("alice"));
    QCOMPARE(found->authMethod, AuthMethod::Plain);
    QCOMPARE(found->connection.host, QStringLiteral("imap.example.com"));
    QCOMPARE(found->connection.port, quint16(143));
    QCOMPARE(found->connection.security, Security::StartTls);
    QCOMPARE(found->connection.caFile, QStringLiteral("/etc/ssl/own-ca.pem"));
    QCOMPARE(found->connection.pinnedSha256, QByteArray(32, '\x5a'));
    QVERIFY(!store.find(QStringLiteral("other")));
}

void TestAccountStore::sharedBetweenInstances()
{
    // quail and quail-imap are separate processes over the same file.
    AccountStore writer(file());
    QCOMPARE(writer.save(sample(QStringLiteral("b")), false), SaveResult::Saved);
    QCOMPARE(writer.save(sample(QStringLiteral("a")), false), SaveResult::Saved);
    AccountStore reader(file());
    const auto all = reader.accounts();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).name, QStringLiteral("a"));
    QCOMPARE(all.at(1).name, QStringLiteral("b"));
}

void TestAccountStore::nameRules_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << QStringLiteral("work") << true;
    QTest::newRow("punctuation allowed") << QStringLiteral("me.home-2_b") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("space") << QStringLiteral("my work") << false;
    QTest::newRow("slash (a settings group separator)") << QStringLiteral("a/b") << false;
    QTest::newRow("non-ascii") << QStringLiteral("büro") << false;
    QTest::newRow("newline") << QStringLiteral("a\nb") << false;
    QTest::newRow("too long") << QString(65, u'a') << false;
}

void TestAccountStore::nameRules()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    AccountStore store(file());
    QCOMPARE(store.save(sample(name), false), valid ? SaveResult::Saved : SaveResult::InvalidName);
}

void TestAccountStore::existingNameNeedsReplace()
{
    AccountStore store(file());
    Account first;
    QCOMPARE(store.save(sample(QStringLiteral("work")), false, &first), SaveResult::Saved);

    Account changed = sample(QStringLiteral("work"));
    changed.connection.host = QStringLiteral("mail.example.org");
    QCOMPARE(store.save(changed, false), SaveResult::NameTaken);
    QCOMPARE(store.find(QStringLiteral("work"))->connection.host, QStringLiteral("imap.example.com"));

    Account replaced;
    QCOMPARE(store.save(changed, true, &replaced), SaveResult::Saved);
    // Same id, so the keychain entry still belongs to it.
    QCOMPARE(replaced.id, first.id);
    QCOMPARE(store.find(QStringLiteral("work"))->connection.host, QStringLiteral("mail.example.org"));
    QCOMPARE(store.accounts().size(), 1);
}

void TestAccountStore::removeReturnsTheAccount()
{
    AccountStore store(file());
    Account saved;
    QCOMPARE(store.save(sample(QStringLiteral("work")), false, &saved), SaveResult::Saved);
    const auto removed = store.remove(QStringLiteral("work"));
    QVERIFY(removed);
    QCOMPARE(removed->id, saved.id);
    QVERIFY(store.accounts().isEmpty());
    QVERIFY(!store.remove(QStringLiteral("work")));
}

void TestAccountStore::incompleteAccountIsRefused()
{
    AccountStore store(file());
    Account noHost = sample(QStringLiteral("x"));
    noHost.connection.host.clear();
    QCOMPARE(store.save(noHost, false), SaveResult::Invalid);
    // A stream account needs a command, not a host.
    noHost.connection.processCommand = QStringLiteral("ssh mail /usr/lib/dovecot/imap");
    QCOMPARE(store.save(noHost, false), SaveResult::Saved);
    QCOMPARE(store.find(QStringLiteral("x"))->connection.processCommand, noHost.connection.processCommand);
}

void TestAccountStore::unknownValuesFallBackSafely()
{
    {
        QFile f(file());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[accounts]\n"
                "abc\\name=edited\n"
                "abc\\host=imap.example.com\n"
                "abc\\security=ssl3\n"
                "abc\\auth=kerberos\n");
    }
    AccountStore store(file());
    const auto account = store.find(QStringLiteral("edited"));
    QVERIFY(account);
    // A hand-edited, unknown security setting must never mean plaintext.
    QCOMPARE(account->connection.security, Security::ImplicitTls);
    QCOMPARE(account->connection.port, quint16(993));
    QCOMPARE(account->authMethod, AuthMethod::Auto);
}

QTEST_GUILESS_MAIN(TestAccountStore)
#include "tst_accountstore.moc"
