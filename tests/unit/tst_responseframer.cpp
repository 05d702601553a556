// Cutting the byte stream into responses: literals, limits, fatal framing
// errors, streaming of large literals, and that any split of the input gives
// the same result.

#include "imap/protocol/responsereader.h"

#include <QTest>

using namespace Quail::Imap;

namespace {

struct Outcome {
    QList<RawResponse> responses;
    std::optional<ParseError> error;
};

Outcome frame(const QByteArray &stream, const ParseLimits &limits = {}, qsizetype chunk = 0)
{
    ResponseFramer framer(limits);
    Outcome out;
    const qsizetype step = chunk > 0 ? chunk : std::max<qsizetype>(1, stream.size());
    for (qsizetype i = 0; i < stream.size(); i += step) {
        framer.feed(QByteArrayView(stream).sliced(i, std::min(step, stream.size() - i)));
        while (auto raw = framer.next())
            out.responses.append(*raw);
    }
    if (framer.hasFailed())
        out.error = framer.error();
    return out;
}

class RecordingSink : public LiteralSink
{
public:
    bool beginLiteral(quint64 responseIndex, quint64 size) override
    {
        begun.append({responseIndex, size});
        return accept;
    }
    void literalData(QByteArrayView chunk) override { data += chunk; }
    void endLiteral() override { ++ended; }

    bool accept = true;
    QList<std::pair<quint64, quint64>> begun;
    QByteArray data;
    int ended = 0;
};

// A realistic session: greeting, capabilities, a SELECT, FETCHes with
// literals, a search, an IDLE and a logout.
QByteArray session()
{
    return "* OK [CAPABILITY IMAP4rev1 LITERAL+ IDLE] ready\r\n"
           "A1 OK [CAPABILITY IMAP4rev1 IDLE CONDSTORE] logged in\r\n"
           "* FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft)\r\n"
           "* OK [PERMANENTFLAGS (\\Deleted \\Seen \\*)] Limited\r\n"
           "* 3 EXISTS\r\n"
           "* 0 RECENT\r\n"
           "* OK [UIDVALIDITY 1700000000] UIDs valid\r\n"
           "* OK [UIDNEXT 4] Predicted next UID\r\n"
           "A2 OK [READ-WRITE] Select completed\r\n"
           "* 1 FETCH (UID 1 FLAGS (\\Seen) BODY[HEADER.FIELDS (SUBJECT)] {16}\r\nSubject: Hello\r\n)\r\n"
           "* 2 FETCH (UID 2 FLAGS () ENVELOPE (NIL {5}\r\na\r\nb} NIL NIL NIL NIL NIL NIL NIL NIL))\r\n"
           "* 3 FETCH (UID 3 BODY[] {0}\r\n)\r\n"
           "* 3 FETCH (BODY[1] {7}\r\n{5}\r\nab BODY[2] {3}\r\nxyz)\r\n"
           "A3 OK Fetch completed\r\n"
           "* SEARCH 1 2 3\r\n"
           "A4 OK Search completed\r\n"
           "+ idling\r\n"
           "* 4 EXISTS\r\n"
           "A5 OK Idle completed\r\n"
           "* BYE Logging out\r\n"
           "A6 OK Logout completed\r\n";
}

} // namespace

class TestResponseFramer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sessionIsFramed();
    void anySplitGivesTheSameResponses_data();
    void anySplitGivesTheSameResponses();
    void byteByByteParsingMatches();
    void incompleteResponseWaits_data();
    void incompleteResponseWaits();
    void fatalErrors_data();
    void fatalErrors();
    void nothingIsReadAfterAFatalError();
    void literalSizeIsCheckedBeforeBuffering();
    void lineLimitCountsOutsideLiterals();
    void streamsLargeLiterals();
    void refusedStreamIsFatal();
    void streamOffsets();
};

void TestResponseFramer::sessionIsFramed()
{
    const Outcome out = frame(session());
    QVERIFY(!out.error);
    QCOMPARE(out.responses.size(), 21);
    QCOMPARE(
        out.responses[9].bytes(),
        QByteArray("* 1 FETCH (UID 1 FLAGS (\\Seen) BODY[HEADER.FIELDS (SUBJECT)] {16}\r\nSubject: Hello\r\n)\r\n"));
    QCOMPARE(out.responses[12].bytes(), QByteArray("* 3 FETCH (BODY[1] {7}\r\n{5}\r\nab BODY[2] {3}\r\nxyz)\r\n"));
    for (int i = 0; i < out.responses.size(); ++i)
        QCOMPARE(out.responses[i].index, quint64(i));
}

void TestResponseFramer::anySplitGivesTheSameResponses_data()
{
    QTest::addColumn<int>("chunk");
    for (const int chunk : {1, 2, 3, 5, 7, 13, 64, 1000})
        QTest::addRow("chunks of %d", chunk) << chunk;
}

void TestResponseFramer::anySplitGivesTheSameResponses()
{
    QFETCH(int, chunk);
    const Outcome whole = frame(session());
    const Outcome split = frame(session(), {}, chunk);
    QVERIFY(!split.error);
    QCOMPARE(split.responses.size(), whole.responses.size());
    for (int i = 0; i < whole.responses.size(); ++i) {
        QCOMPARE(split.responses[i].bytes(), whole.responses[i].bytes());
        QCOMPARE(split.responses[i].streamOffset, whole.responses[i].streamOffset);
    }
}

void TestResponseFramer::byteByByteParsingMatches()
{
    // Every split point of the session, parsed to typed responses.
    const QByteArray stream = session();
    ResponseReader whole;
    whole.feed(stream);
    QList<ParseResult> expected;
    while (auto r = whole.next())
        expected.append(*r);
    QCOMPARE(expected.size(), 21);
    for (const auto &r : expected)
        QVERIFY(std::holds_alternative<Response>(r));

    for (qsizetype cut = 1; cut < stream.size(); ++cut) {
        ResponseReader reader;
        QList<ParseResult> got;
        reader.feed(QByteArrayView(stream).first(cut));
        while (auto r = reader.next())
            got.append(*r);
        reader.feed(QByteArrayView(stream).sliced(cut));
        while (auto r = reader.next())
            got.append(*r);
        QVERIFY2(got == expected, qPrintable(QStringLiteral("split at %1").arg(cut)));
    }
}

void TestResponseFramer::incompleteResponseWaits_data()
{
    QTest::addColumn<QByteArray>("stream");
    QTest::newRow("no CRLF") << QByteArray("* 1 EXISTS");
    QTest::newRow("CR only") << QByteArray("* 1 EXISTS\r");
    QTest::newRow("literal announced") << QByteArray("* 1 FETCH (BODY[] {10}\r\n");
    QTest::newRow("literal half") << QByteArray("* 1 FETCH (BODY[] {10}\r\n01234");
    QTest::newRow("after literal") << QByteArray("* 1 FETCH (BODY[] {3}\r\nabc");
    QTest::newRow("after literal, no CRLF") << QByteArray("* 1 FETCH (BODY[] {3}\r\nabc)");
    QTest::newRow("literal of 4294967295") << QByteArray("* 1 FETCH (BODY[] {4294967295}");
}

void TestResponseFramer::incompleteResponseWaits()
{
    QFETCH(QByteArray, stream);
    ResponseFramer framer;
    framer.feed(stream);
    QVERIFY(!framer.next());
    QVERIFY(!framer.hasFailed());
    QVERIFY(!framer.isIdle());
}

void TestResponseFramer::fatalErrors_data()
{
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<int>("kind");
    QTest::addColumn<qint64>("streamOffset");
    using K = ParseError::Kind;

    QTest::newRow("bare LF") << QByteArray("* 1 EXISTS\n") << int(K::BareLineFeed) << qint64(10);
    QTest::newRow("bare LF after good one")
        << QByteArray("* 1 EXISTS\r\n* 2 EXISTS\n") << int(K::BareLineFeed) << qint64(22);
    QTest::newRow("empty LF") << QByteArray("\n") << int(K::BareLineFeed) << qint64(0);
    QTest::newRow("literal 2^32-1") << QByteArray("* 1 FETCH (BODY[] {4294967295}\r\n") << int(K::LiteralTooLarge)
                                    << qint64(18);
    QTest::newRow("literal 2^64") << QByteArray("* 1 FETCH (BODY[] {18446744073709551616}\r\n")
                                  << int(K::BadLiteralSize) << qint64(18);
    QTest::newRow("literal 2^64-1") << QByteArray("* 1 FETCH (BODY[] {18446744073709551615}\r\n")
                                    << int(K::LiteralTooLarge) << qint64(18);
    QTest::newRow("literal 20 nines") << QByteArray("* 1 FETCH (BODY[] {99999999999999999999}\r\n")
                                      << int(K::BadLiteralSize) << qint64(18);
    QTest::newRow("literal 100 digits") << QByteArray("* 1 FETCH (BODY[] {" + QByteArray(100, '9') + "}\r\n")
                                        << int(K::BadLiteralSize) << qint64(18);
    QTest::newRow("literal -1") << QByteArray("* 1 FETCH (BODY[] {-1}\r\n") << int(K::BadLiteralSize) << qint64(18);
    QTest::newRow("huge status literal") << QByteArray("* STATUS {4294967295}\r\n") << int(K::LiteralTooLarge)
                                         << qint64(9);
    QTest::newRow("literal8 too large") << QByteArray("* 1 FETCH (BINARY[] ~{9999999999}\r\n")
                                        << int(K::LiteralTooLarge) << qint64(21);
    QTest::newRow("long line") << QByteArray("* OK " + QByteArray(9 * 1024 * 1024, 'x')) << int(K::LineTooLong)
                               << qint64(8 * 1024 * 1024);
}

void TestResponseFramer::fatalErrors()
{
    QFETCH(QByteArray, stream);
    QFETCH(int, kind);
    QFETCH(qint64, streamOffset);

    for (const qsizetype chunk : {qsizetype(0), qsizetype(1)}) {
        if (chunk == 1 && stream.size() > 100000)
            continue;
        const Outcome out = frame(stream, {}, chunk);
        QVERIFY(out.error);
        QCOMPARE(int(out.error->kind), kind);
        QVERIFY(out.error->isFatal());
        QCOMPARE(out.error->streamOffset, streamOffset);
    }
}

void TestResponseFramer::nothingIsReadAfterAFatalError()
{
    ResponseReader reader;
    reader.feed("* 1 EXISTS\r\n* 2 EXISTS\n* 3 EXISTS\r\n");
    auto first = reader.next();
    QVERIFY(first && std::holds_alternative<Response>(*first));
    auto second = reader.next();
    QVERIFY(second && std::holds_alternative<ParseError>(*second));
    QVERIFY(std::get<ParseError>(*second).isFatal());
    QVERIFY(!reader.next());
    reader.feed("* 4 EXISTS\r\n");
    QVERIFY(!reader.next());
    QVERIFY(reader.hasFailed());
}

void TestResponseFramer::literalSizeIsCheckedBeforeBuffering()
{
    ParseLimits limits;
    limits.maxLiteralSize = 10;
    QVERIFY(!frame("* 1 FETCH (BODY[] {10}\r\n0123456789)\r\n", limits).error);
    const Outcome out = frame("* 1 FETCH (BODY[] {11}\r\n", limits);
    QVERIFY(out.error);
    QCOMPARE(out.error->kind, ParseError::Kind::LiteralTooLarge);

    limits.maxLiteralSize = 100;
    limits.maxResponseSize = 50;
    const Outcome tooMuch = frame("* 1 FETCH (BODY[1] {30}\r\n", limits);
    QCOMPARE(tooMuch.error->kind, ParseError::Kind::ResponseTooLarge);
}

void TestResponseFramer::lineLimitCountsOutsideLiterals()
{
    ParseLimits limits;
    limits.maxLineLength = 32;
    // A long literal inside short lines is fine.
    const QByteArray ok = "* 1 FETCH (BODY[] {100}\r\n" + QByteArray(100, 'x') + ")\r\n";
    QVERIFY(!frame(ok, limits).error);
    QVERIFY(!frame(ok, limits, 1).error);
    // 32 bytes with the CRLF is the longest line allowed.
    QVERIFY(!frame("* OK " + QByteArray(25, 'y') + "\r\n", limits).error);
    const Outcome out = frame("* OK " + QByteArray(26, 'y') + "\r\n", limits);
    QVERIFY(out.error);
    QCOMPARE(out.error->kind, ParseError::Kind::LineTooLong);
    // Without a CRLF the error comes as soon as the limit is passed.
    const Outcome open = frame("* OK " + QByteArray(100, 'y'), limits, 1);
    QCOMPARE(open.error->kind, ParseError::Kind::LineTooLong);
}

void TestResponseFramer::streamsLargeLiterals()
{
    ParseLimits limits;
    limits.maxLiteralSize = 8;
    const QByteArray body = QByteArray("0123456789abcdefghij").repeated(5);
    const QByteArray stream =
        "* 1 EXISTS\r\n* 7 FETCH (UID 9 BODY[] {100}\r\n" + body + " BODY[1] {3}\r\nabc)\r\n* 2 EXISTS\r\n";
    for (const qsizetype chunk : {qsizetype(0), qsizetype(1), qsizetype(7)}) {
        RecordingSink sink;
        ResponseReader reader(limits);
        reader.setLiteralSink(&sink);
        QList<ParseResult> results;
        const qsizetype step = chunk ? chunk : stream.size();
        for (qsizetype i = 0; i < stream.size(); i += step) {
            reader.feed(QByteArrayView(stream).sliced(i, std::min(step, stream.size() - i)));
            while (auto r = reader.next())
                results.append(*r);
        }
        QCOMPARE(results.size(), 3);
        QCOMPARE(sink.begun.size(), 1);
        QCOMPARE(sink.begun.first(), std::make_pair(quint64(1), quint64(100)));
        QCOMPARE(sink.data, body);
        QCOMPARE(sink.ended, 1);
        const auto *fetch = std::get<Response>(results[1]).get<FetchData>();
        QVERIFY(fetch);
        QCOMPARE(fetch->uid, 9u);
        QCOMPARE(fetch->sections.size(), 2);
        QVERIFY(fetch->sections[0].streamed);
        QCOMPARE(fetch->sections[0].streamedSize, 100u);
        QVERIFY(fetch->sections[0].data.isEmpty());
        QCOMPARE(fetch->sections[1].data, QByteArray("abc"));
        QCOMPARE(std::get<Response>(results[2]).streamOffset, stream.size() - 12);
    }
}

void TestResponseFramer::refusedStreamIsFatal()
{
    ParseLimits limits;
    limits.maxLiteralSize = 8;
    RecordingSink sink;
    sink.accept = false;
    ResponseFramer framer(limits);
    framer.setLiteralSink(&sink);
    framer.feed("* 7 FETCH (BODY[] {100}\r\n");
    QVERIFY(!framer.next());
    QVERIFY(framer.hasFailed());
    QCOMPARE(framer.error().kind, ParseError::Kind::LiteralTooLarge);
}

void TestResponseFramer::streamOffsets()
{
    const Outcome out = frame(session(), {}, 3);
    qint64 expected = 0;
    for (const RawResponse &raw : out.responses) {
        QCOMPARE(raw.streamOffset, expected);
        expected += raw.size;
    }
    QCOMPARE(expected, session().size());
}

QTEST_GUILESS_MAIN(TestResponseFramer)
#include "tst_responseframer.moc"
