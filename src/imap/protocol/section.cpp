#include "imap/protocol/section.h"

namespace Quail::Imap {

QByteArray Section::toByteArray() const
{
    QByteArray out;
    for (const quint32 n : part) {
        if (!out.isEmpty())
            out += '.';
        out += QByteArray::number(n);
    }
    const char *name = nullptr;
    switch (text) {
    case Text::None:
        return out;
    case Text::Header:
        name = "HEADER";
        break;
    case Text::HeaderFields:
        name = "HEADER.FIELDS";
        break;
    case Text::HeaderFieldsNot:
        name = "HEADER.FIELDS.NOT";
        break;
    case Text::Text:
        name = "TEXT";
        break;
    case Text::Mime:
        name = "MIME";
        break;
    }
    if (!out.isEmpty())
        out += '.';
    out += name;
    if (text == Text::HeaderFields || text == Text::HeaderFieldsNot)
        out += " (" + fields.join(' ') + ')';
    return out;
}

} // namespace Quail::Imap
