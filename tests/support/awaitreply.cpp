#include "awaitreply.h"

#include "imap/engine/engine.h"

#include <QTest>

#include <memory>

namespace Quail::Test {

Imap::CommandResult await(Imap::CommandReply *reply, int timeoutMs)
{
    const std::unique_ptr<Imap::CommandReply> owned(reply);
    if (!QTest::qWaitFor([&] { return reply->isFinished(); }, timeoutMs))
        return Imap::CommandResult{
            Imap::CommandResult::Status::Failed, {}, QStringLiteral("no reply within %1 s").arg(timeoutMs / 1000), {}};
    return reply->result();
}

} // namespace Quail::Test
