#pragma once

#include "imap/protocol/bodystructure.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Quail::Models {

// One node of a message's MIME tree as the viewer uses it: the structure the
// server described, its IMAP section number and what people see of it.
struct MessagePart {
    const Imap::BodyStructure *structure = nullptr; // owned by the part model
    int parent = -1; // index in the model's parts; -1 for the root
    QList<int> children;
    int row = 0; // among its parent's children

    // RFC 9051 §6.4.5 section number ("2.1"); empty for a multipart at the
    // top, which has no section of its own.
    QByteArray section;
    QByteArray mimeType; // lower-case "text/plain"
    QString fileName; // decoded (RFC 2231, RFC 2047); empty when none
    QByteArray contentId; // without angle brackets
    bool attachment = false;
    bool inRelated = false; // a resource of a multipart/related
    bool isMultipart() const { return structure->isMultipart(); }
    bool isMessage() const { return structure->isMessage(); }
    // Has content of its own that BODY[section] returns.
    bool isLeaf() const { return !isMultipart() && !isMessage(); }
};

// The parts of `structure`, root first, children in order.
QList<MessagePart> flattenParts(const Imap::BodyStructure &structure);

} // namespace Quail::Models
