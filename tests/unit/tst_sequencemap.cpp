#include "imap/engine/sequencemap.h"

#include <QTest>

using namespace Quail::Imap;

class TestSequenceMap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void selectThenLearnUids();
    void existsGrowsWithUnknownTail();
    void shrinkingExistsIsAnError();
    void expungeShiftsSequenceNumbers();
    void expungeOutOfRangeIsAnError_data();
    void expungeOutOfRangeIsAnError();
    void conflictingUidsAreErrors();
    void uidsMustAscend();
    void vanishedRemovesKnownUids();
    void vanishedRepeatedIsHarmless();
    void vanishedInUnknownTailAsksForResync();
    void largeVanishedIsLinear();
    void learnedTailChecksNearestNeighbours();
    void interleavedResponsesFillTheMap();
    void expungeKeepsLearnedTailInPlace();
    void vanishedKeepsLearnedTailInPlace();
};

void TestSequenceMap::selectThenLearnUids()
{
    SequenceMap map;
    map.reset(3);
    QCOMPARE(map.count(), 3u);
    QVERIFY(!map.isComplete());
    QCOMPARE(map.uidAt(1), 0u);
    QString error;
    QVERIFY(map.learnUid(1, 10, &error));
    QVERIFY(map.learnUid(3, 30, &error));
    QVERIFY(!map.isComplete());
    QCOMPARE(map.sequenceOf(30), std::nullopt); // not yet in the known prefix
    QVERIFY(map.learnUid(2, 20, &error));
    QVERIFY(map.isComplete());
    QCOMPARE(map.sequenceOf(10), 1u);
    QCOMPARE(map.sequenceOf(30), 3u);
    QCOMPARE(map.sequenceOf(25), std::nullopt);
    QCOMPARE(map.uidAt(0), 0u);
    QCOMPARE(map.uidAt(4), 0u);
    // Learning a UID again is fine when it agrees.
    QVERIFY(map.learnUid(2, 20, &error));
}

void TestSequenceMap::existsGrowsWithUnknownTail()
{
    SequenceMap map;
    QString error;
    QVERIFY(map.setUids({5, 7, 9}, &error));
    QVERIFY(map.exists(5, &error));
    QCOMPARE(map.count(), 5u);
    QCOMPARE(map.uidAt(4), 0u);
    QVERIFY(map.learnUid(5, 12, &error));
    QVERIFY(map.learnUid(4, 11, &error));
    QCOMPARE(map.uids(), (QList<quint32>{5, 7, 9, 11, 12}));
    QCOMPARE(map.sequenceOf(12), 5u);
}

void TestSequenceMap::shrinkingExistsIsAnError()
{
    SequenceMap map;
    map.reset(10);
    QString error;
    QVERIFY(!map.exists(9, &error));
    QVERIFY2(error.contains(QStringLiteral("without expunging")), qPrintable(error));
    QCOMPARE(map.count(), 10u);
}

void TestSequenceMap::expungeShiftsSequenceNumbers()
{
    SequenceMap map;
    QString error;
    QVERIFY(map.setUids({1, 2, 3, 4, 5}, &error));
    // RFC 9051 §7.5.1's example: expunging 3, 3, 3 removes UIDs 3, 4, 5.
    QVERIFY(map.expunge(3, &error));
    QVERIFY(map.expunge(3, &error));
    QVERIFY(map.expunge(3, &error));
    QCOMPARE(map.uids(), (QList<quint32>{1, 2}));
    QVERIFY(map.exists(3, &error));
    QVERIFY(map.expunge(3, &error)); // an unknown tail message can go too
    QCOMPARE(map.count(), 2u);
    QVERIFY(map.isComplete());
}

void TestSequenceMap::expungeOutOfRangeIsAnError_data()
{
    QTest::addColumn<quint32>("sequence");
    QTest::newRow("zero") << 0u;
    QTest::newRow("above EXISTS") << 4u;
    QTest::newRow("huge") << 0xffffffffu;
}

void TestSequenceMap::expungeOutOfRangeIsAnError()
{
    QFETCH(quint32, sequence);
    SequenceMap map;
    QString error;
    QVERIFY(map.setUids({1, 2, 3}, &error));
    QVERIFY(!map.expunge(sequence, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(map.uids(), (QList<quint32>{1, 2, 3}));
}

void TestSequenceMap::conflictingUidsAreErrors()
{
    SequenceMap map;
    QString error;
    QVERIFY(map.setUids({10, 20}, &error));
    QVERIFY(!map.learnUid(1, 11, &error)); // message 1 is UID 10
    QVERIFY(map.exists(4, &error));
    QVERIFY(!map.learnUid(3, 20, &error)); // not above its known neighbour
    QVERIFY(!map.learnUid(5, 30, &error)); // no message 5
    QVERIFY(!map.learnUid(3, 0, &error)); // UID 0 does not exist
    QVERIFY(map.learnUid(4, 40, &error));
    QVERIFY(!map.learnUid(3, 40, &error)); // must stay below message 4's
    QVERIFY(map.learnUid(3, 39, &error));
    QVERIFY(map.isComplete());
}

void TestSequenceMap::uidsMustAscend()
{
    SequenceMap map;
    QString error;
    QVERIFY(!map.setUids({1, 3, 2}, &error));
    QVERIFY(!map.setUids({1, 1}, &error));
    QVERIFY(!map.setUids({0, 1}, &error));
    QVERIFY(map.setUids({}, &error));
    QCOMPARE(map.count(), 0u);
}

void TestSequenceMap::vanishedRemovesKnownUids()
{
    SequenceMap map;
    QString error;
    QVERIFY(map.setUids({3, 5, 8, 9, 12, 20}, &error));
    const auto result = map.vanish(*SequenceSet::parse("5,8:12"));
    QCOMPARE(result.sequences, (QList<quint32>{5, 4, 3, 2}));
    QVERIFY(!result.needsResync);
    QCOMPARE(map.uids(), (QList<quint32>{3, 20}));
    QCOMPARE(map.sequenceOf(20), 2u);
}

void TestSequenceMap::vanishedRepeatedIsHarmless()
{
    SequenceMap map;
    QString error;
    QVERIFY(map.setUids({3, 5}, &error));
    QVERIFY(map.vanish(*SequenceSet::parse("5")).sequences == QList<quint32>{2});
    const auto again = map.vanish(*SequenceSet::parse("1:4"));
    QCOMPARE(again.sequences, QList<quint32>{1});
    QVERIFY(!again.needsResync);
    QVERIFY(map.vanish(*SequenceSet::parse("4")).sequences.isEmpty());
    QCOMPARE(map.count(), 0u);
}

void TestSequenceMap::vanishedInUnknownTailAsksForResync()
{
    SequenceMap map;
    QString error;
    QVERIFY(map.setUids({3, 5}, &error));
    QVERIFY(map.exists(4, &error)); // two new messages, UIDs not yet fetched
    const auto result = map.vanish(*SequenceSet::parse("3,7"));
    QCOMPARE(result.sequences, QList<quint32>{1});
    QVERIFY(result.needsResync);
    QCOMPARE(map.count(), 3u);
}

void TestSequenceMap::largeVanishedIsLinear()
{
    // 100,000 messages, every other one vanishes in one response.
    QList<quint32> uids;
    for (quint32 uid = 1; uid <= 200000; uid += 2)
        uids.append(uid);
    SequenceMap map;
    QString error;
    QVERIFY(map.setUids(uids, &error));
    SequenceSet doomed;
    for (quint32 uid = 1; uid <= 200000; uid += 4)
        doomed.add(uid);
    const auto result = map.vanish(doomed);
    QCOMPARE(result.sequences.size(), 50000);
    QCOMPARE(map.count(), 50000u);
    QCOMPARE(map.uidAt(1), 3u);
    QCOMPARE(map.sequenceOf(199999), 50000u);
}

void TestSequenceMap::learnedTailChecksNearestNeighbours()
{
    SequenceMap map;
    map.reset(10);
    QString error;
    QVERIFY(map.learnUid(5, 50, &error));
    QVERIFY(map.learnUid(8, 80, &error));
    // Message 6 lies between 50 and 80, both ends excluded.
    QVERIFY(!map.learnUid(6, 50, &error));
    QVERIFY(error.contains(QLatin1String("out of ascending order")));
    QVERIFY(!map.learnUid(6, 80, &error));
    QVERIFY(map.learnUid(6, 60, &error));
    // Message 7 now between 60 and 80.
    QVERIFY(!map.learnUid(7, 60, &error));
    QVERIFY(map.learnUid(7, 70, &error));
    // A learned tail UID is as binding as a known one.
    QVERIFY(!map.learnUid(8, 81, &error));
    QVERIFY(error.contains(QLatin1String("which has UID 80")));
    QVERIFY(map.learnUid(8, 80, &error));
    // Below the first learned one: under 50, above nothing known.
    QVERIFY(!map.learnUid(4, 50, &error));
    QVERIFY(map.learnUid(4, 40, &error));
    // Above the last learned one: over 80, nothing known above.
    QVERIFY(!map.learnUid(10, 80, &error));
    QVERIFY(map.learnUid(10, 100, &error));
    QCOMPARE(map.sequenceOf(40), std::nullopt);
    // Filling the gap joins the tail to the known prefix.
    QVERIFY(map.learnUid(1, 10, &error));
    QVERIFY(map.learnUid(2, 20, &error));
    QVERIFY(!map.learnUid(3, 40, &error));
    QVERIFY(map.learnUid(3, 30, &error));
    QCOMPARE(map.sequenceOf(80), 8u);
    QCOMPARE(map.sequenceOf(100), std::nullopt); // message 9 is still unknown
    QVERIFY(!map.isComplete());
    QVERIFY(map.learnUid(9, 90, &error));
    QVERIFY(map.isComplete());
    QCOMPARE(map.uids(), (QList<quint32>{10, 20, 30, 40, 50, 60, 70, 80, 90, 100}));
}

void TestSequenceMap::interleavedResponsesFillTheMap()
{
    // Dovecot answers pipelined UID FETCHes of consecutive ranges with
    // their responses interleaved: the second range's arrive while the
    // first's are still coming. 100,000 messages in batches of 1,000, two
    // at a time, each message's UID three times its sequence number.
    constexpr quint32 Count = 100000;
    constexpr quint32 Batch = 1000;
    SequenceMap map;
    map.reset(Count);
    QString error;
    for (quint32 first = 1; first <= Count; first += 2 * Batch) {
        for (quint32 i = 0; i < Batch; ++i) {
            QVERIFY2(map.learnUid(first + i, 3 * (first + i), &error), qPrintable(error));
            if (first + Batch + i <= Count)
                QVERIFY2(map.learnUid(first + Batch + i, 3 * (first + Batch + i), &error), qPrintable(error));
        }
    }
    QVERIFY(map.isComplete());
    for (quint32 sequence : {1u, 999u, 1000u, 1001u, 2000u, 2001u, 54321u, Count})
        QCOMPARE(map.sequenceOf(3 * sequence), sequence);
    // A UID out of order within the second stream is still caught.
    map.reset(4 * Batch);
    QVERIFY(map.learnUid(1, 3, &error));
    QVERIFY(map.learnUid(Batch + 1, 3 * (Batch + 1), &error));
    QVERIFY(map.learnUid(Batch + 2, 3 * (Batch + 2), &error));
    QVERIFY(!map.learnUid(Batch + 3, 3 * (Batch + 2), &error));
    QVERIFY(!map.learnUid(2, 3 * (Batch + 1), &error));
}

void TestSequenceMap::expungeKeepsLearnedTailInPlace()
{
    SequenceMap map;
    map.reset(10);
    QString error;
    QVERIFY(map.learnUid(1, 10, &error));
    QVERIFY(map.learnUid(6, 60, &error));
    QVERIFY(map.learnUid(9, 90, &error));
    // An unknown message below both learned ones goes: they move down.
    QVERIFY(map.expunge(3, &error));
    QCOMPARE(map.count(), 9u);
    QCOMPARE(map.uidAt(5), 60u);
    QCOMPARE(map.uidAt(8), 90u);
    QVERIFY(map.learnUid(5, 60, &error));
    QVERIFY(!map.learnUid(5, 61, &error));
    QVERIFY(!map.learnUid(6, 90, &error)); // message 6 is between 60 and 90
    // The learned message 5 goes: 90 is message 7, and 6 lies below it.
    QVERIFY(map.expunge(5, &error));
    QCOMPARE(map.uidAt(7), 90u);
    QVERIFY(map.learnUid(6, 61, &error));
    QVERIFY(!map.learnUid(4, 61, &error));
    // The first unknown message goes: the prefix runs on over what follows.
    SequenceMap gap;
    gap.reset(3);
    QVERIFY(gap.learnUid(1, 10, &error));
    QVERIFY(gap.learnUid(3, 30, &error));
    QVERIFY(gap.expunge(2, &error));
    QVERIFY(gap.isComplete());
    QCOMPARE(gap.sequenceOf(30), 2u);
}

void TestSequenceMap::vanishedKeepsLearnedTailInPlace()
{
    SequenceMap map;
    QString error;
    QVERIFY(map.setUids({1, 2, 3}, &error));
    QVERIFY(map.exists(6, &error));
    QVERIFY(map.learnUid(6, 60, &error));
    const auto result = map.vanish(*SequenceSet::parse("1:2"));
    QCOMPARE(result.sequences, (QList<quint32>{2, 1}));
    QCOMPARE(map.count(), 4u);
    QCOMPARE(map.uidAt(4), 60u);
    QVERIFY(map.learnUid(4, 60, &error));
    QVERIFY(!map.learnUid(3, 60, &error));
    QVERIFY(map.learnUid(2, 4, &error));
    QVERIFY(map.learnUid(3, 59, &error));
    QVERIFY(map.isComplete());
    QCOMPARE(map.sequenceOf(59), 3u);
}

QTEST_GUILESS_MAIN(TestSequenceMap)
#include "tst_sequencemap.moc"
