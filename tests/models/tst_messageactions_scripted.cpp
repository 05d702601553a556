// MessageActions and the message list's catch-up against scripted servers,
// for what Dovecot will not do: refusals (the optimistic change is taken
// back and a sentence says why), a server without MOVE and UIDPLUS, undo by
// Message-ID without COPYUID, a CONDSTORE-only catch-up, and a UIDVALIDITY
// that changed while the connection was down. Always under
// QAbstractItemModelTester.

#include "imap/engine/engine.h"
#include "models/messageactions.h"
#include "models/messagelistmodel.h"
#include "scriptedserver.h"

#include <QAbstractItemModelTester>
#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <QTest>

using namespace Quail::Imap;
using namespace Quail::Models;
using Quail::Test::ScriptedServer;

namespace {

constexpr int Timeout = 10000;

QString login(const QString &capabilities)
{
    return QStringLiteral("S: * OK [CAPABILITY IMAP4rev1] ready\n"
                          "C: <tag> LOGIN alice S3NT1NEL\n"
                          "S: <tag> OK [CAPABILITY IMAP4rev1 %1] logged in\n")
        .arg(capabilities);
}

// The details of message `uid` (sequence `sequence`), with a Message-ID.
QString details(int sequence, int uid)
{
    return QStringLiteral("S: * %1 FETCH (UID %2 ENVELOPE (\"Mon, 1 Jan 2024 10:00:00 +0000\" \"Message %2\" "
                          "((\"Sender\" NIL \"sender\" \"example.org\")) NIL NIL "
                          "((NIL NIL \"alice\" \"example.org\")) NIL NIL NIL \"<m%2@quail.test>\") "
                          "INTERNALDATE \"01-Jan-2024 10:00:00 +0000\" RFC822.SIZE 100 "
                          "BODYSTRUCTURE (\"TEXT\" \"PLAIN\" (\"CHARSET\" \"US-ASCII\") NIL NIL \"7BIT\" 10 1))\n")
        .arg(sequence)
        .arg(uid);
}

// INBOX with UIDs 1, 2, 3 (3 seen), listed and their details loaded.
QString openInbox(const QString &selectExtra = {})
{
    return QStringLiteral("C: <tag> SELECT INBOX\n"
                          "S: * 3 EXISTS\n"
                          "S: * OK [UIDVALIDITY 7] ok\n"
                          "%1"
                          "S: <tag> OK [READ-WRITE] selected\n"
                          "C: <tag> FETCH 1:* (UID FLAGS)\n"
                          "S: * 1 FETCH (UID 1 FLAGS ())\n"
                          "S: * 2 FETCH (UID 2 FLAGS ())\n"
                          "S: * 3 FETCH (UID 3 FLAGS (\\Seen))\n"
                          "S: <tag> OK fetched\n"
                          "C: <tag> UID FETCH 1:3 (ENVELOPE INTERNALDATE RFC822.SIZE BODYSTRUCTURE)\n")
               .arg(selectExtra)
        + details(1, 1) + details(2, 2) + details(3, 3) + QStringLiteral("S: <tag> OK fetched\n");
}

Credentials alice()
{
    return Credentials{QStringLiteral("alice"), QStringLiteral("S3NT1NEL"), false, AuthMethod::Login, {}};
}

} // namespace

class TestMessageActionsScripted : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void refusalRollsBack();
    void moveWithoutMoveOrUidPlus();
    void undoFindsCopiesByMessageId();
    void catchUpWithCondStore();
    void changedUidValidityReloads();

private:
    std::unique_ptr<Engine> openEngine(bool reconnect = false);
    bool openModel();
    QList<quint32> uids(int first, int last) const;

    ScriptedServer *m_server = nullptr;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<MessageListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<MessageActions> m_actions;
    int m_resets = 0;
};

void TestMessageActionsScripted::init()
{
    m_server = new ScriptedServer(this);
    m_resets = 0;
}

void TestMessageActionsScripted::cleanup()
{
    m_actions.reset();
    m_tester.reset();
    m_model.reset();
    m_engine.reset();
    delete m_server;
    m_server = nullptr;
}

std::unique_ptr<Engine> TestMessageActionsScripted::openEngine(bool reconnect)
{
    auto engine = std::make_unique<Engine>();
    if (reconnect)
        engine->setReconnect(true, {std::chrono::milliseconds(50), std::chrono::milliseconds(50), 3});
    QSignalSpy ready(engine.get(), &Engine::ready);
    engine->open(m_server->connectionSettings(ConnectionSettings::Security::None), alice());
    if (!ready.wait(Timeout))
        return nullptr;
    return engine;
}

bool TestMessageActionsScripted::openModel()
{
    m_model = std::make_unique<MessageListModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_actions = std::make_unique<MessageActions>(m_model.get());
    QSignalSpy loaded(m_model.get(), &MessageListModel::loaded);
    m_model->setMailbox(m_engine.get(), MailboxName::fromString(u"INBOX"));
    connect(m_model.get(), &QAbstractItemModel::modelAboutToBeReset, this, [this] { ++m_resets; });
    if (!loaded.wait(Timeout) || m_model->rowCount() != 3)
        return false;
    // As a view showing them would.
    m_model->fetchRows(0, 2);
    return QTest::qWaitFor([&] { return m_model->isRowLoaded(0) && m_model->isRowLoaded(2); }, Timeout);
}

QList<quint32> TestMessageActionsScripted::uids(int first, int last) const
{
    QList<quint32> list;
    for (int row = first; row <= last; ++row)
        list.append(m_model->index(row, 0).data(MessageListModel::UidRole).toUInt());
    return list;
}

void TestMessageActionsScripted::refusalRollsBack()
{
    QVERIFY(m_server->addScript(login(QStringLiteral("UIDPLUS MOVE")) + openInbox()
                                + QStringLiteral("C: <tag> UID STORE 1:2 +FLAGS (\\Seen)\n"
                                                 "S: <tag> NO [NOPERM] not for you\n"
                                                 "C: <tag> UID MOVE 1,3 Archive\n"
                                                 "S: <tag> NO Mailbox is locked by the backup\n"
                                                 "C: <tag> UID STORE 2 +FLAGS (\\Deleted)\n"
                                                 "S: <tag> BAD what\n"
                                                 "EXPECT_CLOSE\n")));
    QVERIFY(m_server->listen());
    m_engine = openEngine();
    QVERIFY(m_engine && openModel());
    m_actions->setFolderRoles({}, MailboxName::fromString(u"Archive"));
    m_actions->setDeleteMode(MessageActions::DeleteMode::MarkDeleted);
    QSignalSpy failed(m_actions.get(), &MessageActions::failed);
    QSignalSpy finished(m_actions.get(), &MessageActions::finished);

    // Shown at once, then taken back with the reason.
    QCOMPARE(m_actions->setSeen(uids(0, 1), true), MessageActions::Start::Started);
    QVERIFY(m_model->index(0, 0).data(MessageListModel::SeenRole).toBool());
    QVERIFY(m_model->index(1, 0).data(MessageListModel::SeenRole).toBool());
    QVERIFY(finished.wait(Timeout));
    QVERIFY(!m_model->index(0, 0).data(MessageListModel::SeenRole).toBool());
    QVERIFY(!m_model->index(1, 0).data(MessageListModel::SeenRole).toBool());
    QVERIFY(m_model->index(2, 0).data(MessageListModel::SeenRole).toBool());
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.at(0).at(0).value<MessageActions::Action>(), MessageActions::Action::MarkRead);
    QCOMPARE(failed.at(0).at(1).toString(),
             QStringLiteral("Could not mark 2 message(s) as read: you do not have permission to do that in this "
                            "folder. The messages are shown as they were."));

    // A refused move puts the rows back where they were; the server's words
    // are quoted as its own.
    const QPersistentModelIndex middle = m_model->index(1, MessageListModel::SubjectColumn);
    QCOMPARE(m_actions->archive({1, 3}), MessageActions::Start::Started);
    QCOMPARE(m_model->rowCount(), 1);
    QVERIFY(finished.wait(Timeout));
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(uids(0, 2), (QList<quint32>{1, 2, 3}));
    QVERIFY(m_model->index(0, 0).data(MessageListModel::LoadedRole).toBool());
    QCOMPARE(middle.row(), 1);
    QCOMPARE(failed.size(), 2);
    QVERIFY2(failed.at(1).at(1).toString().contains(
                 QStringLiteral("The server refused to archive 2 message(s); it said: “Mailbox is locked by the "
                                "backup”")),
             qPrintable(failed.at(1).at(1).toString()));
    QVERIFY(!m_actions->canUndo());

    QCOMPARE(m_actions->deleteMessages({2}), MessageActions::Start::Started);
    QVERIFY(m_model->index(1, 0).data(MessageListModel::DeletedRole).toBool());
    QVERIFY(finished.wait(Timeout));
    QVERIFY(!m_model->index(1, 0).data(MessageListModel::DeletedRole).toBool());
    QVERIFY2(failed.at(2).at(1).toString().contains(QStringLiteral("it said: “what”")),
             qPrintable(failed.at(2).at(1).toString()));
    QCOMPARE(m_resets, 0);

    m_engine.reset();
    QVERIFY2(m_server->waitForFinished(Timeout), qPrintable(m_server->report()));
    QVERIFY2(m_server->failures().isEmpty(), qPrintable(m_server->report()));
}

void TestMessageActionsScripted::moveWithoutMoveOrUidPlus()
{
    QVERIFY(m_server->addScript(login(QString()) + openInbox()
                                + QStringLiteral("C: <tag> UID COPY 1:2 Junk\n"
                                                 "S: <tag> OK copied\n"
                                                 "C: <tag> UID STORE 1:2 +FLAGS.SILENT (\\Deleted)\n"
                                                 "S: <tag> OK stored\n"
                                                 "EXPECT_CLOSE\n")));
    QVERIFY(m_server->listen());
    m_engine = openEngine();
    QVERIFY(m_engine && openModel());
    QSignalSpy notice(m_actions.get(), &MessageActions::notice);
    QSignalSpy finished(m_actions.get(), &MessageActions::finished);

    QCOMPARE(m_actions->moveTo({1, 2}, MailboxName::fromString(u"Junk")), MessageActions::Start::Started);
    QCOMPARE(m_model->rowCount(), 1);
    QVERIFY(finished.wait(Timeout));
    QCOMPARE(finished.at(0).at(1).toBool(), true);
    // The originals stay, marked deleted, and the user is told why.
    QCOMPARE(m_model->rowCount(), 3);
    QVERIFY(m_model->index(0, 0).data(MessageListModel::DeletedRole).toBool());
    QVERIFY(m_model->index(1, 0).data(MessageListModel::DeletedRole).toBool());
    QVERIFY(!m_model->index(2, 0).data(MessageListModel::DeletedRole).toBool());
    QCOMPARE(notice.size(), 1);
    QVERIFY(notice.at(0).at(1).toString().contains(QStringLiteral("only when the folder is expunged")));
    QVERIFY(!m_actions->canUndo());
    QVERIFY(m_actions->undoUnavailableReason().contains(QStringLiteral("undelete them")));

    // Expunging only what the list marked needs UIDPLUS: refused, with the way out.
    QSignalSpy failed(m_actions.get(), &MessageActions::failed);
    QCOMPARE(m_actions->expunge(), MessageActions::Start::Refused);
    QVERIFY(failed.at(0).at(1).toString().contains(QStringLiteral("“Expunge folder”")));

    m_engine.reset();
    QVERIFY2(m_server->waitForFinished(Timeout), qPrintable(m_server->report()));
    QVERIFY2(m_server->failures().isEmpty(), qPrintable(m_server->report()));
    for (const QByteArray &line : m_server->receivedLines())
        QVERIFY2(!line.contains("EXPUNGE"), line.constData());
}

void TestMessageActionsScripted::undoFindsCopiesByMessageId()
{
    // MOVE without UIDPLUS: no COPYUID, so undo searches the target.
    QVERIFY(m_server->addScript(login(QStringLiteral("MOVE")) + openInbox()
                                + QStringLiteral("C: <tag> UID MOVE 1:2 Trash\n"
                                                 "S: * 1 EXPUNGE\n"
                                                 "S: * 1 EXPUNGE\n"
                                                 "S: <tag> OK moved\n"
                                                 "C: <tag> NOOP\n"
                                                 "S: * 3 EXISTS\n"
                                                 "S: <tag> OK\n"
                                                 "C: <tag> UID FETCH 4:* (UID FLAGS)\n"
                                                 "S: * 2 FETCH (UID 4 FLAGS ())\n"
                                                 "S: * 3 FETCH (UID 5 FLAGS ())\n"
                                                 "S: <tag> OK\n"
                                                 "C: <tag> UID FETCH 4:5 (ENVELOPE INTERNALDATE RFC822.SIZE "
                                                 "BODYSTRUCTURE)\n")
                                + details(2, 4) + details(3, 5)
                                + QStringLiteral("S: <tag> OK fetched\n"
                                                 "EXPECT_CLOSE\n")));
    QVERIFY(m_server->addScript(
        login(QStringLiteral("MOVE"))
        + QStringLiteral("C: <tag> SELECT Trash\n"
                         "S: * 9 EXISTS\n"
                         "S: * OK [UIDVALIDITY 70] ok\n"
                         "S: <tag> OK [READ-WRITE] selected\n"
                         "C: <tag> UID SEARCH OR HEADER Message-ID <m1@quail.test> HEADER Message-ID <m2@quail.test>\n"
                         "S: * SEARCH 41 40\n"
                         "S: <tag> OK searched\n"
                         "C: <tag> UID MOVE 40:41 INBOX\n"
                         "S: * 9 EXPUNGE\n"
                         "S: * 8 EXPUNGE\n"
                         "S: <tag> OK moved back\n"
                         "EXPECT_CLOSE\n")));
    QVERIFY(m_server->listen());
    m_engine = openEngine();
    QVERIFY(m_engine && openModel());
    auto other = openEngine();
    QVERIFY(other);
    m_actions->setFolderRoles(MailboxName::fromString(u"Trash"), {});
    m_actions->setOtherEngine(other.get());
    QSignalSpy finished(m_actions.get(), &MessageActions::finished);
    QSignalSpy undoChanged(m_actions.get(), &MessageActions::undoChanged);

    QVERIFY(!m_actions->deletesPermanently());
    QCOMPARE(m_actions->deleteMessages({1, 2}), MessageActions::Start::Started);
    QCOMPARE(m_model->rowCount(), 1);
    QVERIFY(finished.wait(Timeout));
    QVERIFY(finished.at(0).at(1).toBool());
    QCOMPARE(m_model->rowCount(), 1);
    QVERIFY2(m_actions->canUndo(), qPrintable(m_actions->undoUnavailableReason()));

    QCOMPARE(m_actions->undo(), MessageActions::Start::Started);
    QVERIFY(!m_actions->canUndo());
    QVERIFY(QTest::qWaitFor([&] { return finished.size() == 2; }, Timeout));
    QVERIFY(finished.at(1).at(1).toBool());
    // The list's own session hears of them (IDLE in the app).
    std::unique_ptr<CommandReply> noop(m_engine->execute(Commands::noop()));
    QVERIFY(QTest::qWaitFor([&] { return m_model->rowCount() == 3; }, Timeout));
    m_model->fetchRows(0, 2);
    QVERIFY(QTest::qWaitFor([&] { return m_model->isRowLoaded(2); }, Timeout));
    QCOMPARE(m_model->index(1, 0).data(MessageListModel::SubjectRole).toString(), QStringLiteral("Message 4"));
    QCOMPARE(m_resets, 0);

    other.reset();
    m_engine.reset();
    QVERIFY2(m_server->waitForFinished(Timeout), qPrintable(m_server->report()));
    QVERIFY2(m_server->failures().isEmpty(), qPrintable(m_server->report()));
}

void TestMessageActionsScripted::catchUpWithCondStore()
{
    // CONDSTORE but no QRESYNC: after the drop, one SEARCH for what is gone
    // and one CHANGEDSINCE FETCH for what changed, never the whole list.
    QVERIFY(m_server->addScript(login(QStringLiteral("CONDSTORE"))
                                + openInbox(QStringLiteral("S: * OK [HIGHESTMODSEQ 100] ok\n"))
                                + QStringLiteral("C: <tag> NOOP\n"
                                                 "S: * BYE going down for maintenance\n"
                                                 "CLOSE\n")));
    QVERIFY(m_server->addScript(login(QStringLiteral("CONDSTORE"))
                                + QStringLiteral("C: <tag> SELECT INBOX (CONDSTORE)\n"
                                                 "S: * 3 EXISTS\n"
                                                 "S: * OK [UIDVALIDITY 7] ok\n"
                                                 "S: * OK [HIGHESTMODSEQ 120] ok\n"
                                                 "S: <tag> OK [READ-WRITE] selected\n"
                                                 "C: <tag> UID SEARCH ALL\n"
                                                 "S: * SEARCH 1 3 4\n"
                                                 "S: <tag> OK searched\n"
                                                 "C: <tag> UID FETCH 1:* (FLAGS) (CHANGEDSINCE 100)\n"
                                                 "S: * 1 FETCH (UID 1 FLAGS (\\Flagged) MODSEQ (110))\n"
                                                 "S: <tag> OK fetched\n"
                                                 "C: <tag> UID FETCH 4:* (UID FLAGS)\n"
                                                 "S: * 3 FETCH (UID 4 FLAGS (\\Seen))\n"
                                                 "S: <tag> OK\n"
                                                 "C: <tag> UID FETCH 4 (ENVELOPE INTERNALDATE RFC822.SIZE "
                                                 "BODYSTRUCTURE)\n")
                                + details(3, 4)
                                + QStringLiteral("S: <tag> OK fetched\n"
                                                 "EXPECT_CLOSE\n")));
    QVERIFY(m_server->listen());
    m_engine = openEngine(true);
    QVERIFY(m_engine && openModel());
    const QPersistentModelIndex first = m_model->index(0, MessageListModel::SubjectColumn);
    const QPersistentModelIndex last = m_model->index(2, MessageListModel::SubjectColumn);
    QSignalSpy caughtUp(m_model.get(), &MessageListModel::caughtUp);

    std::unique_ptr<CommandReply> dropped(m_engine->execute(Commands::noop()));
    QVERIFY(caughtUp.wait(Timeout));
    QVERIFY(QTest::qWaitFor([&] { return m_model->rowCount() == 3; }, Timeout));
    m_model->fetchRows(0, 2);
    QVERIFY(QTest::qWaitFor([&] { return m_model->isRowLoaded(2); }, Timeout));
    QCOMPARE(uids(0, 2), (QList<quint32>{1, 3, 4}));
    QVERIFY(m_model->index(0, 0).data(MessageListModel::FlaggedRole).toBool());
    QVERIFY(m_model->index(2, 0).data(MessageListModel::SeenRole).toBool());
    QCOMPARE(m_resets, 0);
    // Rows kept their identity: views keep their selection.
    QCOMPARE(first.row(), 0);
    QCOMPARE(last.row(), 1);
    QCOMPARE(last.data(MessageListModel::UidRole).toUInt(), 3u);
    QCOMPARE(m_model->state(), MessageListModel::State::Ready);

    m_engine.reset();
    QVERIFY2(m_server->waitForFinished(Timeout), qPrintable(m_server->report()));
    QVERIFY2(m_server->failures().isEmpty(), qPrintable(m_server->report()));
}

void TestMessageActionsScripted::changedUidValidityReloads()
{
    QVERIFY(m_server->addScript(login(QStringLiteral("CONDSTORE"))
                                + openInbox(QStringLiteral("S: * OK [HIGHESTMODSEQ 100] ok\n"))
                                + QStringLiteral("C: <tag> NOOP\n"
                                                 "S: * BYE going down\n"
                                                 "CLOSE\n")));
    QVERIFY(m_server->addScript(login(QStringLiteral("CONDSTORE"))
                                + QStringLiteral("C: <tag> SELECT INBOX (CONDSTORE)\n"
                                                 "S: * 1 EXISTS\n"
                                                 "S: * OK [UIDVALIDITY 8] ok\n"
                                                 "S: * OK [HIGHESTMODSEQ 5] ok\n"
                                                 "S: <tag> OK [READ-WRITE] selected\n"
                                                 "C: <tag> SELECT INBOX\n"
                                                 "S: * 1 EXISTS\n"
                                                 "S: * OK [UIDVALIDITY 8] ok\n"
                                                 "S: <tag> OK [READ-WRITE] selected\n"
                                                 "C: <tag> FETCH 1:* (UID FLAGS)\n"
                                                 "S: * 1 FETCH (UID 1 FLAGS ())\n"
                                                 "S: <tag> OK fetched\n"
                                                 "C: <tag> UID FETCH 1 (ENVELOPE INTERNALDATE RFC822.SIZE "
                                                 "BODYSTRUCTURE)\n")
                                + details(1, 1)
                                + QStringLiteral("S: <tag> OK fetched\n"
                                                 "EXPECT_CLOSE\n")));
    QVERIFY(m_server->listen());
    m_engine = openEngine(true);
    QVERIFY(m_engine && openModel());
    QSignalSpy loaded(m_model.get(), &MessageListModel::loaded);

    std::unique_ptr<CommandReply> dropped(m_engine->execute(Commands::noop()));
    QVERIFY(loaded.wait(Timeout));
    // Every UID held named another message: one reset, then the new list.
    QCOMPARE(m_resets, 1);
    QCOMPARE(m_model->rowCount(), 1);
    m_model->fetchRows(0, 0);
    QVERIFY(QTest::qWaitFor([&] { return m_model->isRowLoaded(0); }, Timeout));

    m_engine.reset();
    QVERIFY2(m_server->waitForFinished(Timeout), qPrintable(m_server->report()));
    QVERIFY2(m_server->failures().isEmpty(), qPrintable(m_server->report()));
}

QTEST_MAIN(TestMessageActionsScripted)
#include "tst_messageactions_scripted.moc"
