// The selected mailbox's state, fed with real server text through the
// protocol parser: what a SELECT establishes and what later responses
// change, as events keyed by UID; and the impossible updates refused.

#include "imap/engine/selectedmailbox.h"
#include "imap/protocol/responsereader.h"

#include <QTest>

using namespace Quail::Imap;

namespace {

// Parses server lines into responses (the test's input, not under test).
QList<Response> parse(const QByteArray &text)
{
    ResponseReader reader;
    reader.feed(text);
    QList<Response> responses;
    while (auto result = reader.next()) {
        if (const auto *response = std::get_if<Response>(&*result))
            responses.append(*response);
        else
            qFatal("test input does not parse: %s", qPrintable(std::get<ParseError>(*result).toString()));
    }
    return responses;
}

struct Fed {
    QList<MailboxEvent> events;
    QString error;
    bool ok = true;
};

Fed feed(SelectedMailbox &mailbox, const QByteArray &text)
{
    Fed fed;
    for (const Response &response : parse(text)) {
        if (!mailbox.apply(response, &fed.events, &fed.error)) {
            fed.ok = false;
            break;
        }
    }
    return fed;
}

// RFC 9051 §6.3.2's example SELECT response, with CONDSTORE's HIGHESTMODSEQ.
const QByteArray SelectResponse = "* 172 EXISTS\r\n"
                                  "* OK [UIDVALIDITY 3857529045] UIDs valid\r\n"
                                  "* OK [UIDNEXT 4392] Predicted next UID\r\n"
                                  "* FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft)\r\n"
                                  "* OK [PERMANENTFLAGS (\\Deleted \\Seen \\*)] Limited\r\n"
                                  "* OK [HIGHESTMODSEQ 715194045007] Highest\r\n"
                                  "* 1 RECENT\r\n";

SelectedMailbox selectedWithUids(quint32 count)
{
    SelectedMailbox mailbox(MailboxName::fromString(u"INBOX"), false);
    QByteArray text = "* " + QByteArray::number(count) + " EXISTS\r\n";
    for (quint32 i = 1; i <= count; ++i)
        text += "* " + QByteArray::number(i) + " FETCH (UID " + QByteArray::number(i * 10) + ")\r\n";
    const Fed fed = feed(mailbox, text);
    Q_ASSERT(fed.ok);
    return mailbox;
}

} // namespace

class TestSelectedMailbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void selectEstablishesState();
    void expungeReportsTheUid();
    void vanishedReportsDescendingSequences();
    void vanishedEarlierRenumbersNothing();
    void flagChangesCarryTheUid();
    void uidValidityChange();
    void newMessagesThenTheirUids();
    void vanishedBeyondKnownUidsAsksForResync();
    void impossibleUpdates_data();
    void impossibleUpdates();
};

void TestSelectedMailbox::selectEstablishesState()
{
    SelectedMailbox mailbox(MailboxName::fromString(u"INBOX"), false);
    const Fed fed = feed(mailbox, SelectResponse);
    QVERIFY2(fed.ok, qPrintable(fed.error));
    QCOMPARE(mailbox.exists(), 172u);
    QCOMPARE(mailbox.uidValidity(), 3857529045u);
    QCOMPARE(mailbox.uidNext(), 4392u);
    QCOMPARE(mailbox.highestModSeq(), quint64(715194045007));
    QCOMPARE(mailbox.recent(), 1u);
    QVERIFY(mailbox.flags().has(Flags::Draft));
    QVERIFY(mailbox.permanentFlags().has(Flags::MayCreateKeywords));
    QVERIFY(!mailbox.permanentFlags().has(Flags::Answered));
    QVERIFY(!mailbox.isReadOnly());
    QList<MailboxEvent> events;
    mailbox.applyCode(parse("* OK [READ-ONLY] now\r\n").first().status()->code, &events);
    QVERIFY(mailbox.isReadOnly());
}

void TestSelectedMailbox::expungeReportsTheUid()
{
    SelectedMailbox mailbox = selectedWithUids(5);
    const Fed fed = feed(mailbox, "* 3 EXPUNGE\r\n* 3 EXPUNGE\r\n");
    QVERIFY2(fed.ok, qPrintable(fed.error));
    QCOMPARE(fed.events.size(), 2);
    const auto first = std::get<MailboxEvent::Expunged>(fed.events.at(0).change);
    const auto second = std::get<MailboxEvent::Expunged>(fed.events.at(1).change);
    QCOMPARE(first.uid, 30u);
    QCOMPARE(second.uid, 40u); // message 4 moved up to number 3
    QCOMPARE(second.sequence, 3u);
    QCOMPARE(mailbox.exists(), 3u);
    QCOMPARE(mailbox.uids().uids(), (QList<quint32>{10, 20, 50}));
    QVERIFY(fed.events.first().mailbox.isInbox());
}

void TestSelectedMailbox::vanishedReportsDescendingSequences()
{
    SelectedMailbox mailbox = selectedWithUids(6);
    const Fed fed = feed(mailbox, "* VANISHED 20,40:50\r\n");
    QVERIFY2(fed.ok, qPrintable(fed.error));
    QCOMPARE(fed.events.size(), 1);
    const auto vanished = std::get<MailboxEvent::Vanished>(fed.events.first().change);
    QCOMPARE(vanished.sequences, (QList<quint32>{5, 4, 2}));
    QVERIFY(!vanished.earlier);
    QCOMPARE(mailbox.uids().uids(), (QList<quint32>{10, 30, 60}));
}

void TestSelectedMailbox::vanishedEarlierRenumbersNothing()
{
    SelectedMailbox mailbox = selectedWithUids(3);
    const Fed fed = feed(mailbox, "* VANISHED (EARLIER) 1:9,11\r\n");
    QVERIFY2(fed.ok, qPrintable(fed.error));
    const auto vanished = std::get<MailboxEvent::Vanished>(fed.events.first().change);
    QVERIFY(vanished.earlier);
    QVERIFY(vanished.sequences.isEmpty());
    QCOMPARE(mailbox.exists(), 3u);
}

void TestSelectedMailbox::flagChangesCarryTheUid()
{
    SelectedMailbox mailbox = selectedWithUids(3);
    const Fed fed = feed(mailbox, "* 2 FETCH (FLAGS (\\Seen $Junk) MODSEQ (900))\r\n");
    QVERIFY2(fed.ok, qPrintable(fed.error));
    const auto changed = std::get<MailboxEvent::FlagsChanged>(fed.events.first().change);
    QCOMPARE(changed.uid, 20u);
    QCOMPARE(changed.sequence, 2u);
    QVERIFY(changed.flags.has(Flags::Seen));
    QVERIFY(changed.flags.contains("$Junk"));
    QCOMPARE(changed.modSeq, quint64(900));
    QCOMPARE(mailbox.highestModSeq(), quint64(900));
}

void TestSelectedMailbox::uidValidityChange()
{
    SelectedMailbox mailbox(MailboxName::fromString(u"INBOX"), false);
    QVERIFY(feed(mailbox, SelectResponse).ok);
    const Fed fed = feed(mailbox, "* OK [UIDVALIDITY 1] reset\r\n");
    QVERIFY(fed.ok);
    QCOMPARE(fed.events.size(), 1);
    QCOMPARE(std::get<MailboxEvent::UidValidityChanged>(fed.events.first().change).uidValidity, 1u);
    // The same value again is no change.
    QVERIFY(feed(mailbox, "* OK [UIDVALIDITY 1] same\r\n").events.isEmpty());
}

void TestSelectedMailbox::newMessagesThenTheirUids()
{
    SelectedMailbox mailbox = selectedWithUids(2);
    const Fed fed = feed(mailbox, "* 4 EXISTS\r\n* 3 FETCH (UID 31 FLAGS ())\r\n* 4 FETCH (FLAGS (\\Seen) UID 44)\r\n");
    QVERIFY2(fed.ok, qPrintable(fed.error));
    QCOMPARE(std::get<MailboxEvent::Exists>(fed.events.at(0).change).count, 4u);
    QCOMPARE(std::get<MailboxEvent::FlagsChanged>(fed.events.at(1).change).uid, 31u);
    QCOMPARE(std::get<MailboxEvent::FlagsChanged>(fed.events.at(2).change).uid, 44u);
    QVERIFY(mailbox.uids().isComplete());
}

void TestSelectedMailbox::vanishedBeyondKnownUidsAsksForResync()
{
    // Two new messages whose UIDs were never fetched, one of them vanishes:
    // where it was cannot be known, so the UIDs must be read again.
    SelectedMailbox mailbox = selectedWithUids(3);
    Fed fed = feed(mailbox, "* 5 EXISTS\r\n* VANISHED 20,45\r\n");
    QVERIFY2(fed.ok, qPrintable(fed.error));
    QVERIFY(mailbox.needsUidResync());
    const auto vanished = std::get<MailboxEvent::Vanished>(fed.events.last().change);
    QCOMPARE(vanished.sequences, QList<quint32>{2});
    // Until then, numbers that look impossible are tolerated, not errors.
    fed = feed(mailbox, "* 4 FETCH (FLAGS (\\Seen))\r\n* 3 EXISTS\r\n");
    QVERIFY2(fed.ok, qPrintable(fed.error));
    QString error;
    QVERIFY(mailbox.resyncUids({10, 30, 50}, &error));
    QVERIFY(!mailbox.needsUidResync());
    QCOMPARE(mailbox.exists(), 3u);
    QCOMPARE(*mailbox.uids().sequenceOf(50), 3u);
    // And strict again afterwards.
    QVERIFY(!feed(mailbox, "* 2 EXISTS\r\n").ok);
}

// shared/reference/security-cases.md §8.23
void TestSelectedMailbox::impossibleUpdates_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("expunge 0") << QByteArray("* 0 EXPUNGE\r\n");
    QTest::newRow("expunge beyond EXISTS") << QByteArray("* 4 EXPUNGE\r\n");
    QTest::newRow("expunge 2^32-1") << QByteArray("* 4294967295 EXPUNGE\r\n");
    QTest::newRow("shrinking EXISTS") << QByteArray("* 2 EXISTS\r\n");
    QTest::newRow("FETCH beyond EXISTS") << QByteArray("* 9 FETCH (FLAGS (\\Seen))\r\n");
    QTest::newRow("FETCH 0") << QByteArray("* 0 FETCH (FLAGS (\\Seen))\r\n");
    QTest::newRow("UID that contradicts") << QByteArray("* 1 FETCH (UID 99)\r\n");
}

void TestSelectedMailbox::impossibleUpdates()
{
    QFETCH(QByteArray, text);
    SelectedMailbox mailbox = selectedWithUids(3);
    const Fed fed = feed(mailbox, text);
    QVERIFY(!fed.ok);
    QVERIFY(!fed.error.isEmpty());
}

QTEST_GUILESS_MAIN(TestSelectedMailbox)
#include "tst_selectedmailbox.moc"
