// How much pipelining saves: STATUS for every folder of the Dovecot
// fixture, one command at a time (each waits for the previous reply) against
// all of them queued at once (the session pipelines them), over loopback and
// over a proxy that adds a fixed delay each way, as a real network would.
//
//   QUAIL_TEST_SERVER_ENV=<env file of tests/server/dovecot-fixture>
//   build/bench/pipeline_bench [rounds] [one-way delay ms]   # defaults: 5 10

#include "imap/engine/engine.h"
#include "imap/protocol/commands.h"
#include "tcpproxy.h"
#include "testserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <cstdio>

using namespace Quail::Imap;

namespace {

// Runs the event loop until every reply has finished; woken by the replies'
// signals, not by polling, so that the wait itself costs nothing.
bool waitFor(const std::vector<std::unique_ptr<CommandReply>> &replies)
{
    QEventLoop loop;
    const auto allDone = [&] {
        return std::all_of(replies.cbegin(), replies.cend(), [](const auto &reply) { return reply->isFinished(); });
    };
    for (const auto &reply : replies)
        QObject::connect(reply.get(), &CommandReply::finished, &loop, [&] {
            if (allDone())
                loop.quit();
        });
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    if (!allDone())
        loop.exec();
    return allDone();
}

// Milliseconds for STATUS on every folder, sequentially or all at once.
double statusRound(Engine &engine, const QStringList &folders, bool pipelined)
{
    QElapsedTimer timer;
    timer.start();
    std::vector<std::unique_ptr<CommandReply>> replies;
    for (const QString &folder : folders) {
        replies.emplace_back(engine.execute(Commands::status(MailboxName::fromString(folder), {"MESSAGES", "UNSEEN"})));
        if (!pipelined && !waitFor(replies))
            return -1;
    }
    if (!waitFor(replies))
        return -1;
    for (const auto &reply : replies) {
        if (!reply->result().ok())
            return -1;
    }
    return double(timer.nsecsElapsed()) / 1e6;
}

std::unique_ptr<Engine> openEngine(const Quail::Test::TestServer &server, quint16 port)
{
    ConnectionSettings settings = server.connectionSettings();
    settings.port = port;
    auto engine = std::make_unique<Engine>();
    QSignalSpy ready(engine.get(), &Engine::ready);
    engine->open(settings, Credentials{server.user, server.password, false, AuthMethod::Auto, {}});
    if (!ready.wait(30000))
        return nullptr;
    return engine;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int rounds = args.size() > 1 ? args.at(1).toInt() : 5;
    const int delayMs = args.size() > 2 ? args.at(2).toInt() : 10;

    QString error;
    const auto server = Quail::Test::TestServer::fromEnvironment(&error);
    if (!server) {
        std::fprintf(stderr, "pipeline_bench: %s\n", qPrintable(error));
        return 2;
    }
    const QStringList folders = server->manifestFolders().keys();
    if (folders.isEmpty()) {
        std::fprintf(stderr, "pipeline_bench: the fixture has no sample mail\n");
        return 2;
    }

    Quail::Test::TcpProxy proxy(server->host, server->imapsPort);
    proxy.setDelay(std::chrono::milliseconds(delayMs));
    if (!proxy.listen()) {
        std::fprintf(stderr, "pipeline_bench: cannot listen on loopback\n");
        return 2;
    }
    std::printf("STATUS (MESSAGES UNSEEN) on %lld folders, best of %d rounds\n", qlonglong(folders.size()), rounds);
    const std::pair<const char *, quint16> paths[] = {{"loopback", server->imapsPort}, {"delayed", proxy.port()}};
    for (const auto &[path, port] : paths) {
        const auto engine = openEngine(*server, port);
        if (!engine) {
            std::fprintf(stderr, "pipeline_bench: cannot log in over %s\n", path);
            return 1;
        }
        double best[2] = {1e300, 1e300};
        for (int round = 0; round < rounds; ++round) {
            for (const bool pipelined : {false, true}) {
                const double ms = statusRound(*engine, folders, pipelined);
                if (ms < 0) {
                    std::fprintf(stderr, "pipeline_bench: a STATUS failed or timed out\n");
                    return 1;
                }
                best[pipelined] = std::min(best[pipelined], ms);
            }
        }
        const QString label =
            port == server->imapsPort ? QStringLiteral("loopback") : QStringLiteral("+%1 ms each way").arg(delayMs);
        std::printf("%-16s one at a time %8.2f ms   pipelined %8.2f ms   speed-up %.1fx\n", qPrintable(label), best[0],
                    best[1], best[0] / best[1]);
    }
    return 0;
}
