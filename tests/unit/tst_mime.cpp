// Reading headers and parameters as people read them: RFC 2047 (with its own
// §8 examples), RFC 2231 (with its §3 and §4 examples), charsets with the
// mislabels real mail has, and the transfer encodings.

#include "mime/charset.h"
#include "mime/encodedwords.h"
#include "mime/flowedtext.h"
#include "mime/parameters.h"
#include "mime/transferdecoder.h"
#include "mime/transferencoding.h"

#include <QTest>

using namespace Quail::Mime;

class TestMime : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodeHeader_data();
    void decodeHeader();
    void charsets_data();
    void charsets();
    void parameters_data();
    void parameters();
    void quotedPrintable_data();
    void quotedPrintable();
    void base64IsLenient();
    void transferEncodingByName();
    void chunkedDecodingMatchesWhole_data();
    void chunkedDecodingMatchesWhole();
    void flowedText_data();
    void flowedText();
};

void TestMime::decodeHeader_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QString>("expected");

    // RFC 2047 §8.
    QTest::newRow("8: single") << QByteArray("(=?ISO-8859-1?Q?a?=)") << QStringLiteral("(a)");
    QTest::newRow("8: word then text") << QByteArray("(=?ISO-8859-1?Q?a?= b)") << QStringLiteral("(a b)");
    QTest::newRow("8: adjacent words") << QByteArray("(=?ISO-8859-1?Q?a?= =?ISO-8859-1?Q?b?=)")
                                       << QStringLiteral("(ab)");
    QTest::newRow("8: two spaces") << QByteArray("(=?ISO-8859-1?Q?a?=  =?ISO-8859-1?Q?b?=)") << QStringLiteral("(ab)");
    QTest::newRow("8: folded") << QByteArray("(=?ISO-8859-1?Q?a?=\r\n    =?ISO-8859-1?Q?b?=)")
                               << QStringLiteral("(ab)");
    QTest::newRow("8: underscore") << QByteArray("(=?ISO-8859-1?Q?a_b?=)") << QStringLiteral("(a b)");
    QTest::newRow("8: two charsets") << QByteArray("(=?ISO-8859-1?Q?a?= =?ISO-8859-2?Q?_b?=)")
                                     << QStringLiteral("(a b)");
    QTest::newRow("8: Keith Moore") << QByteArray("=?US-ASCII?Q?Keith_Moore?= <moore@cs.utk.edu>")
                                    << QStringLiteral("Keith Moore <moore@cs.utk.edu>");
    QTest::newRow("8: Andre") << QByteArray("=?ISO-8859-1?Q?Andr=E9?= Pirard") << QStringLiteral("André Pirard");
    QTest::newRow("8: base64 pair") << QByteArray(
        "=?ISO-8859-1?B?SWYgeW91IGNhbiByZWFkIHRoaXMgeW8=?=\r\n =?ISO-8859-2?B?dSB1bmRlcnN0YW5kIHRoZSBleGFtcGxlLg==?=")
                                    << QStringLiteral("If you can read this you understand the example.");

    // Real mail.
    QTest::newRow("utf-8 split across words")
        << QByteArray("=?UTF-8?B?4oI=?= =?UTF-8?B?rA==?= rates") << QStringLiteral("€ rates");
    QTest::newRow("lowercase q and charset") << QByteArray("=?utf-8?q?caf=c3=a9?=") << QStringLiteral("café");
    QTest::newRow("koi8-r") << QByteArray("=?KOI8-R?B?8NLJ18XU?=") << QStringLiteral("Привет");
    QTest::newRow("iso-2022-jp") << QByteArray("=?ISO-2022-JP?B?GyRCJDMkcyRLJEEkTxsoQg==?=")
                                 << QStringLiteral("こんにちは");
    QTest::newRow("windows-1252 quotes") << QByteArray("=?windows-1252?Q?=93Hi=94?=") << QStringLiteral("“Hi”");
    QTest::newRow("iso-8859-1 mislabel of 1252") << QByteArray("=?iso-8859-1?Q?=80?=") << QStringLiteral("€");
    QTest::newRow("rfc 2231 language") << QByteArray("=?UTF-8*en?Q?hello?=") << QStringLiteral("hello");
    QTest::newRow("unknown charset, utf-8 bytes") << QByteArray("=?x-unknown?Q?caf=C3=A9?=") << QStringLiteral("café");
    QTest::newRow("glued to text") << QByteArray("Re:=?UTF-8?Q?_caf=C3=A9?=") << QStringLiteral("Re: café");
    QTest::newRow("raw utf-8 (RFC 6532)") << QByteArray("Grüße aus Köln") << QStringLiteral("Grüße aus Köln");
    QTest::newRow("raw latin-1") << QByteArray("Gr\xfc\xdf"
                                               "e")
                                 << QStringLiteral("Grüße");
    QTest::newRow("plain text keeps spaces") << QByteArray("a  b") << QStringLiteral("a  b");
    QTest::newRow("text between words stays") << QByteArray("=?UTF-8?Q?a?= - =?UTF-8?Q?b?=") << QStringLiteral("a - b");

    // Broken input stays readable and safe.
    QTest::newRow("unknown encoding letter") << QByteArray("=?UTF-8?X?abc?=") << QStringLiteral("=?UTF-8?X?abc?=");
    QTest::newRow("unterminated") << QByteArray("=?UTF-8?Q?abc") << QStringLiteral("=?UTF-8?Q?abc");
    QTest::newRow("space inside") << QByteArray("=?UTF-8?Q?a b?=") << QStringLiteral("=?UTF-8?Q?a b?=");
    QTest::newRow("empty charset") << QByteArray("=??Q?a?=") << QStringLiteral("=??Q?a?=");
    QTest::newRow("controls") << QByteArray("=?UTF-8?Q?a=0Db=0Ac=00d=09e?=") << QStringLiteral("a b c\ufffdd e");
    QTest::newRow("bare line break") << QByteArray("one\r\ntwo") << QStringLiteral("one  two");
    QTest::newRow("broken base64") << QByteArray("=?UTF-8?B?w6k*?=") << QStringLiteral("é");
    QTest::newRow("empty") << QByteArray() << QString();
}

void TestMime::decodeHeader()
{
    QFETCH(QByteArray, raw);
    QFETCH(QString, expected);
    QCOMPARE(Quail::Mime::decodeHeader(raw), expected);
}

void TestMime::charsets_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("charset");
    QTest::addColumn<QString>("expected");
    QTest::newRow("utf-8") << QByteArray("\xe2\x82\xac") << QByteArray("UTF-8") << QStringLiteral("€");
    QTest::newRow("utf8 alias") << QByteArray("\xe2\x82\xac") << QByteArray("utf8") << QStringLiteral("€");
    QTest::newRow("iso-8859-15 euro") << QByteArray("\xa4") << QByteArray("ISO-8859-15") << QStringLiteral("€");
    QTest::newRow("shift_jis") << QByteArray("\x82\xb1\x82\xf1") << QByteArray("Shift_JIS") << QStringLiteral("こん");
    QTest::newRow("gb2312 as gb18030") << QByteArray("\xc4\xe3\xba\xc3") << QByteArray("gb2312")
                                       << QStringLiteral("你好");
    QTest::newRow("us-ascii with utf-8 inside")
        << QByteArray("caf\xc3\xa9") << QByteArray("us-ascii") << QStringLiteral("café");
    QTest::newRow("missing charset, not utf-8") << QByteArray("caf\xe9") << QByteArray() << QStringLiteral("café");
    QTest::newRow("invalid utf-8 declared utf-8")
        << QByteArray("a\xffz") << QByteArray("utf-8") << QStringLiteral("a\ufffdz");
}

void TestMime::charsets()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, charset);
    QFETCH(QString, expected);
    QCOMPARE(decodeCharset(bytes, charset), expected);
}

void TestMime::parameters_data()
{
    QTest::addColumn<Parameters>("parameters");
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain") << Parameters{{"name", "report.pdf"}} << QByteArray("name") << QStringLiteral("report.pdf");
    QTest::newRow("name is case-insensitive")
        << Parameters{{"FILENAME", "a.txt"}} << QByteArray("filename") << QStringLiteral("a.txt");
    QTest::newRow("absent") << Parameters{{"charset", "utf-8"}} << QByteArray("filename") << QString();
    QTest::newRow("rfc 2231 §4 charset") << Parameters{{"filename*",
                                                        "us-ascii'en-us'This%20is%20%2A%2A%2Afun%2A%2A%2A"}}
                                         << QByteArray("filename") << QStringLiteral("This is ***fun***");
    QTest::newRow("utf-8 percent") << Parameters{{"filename*", "UTF-8''%E2%82%AC%20rates.pdf"}}
                                   << QByteArray("filename") << QStringLiteral("€ rates.pdf");
    QTest::newRow("rfc 2231 §4.1 continuations")
        << Parameters{{"filename*1*", "%2A%2A%2Afun%2A%2A%2A%20"},
                      {"filename*0*", "us-ascii'en'This%20is%20even%20more%20"},
                      {"filename*2", "isn't it!"}}
        << QByteArray("filename") << QStringLiteral("This is even more ***fun*** isn't it!");
    QTest::newRow("rfc 2231 §3 plain continuations")
        << Parameters{{"url*0", "ftp://"}, {"url*1", "cs.utk.edu/pub/moore/bulk-mailer/bulk-mailer.tar"}}
        << QByteArray("url") << QStringLiteral("ftp://cs.utk.edu/pub/moore/bulk-mailer/bulk-mailer.tar");
    QTest::newRow("extended beats plain")
        << Parameters{{"filename", "fallback.pdf"}, {"filename*", "UTF-8''%C3%A9.pdf"}} << QByteArray("filename")
        << QStringLiteral("é.pdf");
    QTest::newRow("rfc 2047 in a plain value") << Parameters{{"name", "=?UTF-8?Q?R=C3=A9sum=C3=A9.pdf?="}}
                                               << QByteArray("name") << QStringLiteral("Résumé.pdf");
    QTest::newRow("gap ends continuations")
        << Parameters{{"filename*0", "a"}, {"filename*2", "c"}} << QByteArray("filename") << QStringLiteral("a");
    QTest::newRow("absurd index ignored") << Parameters{{"filename*99999999", "x"}, {"filename", "ok.txt"}}
                                          << QByteArray("filename") << QStringLiteral("ok.txt");
    QTest::newRow("other parameter with same prefix")
        << Parameters{{"filenamex", "no"}, {"filename", "yes"}} << QByteArray("filename") << QStringLiteral("yes");
    QTest::newRow("no quotes in extended value")
        << Parameters{{"filename*", "%C3%A9"}} << QByteArray("filename") << QStringLiteral("é");
}

void TestMime::parameters()
{
    QFETCH(Parameters, parameters);
    QFETCH(QByteArray, name);
    QFETCH(QString, expected);
    const QString value = parameterValue(parameters, name);
    QCOMPARE(value, expected);
    QCOMPARE(value.isNull(), expected.isNull());
}

void TestMime::quotedPrintable_data()
{
    QTest::addColumn<QByteArray>("encoded");
    QTest::addColumn<QByteArray>("decoded");
    QTest::newRow("octets") << QByteArray("caf=C3=A9") << QByteArray("caf\xc3\xa9");
    QTest::newRow("lowercase hex") << QByteArray("caf=c3=a9") << QByteArray("caf\xc3\xa9");
    QTest::newRow("soft break crlf") << QByteArray("abc=\r\ndef") << QByteArray("abcdef");
    QTest::newRow("soft break lf") << QByteArray("abc=\ndef") << QByteArray("abcdef");
    QTest::newRow("hard breaks") << QByteArray("a\r\nb\nc") << QByteArray("a\r\nb\r\nc");
    QTest::newRow("trailing whitespace dropped") << QByteArray("abc   \r\ndef\t") << QByteArray("abc\r\ndef");
    QTest::newRow("encoded trailing space kept") << QByteArray("abc=20\r\n") << QByteArray("abc \r\n");
    QTest::newRow("soft break with padding") << QByteArray("abc= \r\ndef") << QByteArray("abcdef");
    QTest::newRow("malformed kept") << QByteArray("1=2 and =4") << QByteArray("1=2 and =4");
    QTest::newRow("equals at end") << QByteArray("abc=") << QByteArray("abc");
}

void TestMime::quotedPrintable()
{
    QFETCH(QByteArray, encoded);
    QFETCH(QByteArray, decoded);
    QCOMPARE(decodeQuotedPrintable(encoded), decoded);
}

void TestMime::base64IsLenient()
{
    QCOMPARE(decodeBase64("SGVsbG8sIHdvcmxkIQ=="), QByteArray("Hello, world!"));
    QCOMPARE(decodeBase64("SGVsbG8s\r\nIHdvcmxk\r\nIQ"), QByteArray("Hello, world!"));
    QCOMPARE(decodeBase64("SGVs bG8*"), QByteArray("Hello"));
}

void TestMime::transferEncodingByName()
{
    QCOMPARE(decodeTransferEncoding("SGk=", " BASE64 "), QByteArray("Hi"));
    QCOMPARE(decodeTransferEncoding("H=69", "Quoted-Printable"), QByteArray("Hi"));
    QCOMPARE(decodeTransferEncoding("H=69", "8bit"), QByteArray("H=69"));
    QCOMPARE(decodeTransferEncoding("H=69", "x-uuencode"), QByteArray("H=69"));
}

void TestMime::chunkedDecodingMatchesWhole_data()
{
    QTest::addColumn<QByteArray>("encoding");
    QTest::addColumn<QByteArray>("body");
    QByteArray binary;
    for (int i = 0; i < 1000; ++i)
        binary += char((i * 37 + 11) & 0xff);
    QTest::newRow("base64 in lines") << QByteArray("base64") << binary.toBase64().replace(76, 0, "\r\n");
    QByteArray lines;
    for (qsizetype i = 0; i < binary.toBase64().size(); i += 76)
        lines += binary.toBase64().mid(i, 76) + "\r\n";
    QTest::newRow("base64 76 columns") << QByteArray("base64") << lines;
    QTest::newRow("quoted-printable") << QByteArray(
        "Quoted-Printable") << QByteArray("Caf=C3=A9 au lait, =\r\nsoft break=3D ok\r\nline two  \r\n=E2=82=AC");
    QTest::newRow("identity") << QByteArray("8bit") << QByteArray("caf\xc3\xa9\r\n");
}

void TestMime::chunkedDecodingMatchesWhole()
{
    // Cut anywhere, even inside a quantum or an "=XX": the same bytes come out.
    QFETCH(QByteArray, encoding);
    QFETCH(QByteArray, body);
    const QByteArray whole = decodeTransferEncoding(body, encoding);
    for (const qsizetype chunk : {qsizetype(1), qsizetype(2), qsizetype(3), qsizetype(5), qsizetype(77), body.size()}) {
        TransferDecoder decoder(encoding);
        QByteArray out;
        for (qsizetype i = 0; i < body.size(); i += chunk)
            out += decoder.feed(QByteArrayView(body).sliced(i, qMin(chunk, body.size() - i)));
        out += decoder.finish();
        QVERIFY2(out == whole, qPrintable(QStringLiteral("chunks of %1").arg(chunk)));
    }
}

void TestMime::flowedText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("delSp");
    QTest::addColumn<QString>("expected");
    QTest::newRow("soft breaks join") << QStringLiteral("One two \r\nthree.\r\nHard.\r\n") << false
                                      << QStringLiteral("One two three.\nHard.\n");
    QTest::newRow("delsp removes the space")
        << QStringLiteral("sen \r\nder's \r\nword.\r\n") << true << QStringLiteral("sender'sword.\n");
    QTest::newRow("quotes keep depth") << QStringLiteral(">>Quoted \r\n>>text.\r\n>Less.\r\n") << false
                                       << QStringLiteral(">> Quoted text.\n> Less.\n");
    QTest::newRow("depth change ends a paragraph")
        << QStringLiteral("Soft \r\n>quote\r\n") << false << QStringLiteral("Soft \n> quote\n");
    QTest::newRow("space-stuffing removed")
        << QStringLiteral(" >Not a quote\r\n  indented\r\n") << false << QStringLiteral(">Not a quote\n indented\n");
    QTest::newRow("signature separator is hard")
        << QStringLiteral("Bye \r\n-- \r\nAna\r\n") << false << QStringLiteral("Bye \n-- \nAna\n");
    QTest::newRow("signature after a hard break")
        << QStringLiteral("Bye\n-- \nAna") << true << QStringLiteral("Bye\n-- \nAna\n");
}

void TestMime::flowedText()
{
    QFETCH(QString, text);
    QFETCH(bool, delSp);
    QFETCH(QString, expected);
    QCOMPARE(unflowText(text, delSp), expected);
}

QTEST_GUILESS_MAIN(TestMime)
#include "tst_mime.moc"
