#pragma once

#include "imap/engine/commandresult.h"
#include "imap/engine/credentials.h"
#include "imap/transport/connectionsettings.h"

#include <memory>

namespace Quail::Imap {
class CommandReply;
class Engine;
} // namespace Quail::Imap

namespace Quail::Test {

// Spins the event loop until `reply` (taken over and deleted) finishes and
// returns its result; a failed result that says so when none came in time.
Imap::CommandResult await(Imap::CommandReply *reply, int timeoutMs = 15000);

// An Engine opened with these settings and credentials, once it is ready;
// nullptr when it failed or was not ready within `timeoutMs`.
std::unique_ptr<Imap::Engine> openReadyEngine(const Imap::ConnectionSettings &settings,
                                              const Imap::Credentials &credentials, int timeoutMs = 15000);

} // namespace Quail::Test
