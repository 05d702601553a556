#include "imap/transport/compressionlayer.h"

#include <QTest>

using Quail::Imap::CompressionLayer;

class TestCompressionLayer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachWriteIsDecodableAtOnce();
    void arbitrarySplitsDecodeTheSame();
    void largeAndIncompressible();
    void corruptInputIsAnError();
};

void TestCompressionLayer::eachWriteIsDecodableAtOnce()
{
    // Sync-flush after every write: the peer can decode each command as soon
    // as it arrives, without waiting for more (RFC 4978 §4).
    CompressionLayer client;
    CompressionLayer server;
    const QList<QByteArray> commands{"a1 NOOP\r\n", "a2 SELECT INBOX\r\n", "a3 FETCH 1:* (FLAGS)\r\n", "a4 NOOP\r\n"};
    qsizetype wire = 0;
    for (const QByteArray &command : commands) {
        const QByteArray compressed = client.compress(command);
        wire += compressed.size();
        QString error;
        const auto plain = server.decompress(compressed, &error);
        QVERIFY2(plain, qPrintable(error));
        QCOMPARE(*plain, command);
    }
    QVERIFY(wire > 0);
}

void TestCompressionLayer::arbitrarySplitsDecodeTheSame()
{
    CompressionLayer sender;
    QByteArray text;
    for (int i = 1; i <= 500; ++i)
        text += "* " + QByteArray::number(i) + " FETCH (UID " + QByteArray::number(1000 + i) + " FLAGS (\\Seen))\r\n";
    const QByteArray compressed = sender.compress(text);
    QVERIFY(compressed.size() < text.size() / 4);

    for (const qsizetype piece : {qsizetype(1), qsizetype(7), qsizetype(1000), compressed.size()}) {
        CompressionLayer receiver;
        QByteArray decoded;
        for (qsizetype at = 0; at < compressed.size(); at += piece) {
            QString error;
            const auto plain =
                receiver.decompress(QByteArrayView(compressed).sliced(at, qMin(piece, compressed.size() - at)), &error);
            QVERIFY2(plain, qPrintable(error));
            decoded += *plain;
        }
        QCOMPARE(decoded, text);
    }
}

void TestCompressionLayer::largeAndIncompressible()
{
    // More than one internal chunk of output, from bytes that do not shrink.
    QByteArray noise(300 * 1024, Qt::Uninitialized);
    quint32 state = 12345;
    for (char &c : noise) {
        state = state * 1664525u + 1013904223u;
        c = char(state >> 24);
    }
    CompressionLayer a;
    CompressionLayer b;
    QString error;
    const auto plain = b.decompress(a.compress(noise), &error);
    QVERIFY2(plain, qPrintable(error));
    QCOMPARE(plain->size(), noise.size());
    QVERIFY(*plain == noise);
}

void TestCompressionLayer::corruptInputIsAnError()
{
    CompressionLayer layer;
    QString error;
    // 0xff: a deflate block header with the reserved block type 3.
    const auto plain = layer.decompress(QByteArray("\xff\xff\xff\xff garbage", 12), &error);
    QVERIFY(!plain);
    QVERIFY2(error.contains(QStringLiteral("corrupt")), qPrintable(error));
    // Once broken, always broken: nothing after an error is trusted.
    QVERIFY(!layer.decompress(CompressionLayer().compress("a1 NOOP\r\n"), &error));
}

QTEST_GUILESS_MAIN(TestCompressionLayer)
#include "tst_compressionlayer.moc"
