// Coalesced reads while a long answer streams in: the socket's low-water
// mark holds small amounts back from poll() only while the coalescer is
// active, a tick lets whatever waits below it through, and a connection
// turns coalescing on for long answers alone and off when nothing waits.

#include "imap/engine/connection.h"
#include "imap/protocol/commands.h"
#include "imap/transport/readcoalescer.h"
#include "scriptedserver.h"
#include "testcertificates.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <poll.h>

using namespace Quail::Imap;
using Quail::Test::ScriptedServer;
using Quail::Test::TestCertificates;
using Security = ConnectionSettings::Security;

namespace {

constexpr int Timeout = 10000;

// A connected pair on loopback, both ends on the test's thread: the writer
// puts bytes into the reader's receive queue synchronously, so what poll()
// says about the reader right after a write is deterministic.
class LoopbackPair
{
public:
    bool open()
    {
        if (!m_server.listen(QHostAddress::LocalHost))
            return false;
        reader.connectToHost(QHostAddress::LocalHost, m_server.serverPort());
        if (!reader.waitForConnected(Timeout) || !m_server.waitForNewConnection(Timeout))
            return false;
        m_writer = m_server.nextPendingConnection();
        return m_writer != nullptr;
    }

    void write(qsizetype bytes)
    {
        m_writer->write(QByteArray(bytes, 'x'));
        while (m_writer->bytesToWrite() > 0 && m_writer->waitForBytesWritten(Timeout)) { }
    }

    // Whether poll() reports the reader readable now, as the event loop would see it.
    bool readable()
    {
        pollfd descriptor{int(reader.socketDescriptor()), POLLIN, 0};
        return ::poll(&descriptor, 1, 0) == 1 && (descriptor.revents & POLLIN);
    }

    QTcpSocket reader;

private:
    QTcpServer m_server;
    QTcpSocket *m_writer = nullptr;
};

} // namespace

class TestReadCoalescing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pollSeesOnlyALongAnswer();
    void bytesBelowTheMarkArriveWithinATick();
    void stopLetsWaitingBytesThrough();
    void longAnswerIsCoalescedUntilNothingWaits_data();
    void longAnswerIsCoalescedUntilNothingWaits();
    void shortAnswerIsNotCoalesced();
    void dropDuringLongAnswerIsReported_data();
    void dropDuringLongAnswerIsReported();

private:
    std::unique_ptr<TestCertificates> m_certificates;
};

void TestReadCoalescing::initTestCase()
{
    QString error;
    m_certificates = TestCertificates::create(&error);
    QVERIFY2(m_certificates, qPrintable(error));
}

void TestReadCoalescing::pollSeesOnlyALongAnswer()
{
    LoopbackPair pair;
    QVERIFY(pair.open());
    ReadCoalescer coalescer(pair.reader);
    coalescer.start();
    QVERIFY(coalescer.isActive());
    pair.write(10 * 1024);
    QVERIFY(!pair.readable());
    pair.write(ReadCoalescer::LowWaterMark);
    QVERIFY(pair.readable());
}

void TestReadCoalescing::bytesBelowTheMarkArriveWithinATick()
{
    LoopbackPair pair;
    QVERIFY(pair.open());
    ReadCoalescer coalescer(pair.reader);
    coalescer.start();
    QSignalSpy reads(&pair.reader, &QTcpSocket::readyRead);
    for (int round = 0; round < 3; ++round) {
        pair.write(100);
        // Held back from poll() by the mark…
        QVERIFY(!pair.readable());
        // …and read once it has waited a tick.
        QVERIFY(reads.wait(Timeout));
        QCOMPARE(pair.reader.readAll(), QByteArray(100, 'x'));
        // The read put the mark back for the next bytes.
    }
    QVERIFY(coalescer.isActive());
}

void TestReadCoalescing::stopLetsWaitingBytesThrough()
{
    LoopbackPair pair;
    QVERIFY(pair.open());
    ReadCoalescer coalescer(pair.reader);
    coalescer.start();
    pair.write(100);
    QVERIFY(!pair.readable());
    coalescer.stop();
    QVERIFY(!coalescer.isActive());
    QVERIFY(pair.readable());
    // And stays so: new bytes are readable at once.
    QVERIFY(pair.reader.waitForReadyRead(Timeout));
    pair.reader.readAll();
    pair.write(1);
    QVERIFY(pair.readable());
}

void TestReadCoalescing::longAnswerIsCoalescedUntilNothingWaits_data()
{
    QTest::addColumn<bool>("tls");
    QTest::newRow("plaintext") << false;
    QTest::newRow("implicit TLS") << true;
}

void TestReadCoalescing::longAnswerIsCoalescedUntilNothingWaits()
{
    QFETCH(bool, tls);
    ScriptedServer server;
    if (tls) {
        server.setImplicitTls(true);
        server.setCertificate(m_certificates->server().certificate, m_certificates->server().key);
    }
    // A 300 KB message body, then a pause with the FETCH unfinished, then
    // its end and the tagged OK: a few bytes, far below the mark. Then,
    // with nothing waiting, an unsolicited EXISTS.
    QVERIFY(server.addScript(QStringLiteral("S: * OK [CAPABILITY IMAP4rev1] ready\n"
                                            "C: <tag> FETCH 1 (BODY.PEEK[])\n"
                                            "S: * 1 FETCH (BODY[] {300000}\n"
                                            "LITERAL 300000\n"
                                            "WAIT 300\n"
                                            "S: )\n"
                                            "S: <tag> OK done\n"
                                            "WAIT 200\n"
                                            "S: * 2 EXISTS\n"
                                            "C: <tag> LOGOUT\n"
                                            "S: * BYE bye\n"
                                            "S: <tag> OK bye\n"
                                            "CLOSE\n")));
    QVERIFY(server.listen());
    Connection connection(
        server.connectionSettings(tls ? Security::ImplicitTls : Security::None, m_certificates->ca().certificateFile));
    QList<Response> untagged;
    connect(&connection, &Connection::untagged, this, [&](Response &response) { untagged.append(response); });
    connection.open();
    QTRY_COMPARE_WITH_TIMEOUT(untagged.size(), 1, Timeout); // the greeting
    QVERIFY(!connection.isCoalescingReads());

    std::optional<StatusResponse> fetched;
    connection.send(Commands::fetch(SequenceSet::single(1), {"BODY.PEEK[]"}, Commands::SetKind::Sequence),
                    [&](const StatusResponse &status) { fetched = status; });
    // The body streams in: coalesced from 64 KiB on.
    QTRY_VERIFY_WITH_TIMEOUT(connection.isCoalescingReads(), Timeout);
    // Its end is a few bytes below the mark, and comes all the same.
    QTRY_VERIFY_WITH_TIMEOUT(fetched.has_value(), Timeout);
    QCOMPARE(fetched->status, StatusResponse::Status::Ok);
    QCOMPARE(untagged.size(), 2);
    const auto *data = untagged.at(1).get<FetchData>();
    QVERIFY(data);
    QCOMPARE(data->sections.size(), 1);
    QCOMPARE(data->sections.constFirst().data.size(), 300000);
    // Nothing waits: every byte reaches the client as it comes again.
    QVERIFY(!connection.isCoalescingReads());
    QTRY_COMPARE_WITH_TIMEOUT(untagged.size(), 3, Timeout);
    QVERIFY(untagged.at(2).get<ExistsData>());

    std::optional<StatusResponse> loggedOut;
    connection.send(Commands::logout(), [&](const StatusResponse &status) { loggedOut = status; });
    QTRY_VERIFY_WITH_TIMEOUT(loggedOut.has_value(), Timeout);
    QVERIFY2(server.waitForFinished(), qPrintable(server.report()));
    QVERIFY2(server.failures().isEmpty(), qPrintable(server.report()));
}

void TestReadCoalescing::shortAnswerIsNotCoalesced()
{
    // A command whose short answer pauses midway: it waits as long as a
    // long one might, and its reads are not held back meanwhile.
    ScriptedServer server;
    QVERIFY(server.addScript(QStringLiteral("S: * OK [CAPABILITY IMAP4rev1] ready\n"
                                            "C: <tag> NOOP\n"
                                            "S: * 1 EXISTS\n"
                                            "WAIT 300\n"
                                            "S: <tag> OK done\n"
                                            "CLOSE\n")));
    QVERIFY(server.listen());
    Connection connection(server.connectionSettings(Security::None));
    QList<Response> untagged;
    connect(&connection, &Connection::untagged, this, [&](Response &response) { untagged.append(response); });
    connection.open();
    QTRY_COMPARE_WITH_TIMEOUT(untagged.size(), 1, Timeout);
    std::optional<StatusResponse> done;
    connection.send(Commands::noop(), [&](const StatusResponse &status) { done = status; });
    QTRY_COMPARE_WITH_TIMEOUT(untagged.size(), 2, Timeout);
    QVERIFY(!done); // still waiting
    QVERIFY(!connection.isCoalescingReads());
    QTRY_VERIFY_WITH_TIMEOUT(done.has_value(), Timeout);
    QVERIFY2(server.waitForFinished(), qPrintable(server.report()));
    QVERIFY2(server.failures().isEmpty(), qPrintable(server.report()));
}

void TestReadCoalescing::dropDuringLongAnswerIsReported_data()
{
    QTest::addColumn<QString>("ending");
    QTest::newRow("closed") << QStringLiteral("CLOSE");
    QTest::newRow("reset") << QStringLiteral("RESET");
}

void TestReadCoalescing::dropDuringLongAnswerIsReported()
{
    // The server goes away 200 KB into a 300 KB body, while reads are
    // coalesced and the last bytes sit below the mark: the end of the
    // connection is news at once, not at the command timeout.
    QFETCH(QString, ending);
    ScriptedServer server;
    QVERIFY(server.addScript(QStringLiteral("S: * OK [CAPABILITY IMAP4rev1] ready\n"
                                            "C: <tag> FETCH 1 (BODY.PEEK[])\n"
                                            "S: * 1 FETCH (BODY[] {300000}\n"
                                            "LITERAL 200000\n"
                                            "WAIT 100\n")
                             + ending + QLatin1Char('\n')));
    QVERIFY(server.listen());
    Connection connection(server.connectionSettings(Security::None));
    std::optional<SessionError> error;
    connect(&connection, &Connection::failed, this, [&](const SessionError &e) { error = e; });
    int untagged = 0;
    connect(&connection, &Connection::untagged, this, [&](Response &) { ++untagged; });
    connection.open();
    QTRY_COMPARE_WITH_TIMEOUT(untagged, 1, Timeout);
    connection.send(Commands::fetch(SequenceSet::single(1), {"BODY.PEEK[]"}, Commands::SetKind::Sequence),
                    [](const StatusResponse &) {});
    QTRY_VERIFY_WITH_TIMEOUT(connection.isCoalescingReads(), Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(error.has_value(), Timeout);
    QCOMPARE(error->kind, SessionError::Kind::ServerClosed);
    QVERIFY2(error->message.contains(QLatin1String("during FETCH")), qPrintable(error->message));
    QVERIFY(!connection.isCoalescingReads());
    QCOMPARE(untagged, 1); // the cut FETCH is no response
    QVERIFY2(server.waitForFinished(), qPrintable(server.report()));
}

QTEST_GUILESS_MAIN(TestReadCoalescing)
#include "tst_readcoalescing.moc"
