// parse_bench: how fast the protocol core turns a large FETCH answer into
// typed responses, next to a plain line-splitting pass over the same bytes
// (what Python's imaplib does). Not a test; see bench/README.md.

#include "imap/protocol/responsereader.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>
#include <cstring>
#include <ctime>

using namespace Quail::Imap;

namespace {

// A small deterministic generator (xorshift64*), so every run parses the
// same bytes.
class Random
{
public:
    quint64 next()
    {
        m_state ^= m_state >> 12;
        m_state ^= m_state << 25;
        m_state ^= m_state >> 27;
        return m_state * 2685821657736338717ull;
    }
    int below(int n) { return int(next() % quint64(n)); }

private:
    quint64 m_state = 0x9e3779b97f4a7c15ull;
};

const char *const FirstNames[] = {"Alice", "Bob",  "Carol",     "Dieter", "Émilie", "Frank", "Grace", "Hiroshi",
                                  "Ines",  "José", "Katarzyna", "Liam",   "Mei",    "Nora",  "Olu",   "Priya"};
const char *const Domains[] = {"example.org", "example.com", "mail.example.net", "lists.example.edu",
                               "corp.example.co.uk"};
const char *const Words[] = {"Re:",     "Fwd:",   "quarterly", "report",  "meeting", "notes",     "for",     "the",
                             "project", "update", "invoice",   "#4711",   "lunch",   "tomorrow?", "release", "planning",
                             "draft",   "review", "build",     "failure", "on",      "main",      "holiday", "photos"};
const char *const Keywords[] = {"$Forwarded", "$Junk", "$NotJunk", "$MDNSent", "NonJunk", "$label1"};

QByteArray address(Random &random)
{
    const int first = random.below(16);
    QByteArray name = FirstNames[first];
    QByteArray mailbox = name.toLower();
    if (random.below(4) == 0)
        name = "=?UTF-8?Q?" + name.toPercentEncoding().replace('%', '=') + "_Example?=";
    else
        name += " Example";
    return "(\"" + name + "\" NIL \"" + mailbox + "." + QByteArray::number(random.below(100)) + "\" \""
        + Domains[random.below(5)] + "\")";
}

QByteArray addressList(Random &random, int count)
{
    QByteArray list = "(";
    for (int i = 0; i < count; ++i)
        list += address(random);
    return list + ')';
}

QByteArray textPart(Random &random, const char *subtype)
{
    const int size = 200 + random.below(20000);
    return QByteArray("(\"text\" \"") + subtype + "\" (\"charset\" \"utf-8\") NIL NIL \""
        + (random.below(2) ? "quoted-printable" : "7bit") + "\" " + QByteArray::number(size) + ' '
        + QByteArray::number(size / 60 + 1) + " NIL NIL NIL NIL)";
}

QByteArray bodyStructure(Random &random)
{
    switch (random.below(4)) {
    case 0:
        return textPart(random, "plain");
    case 1:
    case 2:
        return '(' + textPart(random, "plain") + textPart(random, "html") + " \"alternative\" (\"boundary\" \"b1_"
            + QByteArray::number(random.next() % 1000000) + "\") NIL NIL NIL)";
    default:
        return "((" + textPart(random, "plain") + textPart(random, "html")
            + " \"alternative\" (\"boundary\" \"b2\") NIL NIL NIL)(\"application\" \"pdf\" (\"name\" \"report-"
            + QByteArray::number(random.below(1000)) + ".pdf\") NIL NIL \"base64\" "
            + QByteArray::number(10000 + random.below(2000000))
            + " NIL (\"attachment\" (\"filename\" \"report.pdf\")) NIL NIL) \"mixed\" (\"boundary\" \"b3\") NIL NIL "
              "NIL)";
    }
}

// One FETCH response as Dovecot writes it.
QByteArray message(Random &random, int n)
{
    static const char *const Months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const int day = 1 + random.below(28);
    const QByteArray month = Months[random.below(12)];
    const QByteArray year = QByteArray::number(2015 + random.below(10));
    const QByteArray time = QByteArray::number(10 + random.below(14)) + ":" + QByteArray::number(10 + random.below(50))
        + ":" + QByteArray::number(10 + random.below(50));

    QByteArray flags;
    if (random.below(4))
        flags += "\\Seen";
    if (random.below(10) == 0)
        flags += flags.isEmpty() ? "\\Answered" : " \\Answered";
    if (random.below(20) == 0)
        flags += flags.isEmpty() ? "\\Flagged" : " \\Flagged";
    if (random.below(8) == 0)
        flags += QByteArray(flags.isEmpty() ? "" : " ") + Keywords[random.below(6)];

    QByteArray subject;
    const int words = 2 + random.below(8);
    for (int i = 0; i < words; ++i)
        subject += QByteArray(i ? " " : "") + Words[random.below(24)];

    const QByteArray from = addressList(random, 1);
    const QByteArray messageId = "\"<" + QByteArray::number(random.next()) + "@" + Domains[random.below(5)] + ">\"";
    const QByteArray inReplyTo = random.below(3) ? QByteArray("NIL") : messageId;
    QByteArray out = "* " + QByteArray::number(n) + " FETCH (UID " + QByteArray::number(n * 3 + 17) + " FLAGS (" + flags
        + ") INTERNALDATE \"" + (day < 10 ? " " : "") + QByteArray::number(day) + '-' + month + '-' + year + ' ' + time
        + " +0100\" RFC822.SIZE " + QByteArray::number(1000 + random.below(100000)) + " ENVELOPE (\"" + "Mon, "
        + QByteArray::number(day) + ' ' + month + ' ' + year + ' ' + time + " +0100\" \"" + subject + "\" " + from + ' '
        + from + ' ' + from + ' ' + addressList(random, 1 + random.below(3)) + ' '
        + (random.below(3) ? QByteArray("NIL") : addressList(random, 1)) + " NIL " + inReplyTo + ' ' + messageId
        + ") BODYSTRUCTURE " + bodyStructure(random) + ")\r\n";
    return out;
}

// CPU time of this thread: the figure for "one core", unaffected by other
// processes taking the core away (the wall-clock figure is printed too).
double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

qint64 peakMemoryKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// What imaplib does: read a line, and if it announces a literal, read that
// many bytes; every line becomes a bytes object of its own.
quint64 splitLines(const QByteArray &stream)
{
    quint64 lines = 0;
    qsizetype pos = 0;
    const char *data = stream.constData();
    while (pos < stream.size()) {
        const auto *lf = static_cast<const char *>(std::memchr(data + pos, '\n', size_t(stream.size() - pos)));
        if (!lf)
            break;
        const qsizetype end = lf - data + 1;
        const QByteArray line(data + pos, end - pos);
        ++lines;
        pos = end;
        if (line.endsWith("}\r\n")) {
            const qsizetype open = line.lastIndexOf('{');
            const qsizetype size = line.mid(open + 1, line.size() - open - 4).toLongLong();
            const QByteArray literal(data + pos, size);
            pos += literal.size();
        }
    }
    return lines;
}

struct Typed {
    quint64 messages = 0;
    quint64 checksum = 0;
    quint64 errors = 0;
};

Typed parseTyped(const QByteArray &stream, qsizetype chunk)
{
    Typed result;
    ResponseReader reader;
    for (qsizetype pos = 0; pos < stream.size(); pos += chunk) {
        reader.feed(QByteArrayView(stream).sliced(pos, std::min(chunk, stream.size() - pos)));
        while (auto next = reader.next()) {
            const auto *response = std::get_if<Response>(&*next);
            if (!response) {
                ++result.errors;
                continue;
            }
            if (const auto *fetch = response->get<FetchData>()) {
                ++result.messages;
                // Touch what a message list shows, so nothing is optimised away.
                result.checksum += fetch->uid.value_or(0) + fetch->flags->systemFlags()
                    + quint64(fetch->envelope->subject().size()) + quint64(fetch->bodyStructure->parts.size())
                    + quint64(fetch->internalDate->secondsSinceEpoch());
            }
        }
    }
    return result;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int messages = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    const int rounds = argc > 2 ? QByteArray(argv[2]).toInt() : 5;
    constexpr qsizetype Chunk = 64 * 1024; // one socket read

    Random random;
    QByteArray stream;
    stream.reserve(qsizetype(messages) * 1100);
    for (int n = 1; n <= messages; ++n)
        stream += message(random, n);
    stream += "A1 OK Fetch completed (0.001 + 0.000 secs).\r\n";
    const double megabytes = double(stream.size()) / 1e6;
    const qint64 memoryBefore = peakMemoryKiB();

    std::printf("parse_bench: %d messages, UID FLAGS INTERNALDATE RFC822.SIZE ENVELOPE BODYSTRUCTURE\n", messages);
    std::printf("  response size          %10.1f MB (%.0f bytes per message)\n", megabytes,
                double(stream.size()) / messages);

    double bestSplit = 1e9;
    double bestTyped = 1e9;
    double bestSplitCpu = 1e9;
    double bestTypedCpu = 1e9;
    Typed typed;
    quint64 lines = 0;
    for (int round = 0; round < rounds; ++round) {
        QElapsedTimer timer;
        timer.start();
        double cpu = threadCpuSeconds();
        lines = splitLines(stream);
        bestSplit = std::min(bestSplit, double(timer.nsecsElapsed()) / 1e9);
        bestSplitCpu = std::min(bestSplitCpu, threadCpuSeconds() - cpu);

        timer.restart();
        cpu = threadCpuSeconds();
        typed = parseTyped(stream, Chunk);
        bestTyped = std::min(bestTyped, double(timer.nsecsElapsed()) / 1e9);
        bestTypedCpu = std::min(bestTypedCpu, threadCpuSeconds() - cpu);
    }
    const qint64 memoryAfter = peakMemoryKiB();

    if (typed.messages != quint64(messages) || typed.errors != 0) {
        std::fprintf(stderr, "parse_bench: parsed %llu messages with %llu errors\n",
                     static_cast<unsigned long long>(typed.messages), static_cast<unsigned long long>(typed.errors));
        return 1;
    }
    std::printf("  best of %d rounds, fed in %lld KiB reads; CPU time of the parsing thread (wall clock in brackets)\n",
                rounds, static_cast<long long>(Chunk / 1024));
    std::printf("  line splitting         %8.0f MB/s %10.0f messages/s   (wall %.0f MB/s; baseline, %llu lines)\n",
                megabytes / bestSplitCpu, messages / bestSplitCpu, megabytes / bestSplit,
                static_cast<unsigned long long>(lines));
    std::printf("  typed parsing          %8.0f MB/s %10.0f messages/s   (wall %.0f MB/s; %.3f s CPU)\n",
                megabytes / bestTypedCpu, messages / bestTypedCpu, megabytes / bestTyped, bestTypedCpu);
    std::printf("  peak memory (VmHWM)    %10.1f MB after generating, %.1f MB after parsing\n",
                double(memoryBefore) / 1024, double(memoryAfter) / 1024);
    std::printf("  checksum               %llu\n", static_cast<unsigned long long>(typed.checksum));
    return 0;
}
