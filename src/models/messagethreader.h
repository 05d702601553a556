#pragma once

#include "imap/protocol/fetchdata.h"
#include "imap/protocol/response.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Quail::Models {

// What threading needs to know of a message.
struct ThreadingInput {
    quint32 uid = 0;
    QByteArray messageId; // "<a@b>"; empty when the message has none
    // The References header's identifiers, oldest first; the first of
    // In-Reply-To when References is missing (RFC 5256 §3 step 1).
    QList<QByteArray> references;
    QString subject; // decoded
    QDateTime date; // the sent date, or INTERNALDATE without one
};

// The items to fetch for threadingInput(): RFC 5256 §3 needs References,
// which ENVELOPE lacks.
QList<QByteArray> threadingFetchItems();

// A message's threading input from a FETCH of threadingFetchItems().
ThreadingInput threadingInput(const Imap::FetchData &data);

// Threads messages by References, then by base subject: the REFERENCES
// algorithm of RFC 5256 §3 (Jamie Zawinski's), as a server with
// THREAD=REFERENCES would, for servers that lack it. The result has the
// shape of a THREAD response, so that both feed the same view: depth-first
// nodes with parent indexes, 0 for a placeholder parent.
//
// Hostile input stays cheap: reference loops are refused, and a chain is
// never made deeper than maxThreadDepth() (deeper links start a new thread),
// so the work is bounded by messages × depth and nothing recurses deeply.
Imap::ThreadData threadMessages(const QList<ThreadingInput> &messages);

constexpr int maxThreadDepth()
{
    return 1000;
}

} // namespace Quail::Models
