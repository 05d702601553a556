#include "attachments.h"

#include <QStringList>

#include <array>

namespace MailGen::Attachments {

namespace {

std::uint32_t crc32(const QByteArray &data)
{
    static const std::array<std::uint32_t, 256> table = [] {
        std::array<std::uint32_t, 256> t{};
        for (std::uint32_t n = 0; n < 256; ++n) {
            std::uint32_t c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xedb88320U ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }();
    std::uint32_t c = 0xffffffffU;
    for (const char byte : data)
        c = table[(c ^ static_cast<unsigned char>(byte)) & 0xff] ^ (c >> 8);
    return c ^ 0xffffffffU;
}

std::uint32_t adler32(const QByteArray &data)
{
    std::uint32_t a = 1, b = 0;
    for (const char byte : data) {
        a = (a + static_cast<unsigned char>(byte)) % 65521;
        b = (b + a) % 65521;
    }
    return (b << 16) | a;
}

void appendBigEndian32(QByteArray &out, std::uint32_t value)
{
    out.append(char(value >> 24));
    out.append(char(value >> 16));
    out.append(char(value >> 8));
    out.append(char(value));
}

void appendChunk(QByteArray &png, const char *type, const QByteArray &data)
{
    appendBigEndian32(png, std::uint32_t(data.size()));
    const QByteArray typed = QByteArray(type, 4) + data;
    png.append(typed);
    appendBigEndian32(png, crc32(typed));
}

// A zlib stream of stored (uncompressed) deflate blocks: no zlib needed, and
// the bytes do not depend on a compressor's version.
QByteArray zlibStored(const QByteArray &raw)
{
    QByteArray out;
    out.reserve(raw.size() + raw.size() / 65535 * 5 + 16);
    out.append(char(0x78));
    out.append(char(0x01));
    qsizetype pos = 0;
    do {
        const qsizetype length = qMin<qsizetype>(65535, raw.size() - pos);
        const bool last = pos + length >= raw.size();
        out.append(char(last ? 1 : 0));
        out.append(char(length & 0xff));
        out.append(char(length >> 8));
        out.append(char(~length & 0xff));
        out.append(char((~length >> 8) & 0xff));
        out.append(raw.constData() + pos, length);
        pos += length;
    } while (pos < raw.size());
    appendBigEndian32(out, adler32(raw));
    return out;
}

QByteArray pdfEscape(const QString &text)
{
    // Helvetica's standard encoding covers Latin-1 well enough for samples.
    QByteArray out;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'(' || u == u')' || u == u'\\') {
            out.append('\\');
            out.append(char(u));
        } else {
            out.append(u < 0x80 ? char(u) : '?');
        }
    }
    return out;
}

} // namespace

QByteArray png(Prng &prng, int width, int height, bool noisy)
{
    const int r1 = int(prng.below(256)), g1 = int(prng.below(256)), b1 = int(prng.below(256));
    const int r2 = int(prng.below(256)), g2 = int(prng.below(256)), b2 = int(prng.below(256));
    QByteArray raw(qsizetype(height) * (1 + 3 * width), Qt::Uninitialized);
    char *p = raw.data();
    for (int y = 0; y < height; ++y) {
        *p++ = 0; // filter: none
        for (int x = 0; x < width; ++x) {
            if (noisy) {
                const std::uint64_t v = prng.next();
                *p++ = char(v);
                *p++ = char(v >> 8);
                *p++ = char(v >> 16);
                continue;
            }
            // A diagonal blend with a disc in the middle.
            const int dx = 2 * x - width, dy = 2 * y - height;
            const bool disc = dx * dx + dy * dy < width * height / 2;
            const int t = (x + y) * 255 / qMax(1, width + height - 2);
            *p++ = char(disc ? r2 : (r1 * (255 - t) + r2 * t) / 255);
            *p++ = char(disc ? g2 : (g1 * (255 - t) + g2 * t) / 255);
            *p++ = char(disc ? b1 : (b1 * (255 - t) + b2 * t) / 255);
        }
    }

    QByteArray out = QByteArrayLiteral("\x89PNG\r\n\x1a\n");
    QByteArray header;
    appendBigEndian32(header, std::uint32_t(width));
    appendBigEndian32(header, std::uint32_t(height));
    header.append(char(8)); // bit depth
    header.append(char(2)); // colour type: RGB
    header.append(char(0)); // compression
    header.append(char(0)); // filter
    header.append(char(0)); // interlace
    appendChunk(out, "IHDR", header);
    appendChunk(out, "IDAT", zlibStored(raw));
    appendChunk(out, "IEND", QByteArray());
    return out;
}

QByteArray pdf(const QString &title, const QStringList &lines)
{
    QByteArray content = "BT\n/F1 18 Tf\n72 770 Td\n(" + pdfEscape(title) + ") Tj\n/F1 11 Tf\n0 -30 Td\n";
    for (const QString &line : lines)
        content += "(" + pdfEscape(line) + ") Tj\n0 -16 Td\n";
    content += "ET\n";

    const QList<QByteArray> objects = {
        QByteArrayLiteral("<< /Type /Catalog /Pages 2 0 R >>"),
        QByteArrayLiteral("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
        QByteArrayLiteral("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
                          "/Resources << /Font << /F1 5 0 R >> >> >>"),
        "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "endstream",
        QByteArrayLiteral("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"),
    };
    // The second line's high bytes mark the file as binary (PDF 1.7 §7.5.2).
    QByteArray out = QByteArrayLiteral("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n");
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets.append(out.size());
        out += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = out.size();
    out += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype offset : offsets)
        out += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    out += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n"
        + QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

} // namespace MailGen::Attachments
