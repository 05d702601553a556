#pragma once

#include "imap/protocol/fetchdata.h"
#include "imap/protocol/flags.h"
#include "imap/protocol/mailboxname.h"
#include "imap/protocol/responsecode.h"
#include "imap/protocol/sequenceset.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace Quail::Imap {

// OK, NO, BAD, PREAUTH or BYE, tagged or untagged, with its code and text
// (RFC 9051 §7.1). The greeting is the first untagged one of a connection.
struct StatusResponse {
    enum class Status { Ok, No, Bad, PreAuth, Bye };

    Status status = Status::Ok;
    ResponseCode code;
    // Human-readable text from the server, UTF-8 decoded (RFC 9051 allows
    // UTF-8 here). Show it as server text, never as the client's own words.
    QString text;

    friend bool operator==(const StatusResponse &, const StatusResponse &) = default;
};

// "+ text": the server waits for the rest of a command or for a SASL step.
// The text is raw; for AUTHENTICATE it is base64.
struct ContinuationRequest {
    QByteArray text;
    friend bool operator==(const ContinuationRequest &, const ContinuationRequest &) = default;
};

// CAPABILITY, and ENABLED (RFC 5161), with names upper-cased.
struct CapabilityData {
    QList<QByteArray> capabilities;
    bool contains(QByteArrayView name) const;
    friend bool operator==(const CapabilityData &, const CapabilityData &) = default;
};

struct EnabledData {
    QList<QByteArray> capabilities;
    friend bool operator==(const EnabledData &, const EnabledData &) = default;
};

// LIST, LSUB or XLIST, with LIST-EXTENDED data (RFC 5258) and SPECIAL-USE
// attributes (RFC 6154).
struct ListData {
    enum class Command { List, Lsub, Xlist };

    Command command = Command::List;
    // "\HasNoChildren", "\Sent"…, canonical spelling for the known ones.
    QList<QByteArray> attributes;
    // The hierarchy delimiter; nullopt for NIL (a flat namespace).
    std::optional<char> delimiter;
    MailboxName mailbox;
    // CHILDINFO (RFC 5258 §4): e.g. "SUBSCRIBED".
    QList<QByteArray> childInfo;
    // OLDNAME (RFC 9051 §6.3.9, RFC 5465).
    std::optional<MailboxName> oldName;
    // Other extended items: tag and raw value.
    QList<std::pair<QByteArray, QByteArray>> extendedItems;

    bool hasAttribute(QByteArrayView attribute) const;

    friend bool operator==(const ListData &, const ListData &) = default;
};

// STATUS (RFC 9051 §7.2.4, RFC 7162 HIGHESTMODSEQ, RFC 8438 SIZE,
// RFC 8474 MAILBOXID, RFC 7889 APPENDLIMIT).
struct StatusData {
    MailboxName mailbox;
    std::optional<quint32> messages;
    std::optional<quint32> recent;
    std::optional<quint32> uidNext;
    std::optional<quint32> uidValidity;
    std::optional<quint32> unseen;
    std::optional<quint32> deleted;
    std::optional<quint64> size;
    std::optional<quint64> highestModSeq;
    std::optional<quint64> appendLimit;
    QByteArray mailboxId;

    friend bool operator==(const StatusData &, const StatusData &) = default;
};

// SEARCH, with the CONDSTORE "(MODSEQ n)" suffix (RFC 7162 §3.1.5).
struct SearchData {
    QList<quint32> numbers;
    std::optional<quint64> modSeq;
    friend bool operator==(const SearchData &, const SearchData &) = default;
};

// SORT (RFC 5256).
struct SortData {
    QList<quint32> numbers;
    std::optional<quint64> modSeq;
    friend bool operator==(const SortData &, const SortData &) = default;
};

// ESEARCH (RFC 4731, RFC 9051 §7.3.4).
struct ESearchData {
    QByteArray correlator; // the TAG of the search command, if sent
    bool uid = false;
    std::optional<quint32> min;
    std::optional<quint32> max;
    std::optional<quint32> count;
    std::optional<SequenceSet> all;
    std::optional<quint64> modSeq;
    // Other return data: name (upper-cased) and raw value.
    QList<std::pair<QByteArray, QByteArray>> other;

    friend bool operator==(const ESearchData &, const ESearchData &) = default;
};

// THREAD (RFC 5256 §4), flattened: a server controls how deep a thread
// goes ("(1 2 3 … 100000)" is a chain a hundred thousand levels deep), so
// the threads are a node list, never a recursive structure.
struct ThreadData {
    struct Node {
        // A message number or UID; 0 for a placeholder standing in for a
        // missing parent, as in "((3)(5))".
        quint32 id = 0;
        // Index of the parent in `nodes` (always an earlier node), or -1
        // for the root of a thread.
        qsizetype parent = -1;
        friend bool operator==(const Node &, const Node &) = default;
    };

    // Depth-first, in the server's order.
    QList<Node> nodes;
    friend bool operator==(const ThreadData &, const ThreadData &) = default;
};

struct FlagsData {
    Flags flags;
    friend bool operator==(const FlagsData &, const FlagsData &) = default;
};

struct ExistsData {
    quint32 count = 0;
    friend bool operator==(const ExistsData &, const ExistsData &) = default;
};

struct RecentData {
    quint32 count = 0;
    friend bool operator==(const RecentData &, const RecentData &) = default;
};

// The parser accepts "* 0 EXPUNGE"; the session treats it as a protocol error.
struct ExpungeData {
    quint32 sequenceNumber = 0;
    friend bool operator==(const ExpungeData &, const ExpungeData &) = default;
};

// VANISHED (RFC 7162 §3.2.10).
struct VanishedData {
    bool earlier = false;
    SequenceSet uids;
    friend bool operator==(const VanishedData &, const VanishedData &) = default;
};

// NAMESPACE (RFC 2342, RFC 9051 §7.2.2).
struct NamespaceDescriptor {
    MailboxName prefix;
    std::optional<char> delimiter;
    // Extensions such as "TRANSLATION" (RFC 5255): name and raw values.
    QList<std::pair<QByteArray, QByteArray>> extensions;
    friend bool operator==(const NamespaceDescriptor &, const NamespaceDescriptor &) = default;
};

struct NamespaceData {
    QList<NamespaceDescriptor> personal;
    QList<NamespaceDescriptor> otherUsers;
    QList<NamespaceDescriptor> shared;
    friend bool operator==(const NamespaceData &, const NamespaceData &) = default;
};

// QUOTA and QUOTAROOT (RFC 9208).
struct QuotaResource {
    QByteArray name; // "STORAGE" (in KiB), "MESSAGE"…, upper-cased
    quint64 usage = 0;
    quint64 limit = 0;
    friend bool operator==(const QuotaResource &, const QuotaResource &) = default;
};

struct QuotaData {
    QByteArray root;
    QList<QuotaResource> resources;
    friend bool operator==(const QuotaData &, const QuotaData &) = default;
};

struct QuotaRootData {
    MailboxName mailbox;
    QList<QByteArray> roots;
    friend bool operator==(const QuotaRootData &, const QuotaRootData &) = default;
};

// ACL, LISTRIGHTS and MYRIGHTS (RFC 4314 §3.6–3.8).
struct AclData {
    MailboxName mailbox;
    // Identifier and rights.
    QList<std::pair<QByteArray, QByteArray>> entries;
    friend bool operator==(const AclData &, const AclData &) = default;
};

struct ListRightsData {
    MailboxName mailbox;
    QByteArray identifier;
    QByteArray requiredRights;
    QList<QByteArray> optionalRights;
    friend bool operator==(const ListRightsData &, const ListRightsData &) = default;
};

struct MyRightsData {
    MailboxName mailbox;
    QByteArray rights;
    friend bool operator==(const MyRightsData &, const MyRightsData &) = default;
};

// METADATA (RFC 5464 §4.4): entries with values (a null value is NIL), or
// the bare entry list of an unsolicited notification.
struct MetadataData {
    MailboxName mailbox; // empty for server annotations
    QList<std::pair<QByteArray, QByteArray>> entries;
    friend bool operator==(const MetadataData &, const MetadataData &) = default;
};

// ID (RFC 2971): field/value pairs; empty for "ID NIL". A null value is NIL.
struct IdData {
    QList<std::pair<QByteArray, QByteArray>> fields;
    friend bool operator==(const IdData &, const IdData &) = default;
};

// An untagged response the parser does not know, kept raw and never fatal.
struct UnknownData {
    QByteArray name; // the response's atom, upper-cased (after a number, if any)
    std::optional<quint32> number; // "* 5 XFOO …"
    QByteArray raw; // the rest of the response, literals included
    friend bool operator==(const UnknownData &, const UnknownData &) = default;
};

// One complete server response.
struct Response {
    enum class Kind { Untagged, Tagged, Continuation };
    using Data = std::variant<StatusResponse, ContinuationRequest, CapabilityData, EnabledData, ListData, StatusData,
                              SearchData, ESearchData, SortData, ThreadData, FlagsData, ExistsData, RecentData,
                              ExpungeData, VanishedData, NamespaceData, QuotaData, QuotaRootData, AclData,
                              ListRightsData, MyRightsData, MetadataData, IdData, FetchData, UnknownData>;

    Kind kind = Kind::Untagged;
    QByteArray tag; // tagged responses only
    Data data;
    // Position in the stream, for logs.
    quint64 index = 0;
    qint64 streamOffset = 0;

    template<typename T>
    const T *get() const
    {
        return std::get_if<T>(&data);
    }
    template<typename T>
    bool is() const
    {
        return std::holds_alternative<T>(data);
    }
    // The status of a tagged or untagged OK/NO/BAD/PREAUTH/BYE, or nullptr.
    const StatusResponse *status() const { return get<StatusResponse>(); }

    friend bool operator==(const Response &, const Response &) = default;
};

} // namespace Quail::Imap
