#include "bodytext.h"

namespace MailGen {

namespace {

bool isCjk(Corpus::Language language)
{
    return language == Corpus::Language::Japanese || language == Corpus::Language::Chinese;
}

// CJK text has no spaces to wrap at; mailers there put each sentence on a line.
QString joinSentences(const QStringList &sentences, Corpus::Language language)
{
    return sentences.join(isCjk(language) ? QStringLiteral("\n") : QStringLiteral(" "));
}

// Greedy wrapping at spaces, as format=fixed mailers do.
QStringList wrap(const QString &text, qsizetype width)
{
    QStringList lines;
    for (const QString &paragraphLine : text.split(u'\n')) {
        QString line;
        for (const QString &word : paragraphLine.split(u' ', Qt::SkipEmptyParts)) {
            if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
                lines.append(line);
                line.clear();
            }
            if (!line.isEmpty())
                line += u' ';
            line += word;
        }
        lines.append(line);
    }
    return lines;
}

QString quoteLines(const QStringList &paragraphs)
{
    QStringList out;
    for (qsizetype i = 0; i < paragraphs.size(); ++i) {
        if (i > 0)
            out.append(QStringLiteral(">"));
        for (const QString &line : wrap(paragraphs.at(i), 70))
            out.append(QStringLiteral("> ") + line);
    }
    return out.join(u'\n');
}

} // namespace

QString BodyText::firstParagraph() const
{
    return paragraphs.isEmpty() ? QString() : joinSentences(paragraphs.first(), language);
}

QString htmlEscape(const QString &text)
{
    QString out;
    out.reserve(text.size() + 16);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'&':
            out += QStringLiteral("&amp;");
            break;
        case u'<':
            out += QStringLiteral("&lt;");
            break;
        case u'>':
            out += QStringLiteral("&gt;");
            break;
        case u'"':
            out += QStringLiteral("&quot;");
            break;
        default:
            out += c;
        }
    }
    return out;
}

QString renderPlain(const BodyText &body)
{
    QStringList blocks;
    if (!body.greeting.isEmpty())
        blocks.append(body.greeting);
    for (const QStringList &paragraph : body.paragraphs)
        blocks.append(wrap(joinSentences(paragraph, body.language), 72).join(u'\n'));
    if (!body.closing.isEmpty())
        blocks.append(body.closing + u'\n' + body.senderName);
    QString text = blocks.join(QStringLiteral("\n\n")) + u'\n';
    if (!body.signature.isEmpty())
        text += QStringLiteral("\n-- \n") + body.signature.join(u'\n') + u'\n';
    if (!body.quoted.isEmpty())
        text += u'\n' + body.attribution + u'\n' + quoteLines(body.quoted) + u'\n';
    if (!body.footer.isEmpty())
        text += u'\n' + body.footer.join(u'\n') + u'\n';
    return text;
}

QString renderHtml(const BodyText &body, const QString &extraHtml)
{
    const auto paragraphHtml = [&](const QString &text) -> QString {
        // One sentence per line keeps 8bit lines short without changing the rendering.
        return QStringLiteral("<p>") + wrap(htmlEscape(text), 76).join(u'\n') + QStringLiteral("</p>\n");
    };
    QString html = QStringLiteral("<!DOCTYPE html>\n<html>\n<head>\n"
                                  "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\">\n"
                                  "<style>body { font-family: sans-serif; } blockquote { color: #555; }</style>\n"
                                  "</head>\n<body>\n");
    if (!body.greeting.isEmpty())
        html += paragraphHtml(body.greeting);
    for (const QStringList &paragraph : body.paragraphs) {
        const QString joined = isCjk(body.language) ? paragraph.join(QString()) : paragraph.join(u' ');
        html += paragraphHtml(joined);
    }
    if (!body.closing.isEmpty()) {
        html += QStringLiteral("<p>") + htmlEscape(body.closing) + QStringLiteral("<br>\n<b>")
            + htmlEscape(body.senderName) + QStringLiteral("</b></p>\n");
    }
    if (!body.signature.isEmpty()) {
        html += QStringLiteral("<div class=\"signature\" style=\"color: #888\">-- <br>\n");
        for (const QString &line : body.signature) {
            if (line.startsWith(QLatin1StringView("https://")))
                html += QStringLiteral("<a href=\"") + htmlEscape(line) + QStringLiteral("\">") + htmlEscape(line)
                    + QStringLiteral("</a><br>\n");
            else
                html += htmlEscape(line) + QStringLiteral("<br>\n");
        }
        html += QStringLiteral("</div>\n");
    }
    if (!body.quoted.isEmpty()) {
        html += QStringLiteral("<p>") + htmlEscape(body.attribution) + QStringLiteral("</p>\n")
            + QStringLiteral("<blockquote type=\"cite\" style=\"border-left: 2px solid #ccc; padding-left: 8px\">\n");
        for (const QString &paragraph : body.quoted)
            html += paragraphHtml(paragraph);
        html += QStringLiteral("</blockquote>\n");
    }
    if (!body.footer.isEmpty())
        html += QStringLiteral("<hr>\n<p><small>") + body.footer.join(QStringLiteral("<br>\n"))
            + QStringLiteral("</small></p>\n");
    html += extraHtml;
    if (!body.remoteImageUrl.isEmpty())
        html += QStringLiteral("<img src=\"") + body.remoteImageUrl
            + QStringLiteral("\" width=\"1\" height=\"1\" alt=\"\" style=\"border: 0\">\n");
    html += QStringLiteral("</body>\n</html>\n");
    return html;
}

MimePart textPart(const QByteArray &subtype, const QString &text, Corpus::Language language, Prng &prng)
{
    const bool html = subtype == "html";
    if (isAscii(text)) {
        // Most mailers label ASCII as us-ascii; some always say UTF-8.
        const Charset charset = prng.chance(0.75) ? Charset::UsAscii : Charset::Utf8;
        const TransferEncoding encoding =
            html && prng.chance(0.5) ? TransferEncoding::QuotedPrintable : TransferEncoding::SevenBit;
        return Parts::text(subtype, charset, text.toLatin1(), encoding);
    }
    // HTML declares UTF-8 in its <meta>, so it stays UTF-8.
    if (!html && prng.chance(0.5)) {
        QList<EncodedText> legacy;
        for (const Charset charset : Corpus::legacyCharsets(language)) {
            if (auto encoded = encodeText(text, charset))
                legacy.append(*encoded);
        }
        if (!legacy.isEmpty()) {
            const EncodedText &encoded = prng.pick(legacy);
            TransferEncoding encoding = TransferEncoding::QuotedPrintable;
            switch (encoded.charset) {
            case Charset::Iso2022Jp:
                encoding = TransferEncoding::SevenBit; // 7-bit by design (RFC 1468)
                break;
            case Charset::ShiftJis:
            case Charset::Koi8R:
                encoding = prng.chance(0.5) ? TransferEncoding::EightBit : TransferEncoding::Base64;
                break;
            default:
                encoding = prng.chance(0.8) ? TransferEncoding::QuotedPrintable : TransferEncoding::EightBit;
                break;
            }
            return Parts::text(subtype, encoded.charset, encoded.bytes, encoding);
        }
    }
    const int pick = prng.weighted({45, 45, 10});
    const TransferEncoding encoding = pick == 0 ? TransferEncoding::EightBit
        : pick == 1                             ? TransferEncoding::QuotedPrintable
                                                : TransferEncoding::Base64;
    return Parts::text(subtype, Charset::Utf8, text.toUtf8(), encoding);
}

} // namespace MailGen
