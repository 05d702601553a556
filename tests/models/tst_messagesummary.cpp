// A message list row made from a FETCH response: the decoded texts, the
// date, the attachment mark; and the cache that lets a folder's rows share
// their repeated senders, recipients and subjects.

#include "imap/protocol/responsereader.h"
#include "models/messagesummary.h"
#include "models/textcache.h"

#include <QTest>

using namespace Quail;
using Models::TextCache;

namespace {

// The FetchData of one untagged FETCH response, as the engine parses it.
Imap::FetchData fetched(const QByteArray &response)
{
    Imap::ResponseReader reader;
    reader.feed(QByteArray(response + "\r\n"));
    auto result = reader.next();
    if (!result || !std::holds_alternative<Imap::Response>(*result))
        return {};
    const Imap::FetchData *data = std::get<Imap::Response>(*result).get<Imap::FetchData>();
    return data ? *data : Imap::FetchData{};
}

Models::MessageSummary summaryOf(const QByteArray &response)
{
    Models::MessageSummary summary;
    applyDetails(summary, fetched(response));
    return summary;
}

QByteArray envelopeResponse(int uid, const QByteArray &subject, const QByteArray &from, const QByteArray &to)
{
    return "* " + QByteArray::number(uid) + " FETCH (UID " + QByteArray::number(uid)
        + " INTERNALDATE \"11-Jun-2024 11:41:23 +0900\" RFC822.SIZE 1234 ENVELOPE (\"Tue, 11 Jun 2024 11:41:23 "
          "+0900\" "
        + subject + ' ' + from + ' ' + from + ' ' + from + ' ' + to + " NIL NIL NIL \"<id" + QByteArray::number(uid)
        + "@example.com>\") BODYSTRUCTURE (\"text\" \"plain\" (\"charset\" \"UTF-8\") NIL NIL \"7bit\" 10 1 NIL "
          "NIL NIL NIL))";
}

bool sameData(const QString &a, const QString &b)
{
    return a.constData() == b.constData();
}

} // namespace

class TestMessageSummary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cacheMakesEachTextOnce()
    {
        TextCache cache;
        int made = 0;
        const auto make = [&made] {
            ++made;
            return QStringLiteral("Jörg Müller");
        };
        const QString first = cache.text(TextCache::Kind::Name, "=?ISO-8859-1?Q?J=F6rg_M=FCller?=", make);
        const QString second = cache.text(TextCache::Kind::Name, "=?ISO-8859-1?Q?J=F6rg_M=FCller?=", make);
        QCOMPARE(made, 1);
        QCOMPARE(second, first);
        QVERIFY(sameData(first, second));
    }

    void cacheKeepsKindsApart()
    {
        TextCache cache;
        const QString name = cache.text(TextCache::Kind::Name, "a@b", [] { return QStringLiteral("as a name"); });
        const QString address =
            cache.text(TextCache::Kind::Address, "a@b", [] { return QStringLiteral("as an address"); });
        QCOMPARE(name, QStringLiteral("as a name"));
        QCOMPARE(address, QStringLiteral("as an address"));
    }

    void cacheNeverAnswersForOtherBytes()
    {
        // Far more values than slots: every answer is still the text of
        // its own bytes, whether remembered or made again.
        TextCache cache;
        for (int round = 0; round < 2; ++round) {
            for (int i = 0; i < 20000; ++i) {
                const QByteArray raw = "value " + QByteArray::number(i);
                const QString text =
                    cache.text(TextCache::Kind::Subject, raw, [&raw] { return QString::fromLatin1(raw); });
                QCOMPARE(text, QString::fromLatin1(raw));
            }
        }
    }

    void cacheLeavesEmptyValuesAlone()
    {
        TextCache cache;
        int made = 0;
        for (int i = 0; i < 2; ++i) {
            cache.text(TextCache::Kind::Subject, "", [&made] {
                ++made;
                return QString();
            });
        }
        QCOMPARE(made, 2);
    }

    void rowHasDecodedDetails()
    {
        const Models::MessageSummary row = summaryOf(envelopeResponse(
            7, "\"=?UTF-8?Q?R=C3=A9union?=\"", "((\"=?ISO-8859-1?Q?J=F6rg_M=FCller?=\" NIL \"joerg\" \"example.org\"))",
            "((NIL NIL \"ana\" \"example.com\")(\"Bo\" NIL \"bo\" \"example.net\"))"));
        QVERIFY(row.detailsLoaded);
        QCOMPARE(row.subject, QStringLiteral("Réunion"));
        QCOMPARE(row.fromName, QStringLiteral("Jörg Müller"));
        QCOMPARE(row.fromAddress, QStringLiteral("joerg@example.org"));
        QCOMPARE(row.to, QStringLiteral("ana@example.com, Bo"));
        QCOMPARE(row.size, quint64(1234));
        QCOMPARE(row.messageId, QByteArray("<id7@example.com>"));
        QVERIFY(!row.hasAttachment);
        // The instant of INTERNALDATE, whatever zone it came in.
        QCOMPARE(row.date, QDateTime(QDate(2024, 6, 11), QTime(2, 41, 23), Qt::UTC));
    }

    void rowsShareRepeatedTexts()
    {
        const QByteArray from = "((\"=?Shift_JIS?B?jbKToSCJ1I5x?=\" NIL \"hanako.sato\" \"example.net\"))";
        const QByteArray to = "((\"Quail Tester\" NIL \"quail\" \"example.com\"))";
        const Models::MessageSummary first = summaryOf(envelopeResponse(1, "\"Slides\"", from, to));
        const Models::MessageSummary second = summaryOf(envelopeResponse(2, "\"Slides\"", from, to));
        QCOMPARE(first.fromName, QStringLiteral("佐藤 花子"));
        QCOMPARE(second.fromName, first.fromName);
        QVERIFY(sameData(first.fromName, second.fromName));
        QVERIFY(sameData(first.fromAddress, second.fromAddress));
        QVERIFY(sameData(first.to, second.to));
        QVERIFY(sameData(first.subject, second.subject));
    }

    void recipientListsThatJoinAlikeStayApart()
    {
        // Joined without their lengths, these two lists would be the same
        // bytes; each must keep its own text.
        const QByteArray from = "((NIL NIL \"x\" \"example.org\"))";
        const Models::MessageSummary first =
            summaryOf(envelopeResponse(1, "NIL", from, "((\"ab\" NIL \"c\" \"example.com\"))"));
        const Models::MessageSummary second =
            summaryOf(envelopeResponse(2, "NIL", from, "((\"a\" NIL \"bc\" \"example.com\"))"));
        QCOMPARE(first.to, QStringLiteral("ab"));
        QCOMPARE(second.to, QStringLiteral("a"));
    }
};

QTEST_GUILESS_MAIN(TestMessageSummary)
#include "tst_messagesummary.moc"
