#include "awaitreply.h"

#include "imap/engine/engine.h"

#include <QEventLoop>
#include <QTest>
#include <QTimer>

namespace Quail::Test {

Imap::CommandResult await(Imap::CommandReply *reply, int timeoutMs)
{
    const std::unique_ptr<Imap::CommandReply> owned(reply);
    if (!QTest::qWaitFor([&] { return reply->isFinished(); }, timeoutMs))
        return Imap::CommandResult{
            Imap::CommandResult::Status::Failed, {}, QStringLiteral("no reply within %1 s").arg(timeoutMs / 1000), {}};
    return reply->result();
}

std::unique_ptr<Imap::Engine> openReadyEngine(const Imap::ConnectionSettings &settings,
                                              const Imap::Credentials &credentials, int timeoutMs)
{
    auto engine = std::make_unique<Imap::Engine>();
    QEventLoop loop;
    bool ready = false;
    QObject::connect(engine.get(), &Imap::Engine::ready, &loop, [&] {
        ready = true;
        loop.quit();
    });
    QObject::connect(engine.get(), &Imap::Engine::failed, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    engine->open(settings, credentials);
    loop.exec();
    if (!ready)
        return nullptr;
    return engine;
}

} // namespace Quail::Test
