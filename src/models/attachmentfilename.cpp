#include "models/attachmentfilename.h"

#include <QStringList>

namespace Quail::Models {

namespace {

bool isInvisible(char32_t c)
{
    if (c < 0x20 || (c >= 0x7f && c < 0xa0))
        return true;
    switch (QChar::category(c)) {
    case QChar::Other_Format: // bidi overrides and isolates, zero-width characters, U+FEFF
    case QChar::Other_Control:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
    case QChar::Other_Surrogate:
    case QChar::Other_NotAssigned:
    case QChar::Other_PrivateUse:
        return true;
    default:
        return false;
    }
}

bool isWindowsDeviceName(const QString &name)
{
    // "CON", "con.txt", "COM1.tar.gz": Windows reserves the stem.
    const QString stem = name.section(u'.', 0, 0).trimmed().toUpper();
    for (const char *device : {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"}) {
        if (stem == QLatin1StringView(device))
            return true;
    }
    if (stem.size() == 4 && (stem.startsWith(QLatin1StringView("COM")) || stem.startsWith(QLatin1StringView("LPT")))
        && stem.at(3) >= u'0' && stem.at(3) <= u'9')
        return true;
    return false;
}

// Cuts `text` to at most maxBytes of UTF-8 without splitting a character.
QString truncateUtf8(const QString &text, int maxBytes)
{
    QString out;
    int bytes = 0;
    for (const char32_t c : text.toUcs4()) {
        const int size = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
        if (bytes + size > maxBytes)
            break;
        bytes += size;
        out += QString::fromUcs4(&c, 1);
    }
    return out;
}

QString trimmedName(QString name)
{
    // Leading dots hide a file; trailing dots and spaces vanish on Windows.
    while (!name.isEmpty() && (name.front() == u'.' || name.front().isSpace()))
        name.remove(0, 1);
    while (!name.isEmpty() && (name.back() == u'.' || name.back().isSpace()))
        name.chop(1);
    return name;
}

} // namespace

QString safeAttachmentFileName(const QString &suggested, const QString &fallback, int maxBytes)
{
    QString name;
    for (const char32_t c : suggested.normalized(QString::NormalizationForm_C).toUcs4()) {
        if (!isInvisible(c))
            name += QString::fromUcs4(&c, 1);
    }
    // The last path component, whichever separator the sender's system had.
    name.replace(u'\\', u'/');
    const QStringList components = name.split(u'/', Qt::SkipEmptyParts);
    name = components.isEmpty() ? QString() : components.last();
    for (const QChar reserved : {u'<', u'>', u':', u'"', u'|', u'?', u'*'})
        name.replace(reserved, u'_');
    name = trimmedName(name.simplified());
    if (isWindowsDeviceName(name))
        name.prepend(u'_');

    const QByteArray utf8 = name.toUtf8();
    if (utf8.size() > maxBytes) {
        // Keep a short extension so the file still opens with the right program.
        const qsizetype dot = name.lastIndexOf(u'.');
        const QString extension = dot > 0 && name.size() - dot <= 16 ? name.mid(dot) : QString();
        const int extensionBytes = int(extension.toUtf8().size());
        name =
            trimmedName(truncateUtf8(name.left(name.size() - extension.size()), maxBytes - extensionBytes)) + extension;
    }
    if (name.isEmpty() || name.startsWith(u'.'))
        return fallback;
    return name;
}

} // namespace Quail::Models
