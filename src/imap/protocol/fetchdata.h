#pragma once

#include "imap/protocol/bodystructure.h"
#include "imap/protocol/envelope.h"
#include "imap/protocol/flags.h"
#include "imap/protocol/internaldate.h"
#include "imap/protocol/section.h"
#include "imap/protocol/sharedoptional.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace Quail::Imap {

// Message content from a FETCH: BODY[section]<origin>, BINARY[section]<origin>
// (RFC 3516) or RFC822, RFC822.HEADER, RFC822.TEXT.
struct BodySection {
    enum class Kind { Body, Binary, Rfc822, Rfc822Header, Rfc822Text };

    Kind kind = Kind::Body;
    Section section;
    std::optional<quint32> origin;
    // The content; null when the server sent NIL.
    QByteArray data;
    // The literal was larger than ParseLimits::maxLiteralSize and went to
    // the reader's LiteralSink; `data` is empty and `streamedSize` its length.
    bool streamed = false;
    quint64 streamedSize = 0;

    friend bool operator==(const BodySection &, const BodySection &) = default;
};

// A FETCH item the parser does not know, kept as its raw wire text.
struct UnknownFetchItem {
    QByteArray name; // upper-cased, with any [section]<origin>
    QByteArray value;

    friend bool operator==(const UnknownFetchItem &, const UnknownFetchItem &) = default;
};

// "* 12 FETCH (…)": the data items of one message (RFC 9051 §7.5.2). An
// item the server did not send is nullopt or empty.
struct FetchData {
    quint32 sequenceNumber = 0;
    std::optional<quint32> uid;
    std::optional<Flags> flags;
    std::optional<InternalDate> internalDate;
    std::optional<quint64> rfc822Size;
    SharedOptional<Envelope> envelope;
    // From BODYSTRUCTURE, or from BODY (then without extension data).
    SharedOptional<BodyStructure> bodyStructure;
    std::optional<quint64> modSeq; // RFC 7162
    QByteArray emailId; // RFC 8474
    QByteArray threadId; // RFC 8474; null also when the server sent NIL
    std::optional<QByteArray> preview; // RFC 8970; a null array is NIL
    std::optional<quint64> gmailMessageId; // X-GM-MSGID
    std::optional<quint64> gmailThreadId; // X-GM-THRID
    std::optional<QList<QByteArray>> gmailLabels; // X-GM-LABELS, raw (modified UTF-7 or "\Inbox")
    QList<BodySection> sections;
    // BINARY.SIZE[section] (RFC 3516): section part and decoded size.
    QList<std::pair<Section, quint64>> binarySizes;
    QList<UnknownFetchItem> unknownItems;

    friend bool operator==(const FetchData &, const FetchData &) = default;
};

} // namespace Quail::Imap
