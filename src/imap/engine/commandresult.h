#pragma once

#include "imap/protocol/response.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace Quail::Imap {

// How one command ended, and what the server said while it ran.
struct CommandResult {
    enum class Status {
        Ok,
        No, // the server refused (see code and text)
        Bad, // the server did not understand, or the command was refused before sending
        Failed, // the connection failed or closed before the command completed
    };

    Status status = Status::Failed;
    ResponseCode code;
    // The server's text for Ok/No/Bad (server words, show them as such), or
    // the reason for Failed.
    QString text;
    // Untagged responses received while the command was running, in order.
    QList<Response> responses;
    // Set by Engine::move() when the server has neither MOVE nor UIDPLUS:
    // the messages were copied and flagged \Deleted, and stay in the source
    // until someone expunges it (a plain EXPUNGE would also remove other
    // messages the user had marked, so the engine never sends one).
    bool originalsAwaitExpunge = false;
    // Set by Engine::append() when it sent one APPEND per message and the
    // server refused one: the index of that message; those before it were
    // appended, those after it were not sent.
    std::optional<qsizetype> failedMessage = std::nullopt;

    bool ok() const { return status == Status::Ok; }

    template<typename T>
    QList<T> all() const
    {
        QList<T> found;
        for (const Response &response : responses) {
            if (const T *data = response.get<T>())
                found.append(*data);
        }
        return found;
    }
};

// Sees each untagged response that belongs to a command as it arrives, on
// the engine's thread, after the session has applied it to the mailbox
// state. Returning true takes the response: it is not kept in
// CommandResult::responses. For turning a big FETCH into what the caller
// keeps while each response is still in the cache, instead of holding
// thousands of them until the command ends.
using ResponseConsumer = std::function<bool(Response &response)>;

} // namespace Quail::Imap
