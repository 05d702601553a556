// The client-side REFERENCES threading must agree with a server's: every
// folder of the sample mail (threads, replies without References, list
// tags, Fwd:) is threaded by Dovecot (UID THREAD REFERENCES) and by
// threadMessages() from the same messages' headers, and the trees compared.

#include "awaitreply.h"
#include "imap/engine/engine.h"
#include "imap/protocol/commands.h"
#include "imap/protocol/searchkey.h"
#include "models/messagethreader.h"
#include "testserver.h"
#include "threadnotation.h"

#include <QSignalSpy>
#include <QTest>

using namespace Quail;
using namespace Quail::Imap;

namespace {

constexpr int Timeout = 30000;

CommandResult await(CommandReply *reply)
{
    return Quail::Test::await(reply, Timeout);
}

} // namespace

class TestThreadingDovecot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void agreesWithTheServer_data();
    void agreesWithTheServer();

private:
    Test::TestServer m_server;
    std::unique_ptr<Engine> m_engine;
};

void TestThreadingDovecot::initTestCase()
{
    QString error;
    const auto server = Test::TestServer::fromEnvironment(&error);
    QVERIFY2(server, qPrintable(error));
    m_server = *server;
    m_engine = m_server.openEngine(Timeout);
    QVERIFY(m_engine);
    QVERIFY2(m_engine->info().capabilities.has("THREAD=REFERENCES"), "the fixture's Dovecot threads");
}

void TestThreadingDovecot::agreesWithTheServer_data()
{
    QTest::addColumn<QString>("folder");
    const QJsonObject folders = m_server.manifestFolders();
    for (auto it = folders.begin(); it != folders.end(); ++it) {
        if (it.value().toObject().value(QStringLiteral("total")).toInt() > 1)
            QTest::newRow(qPrintable(it.key())) << it.key();
    }
}

void TestThreadingDovecot::agreesWithTheServer()
{
    QFETCH(QString, folder);
    QVERIFY(await(m_engine->select(MailboxName::fromString(folder), true)).ok());

    const CommandResult server = await(m_engine->execute(Commands::thread("REFERENCES", SearchKey::all())));
    QVERIFY2(server.ok(), qPrintable(server.text));
    ThreadData expected;
    for (const ThreadData &threads : server.all<ThreadData>()) {
        const qsizetype offset = expected.nodes.size();
        for (ThreadData::Node node : threads.nodes) {
            if (node.parent >= 0)
                node.parent += offset;
            expected.nodes.append(node);
        }
    }

    const CommandResult fetched = await(
        m_engine->execute(Commands::fetch(SequenceSet::range(1, SequenceSet::Star), Models::threadingFetchItems())));
    QVERIFY2(fetched.ok(), qPrintable(fetched.text));
    QList<Models::ThreadingInput> messages;
    for (const FetchData &data : fetched.all<FetchData>())
        messages.append(Models::threadingInput(data));
    QVERIFY(!messages.isEmpty());

    const QByteArray ours = Test::threadNotation(Models::threadMessages(messages));
    const QByteArray theirs = Test::threadNotation(expected);
    if (ours != theirs || qEnvironmentVariableIsSet("QUAIL_SHOW_THREADS"))
        qWarning("server:\n%s\nclient:\n%s", theirs.constData(), ours.constData());
    QCOMPARE(ours, theirs);
}

QTEST_GUILESS_MAIN(TestThreadingDovecot)
#include "tst_threading_dovecot.moc"
