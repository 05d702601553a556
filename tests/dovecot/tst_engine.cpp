// The engine as its users drive it: from the test's (the "GUI") thread,
// against the Dovecot fixture, results checked against quail-mailgen's
// manifest and, for changes, through a second, independent session.

#include "awaitreply.h"
#include "imap/engine/engine.h"
#include "imap/protocol/commands.h"
#include "mime/encodedwords.h"
#include "testserver.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QMutex>
#include <QSignalSpy>
#include <QTest>

using namespace Quail::Imap;
using Quail::Test::TestServer;

namespace {

constexpr int Timeout = 15000;

// Waits for a reply and returns its result (Failed on timeout).
CommandResult await(CommandReply *reply)
{
    return Quail::Test::await(reply, Timeout);
}

// The trace sink runs on the engine thread while the test reads: lock both.
class TraceLog
{
public:
    void append(const QByteArray &line)
    {
        QMutexLocker lock(&m_mutex);
        m_lines.append(line);
    }
    QByteArrayList lines() const
    {
        QMutexLocker lock(&m_mutex);
        return m_lines;
    }
    QByteArray text() const { return lines().join('\n'); }
    void clear()
    {
        QMutexLocker lock(&m_mutex);
        m_lines.clear();
    }

private:
    mutable QMutex m_mutex;
    QByteArrayList m_lines;
};

} // namespace

class TestEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void runsOnItsOwnThread();
    void selectMatchesTheManifest();
    void fetchEnvelopes();
    void storeIsSeenByAnotherSession();
    void refusedCommandNeverReachesTheWire();
    void serverNoIsAResultNotAFailure();
    void eventsFromAnotherSession();
    void mailboxEventsCarryUids();
    void moveKeepsCopyUidForUndo();
    void idleReportsNewMail();
    void commandEndsIdle();
    void keepAliveIdlesBetweenCommands();
    void logoutFailsLaterCommands();
    void pipelinedCommandsGetTheirOwnAnswers();

private:
    std::unique_ptr<Engine> openEngine(TraceLog *trace = nullptr);
    QJsonObject manifestFolder(const QString &name) const;

    TestServer m_server;
    std::unique_ptr<Engine> m_engine;
    TraceLog m_trace;
};

void TestEngine::initTestCase()
{
    QString error;
    const auto server = TestServer::fromEnvironment(&error);
    QVERIFY2(server, qPrintable(error));
    m_server = *server;
    QVERIFY2(!m_server.manifestFile.isEmpty(), "the fixture ran without sample mail");
}

std::unique_ptr<Engine> TestEngine::openEngine(TraceLog *trace)
{
    auto engine = std::make_unique<Engine>();
    if (trace) {
        // The sink runs on the engine thread; record the thread too.
        auto *mainThread = QThread::currentThread();
        engine->setTraceSink([trace, mainThread](bool incoming, const QByteArray &line) {
            trace->append((QThread::currentThread() == mainThread ? "main " : "engine ")
                          + QByteArray(incoming ? "S: " : "C: ") + line);
        });
    }
    const ConnectionSettings settings = m_server.connectionSettings();
    QSignalSpy ready(engine.get(), &Engine::ready);
    QSignalSpy failed(engine.get(), &Engine::failed);
    engine->open(settings, Credentials{m_server.user, m_server.password, false, AuthMethod::Auto, {}});
    if (!QTest::qWaitFor([&] { return !ready.isEmpty() || !failed.isEmpty(); }, Timeout) || ready.isEmpty())
        return nullptr;
    return engine;
}

void TestEngine::init()
{
    m_trace.clear();
    m_engine = openEngine(&m_trace);
    QVERIFY(m_engine);
}

void TestEngine::cleanup()
{
    m_engine.reset();
}

QJsonObject TestEngine::manifestFolder(const QString &name) const
{
    return m_server.manifestFolder(name);
}

void TestEngine::runsOnItsOwnThread()
{
    QVERIFY(m_engine->isReady());
    QVERIFY(m_engine->info().capabilities.has("IMAP4REV1"));
    QVERIFY(await(m_engine->execute(Commands::noop())).ok());
    const QByteArrayList lines = m_trace.lines();
    QVERIFY(!lines.isEmpty());
    for (const QByteArray &line : lines)
        QVERIFY2(line.startsWith("engine "), line.constData());
}

void TestEngine::selectMatchesTheManifest()
{
    const QJsonObject inbox = manifestFolder(QStringLiteral("INBOX"));
    const CommandResult result = await(m_engine->execute(Commands::select(MailboxName::fromString(u"INBOX"))));
    QVERIFY2(result.ok(), qPrintable(result.text));
    const auto exists = result.all<ExistsData>();
    QCOMPARE(exists.size(), 1);
    QCOMPARE(int(exists.first().count), inbox.value(QStringLiteral("total")).toInt());
    QCOMPARE(result.code.type, ResponseCode::Type::ReadWrite);

    // A folder with a non-ASCII name, by its decoded name.
    const QJsonObject umlaut = manifestFolder(QStringLiteral("Überweisungen"));
    const CommandResult examine =
        await(m_engine->execute(Commands::examine(MailboxName::fromString(u"Überweisungen"))));
    QVERIFY2(examine.ok(), qPrintable(examine.text));
    QCOMPARE(int(examine.all<ExistsData>().first().count), umlaut.value(QStringLiteral("total")).toInt());
    QCOMPARE(examine.code.type, ResponseCode::Type::ReadOnly);
}

void TestEngine::fetchEnvelopes()
{
    const QJsonArray messages = manifestFolder(QStringLiteral("INBOX")).value(QStringLiteral("messages")).toArray();
    QVERIFY(await(m_engine->execute(Commands::examine(MailboxName::fromString(u"INBOX")))).ok());
    const CommandResult result = await(m_engine->execute(
        Commands::fetch(SequenceSet::range(1, 20), {"UID", "FLAGS", "ENVELOPE", "RFC822.SIZE", "BODYSTRUCTURE"},
                        Commands::SetKind::Uid)));
    QVERIFY2(result.ok(), qPrintable(result.text));
    const auto fetches = result.all<FetchData>();
    QCOMPARE(fetches.size(), 20);
    for (const FetchData &fetch : fetches) {
        QVERIFY(fetch.uid && fetch.envelope && fetch.rfc822Size && fetch.bodyStructure && fetch.flags);
        const QJsonObject expected = messages.at(int(*fetch.uid) - 1).toObject();
        QCOMPARE(Quail::Mime::decodeHeader(fetch.envelope->subject()),
                 expected.value(QStringLiteral("subject")).toString());
        QCOMPARE(QString::fromLatin1(fetch.envelope->messageId()),
                 expected.value(QStringLiteral("messageId")).toString());
        QCOMPARE(qint64(*fetch.rfc822Size), expected.value(QStringLiteral("rfc822Size")).toInteger());
        const bool seen = expected.value(QStringLiteral("flags")).toArray().contains(QStringLiteral("\\Seen"));
        QCOMPARE(fetch.flags->has(Flags::Seen), seen);
    }
}

void TestEngine::storeIsSeenByAnotherSession()
{
    const MailboxName family = MailboxName::fromString(u"Family");
    QVERIFY(await(m_engine->execute(Commands::select(family))).ok());
    const CommandResult stored = await(m_engine->execute(Commands::store(
        SequenceSet::single(1), Commands::StoreMode::Add, {"$QuailTest"}, Commands::SetKind::Sequence, false)));
    QVERIFY2(stored.ok(), qPrintable(stored.text));

    const auto other = openEngine();
    QVERIFY(other);
    QVERIFY(await(other->execute(Commands::examine(family))).ok());
    const CommandResult fetched =
        await(other->execute(Commands::fetch(SequenceSet::single(1), {"FLAGS"}, Commands::SetKind::Sequence)));
    QVERIFY(fetched.ok());
    QVERIFY(fetched.all<FetchData>().first().flags->contains("$QuailTest"));

    // And back, so the fixture stays as the manifest says.
    QVERIFY(await(m_engine->execute(Commands::store(SequenceSet::single(1), Commands::StoreMode::Remove, {"$QuailTest"},
                                                    Commands::SetKind::Sequence)))
                .ok());
}

void TestEngine::refusedCommandNeverReachesTheWire()
{
    // A mailbox name with CR LF and a second command: refused before sending.
    const CommandResult result =
        await(m_engine->execute(Commands::create(MailboxName::fromWire("Evil\r\nA1 DELETE INBOX"))));
    // Either encoded safely as a literal (and then created as a harmless
    // name) or refused; never a second command on the wire.
    QVERIFY2(!m_trace.text().contains("C: A1 DELETE"), m_trace.text().constData());
    if (result.ok())
        QVERIFY(
            await(m_engine->execute(Commands::deleteMailbox(MailboxName::fromWire("Evil\r\nA1 DELETE INBOX")))).ok());
    const CommandResult inbox = await(m_engine->execute(Commands::examine(MailboxName::fromString(u"INBOX"))));
    QVERIFY(inbox.ok());
}

void TestEngine::serverNoIsAResultNotAFailure()
{
    const CommandResult result = await(m_engine->execute(Commands::select(MailboxName::fromString(u"No such folder"))));
    QCOMPARE(result.status, CommandResult::Status::No);
    // Dovecot 2.3 says so in words only, without [NONEXISTENT].
    QVERIFY2(result.text.contains(QStringLiteral("doesn't exist")), qPrintable(result.text));
    QVERIFY(m_engine->isReady());
    QVERIFY(await(m_engine->execute(Commands::noop())).ok());
}

void TestEngine::eventsFromAnotherSession()
{
    // A message appended elsewhere shows up as EXISTS on the next NOOP.
    const MailboxName junk = MailboxName::fromString(u"Junk");
    QVERIFY(await(m_engine->execute(Commands::select(junk))).ok());
    QSignalSpy untagged(m_engine.get(), &Engine::untagged);

    const auto other = openEngine();
    QVERIFY(other);
    const QByteArray message = "From: a@example.org\r\nSubject: hello\r\nMessage-ID: <x@example.org>\r\n\r\nhi\r\n";
    const CommandResult appended = await(other->execute(Commands::append(junk, {"\\Seen"}, std::nullopt, message)));
    QVERIFY2(appended.ok(), qPrintable(appended.text));
    QCOMPARE(appended.code.type, ResponseCode::Type::AppendUid);

    QVERIFY(await(m_engine->execute(Commands::noop())).ok());
    const bool sawExists = std::any_of(untagged.cbegin(), untagged.cend(), [](const QList<QVariant> &args) {
        return args.first().value<Response>().is<ExistsData>();
    });
    QVERIFY(sawExists);

    // Expunge it again. This session never fetched UIDs, so the VANISHED
    // that follows names a UID it cannot place: it reads the UIDs again by
    // itself, and goes on working.
    const quint32 uid = quint32(appended.code.uids.ranges().first().first);
    QVERIFY(await(m_engine->execute(Commands::store(SequenceSet::single(uid), Commands::StoreMode::Add, {"\\Deleted"})))
                .ok());
    QVERIFY(await(m_engine->execute(Commands::uidExpunge(SequenceSet::single(uid)))).ok());
    QVERIFY(await(m_engine->execute(Commands::noop())).ok());
    QVERIFY2(m_trace.text().contains("UID SEARCH ALL"), m_trace.text().constData());
}

void TestEngine::mailboxEventsCarryUids()
{
    const MailboxName archive = MailboxName::fromString(u"Archive");
    QVERIFY(await(m_engine->select(archive, false)).ok());
    QVERIFY(await(m_engine->execute(
                      Commands::fetch(SequenceSet::range(1, SequenceSet::Star), {"UID"}, Commands::SetKind::Sequence)))
                .ok());
    QSignalSpy events(m_engine.get(), &Engine::mailboxEvent);

    const auto other = openEngine();
    QVERIFY(other);
    const CommandResult appended =
        await(other->execute(Commands::append(archive, {}, std::nullopt, "Subject: event test\r\n\r\nbody\r\n")));
    QVERIFY(appended.ok());
    const quint32 uid = appended.code.uids.ranges().first().first;

    // New mail: EXISTS, then its UID and flags from a FETCH.
    QVERIFY(await(m_engine->execute(Commands::noop())).ok());
    QVERIFY(std::any_of(events.cbegin(), events.cend(), [](const QList<QVariant> &args) {
        return std::holds_alternative<MailboxEvent::Exists>(args.first().value<MailboxEvent>().change);
    }));
    QVERIFY(await(m_engine->execute(Commands::fetch(SequenceSet::single(uid), {"FLAGS"}))).ok());

    // Another client flags it: the event names the UID.
    events.clear();
    QVERIFY(await(other->select(archive, false)).ok());
    QVERIFY(
        await(other->execute(Commands::store(SequenceSet::single(uid), Commands::StoreMode::Add, {"\\Flagged"}))).ok());
    QVERIFY(await(m_engine->execute(Commands::noop())).ok());
    const auto flagged = std::find_if(events.cbegin(), events.cend(), [](const QList<QVariant> &args) {
        return std::holds_alternative<MailboxEvent::FlagsChanged>(args.first().value<MailboxEvent>().change);
    });
    QVERIFY(flagged != events.cend());
    const auto change = std::get<MailboxEvent::FlagsChanged>(flagged->first().value<MailboxEvent>().change);
    QCOMPARE(change.uid, uid);
    QVERIFY(change.flags.has(Flags::Flagged));
    QVERIFY(flagged->first().value<MailboxEvent>().mailbox == archive);

    // And expunges it: with QRESYNC enabled Dovecot says VANISHED, by UID.
    events.clear();
    QVERIFY(
        await(other->execute(Commands::store(SequenceSet::single(uid), Commands::StoreMode::Add, {"\\Deleted"}))).ok());
    QVERIFY(await(other->execute(Commands::uidExpunge(SequenceSet::single(uid)))).ok());
    QVERIFY(await(m_engine->execute(Commands::noop())).ok());
    const bool gone = std::any_of(events.cbegin(), events.cend(), [uid](const QList<QVariant> &args) {
        const MailboxEvent event = args.first().value<MailboxEvent>();
        if (const auto *vanished = std::get_if<MailboxEvent::Vanished>(&event.change))
            return vanished->uids.contains(uid) && !vanished->earlier;
        if (const auto *expunged = std::get_if<MailboxEvent::Expunged>(&event.change))
            return expunged->uid == uid;
        return false;
    });
    QVERIFY(gone);
}

void TestEngine::moveKeepsCopyUidForUndo()
{
    const MailboxName junk = MailboxName::fromString(u"Junk");
    const MailboxName trash = MailboxName::fromString(u"Trash");
    const CommandResult appended =
        await(m_engine->execute(Commands::append(junk, {}, std::nullopt, "Subject: to move\r\n\r\nbody\r\n")));
    QVERIFY(appended.ok());
    const quint32 uid = appended.code.uids.ranges().first().first;
    QVERIFY(await(m_engine->select(junk, false)).ok());

    const CommandResult moved = await(m_engine->move(SequenceSet::single(uid), trash));
    QVERIFY2(moved.ok(), qPrintable(moved.text));
    QCOMPARE(moved.code.type, ResponseCode::Type::CopyUid);
    QVERIFY(moved.code.uids.contains(uid));
    const quint32 newUid = moved.code.destinationUids.ranges().first().first;

    // Seen from another session: gone from Junk, there in Trash.
    const auto other = openEngine();
    QVERIFY(other);
    QVERIFY(await(other->execute(Commands::examine(junk))).ok());
    const CommandResult inJunk = await(other->execute(Commands::search(SearchKey::all())));
    QVERIFY(!inJunk.all<SearchData>().first().numbers.contains(uid));
    QVERIFY(await(other->select(trash, false)).ok());
    const CommandResult inTrash = await(other->execute(Commands::search(SearchKey::all())));
    QVERIFY(inTrash.all<SearchData>().first().numbers.contains(newUid));
    QVERIFY(await(other->execute(Commands::store(SequenceSet::single(newUid), Commands::StoreMode::Add, {"\\Deleted"})))
                .ok());
    QVERIFY(await(other->execute(Commands::uidExpunge(SequenceSet::single(newUid)))).ok());
}

void TestEngine::idleReportsNewMail()
{
    const MailboxName drafts = MailboxName::fromString(u"Drafts");
    QVERIFY(await(m_engine->execute(Commands::select(drafts))).ok());
    QSignalSpy untagged(m_engine.get(), &Engine::untagged);
    QElapsedTimer clock;
    clock.start();
    std::unique_ptr<CommandReply> idle(m_engine->idle(std::chrono::seconds(20)));
    // Wait until the server has said "+ idling".
    QVERIFY(QTest::qWaitFor([&] { return m_trace.text().contains("S: + idling"); }, Timeout));

    const auto other = openEngine();
    QVERIFY(other);
    const CommandResult appended =
        await(other->execute(Commands::append(drafts, {"\\Draft"}, std::nullopt, "Subject: draft\r\n\r\nbody\r\n")));
    QVERIFY2(appended.ok(), qPrintable(appended.text));

    const auto sawExists = [&] {
        return std::any_of(untagged.cbegin(), untagged.cend(),
                           [](const QList<QVariant> &args) { return args.first().value<Response>().is<ExistsData>(); });
    };
    QVERIFY(QTest::qWaitFor(sawExists, Timeout));
    QVERIFY(!idle->isFinished());
    m_engine->stopIdle();
    QVERIFY(QTest::qWaitFor([&] { return idle->isFinished(); }, Timeout));
    QVERIFY2(idle->result().ok(), qPrintable(idle->result().text));
    QVERIFY(clock.elapsed() < 15000);

    const quint32 uid = quint32(appended.code.uids.ranges().first().first);
    QVERIFY(await(m_engine->execute(Commands::store(SequenceSet::single(uid), Commands::StoreMode::Add, {"\\Deleted"})))
                .ok());
    QVERIFY(await(m_engine->execute(Commands::uidExpunge(SequenceSet::single(uid)))).ok());
}

void TestEngine::commandEndsIdle()
{
    QVERIFY(await(m_engine->execute(Commands::select(MailboxName::fromString(u"INBOX")))).ok());
    QElapsedTimer clock;
    clock.start();
    std::unique_ptr<CommandReply> idle(m_engine->idle(std::chrono::seconds(60)));
    QVERIFY(QTest::qWaitFor([&] { return m_trace.text().contains("S: + idling"); }, Timeout));
    const CommandResult noop = await(m_engine->execute(Commands::noop()));
    QVERIFY(noop.ok());
    QVERIFY(idle->isFinished());
    QVERIFY(idle->result().ok());
    QVERIFY(clock.elapsed() < 15000);
    QVERIFY2(m_trace.text().contains("C: DONE"), m_trace.text().constData());
}

void TestEngine::keepAliveIdlesBetweenCommands()
{
    m_engine->setKeepAlive(true, std::chrono::milliseconds(200));
    const MailboxName sent = MailboxName::fromString(u"Sent");
    QVERIFY(await(m_engine->select(sent, false)).ok());
    QVERIFY(await(m_engine->execute(
                      Commands::fetch(SequenceSet::range(1, SequenceSet::Star), {"UID"}, Commands::SetKind::Sequence)))
                .ok());
    // Nothing else to do: the session idles on its own.
    QVERIFY(QTest::qWaitFor([&] { return m_trace.text().contains("S: + idling"); }, Timeout));
    QSignalSpy events(m_engine.get(), &Engine::mailboxEvent);

    const auto other = openEngine();
    QVERIFY(other);
    const CommandResult appended =
        await(other->execute(Commands::append(sent, {"\\Seen"}, std::nullopt, "Subject: pushed\r\n\r\nbody\r\n")));
    QVERIFY(appended.ok());
    // Pushed by the server, with no command of ours.
    QVERIFY(QTest::qWaitFor(
        [&] {
            return std::any_of(events.cbegin(), events.cend(), [](const QList<QVariant> &args) {
                return std::holds_alternative<MailboxEvent::Exists>(args.first().value<MailboxEvent>().change);
            });
        },
        Timeout));

    // A command of ours ends the IDLE, runs, and idling resumes after it.
    const quint32 uid = appended.code.uids.ranges().first().first;
    const CommandResult fetched = await(m_engine->execute(Commands::fetch(SequenceSet::single(uid), {"FLAGS"})));
    QVERIFY(fetched.ok());
    QVERIFY(await(m_engine->execute(Commands::store(SequenceSet::single(uid), Commands::StoreMode::Add, {"\\Deleted"})))
                .ok());
    QVERIFY(await(m_engine->execute(Commands::uidExpunge(SequenceSet::single(uid)))).ok());
    QVERIFY(QTest::qWaitFor(
        [&] {
            const QByteArray text = m_trace.text();
            return text.indexOf("S: + idling", text.lastIndexOf("UID EXPUNGE")) > 0;
        },
        Timeout));
}

void TestEngine::logoutFailsLaterCommands()
{
    QSignalSpy closed(m_engine.get(), &Engine::closed);
    m_engine->logout();
    QVERIFY(closed.wait(Timeout));
    QVERIFY(!m_engine->isReady());
    const CommandResult late = await(m_engine->execute(Commands::noop()));
    QCOMPARE(late.status, CommandResult::Status::Failed);
    QVERIFY(!late.text.isEmpty());
}

void TestEngine::pipelinedCommandsGetTheirOwnAnswers()
{
    // Every folder's STATUS and INBOX's UIDs asked for at once: each reply
    // must carry exactly its own data, the same as asked one by one.
    QVERIFY(await(m_engine->select(MailboxName::fromString(u"INBOX"), true)).ok());
    const QJsonObject folders = m_server.manifestFolders();
    QStringList names = folders.keys();
    std::vector<std::unique_ptr<CommandReply>> statuses;
    for (const QString &name : std::as_const(names))
        statuses.emplace_back(m_engine->execute(Commands::status(MailboxName::fromString(name), {"MESSAGES"})));
    std::unique_ptr<CommandReply> uids(
        m_engine->execute(Commands::fetch(SequenceSet::range(1, SequenceSet::Star), {"FLAGS"})));
    QVERIFY(QTest::qWaitFor(
        [&] {
            return uids->isFinished()
                && std::all_of(statuses.cbegin(), statuses.cend(), [](const auto &r) { return r->isFinished(); });
        },
        Timeout));

    for (size_t i = 0; i < statuses.size(); ++i) {
        const CommandResult &result = statuses[i]->result();
        QVERIFY2(result.ok(), qPrintable(names.at(i) + QStringLiteral(": ") + result.text));
        const auto data = result.all<StatusData>();
        QCOMPARE(data.size(), 1);
        QCOMPARE(data.first().mailbox.toDisplayString(), names.at(i));
        QCOMPARE(int(data.first().messages.value_or(0)),
                 folders.value(names.at(i)).toObject().value(QStringLiteral("total")).toInt());
        QVERIFY(result.all<FetchData>().isEmpty());
    }
    QVERIFY(uids->result().ok());
    QCOMPARE(uids->result().all<FetchData>().size(),
             manifestFolder(QStringLiteral("INBOX")).value(QStringLiteral("total")).toInt());
    QVERIFY(uids->result().all<StatusData>().isEmpty());
}

QTEST_GUILESS_MAIN(TestEngine)
#include "tst_engine.moc"
