#include "mime/parameters.h"

#include "mime/charset.h"
#include "mime/encodedwords.h"
#include "mime/hexescapes.h"

#include <QMap>

namespace Quail::Mime {

namespace {

// A server can send "filename*99999999" to make us allocate; real
// continuations are a handful.
constexpr int MaxSegments = 256;

struct Segment {
    QByteArray value;
    bool extended = false; // "*"-suffixed: percent-encoded, in the charset
};

} // namespace

QString parameterValue(const Parameters &parameters, QByteArrayView name)
{
    const QByteArray wanted = name.toByteArray().toLower();
    QMap<int, Segment> segments;
    std::optional<QByteArray> plain;
    std::optional<QByteArray> single; // name*=charset'lang'value

    for (const auto &[rawName, value] : parameters) {
        const QByteArray key = rawName.toLower();
        if (key == wanted) {
            plain = value;
            continue;
        }
        if (!key.startsWith(wanted) || key.size() <= wanted.size() || key[wanted.size()] != '*')
            continue;
        const QByteArrayView rest = QByteArrayView(key).sliced(wanted.size() + 1);
        if (rest.isEmpty()) {
            single = value;
            continue;
        }
        const bool extended = rest.endsWith('*');
        bool ok = false;
        const int index = rest.sliced(0, rest.size() - (extended ? 1 : 0)).toInt(&ok);
        if (ok && index >= 0 && index < MaxSegments)
            segments.insert(index, Segment{value, extended});
    }

    // RFC 2231 §4: an extended value starts with charset'language'.
    const auto splitCharset = [](const QByteArray &value, QByteArray *charset) -> QByteArray {
        const qsizetype first = value.indexOf('\'');
        const qsizetype second = first >= 0 ? value.indexOf('\'', first + 1) : -1;
        if (second < 0)
            return value;
        *charset = value.left(first);
        return value.mid(second + 1);
    };

    if (single) {
        QByteArray charset;
        const QByteArray encoded = splitCharset(*single, &charset);
        return decodeCharset(decodeHexEscapes(encoded, '%'), charset);
    }
    if (!segments.isEmpty() && segments.firstKey() == 0) {
        QByteArray charset;
        QByteArray bytes;
        int expected = 0;
        for (auto it = segments.cbegin(); it != segments.cend() && it.key() == expected; ++it, ++expected) {
            if (it->extended)
                bytes += decodeHexEscapes(expected == 0 ? splitCharset(it->value, &charset) : it->value, '%');
            else
                bytes += it->value;
        }
        return decodeCharset(bytes, charset);
    }
    if (plain)
        return decodeHeader(*plain);
    return {};
}

} // namespace Quail::Mime
