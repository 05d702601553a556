#pragma once

#include "imap/engine/commandresult.h"

namespace Quail::Imap {
class CommandReply;
}

namespace Quail::Test {

// Spins the event loop until `reply` (taken over and deleted) finishes and
// returns its result; a failed result that says so when none came in time.
Imap::CommandResult await(Imap::CommandReply *reply, int timeoutMs = 15000);

} // namespace Quail::Test
