// Opening a big folder through the real models, as a view would, against
// the Dovecot fixture started with --bench-messages 100000 (the "Bench"
// folder), beside a baseline measured in the same run: the same commands the
// model sent, replayed by a client that only frames and counts bytes.
//
//   tests/server/dovecot-fixture start --env /tmp/bench.env
//       --mailgen build/tests/server/mailgen/quail-mailgen --bench-messages 100000
//   QUAIL_TEST_SERVER_ENV=/tmp/bench.env build/bench/open_mailbox [folder] [rounds] [--depths]
//
// See bench/README.md for what each figure means and the targets.

#include "imap/engine/engine.h"
#include "imap/protocol/commands.h"
#include "imap/protocol/responsereader.h"
#include "models/messagelistmodel.h"
#include "models/messagethreadmodel.h"
#include "testserver.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QGuiApplication>
#include <QMutex>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QThreadPool>
#include <QTimer>

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>

using namespace Quail;

namespace {

double ms(qint64 nanoseconds)
{
    return double(nanoseconds) / 1e6;
}

// A number from a "Name: value" file of /proc/self ("status", "io").
double procField(const QString &file, QByteArrayView field)
{
    QFile proc(QStringLiteral("/proc/self/") + file);
    if (!proc.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : proc.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(field.size()).trimmed().split(' ').first().toDouble();
    }
    return -1;
}

// A memory field of /proc/self/status ("VmHWM:", "VmRSS:"), in MB.
double statusFieldMb(QByteArrayView field)
{
    const double kb = procField(QStringLiteral("status"), field);
    return kb < 0 ? -1 : kb / 1024.0;
}

// read() and similar system calls of this process so far: how often the
// threads woke to take bytes from a socket (and a few other descriptors).
qint64 readCalls()
{
    return qint64(procField(QStringLiteral("io"), "syscr:"));
}

// The peak resident set since the last resetPeakRss().
double peakRssMb()
{
    return statusFieldMb("VmHWM:");
}

// Starts a new peak: VmHWM then covers only what follows (Linux 4.0+).
void resetPeakRss()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

double currentRssMb()
{
    return statusFieldMb("VmRSS:");
}

// How long the event loop of this (the GUI) thread was kept from running:
// a timer that should fire every 2 ms records the longest gap beyond that.
class BlockProbe : public QObject
{
public:
    BlockProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(2);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_longest = std::max(m_longest, now - m_last - 2'000'000);
            m_last = now;
        });
    }
    void start()
    {
        m_longest = 0;
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    double stop()
    {
        m_timer.stop();
        return ms(m_longest);
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
};

// Runs the event loop until `done` holds (checked after every batch of
// events), or `timeoutMs` passes. processEvents(WaitForMoreEvents) sleeps
// until something happens; the variant with a time limit would spin.
template<typename Predicate>
bool runUntil(Predicate done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    QTimer wake; // bounds each sleep, so the timeout is noticed
    wake.start(50);
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

// The commands the model's session sent, from its trace, tag removed.
class CommandLog
{
public:
    void record(const QByteArray &line)
    {
        const qsizetype space = line.indexOf(' ');
        if (space < 0)
            return;
        const QByteArray command = line.mid(space + 1).trimmed();
        for (const char *verb : {"ENABLE ", "SELECT ", "EXAMINE ", "FETCH ", "UID FETCH "}) {
            if (command.startsWith(verb)) {
                QMutexLocker lock(&m_mutex);
                m_commands.append(command);
                return;
            }
        }
    }
    QByteArrayList commands() const
    {
        QMutexLocker lock(&m_mutex);
        return m_commands;
    }

private:
    mutable QMutex m_mutex;
    QByteArrayList m_commands;
};

// The baseline client: TLS, LOGIN, then each command in turn, reading the
// reply only far enough to find its tagged completion (literals skipped).
// With `parse`, it also runs every byte through the engine's ResponseReader
// on the reading thread and drops the typed responses: the least any client
// that shows envelopes must do.
class CountingClient
{
public:
    explicit CountingClient(bool parse = false)
        : m_parse(parse)
    {
    }

    bool connect(const Test::TestServer &server)
    {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(server.caCertificates());
        m_socket.setSslConfiguration(tls);
        m_socket.connectToHostEncrypted(server.host, server.imapsPort);
        if (!m_socket.waitForEncrypted(30000))
            return false;
        if (!readUntilLine([](const QByteArray &line) { return line.startsWith("* "); }))
            return false;
        QByteArray login = "LOGIN \"" + server.user.toUtf8() + "\" \"" + server.password.toUtf8() + '"';
        return run(login);
    }

    // Sends one command and reads to its tagged completion.
    bool run(const QByteArray &command)
    {
        const QByteArray tag = 'b' + QByteArray::number(++m_tags) + ' ';
        const QByteArray ok = tag + "OK";
        m_socket.write(tag + command + "\r\n");
        return readUntilLine([&](const QByteArray &line) { return line.startsWith(ok); },
                             [&](const QByteArray &line) { return line.startsWith(tag); });
    }

    qint64 bytes() const { return m_bytes; }

private:
    template<typename Done, typename Fails = bool (*)(const QByteArray &)>
    bool readUntilLine(
        Done done, Fails fails = [](const QByteArray &) { return false; })
    {
        for (;;) {
            while (m_literal > 0 && !m_buffer.isEmpty()) {
                const qsizetype skip = std::min<qsizetype>(m_literal, m_buffer.size());
                m_buffer.remove(0, skip);
                m_literal -= skip;
            }
            if (m_literal == 0) {
                const qsizetype end = m_buffer.indexOf("\r\n");
                if (end >= 0) {
                    const QByteArray line = m_buffer.left(end);
                    m_buffer.remove(0, end + 2);
                    if (line.endsWith('}')) {
                        const qsizetype open = line.lastIndexOf('{');
                        m_literal = line.mid(open + 1, line.size() - open - 2).toLongLong();
                        continue;
                    }
                    if (done(line))
                        return true;
                    if (fails(line)) {
                        std::fprintf(stderr, "open_mailbox: baseline: %s\n", line.constData());
                        return false;
                    }
                    continue;
                }
            }
            if (!m_socket.waitForReadyRead(120000))
                return false;
            const QByteArray data = m_socket.readAll();
            m_bytes += data.size();
            m_buffer += data;
            if (m_parse) {
                m_reader.feed(data);
                while (m_reader.next())
                    ++m_responses;
            }
        }
    }

    QSslSocket m_socket;
    bool m_parse = false;
    Imap::ResponseReader m_reader;
    qint64 m_responses = 0;
    QByteArray m_buffer;
    qint64 m_literal = 0;
    qint64 m_bytes = 0;
    int m_tags = 0;
};

// CPU time of this process, all threads, in ms, and the kernel's share of
// it (system calls, page faults).
struct CpuTime {
    double totalMs = 0;
    double systemMs = 0;
};

CpuTime processCpu()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto ms = [](const timeval &t) { return double(t.tv_sec) * 1e3 + double(t.tv_usec) / 1e3; };
    return {ms(usage.ru_utime) + ms(usage.ru_stime), ms(usage.ru_stime)};
}

// CPU time of the server's processes serving the connections (Dovecot's
// imap and imap-login), in ms: read before a run's connection closes, since
// a process's time leaves /proc with it.
double serverCpuMs()
{
    double ticks = 0;
    const QDir proc(QStringLiteral("/proc"));
    for (const QString &entry : proc.entryList(QDir::Dirs)) {
        bool number = false;
        entry.toInt(&number);
        if (!number)
            continue;
        QFile stat(proc.filePath(entry) + QStringLiteral("/stat"));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        const qsizetype open = line.indexOf('(');
        const qsizetype close = line.lastIndexOf(')');
        if (open < 0 || close < open)
            continue;
        const QByteArray name = line.mid(open + 1, close - open - 1);
        if (name != "imap" && name != "imap-login")
            continue;
        // Fields after the name: state is the 3rd field; utime, stime the 14th, 15th.
        const QByteArrayList fields = line.mid(close + 2).split(' ');
        if (fields.size() > 12)
            ticks += fields.at(11).toDouble() + fields.at(12).toDouble();
    }
    return ticks * 1000.0 / double(sysconf(_SC_CLK_TCK));
}

// Opens `engine` on the fixture and waits until it is logged in.
bool logIn(Imap::Engine &engine, const Test::TestServer &server)
{
    QSignalSpy ready(&engine, &Imap::Engine::ready);
    engine.open(server.connectionSettings(),
                Imap::Credentials{server.user, server.password, false, Imap::AuthMethod::Auto, {}});
    return runUntil([&] { return !ready.isEmpty(); }, 30000);
}

struct ModelRun {
    double cpuMs = -1;
    double systemCpuMs = -1;
    double serverCpuMs = -1;
    double peakRssMb = -1; // from before the folder was opened to every row loaded
    double heldRssMb = -1; // with every row loaded
    double startRssMb = -1; // before the folder was opened
    double rowCountMs = -1;
    double first50Ms = -1;
    double fullMs = -1;
    double longestBlockMs = -1;
    qint64 readCalls = -1;
    int rows = 0;
    QByteArrayList commands;
};

// With `log`, the commands are recorded from the protocol trace, which
// costs time of its own: the recording run is not one of the measured ones.
std::optional<ModelRun> runModel(const Test::TestServer &server, const Imap::MailboxName &folder, CommandLog *log)
{
    ModelRun run;
    Imap::Engine engine;
    if (log) {
        engine.setTraceSink([log](bool incoming, const QByteArray &line) {
            if (!incoming)
                log->record(line);
        });
    }
    if (!logIn(engine, server))
        return std::nullopt;

    Models::MessageListModel model;
    resetPeakRss();
    run.startRssMb = currentRssMb();
    const CpuTime cpuBefore = processCpu();
    const double serverBefore = serverCpuMs();
    const qint64 readsBefore = readCalls();
    BlockProbe probe;
    probe.start();
    QElapsedTimer clock;
    clock.start();
    model.setMailbox(&engine, folder);
    if (!runUntil([&] { return model.state() == Models::MessageListModel::State::Ready; }, 120000))
        return std::nullopt;
    run.rowCountMs = ms(clock.nsecsElapsed());
    run.rows = model.rowCount();

    // The first rows a view shows: it asks for their data, and waits.
    const int visible = std::min(50, run.rows);
    for (int row = 0; row < visible; ++row) {
        for (int column = 0; column < model.columnCount(); ++column)
            model.index(row, column).data();
    }
    if (!runUntil(
            [&] {
                for (int row = 0; row < visible; ++row) {
                    if (!model.isRowLoaded(row))
                        return false;
                }
                return true;
            },
            120000))
        return std::nullopt;
    run.first50Ms = ms(clock.nsecsElapsed());

    // Every row, as a client-side sort by subject would ask.
    model.fetchRows(0, run.rows - 1);
    int cursor = 0;
    if (!runUntil(
            [&] {
                while (cursor < run.rows && model.isRowLoaded(cursor))
                    ++cursor;
                return cursor == run.rows;
            },
            1800000))
        return std::nullopt;
    run.fullMs = ms(clock.nsecsElapsed());
    run.longestBlockMs = probe.stop();
    run.readCalls = readCalls() - readsBefore;
    const CpuTime cpuAfter = processCpu();
    run.cpuMs = cpuAfter.totalMs - cpuBefore.totalMs;
    run.systemCpuMs = cpuAfter.systemMs - cpuBefore.systemMs;
    run.serverCpuMs = serverCpuMs() - serverBefore;
    run.peakRssMb = peakRssMb();
    run.heldRssMb = currentRssMb();
    if (log)
        run.commands = log->commands();
    return run;
}

// The listed folder as conversations: from setting the thread model on the
// list to the threading applied, with the GUI thread's longest block.
struct ThreadRun {
    double ms = -1;
    double longestBlockMs = -1;
    int conversations = 0;
};

std::optional<ThreadRun> runThreads(const Test::TestServer &server, const Imap::MailboxName &folder,
                                    bool clientThreading)
{
    Imap::Engine engine;
    if (!logIn(engine, server))
        return std::nullopt;
    Models::MessageListModel list;
    list.setMailbox(&engine, folder);
    if (!runUntil([&] { return list.state() == Models::MessageListModel::State::Ready; }, 120000))
        return std::nullopt;
    Models::MessageThreadModel threads;
    threads.setClientThreadingPreferred(clientThreading);
    QSignalSpy threaded(&threads, &Models::MessageThreadModel::threaded);
    BlockProbe probe;
    probe.start();
    QElapsedTimer clock;
    clock.start();
    threads.setSourceModel(&list);
    if (!runUntil([&] { return !threaded.isEmpty(); }, 600000))
        return std::nullopt;
    ThreadRun run;
    run.ms = ms(clock.nsecsElapsed());
    run.longestBlockMs = probe.stop();
    run.conversations = threads.rowCount();
    return run;
}

// One run of a counting or parsing client.
struct ClientRun {
    double ms = -1; // from the SELECT on
    double cpuMs = -1; // this process's CPU (nothing else runs in it meanwhile)
    double serverCpuMs = -1;
    qint64 bytes = 0;
    qint64 readCalls = -1; // this process's read() system calls
};

// The model's detail FETCHes (from the recorded commands) through a bare
// Engine, `depth` of them on the wire at a time, responses dropped: what
// pipelining deeper costs or saves, without the model.
std::optional<ClientRun> runEngineOnly(const Test::TestServer &server, const Imap::MailboxName &folder,
                                       const QByteArrayList &commands, int depth)
{
    QList<Imap::Command> fetches;
    for (const QByteArray &command : commands) {
        if (!command.startsWith("UID FETCH "))
            continue;
        // "UID FETCH <set> (<items>)", as the model wrote it.
        const QByteArray rest = command.mid(10);
        const qsizetype space = rest.indexOf(' ');
        const auto set = Imap::SequenceSet::parse(QByteArrayView(rest).first(std::max<qsizetype>(space, 0)));
        if (space < 0 || !set || !rest.endsWith(')'))
            return std::nullopt;
        fetches.append(Imap::Commands::fetch(*set, rest.mid(space + 2).chopped(1).split(' ')));
    }
    Imap::Engine engine;
    if (!logIn(engine, server))
        return std::nullopt;
    const double serverBefore = serverCpuMs();
    const double cpuBefore = processCpu().totalMs;
    QElapsedTimer clock;
    clock.start();
    int onWire = 1;
    bool failed = false;
    Imap::CommandReply *select = engine.select(folder, true);
    QObject::connect(select, &Imap::CommandReply::finished, select, [&] {
        failed = failed || !select->result().ok();
        --onWire;
    });
    qsizetype next = 0;
    std::function<void()> refill = [&] {
        while (onWire < depth && next < fetches.size()) {
            ++onWire;
            Imap::CommandReply *reply = engine.execute(fetches.at(next++));
            QObject::connect(reply, &Imap::CommandReply::finished, reply, [&, reply] {
                failed = failed || !reply->result().ok();
                reply->deleteLater();
                --onWire;
                refill();
            });
        }
    };
    if (!runUntil([&] { return onWire == 0; }, 30000) || failed)
        return std::nullopt;
    refill();
    if (!runUntil([&] { return onWire == 0 && next == fetches.size(); }, 1800000) || failed)
        return std::nullopt;
    ClientRun run;
    run.ms = ms(clock.nsecsElapsed());
    run.cpuMs = processCpu().totalMs - cpuBefore;
    run.serverCpuMs = serverCpuMs() - serverBefore;
    return run;
}

std::optional<ClientRun> runBaseline(const Test::TestServer &server, const QByteArrayList &commands, bool parse = false)
{
    CountingClient client(parse);
    if (!client.connect(server))
        return std::nullopt;
    const double serverBefore = serverCpuMs();
    const double cpuBefore = processCpu().totalMs;
    const qint64 readsBefore = readCalls();
    QElapsedTimer clock;
    bool started = false;
    for (const QByteArray &command : commands) {
        // The clock starts where the model's did: at the SELECT.
        if (!started && (command.startsWith("SELECT ") || command.startsWith("EXAMINE "))) {
            clock.start();
            started = true;
        }
        if (!client.run(command))
            return std::nullopt;
    }
    if (!started)
        return std::nullopt;
    ClientRun run;
    run.ms = ms(clock.nsecsElapsed());
    run.cpuMs = processCpu().totalMs - cpuBefore;
    run.serverCpuMs = serverCpuMs() - serverBefore;
    run.readCalls = readCalls() - readsBefore;
    run.bytes = client.bytes();
    return run;
}

// The middle and the ends of a list of figures, one per round.
struct Spread {
    double median = 0;
    double least = 0;
    double most = 0;
};

Spread spreadOf(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return {values.at(values.size() / 2), values.constFirst(), values.constLast()};
}

} // namespace

int main(int argc, char **argv)
{
    // The models use QtGui (icons, fonts): a GUI application, offscreen.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    if (qEnvironmentVariableIsSet("POOL1"))
        QThreadPool::globalInstance()->setMaxThreadCount(1);
    const QStringList args = app.arguments();
    QStringList positional = args.mid(1);
    const bool depths = positional.removeAll(QStringLiteral("--depths")) > 0;
    const bool modelOnly = positional.removeAll(QStringLiteral("--model-only")) > 0;
    const bool threadsOnly = positional.removeAll(QStringLiteral("--threads")) > 0;
    const QString folderName = !positional.isEmpty() ? positional.at(0) : QStringLiteral("Bench");
    const int rounds = positional.size() > 1 ? std::max(1, positional.at(1).toInt()) : 2;

    QString error;
    const auto server = Test::TestServer::fromEnvironment(&error);
    if (!server) {
        std::fprintf(stderr, "open_mailbox: %s\n", qPrintable(error));
        return 2;
    }
    const Imap::MailboxName folder = Imap::MailboxName::fromString(folderName);

    // Dovecot builds its index and cache on first access: warm it with
    // everything the model will ask for, unmeasured.
    {
        CountingClient warm;
        if (!warm.connect(*server) || !warm.run("EXAMINE \"" + folder.wire() + '"')
            || !warm.run("FETCH 1:* (UID FLAGS ENVELOPE INTERNALDATE RFC822.SIZE BODYSTRUCTURE)")) {
            std::fprintf(stderr, "open_mailbox: cannot read folder '%s' (started with --bench-messages?)\n",
                         qPrintable(folderName));
            return 2;
        }
    }

    if (threadsOnly) {
        // The folder as conversations, threaded by the server and then in
        // the client, once each after an unmeasured warm-up run.
        for (const bool client : {false, true}) {
            const char *how = client ? "in the client" : "by the server";
            if (!runThreads(*server, folder, client)) {
                std::fprintf(stderr, "open_mailbox: the folder could not be threaded %s\n", how);
                return 1;
            }
            const auto run = runThreads(*server, folder, client);
            if (!run) {
                std::fprintf(stderr, "open_mailbox: the folder could not be threaded %s\n", how);
                return 1;
            }
            std::printf("  threaded %-14s  %9.1f ms   (%d conversations; longest GUI-thread block %.1f ms)\n", how,
                        run->ms, run->conversations, run->longestBlockMs);
        }
        return 0;
    }

    // The commands the model sends, recorded once (and Dovecot warmed with
    // exactly them); the same every time, since the batches are the same.
    // The first model run comes first in a fresh process: its memory
    // figures are the honest ones (malloc keeps what later runs freed).
    const auto first = runModel(*server, folder, nullptr);
    if (modelOnly) {
        // Only the model's runs, for a profiler: nothing else in the process.
        std::optional<ModelRun> run = first;
        for (int round = 0; run; ++round) {
            std::printf("open_mailbox: model run %d: every row loaded in %.1f ms, CPU %.1f ms (%.1f ms in the "
                        "kernel), server CPU %.1f ms\n",
                        round + 1, run->fullMs, run->cpuMs, run->systemCpuMs, run->serverCpuMs);
            if (round + 1 == rounds)
                return 0;
            run = runModel(*server, folder, nullptr);
        }
        std::fprintf(stderr, "open_mailbox: the model did not load the folder\n");
        return 1;
    }

    // Then the commands the model sends, recorded once; the same every
    // time, since the batches are the same.
    CommandLog log;
    const auto recorded = first ? runModel(*server, folder, &log) : std::nullopt;
    if (!first || !recorded) {
        std::fprintf(stderr, "open_mailbox: the model did not load the folder\n");
        return 1;
    }

    if (depths) {
        // Each depth's run beside the baseline run before it, paired.
        const QList<int> tried{1, 2, 4, 8};
        QList<QList<double>> ratios(tried.size());
        QList<QList<double>> serverMs(tried.size());
        QList<QList<double>> clientMs(tried.size());
        QList<double> baselineServerMs;
        for (int round = 0; round < rounds; ++round) {
            const auto baseline = runBaseline(*server, recorded->commands);
            if (baseline)
                baselineServerMs.append(baseline->serverCpuMs);
            for (qsizetype i = 0; baseline && i < tried.size(); ++i) {
                const auto run = runEngineOnly(*server, folder, recorded->commands, tried.at(i));
                if (!run) {
                    std::fprintf(stderr, "open_mailbox: the engine did not run the commands\n");
                    return 1;
                }
                ratios[i].append(run->ms / baseline->ms);
                serverMs[i].append(run->serverCpuMs);
                clientMs[i].append(run->cpuMs);
            }
        }
        std::printf("open_mailbox: the model's detail FETCHes through a bare engine, %d paired rounds\n", rounds);
        for (qsizetype i = 0; i < tried.size(); ++i) {
            const Spread r = spreadOf(ratios.at(i));
            std::printf("  %d on the wire / baseline   %5.2f x    (median; %.2f to %.2f); CPU: server %.0f ms, "
                        "client %.0f ms\n",
                        tried.at(i), r.median, r.least, r.most, spreadOf(serverMs.at(i)).median,
                        spreadOf(clientMs.at(i)).median);
        }
        std::printf("  server CPU for the baseline %.0f ms (Dovecot's imap and imap-login, medians)\n",
                    spreadOf(baselineServerMs).median);
        return 0;
    }

    std::optional<ModelRun> best = first;
    std::optional<ClientRun> bestBaseline;
    // Each round's model run beside the baseline run right after it: the
    // machine's and Dovecot's drift between rounds cancels in the ratio.
    QList<double> paired;
    // The same commands through a client that parses and drops: how close
    // to the baseline a client can come on this machine at all.
    std::optional<ClientRun> bestParsing;
    QList<double> pairedParsing;
    double modelMs = first->fullMs;
    // The CPU each side spends per run: on a machine that the load keeps
    // busy, the client's CPU is taken from the server's.
    QList<double> modelCpuMs{first->cpuMs};
    QList<double> baselineCpuMs;
    // How often each woke to read: the model coalesces a long answer's reads.
    QList<double> modelReads{double(first->readCalls)};
    QList<double> baselineReads;
    QList<double> parsingCpuMs;
    QList<double> modelServerMs{first->serverCpuMs};
    QList<double> baselineServerMs;
    for (int round = 0; round < rounds; ++round) {
        if (round > 0) {
            const auto run = runModel(*server, folder, nullptr);
            if (!run) {
                std::fprintf(stderr, "open_mailbox: the model did not load the folder\n");
                return 1;
            }
            modelMs = run->fullMs;
            modelCpuMs.append(run->cpuMs);
            modelReads.append(double(run->readCalls));
            modelServerMs.append(run->serverCpuMs);
            if (run->fullMs < best->fullMs)
                best = run;
        }
        const auto baseline = runBaseline(*server, recorded->commands);
        if (!baseline) {
            std::fprintf(stderr, "open_mailbox: the baseline client failed\n");
            return 1;
        }
        baselineCpuMs.append(baseline->cpuMs);
        baselineReads.append(double(baseline->readCalls));
        baselineServerMs.append(baseline->serverCpuMs);
        if (!bestBaseline || baseline->ms < bestBaseline->ms)
            bestBaseline = baseline;
        paired.append(modelMs / baseline->ms);
        const auto parsing = runBaseline(*server, recorded->commands, true);
        if (!parsing) {
            std::fprintf(stderr, "open_mailbox: the parsing client failed\n");
            return 1;
        }
        parsingCpuMs.append(parsing->cpuMs);
        if (!bestParsing || parsing->ms < bestParsing->ms)
            bestParsing = parsing;
        pairedParsing.append(parsing->ms / baseline->ms);
    }
    const Spread modelRatio = spreadOf(paired);
    const Spread parsingRatio = spreadOf(pairedParsing);
    best->commands = recorded->commands;

    std::printf("open_mailbox: folder %s, %d messages, best of %d rounds\n", qPrintable(folderName), best->rows,
                rounds);
    std::printf("  rowCount() right after    %9.1f ms   (target: first 50 rows within 500 ms)\n", best->rowCountMs);
    std::printf("  first 50 rows loaded      %9.1f ms\n", best->first50Ms);
    std::printf("  every row loaded          %9.1f ms   (%lld commands)\n", best->fullMs,
                qlonglong(best->commands.size()));
    std::printf("  CPU time of the model run %9.1f ms   (all threads of this process; %.1f ms in the kernel)\n",
                best->cpuMs, best->systemCpuMs);
    std::printf("  baseline, same commands   %9.1f ms   (%.1f MB over TLS, counted only)\n", bestBaseline->ms,
                double(bestBaseline->bytes) / 1e6);
    std::printf("  model / baseline          %9.2f x    (best of each, which may be minutes apart)\n",
                best->fullMs / bestBaseline->ms);
    std::printf("  paired rounds, median     %9.2f x    (%.2f to %.2f over %lld rounds; target: 1.15 x)\n",
                modelRatio.median, modelRatio.least, modelRatio.most, qlonglong(paired.size()));
    std::printf("  parsing client, same      %9.1f ms   (typed parsing only, nothing kept)\n", bestParsing->ms);
    std::printf("  parsing / baseline        %9.2f x    (paired median; %.2f to %.2f)\n", parsingRatio.median,
                parsingRatio.least, parsingRatio.most);
    std::printf("  client CPU per run        %9.1f ms   model; baseline %.1f ms, parsing client %.1f ms (medians)\n",
                spreadOf(modelCpuMs).median, spreadOf(baselineCpuMs).median, spreadOf(parsingCpuMs).median);
    std::printf("  read() calls per run      %9.0f      model; baseline %.0f (medians)\n", spreadOf(modelReads).median,
                spreadOf(baselineReads).median);
    std::printf("  server CPU per run        %9.1f ms   model's; baseline's %.1f ms (Dovecot's imap and imap-login, "
                "medians)\n",
                spreadOf(modelServerMs).median, spreadOf(baselineServerMs).median);
    std::printf("  peak RSS while loading    %9.1f MB   (target: 120 MB; first run, fresh process)\n",
                first->peakRssMb);
    std::printf("  RSS with every row held   %9.1f MB   (%.1f MB before opening the folder)\n", first->heldRssMb,
                first->startRssMb);
    std::printf("  longest GUI-thread block  %9.1f ms   (target: 25 ms)\n", best->longestBlockMs);
    return 0;
}
