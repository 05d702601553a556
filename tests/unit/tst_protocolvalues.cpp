// The protocol's value types: sequence sets, flags, INTERNALDATE, mailbox
// names and body-structure lookups (imaplib's ParseFlags, Internaldate2tuple
// and Time2Internaldate among them).

#include "imap/protocol/bodystructure.h"
#include "imap/protocol/flags.h"
#include "imap/protocol/internaldate.h"
#include "imap/protocol/mailboxname.h"
#include "imap/protocol/sequenceset.h"

#include <QTest>

using namespace Quail::Imap;

class TestProtocolValues : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sequenceSetParse_data();
    void sequenceSetParse();
    void sequenceSetFromNumbers_data();
    void sequenceSetFromNumbers();
    void sequenceSetSplit_data();
    void sequenceSetSplit();
    void sequenceSetMembers();
    void flagsParse_data();
    void flagsParse();
    void flagValidity_data();
    void flagValidity();
    void flagsCompareCaseInsensitively();
    void internalDate_data();
    void internalDate();
    void internalDateRejects_data();
    void internalDateRejects();
    void internalDateFromDateTime();
    void mailboxNames_data();
    void mailboxNames();
    void bodyPartLookup();
};

void TestProtocolValues::sequenceSetParse_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QByteArray>("normalised");

    QTest::newRow("single") << QByteArray("1") << true << QByteArray("1");
    QTest::newRow("range") << QByteArray("1:5") << true << QByteArray("1:5");
    QTest::newRow("reversed range") << QByteArray("5:1") << true << QByteArray("1:5");
    QTest::newRow("star") << QByteArray("*") << true << QByteArray("*");
    QTest::newRow("open range") << QByteArray("20:*") << true << QByteArray("20:*");
    QTest::newRow("star first") << QByteArray("*:20") << true << QByteArray("20:*");
    QTest::newRow("list") << QByteArray("1,3:4,7") << true << QByteArray("1,3:4,7");
    QTest::newRow("keeps order") << QByteArray("9,1,5") << true << QByteArray("9,1,5");
    QTest::newRow("max") << QByteArray("4294967295") << true << QByteArray("4294967295");
    QTest::newRow("empty") << QByteArray("") << false << QByteArray();
    QTest::newRow("zero") << QByteArray("0") << false << QByteArray();
    QTest::newRow("zero in range") << QByteArray("0:4") << false << QByteArray();
    QTest::newRow("overflow") << QByteArray("4294967296") << false << QByteArray();
    QTest::newRow("trailing comma") << QByteArray("1,2,") << false << QByteArray();
    QTest::newRow("leading comma") << QByteArray(",1") << false << QByteArray();
    QTest::newRow("double colon") << QByteArray("1::2") << false << QByteArray();
    QTest::newRow("three part range") << QByteArray("1:2:3") << false << QByteArray();
    QTest::newRow("space") << QByteArray("1, 2") << false << QByteArray();
    QTest::newRow("negative") << QByteArray("-1") << false << QByteArray();
    QTest::newRow("saved result") << QByteArray("$") << false << QByteArray();
}

void TestProtocolValues::sequenceSetParse()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, valid);
    QFETCH(QByteArray, normalised);
    const auto set = SequenceSet::parse(text);
    QCOMPARE(set.has_value(), valid);
    if (set)
        QCOMPARE(set->toByteArray(), normalised);
}

void TestProtocolValues::sequenceSetFromNumbers_data()
{
    QTest::addColumn<QList<quint32>>("numbers");
    QTest::addColumn<QByteArray>("wire");
    QTest::newRow("empty") << QList<quint32>{} << QByteArray();
    QTest::newRow("one") << QList<quint32>{7} << QByteArray("7");
    QTest::newRow("run") << QList<quint32>{1, 2, 3, 5} << QByteArray("1:3,5");
    QTest::newRow("unsorted with duplicates") << QList<quint32>{5, 3, 4, 3, 1, 9, 10} << QByteArray("1,3:5,9:10");
    QTest::newRow("zeros dropped") << QList<quint32>{0, 2, 0} << QByteArray("2");
    QTest::newRow("top of range") << QList<quint32>{4294967294u, 4294967295u} << QByteArray("4294967294:4294967295");
}

void TestProtocolValues::sequenceSetFromNumbers()
{
    QFETCH(QList<quint32>, numbers);
    QFETCH(QByteArray, wire);
    const SequenceSet set = SequenceSet::fromNumbers(numbers);
    QCOMPARE(set.toByteArray(), wire);
    if (!wire.isEmpty())
        QCOMPARE(SequenceSet::parse(wire), set);
}

void TestProtocolValues::sequenceSetSplit_data()
{
    QTest::addColumn<int>("maxBytes");
    for (const int maxBytes : {1, 10, 21, 100, 1000, 8000})
        QTest::addRow("%d bytes", maxBytes) << maxBytes;
}

void TestProtocolValues::sequenceSetSplit()
{
    QFETCH(int, maxBytes);
    QList<quint32> numbers;
    for (quint32 n = 1; n < 20000; n += (n % 7) + 1)
        numbers.append(n * 1000);
    const SequenceSet set = SequenceSet::fromNumbers(numbers);
    const QList<SequenceSet> parts = set.split(maxBytes);
    QList<quint32> rejoined;
    for (const SequenceSet &part : parts) {
        QVERIFY(!part.isEmpty());
        // A single range may exceed a tiny limit; anything longer may not.
        QVERIFY(part.toByteArray().size() <= maxBytes || part.ranges().size() == 1);
        rejoined += *part.toNumbers();
    }
    QCOMPARE(rejoined, *set.toNumbers());
}

void TestProtocolValues::sequenceSetMembers()
{
    const SequenceSet set = *SequenceSet::parse("2:4,10,20:*");
    QVERIFY(set.contains(3));
    QVERIFY(!set.contains(5));
    QVERIFY(set.contains(25, 30));
    QVERIFY(!set.contains(31, 30));
    QVERIFY(set.containsStar());
    QCOMPARE(set.count(30), 15u);
    QCOMPARE(*set.toNumbers(21), (QList<quint32>{2, 3, 4, 10, 20, 21}));
    // "1:4294967295" would be 16 GiB of numbers.
    QVERIFY(!SequenceSet::parse("1:4294967295")->toNumbers().has_value());
}

void TestProtocolValues::flagsParse_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QByteArray>("flags");

    // imaplib's own example: ParseFlags(b'1 (FLAGS (\\Seen))').
    QTest::newRow("imaplib") << QByteArray("1 (FLAGS (\\Seen \\Deleted))") << true << QByteArray("(\\Seen \\Deleted)");
    QTest::newRow("bare list") << QByteArray("(\\Answered $Junk)") << true << QByteArray("(\\Answered $Junk)");
    QTest::newRow("empty") << QByteArray("FLAGS ()") << true << QByteArray("()");
    QTest::newRow("wildcard") << QByteArray("(\\*)") << true << QByteArray("(\\*)");
    QTest::newRow("case") << QByteArray("(\\SEEN $forwarded)") << true << QByteArray("(\\Seen $Forwarded)");
    QTest::newRow("bracket keyword") << QByteArray("([test])") << true << QByteArray("([test])");
    QTest::newRow("no list") << QByteArray("FLAGS \\Seen") << false << QByteArray();
    QTest::newRow("unterminated") << QByteArray("(\\Seen") << false << QByteArray();
    QTest::newRow("lone backslash") << QByteArray("(\\ \\Seen)") << false << QByteArray();
}

void TestProtocolValues::flagsParse()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, valid);
    QFETCH(QByteArray, flags);
    const auto parsed = Flags::parse(text);
    QCOMPARE(parsed.has_value(), valid);
    if (parsed)
        QCOMPARE(parsed->toByteArray(), flags);
}

void TestProtocolValues::flagValidity_data()
{
    QTest::addColumn<QByteArray>("flag");
    QTest::addColumn<bool>("valid");
    QTest::newRow("system") << QByteArray("\\Seen") << true;
    QTest::newRow("keyword") << QByteArray("$Forwarded") << true;
    QTest::newRow("plain keyword") << QByteArray("NonJunk") << true;
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("backslash only") << QByteArray("\\") << false;
    QTest::newRow("wildcard") << QByteArray("\\*") << false;
    QTest::newRow("space") << QByteArray("a b") << false;
    QTest::newRow("open paren") << QByteArray("a(") << false;
    QTest::newRow("close paren") << QByteArray("a)") << false;
    QTest::newRow("CR") << QByteArray("a\r") << false;
    QTest::newRow("LF") << QByteArray("a\nb") << false;
    QTest::newRow("NUL") << QByteArray("a\0b", 3) << false;
    QTest::newRow("quote") << QByteArray("a\"") << false;
    QTest::newRow("bracket") << QByteArray("a]") << false;
    QTest::newRow("brace") << QByteArray("{5}") << false;
    QTest::newRow("percent") << QByteArray("a%") << false;
    QTest::newRow("8-bit") << QByteArray("caf\xc3\xa9") << false;
    QTest::newRow("double backslash") << QByteArray("\\\\Seen") << false;
}

void TestProtocolValues::flagValidity()
{
    QFETCH(QByteArray, flag);
    QFETCH(bool, valid);
    QCOMPARE(Flags::isValidFlag(flag), valid);
}

void TestProtocolValues::flagsCompareCaseInsensitively()
{
    Flags flags;
    flags.add("\\seen");
    flags.add("$Label1");
    flags.add("MyKeyword");
    QVERIFY(flags.has(Flags::Seen));
    QVERIFY(flags.contains("\\SEEN"));
    QVERIFY(flags.contains("mykeyword"));
    QCOMPARE(flags.size(), 3);
    flags.remove("MYKEYWORD");
    flags.remove("\\Seen");
    QCOMPARE(flags.toList(), QList<QByteArray>{"$Label1"});
    QCOMPARE(Flags::fromList({"a", "\\Draft"}), Flags::fromList({"\\draft", "A"}));
}

void TestProtocolValues::internalDate_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<int>("offset");
    QTest::addColumn<QByteArray>("canonical");

    QTest::newRow("rfc3501") << QByteArray("17-Jul-1996 02:44:25 -0700") << qint64(837596665) << -25200
                             << QByteArray("17-Jul-1996 02:44:25 -0700");
    QTest::newRow("space day") << QByteArray(" 1-Jan-2000 00:00:00 +0000") << qint64(946684800) << 0
                               << QByteArray("01-Jan-2000 00:00:00 +0000");
    QTest::newRow("single digit day") << QByteArray("1-Jan-2000 00:00:00 +0000") << qint64(946684800) << 0
                                      << QByteArray("01-Jan-2000 00:00:00 +0000");
    QTest::newRow("half hour zone") << QByteArray("01-Jan-2000 05:30:00 +0530") << qint64(946684800) << 19800
                                    << QByteArray("01-Jan-2000 05:30:00 +0530");
    QTest::newRow("leap day") << QByteArray("29-Feb-2024 12:00:00 +0100") << qint64(1709204400) << 3600
                              << QByteArray("29-Feb-2024 12:00:00 +0100");
    QTest::newRow("before epoch") << QByteArray("31-Dec-1969 23:59:59 +0000") << qint64(-1) << 0
                                  << QByteArray("31-Dec-1969 23:59:59 +0000");
    QTest::newRow("lowercase month") << QByteArray("05-mar-2021 10:00:00 -0100") << qint64(1614942000) << -3600
                                     << QByteArray("05-Mar-2021 10:00:00 -0100");
    QTest::newRow("y2038") << QByteArray("19-Jan-2038 03:14:08 +0000") << qint64(2147483648) << 0
                           << QByteArray("19-Jan-2038 03:14:08 +0000");
}

void TestProtocolValues::internalDate()
{
    QFETCH(QByteArray, text);
    QFETCH(qint64, seconds);
    QFETCH(int, offset);
    QFETCH(QByteArray, canonical);
    const auto date = InternalDate::parse(text);
    QVERIFY(date);
    QCOMPARE(date->secondsSinceEpoch(), seconds);
    QCOMPARE(date->utcOffsetSeconds(), offset);
    QCOMPARE(date->toByteArray(), canonical);
    QCOMPARE(date->toDateTime().toSecsSinceEpoch(), seconds);
    QCOMPARE(date->toDateTime().offsetFromUtc(), offset);
}

void TestProtocolValues::internalDateRejects_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("no zone") << QByteArray("17-Jul-1996 02:44:25");
    QTest::newRow("bad month") << QByteArray("17-Jux-1996 02:44:25 -0700");
    QTest::newRow("31 Apr") << QByteArray("31-Apr-1996 02:44:25 -0700");
    QTest::newRow("29 Feb 1900") << QByteArray("29-Feb-1900 02:44:25 -0700");
    QTest::newRow("hour 24") << QByteArray("17-Jul-1996 24:00:00 -0700");
    QTest::newRow("zone minutes 60") << QByteArray("17-Jul-1996 02:44:25 -0760");
    QTest::newRow("two digit year") << QByteArray("17-Jul-96 02:44:25 -0700");
    QTest::newRow("trailing") << QByteArray("17-Jul-1996 02:44:25 -0700x");
    QTest::newRow("zone word") << QByteArray("17-Jul-1996 02:44:25 PDT");
    QTest::newRow("rfc2822 date") << QByteArray("Wed, 17 Jul 1996 02:23:25 -0700");
    QTest::newRow("overlong") << QByteArray(100000, '1');
}

void TestProtocolValues::internalDateRejects()
{
    QFETCH(QByteArray, text);
    QVERIFY(!InternalDate::parse(text));
}

void TestProtocolValues::internalDateFromDateTime()
{
    // Time2Internaldate: the local offset of the QDateTime is kept.
    const QDateTime dt(QDate(2024, 5, 6), QTime(7, 8, 9), Qt::OffsetFromUTC, -4 * 3600);
    const InternalDate date = InternalDate::fromDateTime(dt);
    QCOMPARE(date.toByteArray(), QByteArray("06-May-2024 07:08:09 -0400"));
    QCOMPARE(date.toDateTime(), dt);
    QVERIFY(InternalDate::fromDateTime(QDateTime()).toByteArray() == "01-Jan-1970 00:00:00 +0000");
}

void TestProtocolValues::mailboxNames_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<bool>("utf8");
    QTest::addColumn<QByteArray>("normalisedWire");
    QTest::addColumn<QString>("display");

    QTest::newRow("inbox") << QByteArray("inbox") << false << QByteArray("INBOX") << QStringLiteral("INBOX");
    QTest::newRow("InBoX") << QByteArray("InBoX") << false << QByteArray("INBOX") << QStringLiteral("INBOX");
    QTest::newRow("inbox child kept") << QByteArray("inbox/x") << false << QByteArray("inbox/x")
                                      << QStringLiteral("inbox/x");
    QTest::newRow("utf7") << QByteArray("Entw&APw-rfe") << false << QByteArray("Entw&APw-rfe")
                          << QStringLiteral("Entwürfe");
    QTest::newRow("invalid utf7 shown escaped")
        << QByteArray("&AGE") << false << QByteArray("&AGE") << QStringLiteral("&AGE");
    QTest::newRow("8-bit in utf7 mode") << QByteArray("K\xc3\xb6ln") << false << QByteArray("K\xc3\xb6ln")
                                        << QStringLiteral("K\\xc3\\xb6ln");
    QTest::newRow("utf8 mode") << QByteArray("K\xc3\xb6ln") << true << QByteArray("K\xc3\xb6ln")
                               << QStringLiteral("Köln");
    QTest::newRow("invalid utf8") << QByteArray("K\xff") << true << QByteArray("K\xff") << QStringLiteral("K\\xff");
    QTest::newRow("control char") << QByteArray("a\tb") << false << QByteArray("a\tb") << QStringLiteral("a\\x09b");
    QTest::newRow("backslash escaped when invalid")
        << QByteArray("a\\b&") << false << QByteArray("a\\b&") << QStringLiteral("a\\x5cb&");
    QTest::newRow("dot dot") << QByteArray("../../x") << false << QByteArray("../../x") << QStringLiteral("../../x");
}

void TestProtocolValues::mailboxNames()
{
    QFETCH(QByteArray, wire);
    QFETCH(bool, utf8);
    QFETCH(QByteArray, normalisedWire);
    QFETCH(QString, display);
    const auto encoding = utf8 ? MailboxName::Encoding::Utf8 : MailboxName::Encoding::ModifiedUtf7;
    const MailboxName name = MailboxName::fromWire(wire);
    QCOMPARE(name.wire(), normalisedWire);
    QCOMPARE(name.toDisplayString(encoding), display);
    if (const auto text = name.toString(encoding))
        QCOMPARE(MailboxName::fromString(*text, encoding), name);
}

void TestProtocolValues::bodyPartLookup()
{
    BodyStructure text;
    text.type = "TEXT";
    text.subtype = "PLAIN";
    BodyStructure inner;
    inner.type = "MULTIPART";
    inner.subtype = "ALTERNATIVE";
    inner.parts = {text, text};
    inner.parts[1].subtype = "HTML";
    BodyStructure message;
    message.type = "MESSAGE";
    message.subtype = "RFC822";
    message.parts = {inner};
    BodyStructure root;
    root.type = "MULTIPART";
    root.subtype = "MIXED";
    root.parts = {text, message};

    QCOMPARE(root.partAt(""), &root);
    QCOMPARE(root.partAt("1"), &root.parts[0]);
    QCOMPARE(root.partAt("2"), &root.parts[1]);
    QCOMPARE(root.partAt("2.2")->subtype, QByteArray("HTML"));
    QVERIFY(!root.partAt("3"));
    QVERIFY(!root.partAt("0"));
    QVERIFY(!root.partAt("1.2"));
    QVERIFY(!root.partAt("2.x"));
    QCOMPARE(text.partAt("1"), &text);
}

QTEST_GUILESS_MAIN(TestProtocolValues)
#include "tst_protocolvalues.moc"
