#include "scriptescapes.h"

namespace Quail::Test::ScriptEscapes {

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace

bool decodeOne(QByteArrayView source, qsizetype *pos, QByteArray *out, QString *error)
{
    const qsizetype at = *pos;
    if (at + 1 >= source.size()) {
        *error = QStringLiteral("a backslash at the end of the line (write \\\\ for a backslash)");
        return false;
    }
    const char kind = source[at + 1];
    switch (kind) {
    case 'r':
        out->append('\r');
        break;
    case 'n':
        out->append('\n');
        break;
    case 't':
        out->append('\t');
        break;
    case '0':
        out->append('\0');
        break;
    case '\\':
    case '*':
        out->append(kind);
        break;
    case 'x': {
        const int high = at + 2 < source.size() ? hexValue(source[at + 2]) : -1;
        const int low = at + 3 < source.size() ? hexValue(source[at + 3]) : -1;
        if (high < 0 || low < 0) {
            *error = QStringLiteral("\\x needs two hex digits");
            return false;
        }
        out->append(static_cast<char>(high * 16 + low));
        *pos = at + 4;
        return true;
    }
    default:
        *error = QStringLiteral("unknown escape \\%1 (known: \\r \\n \\t \\0 \\\\ \\* \\xNN)")
                     .arg(QString::fromLatin1(source.sliced(at + 1, 1)));
        return false;
    }
    *pos = at + 2;
    return true;
}

std::optional<QByteArray> decode(QByteArrayView source, QString *error)
{
    QByteArray out;
    out.reserve(source.size());
    qsizetype pos = 0;
    while (pos < source.size()) {
        if (source[pos] == '\\') {
            if (!decodeOne(source, &pos, &out, error))
                return std::nullopt;
        } else {
            out.append(source[pos++]);
        }
    }
    return out;
}

QString printable(QByteArrayView bytes, qsizetype maxBytes)
{
    QString text;
    const qsizetype shown = std::min(bytes.size(), maxBytes);
    text.reserve(shown + 16);
    for (qsizetype i = 0; i < shown; ++i) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        switch (c) {
        case '\r':
            text += QStringLiteral("\\r");
            break;
        case '\n':
            text += QStringLiteral("\\n");
            break;
        case '\t':
            text += QStringLiteral("\\t");
            break;
        case '\\':
            text += QStringLiteral("\\\\");
            break;
        default:
            if (c >= 0x20 && c < 0x7f)
                text += QLatin1Char(static_cast<char>(c));
            else
                text += QStringLiteral("\\x%1").arg(c, 2, 16, QChar(u'0'));
        }
    }
    if (shown < bytes.size())
        text += QStringLiteral("... (%1 bytes in all)").arg(bytes.size());
    return text;
}

} // namespace Quail::Test::ScriptEscapes
