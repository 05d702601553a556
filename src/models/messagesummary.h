#pragma once

#include "imap/protocol/bodystructure.h"
#include "imap/protocol/fetchdata.h"
#include "imap/protocol/flags.h"

#include <QDateTime>
#include <QString>

namespace Quail::Models {

// One row of the message list: what a view shows of a message, already
// decoded, so that painting never parses. The UID and flags come first (with
// the whole UID list); the rest ("details") comes later, lazily, from
// ENVELOPE, INTERNALDATE, RFC822.SIZE and BODYSTRUCTURE.
struct MessageSummary {
    quint32 uid = 0;
    Imap::Flags flags;

    bool detailsLoaded = false;
    QString subject;
    QString fromName; // decoded display name; empty when the sender gave none
    QString fromAddress;
    QString to; // every recipient as people read them, comma-separated
    QDateTime date;
    quint64 size = 0;
    bool hasAttachment = false;
    QByteArray messageId; // the envelope's Message-ID, as sent ("<…>"), for finding copies

    // The display name, or the address when there is no name.
    QString from() const { return fromName.isEmpty() ? fromAddress : fromName; }
};

// Fills the details of `summary` from a FETCH of ENVELOPE, INTERNALDATE,
// RFC822.SIZE and BODYSTRUCTURE; items the server left out keep their value.
void applyDetails(MessageSummary &summary, const Imap::FetchData &data);

// Moves the details (everything applyDetails() fills) of `details` into
// `summary`, keeping its UID and flags: details are decoded off the GUI
// thread into a summary of their own, then taken over.
void takeDetails(MessageSummary &summary, MessageSummary &&details);

// Whether a message has an attachment: some part is marked as one
// (Content-Disposition: attachment), or carries a file name without being an
// inline part that the text refers to by Content-ID (an embedded image).
bool hasAttachment(const Imap::BodyStructure &structure);

} // namespace Quail::Models
