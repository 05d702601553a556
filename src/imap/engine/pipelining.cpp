#include "imap/engine/pipelining.h"

#include <algorithm>

namespace Quail::Imap {

PipelineTraits pipelineTraits(QByteArrayView commandName)
{
    using C = ResponseClass;
    // Only the UID forms: a sequence number sent behind another command
    // may name a different message once that command's EXPUNGE arrives.
    static const std::pair<QByteArrayView, ResponseClasses> pipelinable[] = {
        {"UID FETCH", C::Fetch},
        {"UID STORE", C::Fetch},
        {"UID SEARCH", C::Search},
        {"UID SORT", C::Sort | C::Search}, // ESORT answers with ESEARCH
        {"UID THREAD", C::Thread},
        {"STATUS", C::Status},
        // LIST-STATUS (RFC 5819) answers LIST with STATUS responses too.
        {"LIST", C::List | C::Status},
        {"LSUB", C::Lsub},
        {"NAMESPACE", C::Namespace},
        {"GETQUOTA", C::Quota},
        {"GETQUOTAROOT", C::Quota},
        {"GETACL", C::Acl},
        {"LISTRIGHTS", C::ListRights},
        {"MYRIGHTS", C::MyRights},
        {"GETMETADATA", C::Metadata},
    };
    for (const auto &[name, classes] : pipelinable) {
        if (commandName == name)
            return {true, classes, {}};
    }
    return {};
}

PipelineTraits pipelineTraits(const Command &command)
{
    PipelineTraits traits = pipelineTraits(command.name());
    const auto &set = command.messageSet();
    if (traits.pipelinable && (command.name() == "UID FETCH" || command.name() == "UID STORE") && set
        && !set->containsStar())
        traits.uids = set;
    return traits;
}

quint32 responseUid(const Response &response)
{
    if (const FetchData *fetch = response.get<FetchData>())
        return fetch->uid.value_or(0);
    if (const VanishedData *vanished = response.get<VanishedData>(); vanished && !vanished->uids.isEmpty())
        return vanished->uids.ranges().first().first; // RFC 7162 §3.2.6: within the requested set
    return 0;
}

ResponseClass responseClass(const Response &response)
{
    using C = ResponseClass;
    if (response.kind != Response::Kind::Untagged)
        return C::None;
    if (response.is<FetchData>())
        return C::Fetch;
    if (const VanishedData *vanished = response.get<VanishedData>())
        return vanished->earlier ? C::Fetch : C::None; // RFC 7162 §3.2.10
    if (response.is<SearchData>() || response.is<ESearchData>())
        return C::Search;
    if (response.is<SortData>())
        return C::Sort;
    if (response.is<ThreadData>())
        return C::Thread;
    if (const ListData *list = response.get<ListData>())
        return list->command == ListData::Command::Lsub ? C::Lsub : C::List;
    if (response.is<StatusData>())
        return C::Status;
    if (response.is<NamespaceData>())
        return C::Namespace;
    if (response.is<QuotaData>() || response.is<QuotaRootData>())
        return C::Quota;
    if (response.is<AclData>())
        return C::Acl;
    if (response.is<ListRightsData>())
        return C::ListRights;
    if (response.is<MyRightsData>())
        return C::MyRights;
    if (response.is<MetadataData>())
        return C::Metadata;
    return C::None;
}

bool canPipeline(const PipelineTraits &next, const QList<PipelineTraits> &running)
{
    // Servers read pipelined commands into a buffer of limited size; a
    // deep pipeline gains nothing once the round trip is covered.
    constexpr qsizetype MaxInFlight = 16;
    if (running.isEmpty())
        return true;
    if (!next.pipelinable || running.size() >= MaxInFlight)
        return false;
    const bool onlyStatus = next.classes == ResponseClass::Status;
    return std::all_of(running.cbegin(), running.cend(), [&](const PipelineTraits &other) {
        if (!other.pipelinable)
            return false;
        if (onlyStatus && other.classes == ResponseClass::Status)
            return true;
        const ResponseClasses shared = other.classes & next.classes;
        if (shared == ResponseClass::Fetch && next.uids && other.uids)
            return !next.uids->intersects(*other.uids);
        return !shared;
    });
}

} // namespace Quail::Imap
