#pragma once

#include "imap/engine/engine.h"

#include <QObject>

#include <functional>

namespace Quail::Models {

// Sends `command` through `engine` and calls `then` with its result on the
// calling (GUI) thread when the reply arrives. The reply is parented to
// `context`, so destroying the context drops the callback and frees the
// reply even if the engine never answers; a missing engine reports Failed
// at once (queued, so `then` never runs inside the caller).
// With a consumer, the command's untagged responses go through it first, on
// the engine's thread (see Imap::ResponseConsumer).
void runCommand(Imap::Engine *engine, const Imap::Command &command, QObject *context,
                std::function<void(const Imap::CommandResult &)> then, Imap::ResponseConsumer consumer = {});

} // namespace Quail::Models
