#pragma once

#include "imap/protocol/flags.h"
#include "imap/protocol/sequenceset.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace Quail::Imap {

// The bracketed code of a status response, "* OK [UIDNEXT 4392] Predicted".
// A plain struct: which member holds the argument depends on the type, as
// listed beside each enumerator.
struct ResponseCode {
    enum class Type {
        None, // no code
        Unknown, // name + text: the atom and its raw argument
        // RFC 9051 §7.1
        Alert, // text: nothing; the response's text is the alert
        BadCharset, // atoms: the supported charsets
        Capability, // atoms: the capabilities
        Parse,
        PermanentFlags, // flags
        ReadOnly,
        ReadWrite,
        TryCreate,
        UidNext, // number
        UidValidity, // number
        Unseen, // number (RFC 3501)
        Closed, // RFC 7162 §3.2.11
        AlreadyExists, // RFC 5530 and RFC 9051
        NonExistent,
        OverQuota,
        Limit,
        InUse,
        ExpungeIssued,
        AuthenticationFailed,
        AuthorizationFailed,
        Expired,
        PrivacyRequired,
        ContactAdmin,
        NoPerm,
        Cannot,
        ServerBug,
        ClientBug,
        Corruption,
        Unavailable,
        HasChildren,
        NotSaved,
        UnknownCte, // RFC 3516
        UseAttr, // RFC 6154
        // RFC 7162
        HighestModSeq, // number (64-bit)
        NoModSeq,
        Modified, // uids: the messages that failed UNCHANGEDSINCE
        // RFC 4315
        AppendUid, // number: UIDVALIDITY; uids: the appended UIDs
        CopyUid, // number: UIDVALIDITY; uids: source; destinationUids
        UidNotSticky,
        Referral, // text: the IMAP URL (RFC 2221); never followed automatically
        MailboxId, // text: the object id (RFC 8474)
        AppendLimit, // number (RFC 7889)
        Metadata, // atoms: "LONGENTRIES n" / "MAXSIZE n" / "TOOMANY" / "NOPRIVATE" (RFC 5464)
    };

    Type type = Type::None;
    // The code's atom, upper-cased.
    QByteArray name;
    quint64 number = 0;
    Flags flags;
    QList<QByteArray> atoms;
    SequenceSet uids;
    SequenceSet destinationUids;
    QByteArray text;

    static Type typeFromName(QByteArrayView name);

    friend bool operator==(const ResponseCode &, const ResponseCode &) = default;
};

} // namespace Quail::Imap
