// Client-side threading for servers without THREAD: the base subject of
// RFC 5256 §2.1, message identifiers from References, and the REFERENCES
// algorithm of RFC 5256 §3, including hostile input (loops, duplicates, a
// chain of a hundred thousand replies).

#include "mime/messageids.h"
#include "models/basesubject.h"
#include "models/messagethreader.h"
#include "threadnotation.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Quail;
using namespace Qt::StringLiterals;
using Models::ThreadingInput;

namespace {

// RFC 5256's notation on one line, so expectations read like its examples.
QByteArray render(const Imap::ThreadData &threads)
{
    return Test::threadNotation(threads).replace('\n', QByteArray());
}

ThreadingInput message(quint32 uid, const char *id, const char *references, const char *subject, int minute)
{
    ThreadingInput input;
    input.uid = uid;
    input.messageId = id;
    input.references = Mime::messageIds(references);
    input.subject = QString::fromUtf8(subject);
    input.date = QDateTime(QDate(2026, 11, 27), QTime(10, 0).addSecs(minute * 60), Qt::UTC);
    return input;
}

} // namespace

class TestThreading : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void baseSubject_data();
    void baseSubject();
    void messageIds_data();
    void messageIds();
    void threads_data();
    void threads();
    void everyMessageAppearsOnce();
    void longChainIsBounded();
};

void TestThreading::baseSubject_data()
{
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("base");
    QTest::addColumn<bool>("reply");

    QTest::newRow("plain") << u"Hello"_s << u"Hello"_s << false;
    QTest::newRow("whitespace collapsed") << u"  Hello \t  world  "_s << u"Hello world"_s << false;
    QTest::newRow("Re:") << u"Re: Hello"_s << u"Hello"_s << true;
    QTest::newRow("RE and Fwd stacked") << u"RE: Fwd: re:Hello"_s << u"Hello"_s << true;
    QTest::newRow("Fw:") << u"FW: Hello"_s << u"Hello"_s << true;
    QTest::newRow("Re with blob") << u"Re [2]: Hello"_s << u"Hello"_s << true;
    QTest::newRow("list tag before Re") << u"[quail-dev] Re: Hello"_s << u"Hello"_s << true;
    QTest::newRow("list tag alone is removed") << u"[quail-dev] Hello"_s << u"Hello"_s << false;
    QTest::newRow("a blob that is everything stays") << u"[quail-dev]"_s << u"[quail-dev]"_s << false;
    QTest::newRow("(fwd) trailer") << u"Hello (fwd) (FWD)"_s << u"Hello"_s << true;
    QTest::newRow("[fwd: ] wrapper") << u"[Fwd: Re: Hello]"_s << u"Hello"_s << true;
    QTest::newRow("Re without colon is a word") << u"Regarding the plan"_s << u"Regarding the plan"_s << false;
    QTest::newRow("empty") << QString() << QString() << false;
    QTest::newRow("only Re:") << u"Re:"_s << QString() << true;
    QTest::newRow("non-ASCII kept") << u"AW: Re: Grüße"_s << u"AW: Re: Grüße"_s << false;
}

void TestThreading::baseSubject()
{
    QFETCH(QString, subject);
    QFETCH(QString, base);
    QFETCH(bool, reply);
    const Models::BaseSubject result = Models::baseSubject(subject);
    QCOMPARE(result.text, base);
    QCOMPARE(result.isReplyOrForward, reply);
}

void TestThreading::messageIds_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArrayList>("ids");

    QTest::newRow("one") << QByteArray("<a@example.org>") << QByteArrayList{"<a@example.org>"};
    QTest::newRow("folded list") << QByteArray("<a@x>\r\n <b@x>\t<c@x>") << QByteArrayList{"<a@x>", "<b@x>", "<c@x>"};
    QTest::newRow("comments and text skipped")
        << QByteArray("<a@x> (the first) junk <b@x>") << QByteArrayList{"<a@x>", "<b@x>"};
    QTest::newRow("In-Reply-To with a phrase") << QByteArray("Your message of Monday <a@x>") << QByteArrayList{"<a@x>"};
    QTest::newRow("unterminated dropped") << QByteArray("<a@x> <b@") << QByteArrayList{"<a@x>"};
    QTest::newRow("unclosed then a good one") << QByteArray("<broken <b@x>") << QByteArrayList{"<b@x>"};
    QTest::newRow("empty brackets") << QByteArray("<>") << QByteArrayList{};
    QTest::newRow("nothing") << QByteArray() << QByteArrayList{};
}

void TestThreading::messageIds()
{
    QFETCH(QByteArray, header);
    QFETCH(QByteArrayList, ids);
    QCOMPARE(Mime::messageIds(header), ids);
}

void TestThreading::threads_data()
{
    QTest::addColumn<QList<ThreadingInput>>("messages");
    QTest::addColumn<QByteArray>("expected");

    using L = QList<ThreadingInput>;
    QTest::newRow("a reply chain") << L{message(1, "<a>", "", "Plan", 0), message(2, "<b>", "<a>", "Re: Plan", 1),
                                        message(3, "<c>", "<a> <b>", "Re: Plan", 2)}
                                   << QByteArray("(1 2 3)");
    QTest::newRow("two replies to one message")
        << L{message(1, "<a>", "", "Plan", 0), message(2, "<b>", "<a>", "Re: Plan", 1),
             message(3, "<c>", "<a>", "Re: Plan", 2)}
        << QByteArray("(1 (2)(3))");
    QTest::newRow("arrival order does not matter")
        << L{message(3, "<c>", "<a> <b>", "Re: Plan", 2), message(1, "<a>", "", "Plan", 0),
             message(2, "<b>", "<a>", "Re: Plan", 1)}
        << QByteArray("(1 2 3)");
    QTest::newRow("a missing parent with one child is dropped")
        << L{message(2, "<b>", "<missing>", "Re: Plan", 1)} << QByteArray("(2)");
    QTest::newRow("a missing root with two children stays a placeholder")
        << L{message(2, "<b>", "<missing>", "Re: Plan", 1), message(3, "<c>", "<missing>", "Re: Plan", 2)}
        << QByteArray("(0 (2)(3))");
    QTest::newRow("a reply without references joins by subject")
        << L{message(1, "<a>", "", "Plan", 0), message(2, "<b>", "", "Re: plan", 1)} << QByteArray("(1 2)");
    QTest::newRow("same subject, neither a reply: a placeholder holds both")
        << L{message(1, "<a>", "", "Weekly report", 0), message(2, "<b>", "", "Weekly report", 5)}
        << QByteArray("(0 (1)(2))");
    QTest::newRow("threads sorted by date")
        << L{message(5, "<e>", "", "Later", 9), message(4, "<d>", "", "Sooner", 1)} << QByteArray("(4)(5)");
    // Message 1 made <b> its parent first; message 2's claim to be 1's
    // parent's child would close the loop and is refused.
    QTest::newRow("a reference loop is broken")
        << L{message(1, "<a>", "<b>", "One", 0), message(2, "<b>", "<a>", "Two", 1)} << QByteArray("(2 1)");
    QTest::newRow("a message that references itself") << L{message(1, "<a>", "<a>", "Self", 0)} << QByteArray("(1)");
    QTest::newRow("a duplicate Message-ID is a separate message")
        << L{message(1, "<a>", "", "One", 0), message(2, "<a>", "", "Two", 1)} << QByteArray("(1)(2)");
    QTest::newRow("no Message-ID at all")
        << L{message(1, "", "", "One", 0), message(2, "", "", "Two", 1)} << QByteArray("(1)(2)");
    QTest::newRow("the message's own References win over a guess")
        << L{message(3, "<c>", "<x> <b>", "Re: Q", 2), message(2, "<b>", "<a>", "Re: Q", 1),
             message(1, "<a>", "", "Q", 0)}
        << QByteArray("(1 2 3)");
}

void TestThreading::threads()
{
    QFETCH(QList<ThreadingInput>, messages);
    QFETCH(QByteArray, expected);
    QCOMPARE(render(Models::threadMessages(messages)), expected);
}

void TestThreading::everyMessageAppearsOnce()
{
    // A tangle of references, duplicates and subjects: whatever the shape,
    // each message is in the result exactly once and parents come first.
    QList<ThreadingInput> messages;
    for (quint32 uid = 1; uid <= 500; ++uid) {
        const QByteArray id = "<m" + QByteArray::number(uid % 450) + ">";
        QByteArray references;
        for (quint32 r = uid % 7; r > 0; --r)
            references += "<m" + QByteArray::number((uid * 31 + r * 17) % 600) + "> ";
        messages.append(
            message(uid, id.constData(), references.constData(), uid % 3 ? "Re: topic" : "topic", int(uid % 60)));
    }
    const Imap::ThreadData threads = Models::threadMessages(messages);
    QSet<quint32> seen;
    for (qsizetype i = 0; i < threads.nodes.size(); ++i) {
        const auto &node = threads.nodes.at(i);
        QVERIFY(node.parent < i);
        if (node.id == 0)
            continue;
        QVERIFY2(!seen.contains(node.id), QByteArray::number(node.id).constData());
        seen.insert(node.id);
    }
    QCOMPARE(seen.size(), 500);
}

void TestThreading::longChainIsBounded()
{
    // 100,000 replies, each to the one before: no deep recursion, bounded
    // work, and no thread deeper than the limit.
    constexpr int Count = 100000;
    QList<ThreadingInput> messages;
    messages.reserve(Count);
    for (int i = 0; i < Count; ++i) {
        ThreadingInput input;
        input.uid = quint32(i + 1);
        input.messageId = "<" + QByteArray::number(i) + ">";
        if (i > 0)
            input.references = {"<" + QByteArray::number(i - 1) + ">"};
        input.subject = QStringLiteral("Re: chain");
        input.date = QDateTime::fromSecsSinceEpoch(i, Qt::UTC);
        messages.append(input);
    }
    const Imap::ThreadData threads = Models::threadMessages(messages);
    QList<int> depth(threads.nodes.size());
    int deepest = 0;
    int real = 0;
    for (qsizetype i = 0; i < threads.nodes.size(); ++i) {
        const qsizetype parent = threads.nodes.at(i).parent;
        depth[i] = parent < 0 ? 0 : depth.at(parent) + 1;
        deepest = std::max(deepest, depth.at(i));
        real += threads.nodes.at(i).id != 0;
    }
    QCOMPARE(real, Count);
    QVERIFY2(deepest <= Models::maxThreadDepth(), QByteArray::number(deepest).constData());
}

QTEST_GUILESS_MAIN(TestThreading)
#include "tst_threading.moc"
