#include "imap/engine/serverquirks.h"

#include <QTest>

using Quail::Imap::ServerQuirks;
using Family = ServerQuirks::Family;

Q_DECLARE_METATYPE(Quail::Imap::ServerQuirks::Family)

class TestServerQuirks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recognises_data();
    void recognises();
    void familiesGetTheirWorkarounds();
    void idBeatsGreeting();
};

void TestServerQuirks::recognises_data()
{
    QTest::addColumn<QString>("greeting");
    QTest::addColumn<QByteArrayList>("capabilities");
    QTest::addColumn<Family>("family");

    QTest::newRow("gmail by capability") << QStringLiteral("Gimap ready for requests from 192.0.2.1 c8mb1234")
                                         << QByteArrayList{"IMAP4REV1", "X-GM-EXT-1", "XLIST"} << Family::Gmail;
    QTest::newRow("office 365") << QStringLiteral(
        "The Microsoft Exchange IMAP4 service is ready. [TQBOADIAUABSADAAMQA=]")
                                << QByteArrayList{"IMAP4", "IMAP4REV1"} << Family::Office365;
    QTest::newRow("dovecot as the fixture greets")
        << QStringLiteral("Dovecot (Debian) ready.") << QByteArrayList{"IMAP4REV1", "STARTTLS"} << Family::Dovecot;
    QTest::newRow("cyrus") << QStringLiteral("example.org Cyrus IMAP v3.6.1 server ready") << QByteArrayList{}
                           << Family::Cyrus;
    QTest::newRow("courier") << QStringLiteral("Courier-IMAP ready. Copyright 1998-2018 Double Precision, Inc.")
                             << QByteArrayList{} << Family::Courier;
    QTest::newRow("yahoo") << QStringLiteral("IMAP4rev1 Hello from imap.mail.yahoo.com") << QByteArrayList{}
                           << Family::Yahoo;
    QTest::newRow("proton bridge") << QStringLiteral("Proton Mail Bridge 3.4.1 - gluon session ID 1")
                                   << QByteArrayList{} << Family::ProtonBridge;
    QTest::newRow("unknown") << QStringLiteral("IMAP server ready") << QByteArrayList{"IMAP4REV1"} << Family::Generic;
    QTest::newRow("empty greeting") << QString() << QByteArrayList{} << Family::Generic;
}

void TestServerQuirks::recognises()
{
    QFETCH(QString, greeting);
    QFETCH(QByteArrayList, capabilities);
    QFETCH(Family, family);
    QCOMPARE(ServerQuirks::detect(greeting, capabilities).family, family);
}

void TestServerQuirks::familiesGetTheirWorkarounds()
{
    const auto yahoo = ServerQuirks::detect(QStringLiteral("yahoo"), {});
    QCOMPARE(yahoo.maxCommandLength, 1000);

    const auto exchange = ServerQuirks::detect(QStringLiteral("The Microsoft Exchange IMAP4 service is ready."), {});
    QVERIFY(exchange.namespaceMayFail);
    QVERIFY(exchange.esearchNeedsExplicitAll);
    QVERIFY(exchange.avoidImap4rev2);
    QVERIFY(!exchange.avoidQresync);

    const auto icloud = ServerQuirks::detect({}, {}, {{QStringLiteral("name"), QStringLiteral("iCloud")}});
    QCOMPARE(icloud.family, Family::ICloud);
    QVERIFY(icloud.enableWithoutEnabledResponse);
    QVERIFY(icloud.avoidQresync);
    QVERIFY(icloud.avoidRfc822Fetch);

    const auto generic = ServerQuirks::detect(QStringLiteral("ready"), {});
    QCOMPARE(generic.maxCommandLength, 8000);
    QVERIFY(!generic.avoidQresync && !generic.namespaceMayFail && !generic.labelsAsAtoms);
}

void TestServerQuirks::idBeatsGreeting()
{
    // A proxy may greet in its own words; the ID response names the server.
    const auto quirks = ServerQuirks::detect(QStringLiteral("Dovecot ready."), {},
                                             {{QStringLiteral("NAME"), QStringLiteral("Cyrus IMAPD")}});
    QCOMPARE(quirks.family, Family::Cyrus);
}

QTEST_GUILESS_MAIN(TestServerQuirks)
#include "tst_serverquirks.moc"
