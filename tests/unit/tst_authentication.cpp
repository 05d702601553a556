// SASL client responses (with the RFCs' own test vectors) and the choice of
// login mechanism.

#include "imap/engine/authplan.h"
#include "imap/engine/sasl.h"

#include <QTest>

using namespace Quail::Imap;

Q_DECLARE_METATYPE(Quail::Imap::AuthMethod)

class TestAuthentication : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plain();
    void cramMd5Rfc2195Example();
    void xoauth2();
    void oauthBearer();
    void methodNames();
    void choose_data();
    void choose();
};

void TestAuthentication::plain()
{
    QCOMPARE(Sasl::plain(QStringLiteral("tim"), QStringLiteral("tanstaaftanstaaf")),
             QByteArray("\0tim\0tanstaaftanstaaf", 21));
    QCOMPARE(Sasl::plain(QStringLiteral("Kurt"), QStringLiteral("xipj3plmq"), QStringLiteral("Ursel")),
             QByteArray("Ursel\0Kurt\0xipj3plmq", 20));
    // UTF-8, as RFC 4616 requires.
    QCOMPARE(Sasl::plain(QStringLiteral("jörg"), QStringLiteral("pä")), QByteArray("\0j\xc3\xb6rg\0p\xc3\xa4", 10));
}

void TestAuthentication::cramMd5Rfc2195Example()
{
    // RFC 2195 §2: the server's challenge and the expected response.
    QCOMPARE(Sasl::cramMd5(QStringLiteral("tim"), QStringLiteral("tanstaaftanstaaf"),
                           "<1896.697170952@postoffice.reston.mci.net>"),
             QByteArray("tim b913a602c7eda7a495b4e6e7334d3890"));
}

void TestAuthentication::xoauth2()
{
    // The example from Google's XOAUTH2 documentation, before base64.
    QCOMPARE(Sasl::xoauth2(QStringLiteral("someuser@example.com"),
                           QStringLiteral("ya29.vF9dft4qmTc2Nvb3RlckBhdHRhdmlzdGEuY29tCg")),
             QByteArray("user=someuser@example.com\x01"
                        "auth=Bearer ya29.vF9dft4qmTc2Nvb3RlckBhdHRhdmlzdGEuY29tCg\x01\x01"));
}

void TestAuthentication::oauthBearer()
{
    // RFC 7628 §4.1's example.
    QCOMPARE(Sasl::oauthBearer(QStringLiteral("user@example.com"),
                               QStringLiteral("vF9dft4qmTc2Nvb3RlckBhbHRhdmlzdGEuY29tCg=="),
                               QStringLiteral("server.example.com"), 143),
             QByteArray("n,a=user@example.com,\x01host=server.example.com\x01port=143\x01"
                        "auth=Bearer vF9dft4qmTc2Nvb3RlckBhbHRhdmlzdGEuY29tCg==\x01\x01"));
    // GS2 escaping of "," and "=" in the user name (RFC 5801 §4).
    QVERIFY(Sasl::oauthBearer(QStringLiteral("a,b=c"), QStringLiteral("t"), QStringLiteral("h"), 993)
                .startsWith("n,a=a=2Cb=3Dc,\x01"));
}

void TestAuthentication::methodNames()
{
    for (const AuthMethod method : {AuthMethod::Auto, AuthMethod::Login, AuthMethod::Plain, AuthMethod::CramMd5,
                                    AuthMethod::XOAuth2, AuthMethod::OAuthBearer}) {
        QCOMPARE(authMethodFromName(authMethodName(method)), method);
    }
    QCOMPARE(authMethodFromName(QStringLiteral("CRAM-MD5")), AuthMethod::CramMd5);
    QCOMPARE(authMethodFromName(QStringLiteral("kerberos")), std::nullopt);
}

void TestAuthentication::choose_data()
{
    QTest::addColumn<AuthMethod>("requested");
    QTest::addColumn<bool>("token");
    QTest::addColumn<bool>("encrypted");
    QTest::addColumn<bool>("plaintextAllowed");
    QTest::addColumn<QByteArrayList>("capabilities");
    QTest::addColumn<AuthMethod>("chosen"); // Auto here means "refused"
    QTest::addColumn<bool>("initialResponse");
    QTest::addColumn<QString>("reason");

    const QByteArrayList dovecot{"IMAP4REV1", "SASL-IR", "AUTH=PLAIN", "AUTH=LOGIN", "AUTH=CRAM-MD5"};
    const QByteArrayList gmail{"IMAP4REV1", "SASL-IR", "AUTH=XOAUTH2", "AUTH=PLAIN", "AUTH=OAUTHBEARER"};
    const QByteArrayList preTls{"IMAP4REV1", "STARTTLS", "LOGINDISABLED"};
    const QByteArrayList bare{"IMAP4REV1"};

    QTest::newRow("auto over TLS prefers PLAIN with SASL-IR")
        << AuthMethod::Auto << false << true << false << dovecot << AuthMethod::Plain << true << QString();
    QTest::newRow("auto falls back to LOGIN")
        << AuthMethod::Auto << false << true << false << bare << AuthMethod::Login << false << QString();
    QTest::newRow("auto on chosen plaintext prefers CRAM-MD5")
        << AuthMethod::Auto << false << false << true << dovecot << AuthMethod::CramMd5 << false << QString();
    QTest::newRow("never credentials in clear unless chosen")
        << AuthMethod::Auto << false << false << false << dovecot << AuthMethod::Auto << false
        << QStringLiteral("not encrypted");
    QTest::newRow("explicit PLAIN in clear is still refused")
        << AuthMethod::Plain << false << false << false << dovecot << AuthMethod::Auto << false
        << QStringLiteral("not encrypted");
    QTest::newRow("LOGINDISABLED and nothing else") << AuthMethod::Auto << false << true << false << preTls
                                                    << AuthMethod::Auto << false << QStringLiteral("LOGINDISABLED");
    QTest::newRow("explicit LOGIN under LOGINDISABLED") << AuthMethod::Login << false << true << false << preTls
                                                        << AuthMethod::Auto << false << QStringLiteral("LOGINDISABLED");
    QTest::newRow("token prefers OAUTHBEARER")
        << AuthMethod::Auto << true << true << false << gmail << AuthMethod::OAuthBearer << true << QString();
    QTest::newRow("token falls back to XOAUTH2")
        << AuthMethod::Auto << true << true << false << QByteArrayList{"AUTH=XOAUTH2"} << AuthMethod::XOAuth2 << false
        << QString();
    QTest::newRow("token but no OAuth mechanism")
        << AuthMethod::Auto << true << true << false << dovecot << AuthMethod::Auto << false
        << QStringLiteral("OAUTHBEARER nor XOAUTH2");
    QTest::newRow("explicit CRAM-MD5 not offered")
        << AuthMethod::CramMd5 << false << true << false << gmail << AuthMethod::Auto << false
        << QStringLiteral("AUTHENTICATE CRAM-MD5");
    QTest::newRow("explicit CRAM-MD5 never uses an initial response")
        << AuthMethod::CramMd5 << false << true << false << dovecot << AuthMethod::CramMd5 << false << QString();
    QTest::newRow("XOAUTH2 with a password") << AuthMethod::XOAuth2 << false << true << false << gmail
                                             << AuthMethod::Auto << false << QStringLiteral("needs an OAuth token");
    QTest::newRow("PLAIN with a token") << AuthMethod::Plain << true << true << false << gmail << AuthMethod::Auto
                                        << false << QStringLiteral("needs a password");
}

void TestAuthentication::choose()
{
    QFETCH(AuthMethod, requested);
    QFETCH(bool, token);
    QFETCH(bool, encrypted);
    QFETCH(bool, plaintextAllowed);
    QFETCH(QByteArrayList, capabilities);
    QFETCH(AuthMethod, chosen);
    QFETCH(bool, initialResponse);
    QFETCH(QString, reason);

    const QSet<QByteArray> offered(capabilities.cbegin(), capabilities.cend());
    const auto result = AuthPlan::choose({requested, token, encrypted, plaintextAllowed}, offered);
    if (chosen == AuthMethod::Auto) {
        QVERIFY(std::holds_alternative<QString>(result));
        QVERIFY2(std::get<QString>(result).contains(reason), qPrintable(std::get<QString>(result)));
    } else {
        QVERIFY(std::holds_alternative<AuthPlan>(result));
        QCOMPARE(std::get<AuthPlan>(result).method, chosen);
        QCOMPARE(std::get<AuthPlan>(result).initialResponse, initialResponse);
    }
}

QTEST_GUILESS_MAIN(TestAuthentication)
#include "tst_authentication.moc"
