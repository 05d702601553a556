#pragma once

#include <QByteArray>
#include <QList>

namespace Quail::Imap {

// The section of a BODY[…] or BINARY[…] item (RFC 9051 §6.4.5):
// "1.2.HEADER.FIELDS (FROM TO)" is part {1, 2}, text HeaderFields, fields
// {"FROM", "TO"}.
struct Section {
    enum class Text { None, Header, HeaderFields, HeaderFieldsNot, Text, Mime };

    QList<quint32> part;
    Text text = Text::None;
    // Upper-cased header field names.
    QList<QByteArray> fields;

    // The canonical wire form, as a client would send it.
    QByteArray toByteArray() const;

    friend bool operator==(const Section &, const Section &) = default;
};

} // namespace Quail::Imap
