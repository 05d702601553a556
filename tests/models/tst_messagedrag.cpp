#include "models/messagedrag.h"

#include <QDataStream>
#include <QIODevice>
#include <QMimeData>
#include <QTest>

#include <memory>

using Quail::Models::MessageDrag;

class TestMessageDrag : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip()
    {
        const MessageDrag drag{
            QStringLiteral("acct-1"), Quail::Imap::MailboxName::fromWire("Archive/2026"), 1234, {3, 5, 4000000000u}};
        const std::unique_ptr<QMimeData> data(drag.toMimeData());
        QCOMPARE(data->formats(), QStringList{MessageDrag::mimeType()});
        const auto back = MessageDrag::fromMimeData(data.get());
        QVERIFY(back);
        QCOMPARE(*back, drag);
    }

    void refusesWhatIsNotAMessageDrag_data()
    {
        QTest::addColumn<QByteArray>("payload");
        auto encode = [](quint32 version, const QByteArray &wire, const QList<quint32> &uids, bool trailing = false) {
            QByteArray bytes;
            QDataStream out(&bytes, QIODevice::WriteOnly);
            out.setVersion(QDataStream::Qt_6_4);
            out << version << QStringLiteral("a") << wire << quint32(7) << uids;
            if (trailing)
                out << quint32(1);
            return bytes;
        };
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("truncated") << encode(1, "INBOX", {1, 2}).chopped(3);
        QTest::newRow("other version") << encode(2, "INBOX", {1});
        QTest::newRow("no mailbox") << encode(1, "", {1});
        QTest::newRow("no messages") << encode(1, "INBOX", {});
        QTest::newRow("UID 0") << encode(1, "INBOX", {0});
        QTest::newRow("trailing bytes") << encode(1, "INBOX", {1}, true);
    }

    void refusesWhatIsNotAMessageDrag()
    {
        QFETCH(QByteArray, payload);
        QMimeData data;
        data.setData(MessageDrag::mimeType(), payload);
        QVERIFY(!MessageDrag::fromMimeData(&data));
    }

    void ignoresOtherFormats()
    {
        QMimeData data;
        data.setText(QStringLiteral("INBOX 1 2 3"));
        QVERIFY(!MessageDrag::fromMimeData(&data));
        QVERIFY(!MessageDrag::fromMimeData(nullptr));
    }
};

QTEST_GUILESS_MAIN(TestMessageDrag)
#include "tst_messagedrag.moc"
