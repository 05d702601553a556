// Pipelining (RFC 9051 §5.5): which commands share the wire, that they
// really go out together (the scripted server answers nothing until it has
// read them all, so a client that waited would hang), that each gets the
// untagged responses that belong to it, and that commands which must run
// alone wait for the others to complete.

#include "imap/engine/engine.h"
#include "imap/engine/pipelining.h"
#include "imap/protocol/commands.h"
#include "imap/protocol/searchkey.h"
#include "scriptedserver.h"

#include <QMutex>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace Quail::Imap;
using Quail::Test::ScriptedServer;

namespace {

constexpr int Timeout = 10000;

const QString Login = QStringLiteral("S: * OK [CAPABILITY IMAP4rev1] ready\n"
                                     "C: <tag> LOGIN alice S3NT1NEL\n"
                                     "S: <tag> OK [CAPABILITY IMAP4rev1 ESEARCH LIST-STATUS] logged in\n"
                                     "C: <tag> SELECT INBOX\n"
                                     "S: * 9 EXISTS\n"
                                     "S: <tag> OK [READ-WRITE] selected\n");

// The trace in order, incoming and outgoing; the sink runs on the engine's
// thread.
class Trace
{
public:
    void append(bool incoming, const QByteArray &line)
    {
        QMutexLocker lock(&m_mutex);
        m_lines.append((incoming ? "S: " : "C: ") + line.trimmed());
    }
    // The position of the first line containing `text`, or -1.
    qsizetype indexOf(QByteArrayView text) const
    {
        QMutexLocker lock(&m_mutex);
        for (qsizetype i = 0; i < m_lines.size(); ++i) {
            if (m_lines.at(i).contains(text))
                return i;
        }
        return -1;
    }
    qsizetype lastIndexOf(QByteArrayView text) const
    {
        QMutexLocker lock(&m_mutex);
        for (qsizetype i = m_lines.size() - 1; i >= 0; --i) {
            if (m_lines.at(i).contains(text))
                return i;
        }
        return -1;
    }
    QByteArray text() const
    {
        QMutexLocker lock(&m_mutex);
        return m_lines.join('\n');
    }

private:
    mutable QMutex m_mutex;
    QByteArrayList m_lines;
};

struct Fixture {
    ScriptedServer server;
    std::unique_ptr<Engine> engine;
    Trace trace;

    bool start(const QString &exchange)
    {
        if (!server.addScript(Login + exchange) || !server.listen())
            return false;
        engine = std::make_unique<Engine>();
        engine->setTraceSink([this](bool incoming, const QByteArray &line) { trace.append(incoming, line); });
        QSignalSpy ready(engine.get(), &Engine::ready);
        engine->open(server.connectionSettings(ConnectionSettings::Security::None),
                     Credentials{QStringLiteral("alice"), QStringLiteral("S3NT1NEL"), false, AuthMethod::Login, {}});
        if (!ready.wait(Timeout))
            return false;
        std::unique_ptr<CommandReply> select(engine->select(MailboxName::fromString(u"INBOX"), false));
        return QTest::qWaitFor([&] { return select->isFinished(); }, Timeout) && select->result().ok();
    }

    // Drops the engine; whether the server then saw its script through.
    bool finish()
    {
        engine.reset();
        return server.waitForFinished(Timeout) && server.failures().isEmpty();
    }
};

// The UIDs of the FETCH responses a command kept, in order; 0 for one
// without a UID.
QList<quint32> fetchedUids(const CommandReply &reply)
{
    QList<quint32> found;
    for (const FetchData &fetch : reply.result().all<FetchData>())
        found.append(fetch.uid.value_or(0));
    return found;
}

bool waitAll(const std::vector<std::unique_ptr<CommandReply>> &replies)
{
    return QTest::qWaitFor(
        [&] { return std::all_of(replies.cbegin(), replies.cend(), [](const auto &r) { return r->isFinished(); }); },
        Timeout);
}

} // namespace

class TestPipelining : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rules_data();
    void rules();
    void independentCommandsShareTheWire();
    void fetchRules_data();
    void fetchRules();
    void disjointFetchesShareTheWire();
    void overlappingFetchesWait();
    void consumerTakesItsCommandsResponses();
    void dropFailsEveryPipelinedCommand();
};

void TestPipelining::rules_data()
{
    QTest::addColumn<QByteArrayList>("running");
    QTest::addColumn<QByteArray>("next");
    QTest::addColumn<bool>("starts");

    using L = QByteArrayList;
    QTest::newRow("anything when nothing runs") << L{} << QByteArray("SELECT") << true;
    QTest::newRow("STATUS beside STATUS") << L{"STATUS", "STATUS"} << QByteArray("STATUS") << true;
    QTest::newRow("STATUS beside UID FETCH") << L{"UID FETCH"} << QByteArray("STATUS") << true;
    QTest::newRow("UID SEARCH beside UID FETCH and LSUB") << L{"UID FETCH", "LSUB"} << QByteArray("UID SEARCH") << true;
    QTest::newRow("UID FETCHes of unknown sets cannot share FETCH responses")
        << L{"UID FETCH"} << QByteArray("UID FETCH") << false;
    QTest::newRow("UID STORE answers with FETCH too") << L{"UID FETCH"} << QByteArray("UID STORE") << false;
    QTest::newRow("LIST-STATUS answers with STATUS") << L{"STATUS"} << QByteArray("LIST") << false;
    QTest::newRow("ESORT answers with ESEARCH") << L{"UID SEARCH"} << QByteArray("UID SORT") << false;
    QTest::newRow("sequence numbers wait (an EXPUNGE may renumber)") << L{"STATUS"} << QByteArray("FETCH") << false;
    QTest::newRow("SELECT runs alone") << L{"STATUS"} << QByteArray("SELECT") << false;
    QTest::newRow("nothing beside EXPUNGE") << L{"EXPUNGE"} << QByteArray("STATUS") << false;
    QTest::newRow("nothing beside UID MOVE") << L{"UID MOVE"} << QByteArray("UID FETCH") << false;
    QTest::newRow("nothing beside NOOP") << L{"NOOP"} << QByteArray("STATUS") << false;
    QTest::newRow("at most 16 in flight") << L(16, "STATUS") << QByteArray("STATUS") << false;
    QTest::newRow("15 in flight leave room") << L(15, "STATUS") << QByteArray("STATUS") << true;
}

void TestPipelining::rules()
{
    QFETCH(QByteArrayList, running);
    QFETCH(QByteArray, next);
    QFETCH(bool, starts);
    QList<PipelineTraits> traits;
    for (const QByteArray &name : std::as_const(running))
        traits.append(pipelineTraits(name));
    QCOMPARE(canPipeline(pipelineTraits(next), traits), starts);
}

void TestPipelining::independentCommandsShareTheWire()
{
    // The server reads all four commands before it answers any: a client
    // that waited for a reply before sending the next would hang here.
    Fixture f;
    QVERIFY(f.start(QStringLiteral("C: <tagA> STATUS Sent (MESSAGES UNSEEN)\n"
                                   "C: <tagB> STATUS Drafts (MESSAGES UNSEEN)\n"
                                   "C: <tagC> UID FETCH 1:3 (FLAGS)\n"
                                   "C: <tagD> UID SEARCH RETURN (COUNT) UNSEEN\n"
                                   "S: * 10 EXISTS\n"
                                   "S: * STATUS Sent (MESSAGES 4 UNSEEN 1)\n"
                                   "S: * 1 FETCH (UID 1 FLAGS (\\Seen))\n"
                                   "S: * ESEARCH (TAG \"<tagD>\") UID COUNT 2\n"
                                   "S: <tagA> OK done\n"
                                   "S: * STATUS Drafts (MESSAGES 2 UNSEEN 0)\n"
                                   "S: * 2 FETCH (UID 2 FLAGS ())\n"
                                   "S: <tagB> OK done\n"
                                   "S: <tagC> OK done\n"
                                   "S: <tagD> OK done\n"
                                   "C: <tag> SELECT Trash\n"
                                   "S: * 0 EXISTS\n"
                                   "S: <tag> OK [READ-WRITE] selected\n"
                                   "EXPECT_CLOSE\n")));
    std::vector<std::unique_ptr<CommandReply>> replies;
    replies.emplace_back(f.engine->execute(Commands::status(MailboxName::fromString(u"Sent"), {"MESSAGES", "UNSEEN"})));
    replies.emplace_back(
        f.engine->execute(Commands::status(MailboxName::fromString(u"Drafts"), {"MESSAGES", "UNSEEN"})));
    replies.emplace_back(f.engine->execute(Commands::fetch(SequenceSet::range(1, 3), {"FLAGS"})));
    replies.emplace_back(f.engine->execute(Commands::search(SearchKey::unseen(), Commands::SetKind::Uid, {"COUNT"})));
    replies.emplace_back(f.engine->select(MailboxName::fromString(u"Trash"), false));
    QVERIFY2(waitAll(replies), f.trace.text().constData());
    for (const auto &reply : replies)
        QVERIFY2(reply->result().ok(), qPrintable(reply->result().text));

    // Each STATUS has its own answer, in turn; the EXISTS went to the oldest.
    const auto sent = replies[0]->result().all<StatusData>();
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.first().mailbox.toDisplayString(), QStringLiteral("Sent"));
    QCOMPARE(sent.first().messages, 4u);
    QCOMPARE(replies[0]->result().all<ExistsData>().size(), 1);
    const auto drafts = replies[1]->result().all<StatusData>();
    QCOMPARE(drafts.size(), 1);
    QCOMPARE(drafts.first().mailbox.toDisplayString(), QStringLiteral("Drafts"));
    QVERIFY(replies[1]->result().all<ExistsData>().isEmpty());
    // The FETCHes went to the UID FETCH, whichever command was older.
    QCOMPARE(replies[2]->result().all<FetchData>().size(), 2);
    QVERIFY(replies[0]->result().all<FetchData>().isEmpty());
    // The ESEARCH named its command by tag.
    const auto counted = replies[3]->result().all<ESearchData>();
    QCOMPARE(counted.size(), 1);
    QCOMPARE(counted.first().count, 2u);

    // SELECT runs alone: sent only after the last pipelined command ended.
    QVERIFY2(f.trace.indexOf("SELECT Trash") > f.trace.lastIndexOf("OK done"), f.trace.text().constData());
    QVERIFY2(f.trace.indexOf("UID SEARCH RETURN") < f.trace.indexOf("S: * 10 EXISTS"), f.trace.text().constData());

    QVERIFY2(f.finish(), qPrintable(f.server.report()));
}

void TestPipelining::fetchRules_data()
{
    QTest::addColumn<QByteArray>("running");
    QTest::addColumn<QByteArray>("next");
    QTest::addColumn<bool>("starts");

    QTest::newRow("disjoint UID sets") << QByteArray("1:100") << QByteArray("101:200,300") << true;
    QTest::newRow("interleaved but disjoint") << QByteArray("1,3,5") << QByteArray("2,4,6:9") << true;
    QTest::newRow("one shared UID") << QByteArray("1:100") << QByteArray("100:200") << false;
    QTest::newRow("shared UID in a later range") << QByteArray("7,20:30") << QByteArray("1:5,25") << false;
    QTest::newRow("\"*\" may be any UID") << QByteArray("1:100") << QByteArray("500:*") << false;
}

void TestPipelining::fetchRules()
{
    QFETCH(QByteArray, running);
    QFETCH(QByteArray, next);
    QFETCH(bool, starts);
    const auto fetch = [](const QByteArray &set) {
        return pipelineTraits(Commands::fetch(*SequenceSet::parse(set), {"FLAGS"}));
    };
    QCOMPARE(canPipeline(fetch(next), {fetch(running)}), starts);
    // UID STORE answers with FETCH responses carrying UIDs too.
    const auto store = pipelineTraits(Commands::store(*SequenceSet::parse(next), Commands::StoreMode::Add, {"\\Seen"},
                                                      Commands::SetKind::Uid, false));
    QCOMPARE(canPipeline(store, {fetch(running)}), starts);
    // Sequence numbers never share the wire, whatever the sets.
    const auto bySequence =
        pipelineTraits(Commands::fetch(*SequenceSet::parse(next), {"FLAGS"}, Commands::SetKind::Sequence));
    QVERIFY(!canPipeline(bySequence, {fetch(running)}));
}

void TestPipelining::disjointFetchesShareTheWire()
{
    // Three commands whose FETCH responses the server interleaves: each
    // takes the responses for its own UIDs; one without a UID (another
    // client's flag change) goes to the oldest.
    Fixture f;
    QVERIFY(f.start(QStringLiteral("C: <tagA> UID FETCH 1:2 (FLAGS)\n"
                                   "C: <tagB> UID FETCH 5,7 (FLAGS)\n"
                                   "C: <tagC> UID STORE 3 +FLAGS (\\Seen)\n"
                                   "S: * 5 FETCH (UID 7 FLAGS ())\n"
                                   "S: * 1 FETCH (UID 1 FLAGS (\\Seen))\n"
                                   "S: * 3 FETCH (FLAGS (\\Seen) UID 3)\n"
                                   "S: * 9 FETCH (FLAGS (\\Deleted))\n"
                                   "S: * 4 FETCH (UID 5 FLAGS (\\Answered))\n"
                                   "S: <tagB> OK second\n"
                                   "S: * 2 FETCH (UID 2 FLAGS ())\n"
                                   "S: <tagC> OK third\n"
                                   "S: <tagA> OK first\n"
                                   "EXPECT_CLOSE\n")));
    std::vector<std::unique_ptr<CommandReply>> replies;
    replies.emplace_back(f.engine->execute(Commands::fetch(SequenceSet::range(1, 2), {"FLAGS"})));
    replies.emplace_back(f.engine->execute(Commands::fetch(*SequenceSet::parse("5,7"), {"FLAGS"})));
    replies.emplace_back(f.engine->execute(
        Commands::store(SequenceSet::single(3), Commands::StoreMode::Add, {"\\Seen"}, Commands::SetKind::Uid, false)));
    QVERIFY2(waitAll(replies), f.trace.text().constData());
    QCOMPARE(fetchedUids(*replies[0]), (QList<quint32>{1, 0, 2}));
    QCOMPARE(fetchedUids(*replies[1]), (QList<quint32>{7, 5}));
    QCOMPARE(fetchedUids(*replies[2]), QList<quint32>{3});

    QVERIFY2(f.finish(), qPrintable(f.server.report()));
}

void TestPipelining::consumerTakesItsCommandsResponses()
{
    // A consumer sees its own command's responses as they arrive, on the
    // engine's thread, after the mailbox state has taken them; the ones it
    // takes are not kept in the result, the ones it declines are, and the
    // other command's responses never reach it.
    Fixture f;
    QVERIFY(f.start(QStringLiteral("C: <tagA> UID FETCH 1:2 (FLAGS)\n"
                                   "C: <tagB> UID FETCH 5,7 (FLAGS)\n"
                                   "S: * 5 FETCH (UID 7 FLAGS ())\n"
                                   "S: * 1 FETCH (UID 1 FLAGS (\\Seen))\n"
                                   "S: * 4 FETCH (UID 5 FLAGS (\\Answered))\n"
                                   "S: * 2 FETCH (UID 2 FLAGS (\\Flagged))\n"
                                   "S: <tagB> OK second\n"
                                   "S: <tagA> OK first\n"
                                   "EXPECT_CLOSE\n")));
    QSignalSpy events(f.engine.get(), &Engine::mailboxEvent);
    struct Seen {
        QMutex mutex;
        QList<quint32> uids;
        QSet<QThread *> threads;
    };
    auto seen = std::make_shared<Seen>();
    std::vector<std::unique_ptr<CommandReply>> replies;
    replies.emplace_back(
        f.engine->execute(Commands::fetch(SequenceSet::range(1, 2), {"FLAGS"}), [seen](Response &response) {
            const FetchData *data = response.get<FetchData>();
            QMutexLocker locker(&seen->mutex);
            seen->threads.insert(QThread::currentThread());
            seen->uids.append(data ? data->uid.value_or(0) : 0);
            return data && data->uid == 1u; // takes UID 1 only
        }));
    replies.emplace_back(f.engine->execute(Commands::fetch(*SequenceSet::parse("5,7"), {"FLAGS"})));
    QVERIFY2(waitAll(replies), f.trace.text().constData());
    {
        QMutexLocker locker(&seen->mutex);
        QCOMPARE(seen->uids, (QList<quint32>{1, 2}));
        QCOMPARE(seen->threads.size(), 1);
        QVERIFY(!seen->threads.contains(QThread::currentThread()));
    }
    QCOMPARE(fetchedUids(*replies[0]), QList<quint32>{2});
    QCOMPARE(fetchedUids(*replies[1]), (QList<quint32>{7, 5}));
    // Taken or not, every flag change still reached the mailbox's listeners.
    QVERIFY(QTest::qWaitFor([&] { return events.size() == 4; }, Timeout));

    QVERIFY2(f.finish(), qPrintable(f.server.report()));
}

void TestPipelining::overlappingFetchesWait()
{
    // Two UID FETCHes naming the same message would share its FETCH
    // response: the second waits.
    Fixture f;
    QVERIFY(f.start(QStringLiteral("C: <tagA> UID FETCH 1:3 (FLAGS)\n"
                                   "S: * 1 FETCH (UID 3 FLAGS (\\Seen))\n"
                                   "S: <tagA> OK first\n"
                                   "C: <tagB> UID FETCH 3:4 (FLAGS)\n"
                                   "S: * 1 FETCH (UID 3 FLAGS (\\Seen))\n"
                                   "S: * 2 FETCH (UID 4 FLAGS (\\Flagged))\n"
                                   "S: <tagB> OK second\n"
                                   "EXPECT_CLOSE\n")));
    std::vector<std::unique_ptr<CommandReply>> replies;
    replies.emplace_back(f.engine->execute(Commands::fetch(SequenceSet::range(1, 3), {"FLAGS"})));
    replies.emplace_back(f.engine->execute(Commands::fetch(SequenceSet::range(3, 4), {"FLAGS"})));
    QVERIFY2(waitAll(replies), f.trace.text().constData());
    QVERIFY2(f.trace.indexOf("UID FETCH 3:4") > f.trace.indexOf("OK first"), f.trace.text().constData());
    QCOMPARE(replies[0]->result().all<FetchData>().size(), 1);
    QCOMPARE(replies[1]->result().all<FetchData>().size(), 2);

    QVERIFY2(f.finish(), qPrintable(f.server.report()));
}

void TestPipelining::dropFailsEveryPipelinedCommand()
{
    Fixture f;
    QVERIFY(f.start(QStringLiteral("C: <tag> STATUS Sent (MESSAGES)\n"
                                   "C: <tag> STATUS Drafts (MESSAGES)\n"
                                   "S: * STATUS Sent (MESSAGES 4)\n"
                                   "RESET\n")));
    std::vector<std::unique_ptr<CommandReply>> replies;
    replies.emplace_back(f.engine->execute(Commands::status(MailboxName::fromString(u"Sent"), {"MESSAGES"})));
    replies.emplace_back(f.engine->execute(Commands::status(MailboxName::fromString(u"Drafts"), {"MESSAGES"})));
    replies.emplace_back(f.engine->execute(Commands::noop())); // queued behind them
    QVERIFY2(waitAll(replies), f.trace.text().constData());
    for (const auto &reply : replies) {
        QCOMPARE(reply->result().status, CommandResult::Status::Failed);
        QVERIFY2(!reply->result().text.isEmpty(), "a failure says why");
    }
    QVERIFY2(f.trace.indexOf("NOOP") < 0, f.trace.text().constData());
    QVERIFY2(f.server.waitForFinished(Timeout), qPrintable(f.server.report()));
    QVERIFY2(f.server.failures().isEmpty(), qPrintable(f.server.report()));
}

QTEST_GUILESS_MAIN(TestPipelining)
#include "tst_pipelining.moc"
