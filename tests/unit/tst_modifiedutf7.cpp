#include "imap/protocol/modifiedutf7.h"

#include <QTest>

using namespace Quail::Imap;

class TestModifiedUtf7 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void rejectsMalformed_data();
    void rejectsMalformed();
    void replacesUnpairedSurrogates();
};

void TestModifiedUtf7::roundTrip_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("wire");

    QTest::newRow("empty") << QString() << QByteArray();
    QTest::newRow("ascii") << QStringLiteral("INBOX") << QByteArrayLiteral("INBOX");
    QTest::newRow("printable punctuation") << QStringLiteral("a b/c.d~e") << QByteArrayLiteral("a b/c.d~e");
    QTest::newRow("ampersand") << QStringLiteral("R&D") << QByteArrayLiteral("R&-D");
    QTest::newRow("only ampersands") << QStringLiteral("&&") << QByteArrayLiteral("&-&-");
    // RFC 3501 §5.1.3's own example.
    QTest::newRow("rfc3501 example") << QStringLiteral("~peter/mail/台北/日本語")
                                     << QByteArrayLiteral("~peter/mail/&U,BTFw-/&ZeVnLIqe-");
    QTest::newRow("umlaut") << QStringLiteral("Überweisungen") << QByteArrayLiteral("&ANw-berweisungen");
    QTest::newRow("trailing non-ascii") << QStringLiteral("Entwürfe") << QByteArrayLiteral("Entw&APw-rfe");
    QTest::newRow("euro sign") << QStringLiteral("€") << QByteArrayLiteral("&IKw-");
    QTest::newRow("tab is not printable") << QStringLiteral("a\tb") << QByteArrayLiteral("a&AAk-b");
    QTest::newRow("emoji surrogate pair") << QStringLiteral("📬 Post") << QByteArrayLiteral("&2D3c7A- Post");
    QTest::newRow("adjacent run with ampersand") << QStringLiteral("é&é") << QByteArrayLiteral("&AOk-&-&AOk-");
}

void TestModifiedUtf7::roundTrip()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, wire);

    QCOMPARE(ModifiedUtf7::encode(name), wire);
    const auto decoded = ModifiedUtf7::decode(wire);
    QVERIFY(decoded.has_value());
    QCOMPARE(*decoded, name);
}

void TestModifiedUtf7::rejectsMalformed_data()
{
    QTest::addColumn<QByteArray>("wire");

    QTest::newRow("unterminated run") << QByteArrayLiteral("&ANw");
    QTest::newRow("lone ampersand at end") << QByteArrayLiteral("abc&");
    QTest::newRow("invalid base64 char") << QByteArrayLiteral("&AN/-");
    QTest::newRow("standard base64 slash") << QByteArrayLiteral("&U/BTFw-");
    QTest::newRow("padding") << QByteArrayLiteral("&ANw=-");
    QTest::newRow("partial unit") << QByteArrayLiteral("&AN-");
    QTest::newRow("non-zero padding bits") << QByteArrayLiteral("&ANx-");
    QTest::newRow("8-bit byte") << QByteArrayLiteral("Entw\xc3\xbcrfe");
    QTest::newRow("control character") << QByteArrayLiteral("a\x01z");
    QTest::newRow("NUL") << QByteArray("a\0b", 3);
    QTest::newRow("CR LF") << QByteArrayLiteral("INBOX\r\n");
    QTest::newRow("encoded printable ascii") << QByteArrayLiteral("&AEkATgBCAE8AWA-");
    QTest::newRow("lone high surrogate") << QByteArrayLiteral("&2D0-");
    QTest::newRow("lone low surrogate") << QByteArrayLiteral("&3Gw-");
    QTest::newRow("reversed surrogates") << QByteArrayLiteral("&3GzYPQ-");
}

void TestModifiedUtf7::rejectsMalformed()
{
    QFETCH(QByteArray, wire);
    QCOMPARE(ModifiedUtf7::decode(wire), std::nullopt);
}

void TestModifiedUtf7::replacesUnpairedSurrogates()
{
    const QString broken = QStringLiteral("a") + QChar(0xd83d) + QStringLiteral("b");
    const QByteArray wire = ModifiedUtf7::encode(broken);
    const auto decoded = ModifiedUtf7::decode(wire);
    QVERIFY(decoded.has_value());
    QCOMPARE(*decoded, QStringLiteral("a\ufffdb"));
}

QTEST_GUILESS_MAIN(TestModifiedUtf7)
#include "tst_modifiedutf7.moc"
