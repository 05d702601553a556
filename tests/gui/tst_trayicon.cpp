// The tray icon's count against the Dovecot fixture: the Inbox's unread
// count from the folder tree, no notification for the first count, one with
// the right numbers when another client delivers unread mail, none for mail
// that arrives read. Under Xvfb there is usually no tray: the counting must
// work all the same.

#include "app/trayicon.h"
#include "awaitreply.h"
#include "imap/engine/engine.h"
#include "imap/protocol/commands.h"
#include "models/foldertreemodel.h"
#include "testserver.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTest>

using namespace Quail;
using namespace Quail::Imap;
using namespace std::chrono_literals;
using Quail::Test::TestServer;

namespace {

constexpr int Timeout = 15000;
const QString Account = QStringLiteral("fixture");

CommandResult await(CommandReply *reply)
{
    return Quail::Test::await(reply, Timeout);
}

QByteArray message(const QByteArray &subject)
{
    return "From: Other Client <other@example.org>\r\nTo: quail@example.org\r\nSubject: " + subject
        + "\r\nMessage-ID: <" + subject + "@quail.test>\r\n\r\nBody.\r\n";
}

} // namespace

class TestTrayIcon : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void notifiesWhenTheInboxGrows();
    void worksWithoutATray();
    void countIsDrawnOnTheIcon();

private:
    TestServer m_server;
};

void TestTrayIcon::initTestCase()
{
    QString error;
    const auto server = TestServer::fromEnvironment(&error);
    QVERIFY2(server, qPrintable(error));
    m_server = *server;
}

void TestTrayIcon::notifiesWhenTheInboxGrows()
{
    auto session = m_server.openEngine();
    auto background = m_server.openEngine();
    auto other = m_server.openEngine();
    QVERIFY(session && background && other);

    Models::FolderTreeModel folders;
    folders.setRefreshInterval(0ms); // only the test refreshes
    App::TrayIcon tray(folders);
    QSignalSpy newMail(&tray, &App::TrayIcon::newMail);
    QSignalSpy refreshed(&folders, &Models::FolderTreeModel::accountRefreshed);
    folders.addAccount(Account, QStringLiteral("Fixture"), session.get(), background.get());
    QVERIFY(refreshed.wait(Timeout));

    // The first count is where the tray starts, not news.
    const QModelIndex inbox = folders.specialFolder(Account, Models::SpecialUse::Inbox);
    QVERIFY(inbox.isValid());
    QTRY_VERIFY_WITH_TIMEOUT(inbox.data(Models::FolderTreeModel::UnseenRole).isValid(), Timeout);
    const int before = inbox.data(Models::FolderTreeModel::UnseenRole).toInt();
    QTRY_COMPARE_WITH_TIMEOUT(tray.unread(), before, Timeout);
    QVERIFY(before > 0); // the sample mail has unread messages in its Inbox
    QTest::qWait(50);
    QCOMPARE(newMail.size(), 0);
    QVERIFY2(tray.toolTip().contains(QString::number(before)), qPrintable(tray.toolTip()));

    // Whatever happens below, what was appended is expunged again.
    QList<quint32> appended;
    auto restore = qScopeGuard([&] {
        if (appended.isEmpty())
            return;
        const SequenceSet uids = SequenceSet::fromNumbers(appended);
        await(other->select(MailboxName::fromWire("INBOX"), false));
        await(other->execute(Commands::store(uids, Commands::StoreMode::Add, {"\\Deleted"})));
        await(other->execute(Commands::uidExpunge(uids)));
        await(other->execute(Commands::unselect()));
    });
    const QByteArray stem = "quail-tray-" + QByteArray::number(QCoreApplication::applicationPid()) + '-'
        + QByteArray::number(QDateTime::currentMSecsSinceEpoch() % 100000000);
    const auto append = [&](const QByteArray &subject, const QList<QByteArray> &flags) {
        const CommandResult result = await(
            other->execute(Commands::append(MailboxName::fromWire("INBOX"), flags, std::nullopt, message(subject))));
        if (result.ok() && result.code.type == ResponseCode::Type::AppendUid)
            appended.append(*result.code.uids.toNumbers());
        return result.ok();
    };

    // New unread mail arrives: one notification with the new total.
    QVERIFY(append(stem + "-unread", {}));
    folders.refresh(Account);
    QVERIFY(newMail.wait(Timeout));
    QCOMPARE(newMail.size(), 1);
    QCOMPARE(newMail.first().at(0).toInt(), before + 1);
    QCOMPARE(newMail.first().at(1).toInt(), 1);
    QCOMPARE(tray.unread(), before + 1);
    QVERIFY2(tray.toolTip().contains(QString::number(before + 1)), qPrintable(tray.toolTip()));

    // Mail that arrives read changes no unread count: no notification.
    QVERIFY(append(stem + "-read", {"\\Seen"}));
    refreshed.clear();
    folders.refresh(Account);
    QVERIFY(refreshed.wait(Timeout));
    QTest::qWait(50);
    QCOMPARE(newMail.size(), 1);
    QCOMPARE(tray.unread(), before + 1);
    QCOMPARE(appended.size(), 2);

    // Expunged again: the count goes down, which is not news either.
    restore.dismiss();
    const SequenceSet uids = SequenceSet::fromNumbers(appended);
    QVERIFY(await(other->select(MailboxName::fromWire("INBOX"), false)).ok());
    QVERIFY(await(other->execute(Commands::store(uids, Commands::StoreMode::Add, {"\\Deleted"}))).ok());
    QVERIFY(await(other->execute(Commands::uidExpunge(uids))).ok());
    QVERIFY(await(other->execute(Commands::unselect())).ok());
    folders.refresh(Account);
    QTRY_COMPARE_WITH_TIMEOUT(tray.unread(), before, Timeout);
    QCOMPARE(newMail.size(), 1);
    folders.removeAccount(Account);
}

void TestTrayIcon::worksWithoutATray()
{
    Models::FolderTreeModel folders;
    App::TrayIcon tray(folders);
    // An icon exactly when the platform has a tray and the user wants one.
    QCOMPARE(tray.isShown(), QSystemTrayIcon::isSystemTrayAvailable());
    tray.setEnabled(false);
    QVERIFY(!tray.isShown());
    QVERIFY(!tray.isEnabled());
    QCOMPARE(tray.unread(), 0);
    QCOMPARE(tray.toolTip(), QCoreApplication::applicationName());
}

void TestTrayIcon::countIsDrawnOnTheIcon()
{
    const QImage plain = App::TrayIcon::iconWithCount(0).pixmap(64, 64).toImage();
    const QImage counted = App::TrayIcon::iconWithCount(7).pixmap(64, 64).toImage();
    QVERIFY(!plain.isNull());
    // The SVG itself rendered (Qt's SVG plugin is there): the envelope's blue.
    const QColor envelope = plain.pixelColor(12, 50);
    QVERIFY2(envelope.alpha() == 255 && envelope.blue() > envelope.red() + 60, qPrintable(envelope.name()));
    QVERIFY(plain != counted);
    // The badge is a red disc in the lower right quarter, left of its digit.
    const QColor badge = counted.pixelColor(29, 45);
    QVERIFY2(badge.red() > 150 && badge.green() < 80, qPrintable(badge.name()));
}

QTEST_MAIN(TestTrayIcon)
#include "tst_trayicon.moc"
