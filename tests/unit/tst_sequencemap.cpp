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

QTEST_GUILESS_MAIN(TestSequenceMap)
#include "tst_sequencemap.moc"
