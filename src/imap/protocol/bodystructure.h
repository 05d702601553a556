#pragma once

#include "imap/protocol/envelope.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <memory>
#include <utility>

namespace Quail::Imap {

// A MIME parameter, "attribute=value": the attribute upper-cased, the value
// as sent.
using BodyParameter = std::pair<QByteArray, QByteArray>;

// One node of a BODY or BODYSTRUCTURE answer (RFC 9051 §7.5.2, RFC 3501
// §7.4.2): a multipart with its parts, a message/rfc822 with its envelope
// and encapsulated body, or a single part.
//
// MIME tokens are case-insensitive (RFC 2045 §5.1), so type, subtype,
// encoding, parameter attributes and disposition type are upper-cased.
// Strings are raw wire bytes; a null QByteArray is NIL.
struct BodyStructure {
    QByteArray type; // "TEXT", "MULTIPART", "MESSAGE"…
    QByteArray subtype; // "PLAIN", "MIXED", "RFC822"…
    QList<BodyParameter> parameters;

    // Single parts only.
    QByteArray id;
    QByteArray description;
    QByteArray encoding;
    quint64 size = 0; // octets of the encoded body; a negative size reads as 0
    quint64 lines = 0; // text/* and message/rfc822 only

    // Multipart: the parts. message/rfc822: exactly one entry, the
    // encapsulated message's body.
    QList<BodyStructure> parts;
    // message/rfc822 only; shared because envelopes are immutable.
    std::shared_ptr<const Envelope> envelope;

    // Extension data, present in BODYSTRUCTURE answers only.
    bool hasExtensionData = false;
    QByteArray md5;
    QByteArray dispositionType; // "INLINE", "ATTACHMENT"…; null when NIL
    QList<BodyParameter> dispositionParameters;
    QList<QByteArray> languages;
    QByteArray location;
    // Any further extension values, each kept as its raw wire text.
    QList<QByteArray> extensions;

    bool isMultipart() const { return QByteArrayView(type) == QByteArrayView("MULTIPART"); }
    bool isMessage() const
    {
        return QByteArrayView(type) == QByteArrayView("MESSAGE")
            && (QByteArrayView(subtype) == QByteArrayView("RFC822")
                || QByteArrayView(subtype) == QByteArrayView("GLOBAL"));
    }

    // The value of parameter `name` (case-insensitive), or a null QByteArray.
    QByteArray parameter(QByteArrayView name) const;
    QByteArray dispositionParameter(QByteArrayView name) const;

    // The part at an IMAP section path such as "2.1", or nullptr. "" is the
    // whole message.
    const BodyStructure *partAt(QByteArrayView section) const;

    friend bool operator==(const BodyStructure &a, const BodyStructure &b);
};

} // namespace Quail::Imap
