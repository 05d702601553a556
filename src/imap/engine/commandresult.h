#pragma once

#include "imap/protocol/response.h"

#include <QList>
#include <QString>

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

} // namespace Quail::Imap
