#include "generator.h"

#include "attachments.h"
#include "bodytext.h"
#include "charset.h"
#include "dateformat.h"
#include "hardcases.h"
#include "messagebuilder.h"
#include "mimeencoding.h"
#include "prng.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace MailGen {

namespace {

using Corpus::Language;
using Corpus::Person;
using Corpus::Topic;

constexpr qint64 day = 86400;

// Large attachments are capped per folder so that the 100,000-message
// benchmark folder does not grow by gigabytes.
constexpr int maxLargeAttachments = 40;

// Tags that keep a folder's random streams apart.
enum StreamTag : std::uint64_t {
    ScheduleStream = 1,
    ThreadStream = 2,
    MessageStream = 3,
    FolderStream = 4,
};

enum class BodyKind { Plain, Html, Alternative, Mixed, Related, Forward, Large };

std::uint64_t nameKey(const QString &name)
{
    // FNV-1a: stable across runs and Qt versions, unlike qHash.
    std::uint64_t h = 0xcbf29ce484222325ULL;
    for (const char c : name.toUtf8()) {
        h ^= static_cast<unsigned char>(c);
        h *= 0x100000001b3ULL;
    }
    return h;
}

struct Window {
    qint64 start;
    qint64 end;
};

Window windowFor(FolderKind kind)
{
    switch (kind) {
    case FolderKind::Receipts:
        return {1735689600, 1767225599}; // the year 2025, as the folder's name says
    case FolderKind::Archive:
        return {Generator::epoch - 730 * day, Generator::epoch - 365 * day};
    case FolderKind::Drafts:
        return {Generator::epoch - 45 * day, Generator::epoch};
    case FolderKind::Junk:
        return {Generator::epoch - 60 * day, Generator::epoch};
    case FolderKind::Trash:
        return {Generator::epoch - 90 * day, Generator::epoch};
    default:
        return {Generator::epoch - 730 * day, Generator::epoch};
    }
}

bool hasThreads(FolderKind kind)
{
    switch (kind) {
    case FolderKind::Receipts:
    case FolderKind::Bank:
    case FolderKind::Junk:
    case FolderKind::Drafts:
        return false;
    default:
        return true;
    }
}

bool isOutgoing(FolderKind kind)
{
    return kind == FolderKind::Sent || kind == FolderKind::Drafts;
}

bool isList(FolderKind kind)
{
    return kind == FolderKind::QtList || kind == FolderKind::DovecotList;
}

// Relative weights of the BodyKinds, in their order.
QList<int> bodyWeights(FolderKind kind)
{
    switch (kind) {
    case FolderKind::Work:
        return {35, 5, 30, 18, 5, 5, 2};
    case FolderKind::Project:
        return {50, 2, 20, 22, 3, 3, 0};
    case FolderKind::QtList:
    case FolderKind::DovecotList:
        return {80, 0, 15, 5, 0, 0, 0};
    case FolderKind::Family:
        return {30, 5, 20, 25, 10, 5, 5};
    case FolderKind::Receipts:
        return {0, 45, 30, 25, 0, 0, 0};
    case FolderKind::Bank:
        return {40, 25, 0, 35, 0, 0, 0};
    case FolderKind::Japanese:
        return {60, 5, 25, 10, 0, 0, 0};
    case FolderKind::Sent:
        return {45, 5, 30, 15, 0, 5, 0};
    case FolderKind::Drafts:
        return {70, 0, 20, 10, 0, 0, 0};
    case FolderKind::Junk:
        return {5, 65, 25, 5, 0, 0, 0};
    default:
        return {35, 8, 25, 15, 7, 6, 4};
    }
}

Topic topicFor(FolderKind kind, Prng &prng)
{
    switch (kind) {
    case FolderKind::Work:
        return Topic::Work;
    case FolderKind::Project:
        return Topic::Project;
    case FolderKind::QtList:
        return Topic::QtList;
    case FolderKind::DovecotList:
        return Topic::DovecotList;
    case FolderKind::Family:
        return Topic::Family;
    case FolderKind::Receipts:
        return Topic::Receipts;
    case FolderKind::Bank:
        return Topic::Bank;
    case FolderKind::Japanese:
        return Topic::Japanese;
    case FolderKind::Junk:
        return Topic::Junk;
    case FolderKind::Sent:
    case FolderKind::Archive:
        return prng.chance(0.5) ? Topic::Work : Topic::General;
    default:
        return prng.chance(0.2) ? Topic::Work : Topic::General;
    }
}

QString fillNumber(const QString &text, Prng &prng)
{
    if (!text.contains(QLatin1StringView("%1")))
        return text;
    const bool small = text.contains(QLatin1StringView(".%1")) || text.contains(QLatin1StringView("week %1"))
        || text.contains(QLatin1StringView("%1th"));
    return text.arg(small ? prng.range(2, 28) : prng.range(1000, 99999));
}

QString firstName(const Person &person)
{
    if (person.name.isEmpty())
        return QString::fromLatin1(person.address.left(person.address.indexOf('@')));
    QString name = person.name;
    const qsizetype comma = name.indexOf(u',');
    if (comma >= 0)
        name = name.mid(comma + 1).trimmed();
    const QStringList words = name.split(u' ', Qt::SkipEmptyParts);
    if (words.size() > 1 && words.first().endsWith(u'.'))
        return words.at(1); // "Dr. Anna K. Berg"
    return words.value(0);
}

QString displayName(const Person &person)
{
    return person.name.isEmpty() ? QString::fromLatin1(person.address) : person.name;
}

QByteArray domainOf(const QByteArray &address)
{
    return address.mid(address.indexOf('@') + 1);
}

QByteArray hex(std::uint64_t value, int digits)
{
    return QByteArray::number(qulonglong(value), 16).rightJustified(16, '0').right(digits);
}

// Boundaries in the styles of a few well-known mailers; random enough that
// they cannot occur in the content.
QByteArray makeBoundary(Prng &prng)
{
    static constexpr char alnum[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    switch (prng.below(4)) {
    case 0: {
        QByteArray b = QByteArrayLiteral("------------");
        for (int i = 0; i < 24; ++i)
            b.append(alnum[prng.below(62)]);
        return b;
    }
    case 1: {
        // Random draws one statement at a time: the order in which the
        // operands of one expression are evaluated is unspecified.
        const QByteArray high = hex(prng.next(), 16).toUpper();
        const QByteArray low = hex(prng.next(), 16).toUpper();
        return "_000_" + high + low + '_';
    }
    case 2: {
        QByteArray b = QByteArrayLiteral("Apple-Mail=_");
        for (const int digits : {8, 4, 4, 4, 12}) {
            if (digits != 8)
                b.append('-');
            b.append(hex(prng.next(), digits).toUpper());
        }
        return b;
    }
    default:
        return "=_quail_" + hex(prng.next(), 16);
    }
}

struct Subject {
    EncodedText text;
    Mime::WordEncoding encoding = Mime::WordEncoding::Q;
};

// The subject's charset as a mailer might have chosen it: a legacy charset
// when the text fits one, otherwise UTF-8.
Subject encodeSubject(const QString &text, Prng &prng)
{
    if (isAscii(text))
        return {{text, Charset::UsAscii, text.toLatin1()}, Mime::WordEncoding::Q};
    QList<EncodedText> legacy;
    for (const Charset charset : {Charset::Latin1, Charset::Latin9, Charset::Windows1252, Charset::Koi8R,
                                  Charset::Iso2022Jp, Charset::ShiftJis}) {
        if (auto encoded = encodeText(text, charset))
            legacy.append(*encoded);
    }
    if (!legacy.isEmpty() && prng.chance(0.55)) {
        const EncodedText &encoded = prng.pick(legacy);
        const bool latin = encoded.charset == Charset::Latin1 || encoded.charset == Charset::Latin9
            || encoded.charset == Charset::Windows1252;
        return {encoded, latin && prng.chance(0.85) ? Mime::WordEncoding::Q : Mime::WordEncoding::B};
    }
    return {encodedOrDie(text, Charset::Utf8), prng.chance(0.5) ? Mime::WordEncoding::B : Mime::WordEncoding::Q};
}

QString decodedSubject(const QString &prefix, const Subject &subject)
{
    return prefix.isEmpty() ? subject.text.text : prefix + u' ' + subject.text.text;
}

QString euros(int cents)
{
    return QString::number(cents / 100) + u'.' + QString::number(cents % 100).rightJustified(2, u'0');
}

// Distinct sentences while the pool lasts: repeats read like a bug.
QStringList pickSentences(const QStringList &pool, int count, Prng &prng)
{
    QStringList out;
    QList<bool> used(pool.size(), false);
    for (int i = 0; i < count; ++i) {
        qsizetype index = qsizetype(prng.below(std::uint64_t(pool.size())));
        for (qsizetype tries = 0; used.at(index) && tries < pool.size(); ++tries)
            index = (index + 1) % pool.size();
        used[index] = true;
        out.append(fillNumber(pool.at(index), prng));
    }
    return out;
}

struct ListInfo {
    Person address;
    QByteArray id;
    QByteArray post;
    QByteArray unsubscribe;
    QStringList footer;
};

ListInfo listInfo(FolderKind kind)
{
    if (kind == FolderKind::QtList) {
        return {{QStringLiteral("Qt Interest"), QByteArrayLiteral("interest@qt-project.example.org")},
                QByteArrayLiteral("Qt Interest <interest.qt-project.example.org>"),
                QByteArrayLiteral("<mailto:interest@qt-project.example.org>"),
                QByteArrayLiteral("<https://lists.qt-project.example.org/listinfo/interest>, "
                                  "<mailto:interest-request@qt-project.example.org?subject=unsubscribe>"),
                {QStringLiteral("_______________________________________________"),
                 QStringLiteral("Interest mailing list"), QStringLiteral("Interest@qt-project.example.org"),
                 QStringLiteral("https://lists.qt-project.example.org/listinfo/interest")}};
    }
    return {{QString(), QByteArrayLiteral("dovecot@dovecot.example.org")},
            QByteArrayLiteral("Dovecot Mailing List <dovecot.dovecot.example.org>"),
            QByteArrayLiteral("<mailto:dovecot@dovecot.example.org>"),
            QByteArrayLiteral("<https://dovecot.example.org/mailman3/lists/dovecot.dovecot.example.org/>"),
            {QStringLiteral("_______________________________________________"),
             QStringLiteral("dovecot mailing list -- dovecot@dovecot.example.org"),
             QStringLiteral("To unsubscribe send an email to dovecot-leave@dovecot.example.org")}};
}

// What a thread's messages share, kept until its last message is written.
struct ThreadState {
    Subject subject;
    Topic topic = Topic::General;
    Language language = Language::English;
    QList<Person> participants; // besides me
    bool fromBot = false;
    // One entry per message generated so far, in thread order.
    QList<QByteArray> messageIds;
    QList<QList<QByteArray>> references;
    QList<QString> quotes;
    QList<QString> authors;
    QList<QByteArray> dates;
};

struct Slot {
    qint64 time;
    int thread;
    int position; // within the thread
    int threadLength;
};

// When each message was sent, and which thread it belongs to. Threads are
// bursts of 2-8 messages minutes to two days apart; the rest stand alone.
QList<Slot> schedule(const FolderSpec &folder, std::uint64_t folderSeed)
{
    Prng prng(deriveSeed(folderSeed, ScheduleStream));
    const Window window = windowFor(folder.kind);
    const qint64 maxGap = 2 * day;
    QList<Slot> slots;
    slots.reserve(folder.messageCount);
    int thread = 0;
    while (slots.size() < folder.messageCount) {
        int length = 1;
        if (hasThreads(folder.kind) && prng.chance(0.3))
            length = int(prng.range(2, 8));
        length = qMin(length, folder.messageCount - int(slots.size()));
        qint64 time = prng.range(window.start, qMax(window.start, window.end - (length - 1) * maxGap));
        for (int position = 0; position < length; ++position) {
            if (position > 0)
                time += prng.range(10 * 60, maxGap);
            slots.append({time, thread, position, length});
        }
        ++thread;
    }
    std::sort(slots.begin(), slots.end(), [](const Slot &a, const Slot &b) {
        if (a.time != b.time)
            return a.time < b.time;
        if (a.thread != b.thread)
            return a.thread < b.thread;
        return a.position < b.position;
    });
    // One message per second at most: file names then sort exactly like
    // Dovecot orders new files (by the time prefix), keeping threads in order.
    for (qsizetype i = 1; i < slots.size(); ++i)
        slots[i].time = qMax(slots[i].time, slots[i - 1].time + 1);
    return slots;
}

class FolderGenerator
{
public:
    FolderGenerator(std::uint64_t seed, const FolderSpec &folder)
        : m_folder(folder)
        , m_key(nameKey(folder.name))
        , m_seed(deriveSeed(seed, m_key))
    {
        if (folder.kind == FolderKind::Trash && folder.messageCount > 0) {
            // "A couple" of messages in Trash are marked \Deleted.
            Prng prng(deriveSeed(m_seed, FolderStream));
            while (m_deleted.size() < qMin(2, folder.messageCount))
                m_deleted.insert(int(prng.below(std::uint64_t(folder.messageCount))));
        }
    }

    bool run(const std::function<bool(GeneratedMessage &)> &sink)
    {
        const QList<Slot> slots = schedule(m_folder, m_seed);
        for (qsizetype i = 0; i < slots.size(); ++i) {
            GeneratedMessage message = generate(int(i), slots.at(i));
            if (!sink(message))
                return false;
        }
        return true;
    }

private:
    GeneratedMessage generate(int index, const Slot &slot);
    ThreadState &thread(const Slot &slot);
    QList<Person> senderPool() const;
    BodyText composeBody(const Person &author, const QList<Person> &to, const ThreadState &thread, int parent,
                         const QString &subjectPrefix, Prng &prng) const;
    MimePart composeMime(BodyKind kind, BodyText &body, const Person &author, const Slot &slot, Prng &prng,
                         Subject *forwardedSubject);
    MimePart attachment(Prng &prng, const Person &author);
    QByteArray forwardedMessage(const Person &forwarder, qint64 time, Prng &prng, Subject *subject) const;
    QByteArray messageId(qint64 time, int index, const QByteArray &domain, Prng &prng, const char *tag = "") const;
    void setFlags(GeneratedMessage &message, int index, bool fromHuman, Prng &prng) const;

    const FolderSpec &m_folder;
    const std::uint64_t m_key;
    const std::uint64_t m_seed;
    QHash<int, ThreadState> m_threads;
    QSet<int> m_deleted;
    int m_largeAttachments = 0;
};

QList<Person> FolderGenerator::senderPool() const
{
    switch (m_folder.kind) {
    case FolderKind::Receipts:
        return Corpus::shops();
    case FolderKind::Bank:
        return Corpus::banks();
    case FolderKind::Junk:
        return Corpus::spammers();
    case FolderKind::Japanese: {
        QList<Person> japanese;
        for (const Person &person : Corpus::people()) {
            if (person.language == Language::Japanese)
                japanese.append(person);
        }
        return japanese;
    }
    default:
        return Corpus::people();
    }
}

ThreadState &FolderGenerator::thread(const Slot &slot)
{
    auto it = m_threads.find(slot.thread);
    if (it != m_threads.end())
        return *it;

    Prng prng(deriveSeed(m_seed, ThreadStream, std::uint64_t(slot.thread)));
    ThreadState state;
    const QList<Person> pool = senderPool();
    // A conversation needs at least two people besides me, or someone would be replying to themselves.
    const int participants = isOutgoing(m_folder.kind) || pool.size() < 3 ? 1
        : slot.threadLength > 1                                           ? int(prng.range(2, 3))
                                                                          : 1;
    while (state.participants.size() < participants) {
        const Person &candidate = prng.pick(pool);
        bool known = false;
        for (const Person &p : state.participants)
            known = known || p.address == candidate.address;
        if (!known)
            state.participants.append(candidate);
    }
    state.topic = topicFor(m_folder.kind, prng);
    state.fromBot = m_folder.kind == FolderKind::Project && slot.threadLength == 1 && prng.chance(0.25);

    const Language lead = state.participants.first().language;
    if (m_folder.kind == FolderKind::Japanese)
        state.language = Language::Japanese;
    else if (m_folder.kind == FolderKind::Bank)
        state.language = Language::German;
    else if (lead != Language::English && !isList(m_folder.kind) && !state.fromBot && prng.chance(0.6))
        state.language = lead;

    QString text;
    const double r = prng.unit();
    const bool personal = m_folder.kind == FolderKind::Inbox || m_folder.kind == FolderKind::Work
        || m_folder.kind == FolderKind::Family || m_folder.kind == FolderKind::Sent
        || m_folder.kind == FolderKind::Trash || m_folder.kind == FolderKind::Archive
        || m_folder.kind == FolderKind::MailingLists;
    if (state.fromBot)
        text = QStringLiteral("[quail] Build #%1 failed on main").arg(prng.range(1000, 9999));
    else if (personal && r < 0.22)
        text = prng.pick(Corpus::internationalSubjects());
    else if (personal && r < 0.27)
        text = prng.pick(Corpus::longSubjects());
    else
        text = fillNumber(prng.pick(Corpus::subjects(state.topic)), prng);
    state.subject = encodeSubject(text, prng);
    return *m_threads.insert(slot.thread, state);
}

QByteArray FolderGenerator::messageId(qint64 time, int index, const QByteArray &domain, Prng &prng,
                                      const char *tag) const
{
    // The folder key and index make it unique; the random part makes it look real.
    return '<' + compactDateUtc(time) + '.' + tag + QByteArray::number(qulonglong(m_key & 0xffffffffU), 36) + '.'
        + QByteArray::number(index) + '.' + hex(prng.next(), 10) + '@' + domain + '>';
}

BodyText FolderGenerator::composeBody(const Person &author, const QList<Person> &to, const ThreadState &thread,
                                      int parent, const QString &subjectPrefix, Prng &prng) const
{
    BodyText body;
    const bool fromMe = author.address == Corpus::me().address;
    body.language = fromMe && thread.language != Language::Japanese ? Language::English : thread.language;
    body.senderName = displayName(author);
    body.closing = Corpus::closing(body.language);

    const int paragraphs = int(prng.range(1, m_folder.kind == FolderKind::Drafts ? 1 : 3));
    const auto addParagraphs = [&](const QStringList &pool) {
        // Sizes first, then one draw of distinct sentences for the whole body.
        QList<int> sizes;
        int total = 0;
        for (int i = 0; i < paragraphs && total < pool.size(); ++i) {
            sizes.append(qMin(int(prng.range(1, 4)), int(pool.size()) - total));
            total += sizes.last();
        }
        const QStringList sentences = pickSentences(pool, total, prng);
        qsizetype next = 0;
        for (const int size : sizes) {
            body.paragraphs.append(sentences.mid(next, size));
            next += size;
        }
    };

    if (thread.fromBot) {
        body.closing.clear();
        body.paragraphs.append(pickSentences(Corpus::noticeSentences(Topic::Project), 5, prng));
        return body;
    }
    switch (m_folder.kind) {
    case FolderKind::Receipts: {
        body.greeting = QStringLiteral("Hello %1,").arg(Corpus::me().name);
        const QStringList &notices = Corpus::noticeSentences(Topic::Receipts);
        body.paragraphs.append(QStringList{notices.first(), notices.at(qsizetype(1 + prng.below(notices.size() - 1)))});
        int total = 0;
        QStringList items;
        const int count = int(prng.range(1, 3));
        for (int i = 0; i < count; ++i) {
            const Corpus::ReceiptItem &item = prng.pick(Corpus::receiptItems());
            const int quantity = int(prng.range(1, 2));
            total += quantity * item.priceCents;
            items.append(
                QStringLiteral("%1 x %2 (%3 EUR)").arg(quantity).arg(item.name, euros(quantity * item.priceCents)));
        }
        const QString order =
            QStringLiteral("Order %1: %2.").arg(prng.range(100000, 999999)).arg(items.join(QStringLiteral(", ")));
        body.paragraphs.append(QStringList{order, QStringLiteral("Total: %1 EUR.").arg(euros(total))});
        body.closing = QStringLiteral("Thank you for shopping with us,");
        return body;
    }
    case FolderKind::Bank:
        body.greeting = QStringLiteral("Sehr geehrte Kundin, sehr geehrter Kunde,");
        addParagraphs(Corpus::noticeSentences(Topic::Bank));
        body.closing = QStringLiteral("Mit freundlichen Grüßen");
        body.senderName = QStringLiteral("Ihre ") + displayName(author);
        return body;
    case FolderKind::Junk:
        body.greeting = QStringLiteral("Dear Customer,");
        addParagraphs(Corpus::noticeSentences(Topic::Junk));
        return body;
    default:
        break;
    }

    const bool toList = isList(m_folder.kind);
    body.greeting = Corpus::greeting(body.language).arg(toList ? QStringLiteral("all") : firstName(to.first()));
    addParagraphs(Corpus::sentences(body.language));
    if (!toList && prng.chance(0.35)) {
        body.signature = {displayName(author),
                          prng.chance(0.5) ? QStringLiteral("Example Corp, Platform Team")
                                           : QStringLiteral("Example Org e.V."),
                          QStringLiteral("https://www.example.com/")};
    }
    if (parent >= 0) {
        if (subjectPrefix == Corpus::forwardPrefix(Language::German)
            || subjectPrefix == Corpus::forwardPrefix(Language::French)
            || subjectPrefix == Corpus::forwardPrefix(Language::English)) {
            body.attribution = QStringLiteral("---------- Forwarded message ----------\nFrom: %1\nDate: %2")
                                   .arg(thread.authors.at(parent), QString::fromLatin1(thread.dates.at(parent)));
        } else {
            body.attribution = Corpus::attribution(body.language)
                                   .arg(QString::fromLatin1(thread.dates.at(parent)), thread.authors.at(parent));
        }
        body.quoted = {thread.quotes.at(parent)};
    }
    if (toList)
        body.footer = listInfo(m_folder.kind).footer;
    return body;
}

MimePart FolderGenerator::attachment(Prng &prng, const Person &author)
{
    const auto pdfFile = [&](const QString &name) {
        const QStringList lines = pickSentences(Corpus::sentences(Language::English), 6, prng);
        return Parts::file(QByteArrayLiteral("application/pdf"), name,
                           Attachments::pdf(QStringLiteral("Document from %1").arg(firstName(author)), lines));
    };
    const auto pngFile = [&](const QString &name) {
        const int width = int(prng.range(16, 64));
        const int height = int(prng.range(16, 64));
        return Parts::file(QByteArrayLiteral("image/png"), name, Attachments::png(prng, width, height));
    };
    const auto textFile = [&](const QString &name) {
        const QString text = pickSentences(Corpus::sentences(author.language), 8, prng).join(u'\n') + u'\n';
        return Parts::file(QByteArrayLiteral("text/plain; charset=UTF-8"), name, text.toUtf8());
    };
    const auto byExtension = [&](const QString &name) {
        if (name.endsWith(QLatin1StringView(".pdf")))
            return pdfFile(name);
        if (name.endsWith(QLatin1StringView(".png")))
            return pngFile(name);
        return textFile(name);
    };

    if (m_folder.kind == FolderKind::Receipts)
        return pdfFile(QStringLiteral("invoice-%1.pdf").arg(prng.range(10000, 99999)));
    if (m_folder.kind == FolderKind::Bank)
        return pdfFile(QStringLiteral("Kontoauszug_%1.pdf").arg(prng.range(1, 12)));
    switch (prng.weighted({35, 25, 20, 20})) {
    case 0:
        return pdfFile(fillNumber(prng.pick(Corpus::documentNames().filter(QStringLiteral(".pdf"))), prng));
    case 1:
        return pngFile(prng.pick(Corpus::documentNames().filter(QStringLiteral(".png"))));
    case 2:
        return textFile(fillNumber(prng.pick(Corpus::documentNames().filter(QStringLiteral(".txt"))), prng));
    default:
        return byExtension(prng.pick(Corpus::internationalFileNames()));
    }
}

QByteArray FolderGenerator::forwardedMessage(const Person &forwarder, qint64 time, Prng &prng, Subject *subject) const
{
    const Person &from = prng.pick(Corpus::people());
    const QString text = prng.chance(0.3) ? prng.pick(Corpus::internationalSubjects())
                                          : fillNumber(prng.pick(Corpus::subjects(Topic::General)), prng);
    *subject = encodeSubject(text, prng);

    BodyText body;
    body.language = prng.chance(0.5) ? from.language : Language::English;
    body.greeting = Corpus::greeting(body.language).arg(firstName(forwarder));
    body.paragraphs.append(pickSentences(Corpus::sentences(body.language), int(prng.range(2, 4)), prng));
    body.closing = Corpus::closing(body.language);
    body.senderName = displayName(from);
    MimePart root = textPart(QByteArrayLiteral("plain"), renderPlain(body), body.language, prng);
    if (prng.chance(0.4)) {
        MimePart html = textPart(QByteArrayLiteral("html"), renderHtml(body), body.language, prng);
        const QByteArray boundary = makeBoundary(prng);
        root = Parts::multipart(QByteArrayLiteral("alternative"), boundary, {root, html});
    }

    HeaderBlock headers;
    headers.addRaw(QByteArrayLiteral("Date"),
                   rfc5322Date(time, Corpus::utcOffsetMinutes(from.zone, time), prng.chance(0.3)));
    headers.add(QByteArrayLiteral("From"), HeaderWords::mailbox(from));
    headers.add(QByteArrayLiteral("To"), HeaderWords::mailbox(forwarder));
    headers.add(QByteArrayLiteral("Subject"), HeaderWords::encodedText(QString(), subject->text, subject->encoding));
    headers.addRaw(QByteArrayLiteral("Message-ID"), messageId(time, 0, domainOf(from.address), prng, "fwd."));
    headers.addRaw(QByteArrayLiteral("MIME-Version"), QByteArrayLiteral("1.0"));
    return serializeMessage(headers, root);
}

MimePart FolderGenerator::composeMime(BodyKind kind, BodyText &body, const Person &author, const Slot &slot, Prng &prng,
                                      Subject *forwardedSubject)
{
    const auto plain = [&] { return textPart(QByteArrayLiteral("plain"), renderPlain(body), body.language, prng); };
    const auto html = [&](const QString &extra = {}) {
        return textPart(QByteArrayLiteral("html"), renderHtml(body, extra), body.language, prng);
    };
    // Each random draw in its own statement, in a fixed order (see makeBoundary).
    const auto multipart = [&](const QByteArray &subtype, const QList<MimePart> &children,
                               const QByteArray &parameter = {}) {
        const QByteArray boundary = makeBoundary(prng);
        return Parts::multipart(subtype, boundary, children, parameter);
    };
    const auto alternative = [&] {
        MimePart text = plain();
        MimePart rich = html();
        return multipart(QByteArrayLiteral("alternative"), {text, rich});
    };
    const auto withPreamble = [&](MimePart part) {
        if (prng.chance(0.5))
            part.preamble = QByteArrayLiteral("This is a multi-part message in MIME format.");
        return part;
    };

    if (kind == BodyKind::Html || kind == BodyKind::Alternative || kind == BodyKind::Related) {
        const double remote = m_folder.kind == FolderKind::Junk ? 0.9
            : m_folder.kind == FolderKind::Receipts             ? 0.8
                                                                : 0.2;
        if (prng.chance(remote))
            body.remoteImageUrl =
                QStringLiteral("https://tracker.example.com/p.gif?m=") + QString::fromLatin1(hex(prng.next(), 12));
    }

    switch (kind) {
    case BodyKind::Plain:
        return plain();
    case BodyKind::Html:
        return html();
    case BodyKind::Alternative:
        return withPreamble(alternative());
    case BodyKind::Mixed: {
        QList<MimePart> children{prng.chance(0.5) ? plain() : alternative()};
        const bool single = m_folder.kind == FolderKind::Receipts || m_folder.kind == FolderKind::Bank;
        const int count = single ? 1 : int(prng.range(1, 3));
        for (int i = 0; i < count; ++i)
            children.append(attachment(prng, author));
        return withPreamble(multipart(QByteArrayLiteral("mixed"), children));
    }
    case BodyKind::Related: {
        const QByteArray cidLeft = hex(prng.next(), 8);
        const QByteArray cidRight = hex(prng.next(), 8);
        const QByteArray cid = "part1." + cidLeft + '.' + cidRight + "@example.com";
        const MimePart image = Parts::file(QByteArrayLiteral("image/png"), QStringLiteral("logo.png"),
                                           Attachments::png(prng, 48, 48), cid);
        const QString tag = QStringLiteral("<p><img src=\"cid:") + QString::fromLatin1(cid)
            + QStringLiteral("\" alt=\"logo\" width=\"48\" height=\"48\"></p>\n");
        MimePart text = plain();
        MimePart rich = html(tag);
        const MimePart related =
            multipart(QByteArrayLiteral("related"), {rich, image}, QByteArrayLiteral("type=\"text/html\""));
        if (prng.chance(0.5))
            return withPreamble(related);
        return withPreamble(multipart(QByteArrayLiteral("alternative"), {text, related}));
    }
    case BodyKind::Forward: {
        const qint64 innerTime = slot.time - prng.range(3600, 20 * day);
        const QByteArray inner = forwardedMessage(author, innerTime, prng, forwardedSubject);
        QString name = forwardedSubject->text.text;
        for (const QChar bad : {u'/', u'\\', u':', u'?', u'*', u'"', u'<', u'>', u'|'})
            name.replace(bad, u'_');
        MimePart text = plain();
        return withPreamble(
            multipart(QByteArrayLiteral("mixed"), {text, Parts::message(inner, name + QStringLiteral(".eml"))}));
    }
    case BodyKind::Large: {
        ++m_largeAttachments;
        const int width = int(prng.range(180, 300));
        const int height = int(prng.range(180, 300));
        const QString name = QStringLiteral("IMG_%1.png").arg(QString::fromLatin1(compactDateUtc(slot.time)));
        MimePart text = plain();
        MimePart image = Parts::file(QByteArrayLiteral("image/png"), name, Attachments::png(prng, width, height, true));
        return withPreamble(multipart(QByteArrayLiteral("mixed"), {text, image}));
    }
    }
    return plain();
}

void FolderGenerator::setFlags(GeneratedMessage &message, int index, bool fromHuman, Prng &prng) const
{
    const qint64 age = Generator::epoch - message.time;
    switch (m_folder.kind) {
    case FolderKind::Sent:
        message.seen = true;
        return;
    case FolderKind::Drafts:
        message.seen = true;
        message.draft = true;
        return;
    case FolderKind::Junk:
        message.seen = prng.chance(0.3);
        message.keywords.append(QStringLiteral("$Junk"));
        return;
    case FolderKind::Trash:
        message.seen = prng.chance(0.9);
        message.deleted = m_deleted.contains(index);
        return;
    case FolderKind::Archive:
        message.seen = true;
        message.flagged = prng.chance(0.05);
        message.answered = fromHuman && prng.chance(0.2);
        return;
    case FolderKind::QtList:
    case FolderKind::DovecotList:
        message.seen = age > 7 * day ? prng.chance(0.97) : prng.chance(0.3);
        message.flagged = prng.chance(0.02);
        return;
    default:
        break;
    }
    // Most older mail has been read; recent mail often has not.
    message.seen = age > 21 * day ? prng.chance(0.93) : prng.chance(0.35);
    message.flagged = prng.chance(0.07);
    message.answered = message.seen && fromHuman && prng.chance(0.15);
    if (fromHuman && prng.chance(0.035))
        message.keywords.append(QStringLiteral("$Forwarded"));
    if (prng.chance(0.03))
        message.keywords.append(QStringLiteral("$label1"));
    const bool work = m_folder.kind == FolderKind::Work || m_folder.kind == FolderKind::Project;
    if (prng.chance(work ? 0.15 : 0.02))
        message.keywords.append(QStringLiteral("work"));
}

GeneratedMessage FolderGenerator::generate(int index, const Slot &slot)
{
    Prng prng(deriveSeed(m_seed, MessageStream, std::uint64_t(index)));
    ThreadState &state = thread(slot);
    const Person &me = Corpus::me();
    const FolderKind kind = m_folder.kind;

    // Who writes to whom.
    Person author = state.fromBot ? Corpus::ciBot() : state.participants.at(slot.position % state.participants.size());
    QList<Person> to{me};
    QList<Person> cc;
    if (isOutgoing(kind)) {
        to = {author};
        author = me;
    } else if (isList(kind)) {
        to = {listInfo(kind).address};
    } else if (kind == FolderKind::Junk && prng.chance(0.3)) {
        to.clear(); // an undisclosed-recipients group instead
    }
    if (!state.fromBot
        && (kind == FolderKind::Inbox || kind == FolderKind::Work || kind == FolderKind::Project
            || kind == FolderKind::Family || kind == FolderKind::Sent)) {
        if (prng.chance(0.2)) {
            const Person &other = prng.pick(Corpus::people());
            if (other.address != author.address && other.address != to.first().address)
                to.append(other);
        }
        if (prng.chance(0.15)) {
            for (const Person &p : state.participants) {
                if (p.address != author.address && p.address != to.first().address)
                    cc.append(p);
            }
            if (cc.isEmpty())
                cc.append(prng.pick(Corpus::people()));
        }
    }

    // Threading: a reply to the previous message, sometimes to an earlier one.
    int parent = -1;
    if (slot.position > 0) {
        parent = slot.position - 1;
        if (parent > 0 && prng.chance(0.2))
            parent = int(prng.below(std::uint64_t(parent)));
    }
    const Language authorLanguage = author.address == me.address ? Language::English : author.language;
    QString prefix;
    if (parent >= 0)
        prefix = prng.chance(0.1) ? Corpus::forwardPrefix(authorLanguage) : Corpus::replyPrefix(authorLanguage);

    BodyKind bodyKind = BodyKind(prng.weighted(bodyWeights(kind)));
    if (state.fromBot)
        bodyKind = BodyKind::Mixed;
    if (bodyKind == BodyKind::Forward && slot.threadLength > 1)
        bodyKind = BodyKind::Mixed; // a thread's subject must stay the thread's
    if (bodyKind == BodyKind::Large && m_largeAttachments >= maxLargeAttachments)
        bodyKind = BodyKind::Mixed;

    BodyText body = composeBody(author, to.isEmpty() ? QList<Person>{me} : to, state, parent, prefix, prng);
    Subject subject = state.subject;
    Subject forwarded;
    MimePart root;
    if (state.fromBot) {
        const QString log = pickSentences(Corpus::noticeSentences(Topic::Project), 12, prng).join(u'\n') + u'\n';
        MimePart text = textPart(QByteArrayLiteral("plain"), renderPlain(body), body.language, prng);
        MimePart file = Parts::file(QByteArrayLiteral("text/plain; charset=UTF-8"),
                                    QStringLiteral("build-log-%1.txt").arg(prng.range(1000, 9999)), log.toUtf8());
        const QByteArray boundary = makeBoundary(prng);
        root = Parts::multipart(QByteArrayLiteral("mixed"), boundary, {text, file});
    } else {
        root = composeMime(bodyKind, body, author, slot, prng, &forwarded);
    }
    if (bodyKind == BodyKind::Forward && !state.fromBot) {
        subject = forwarded;
        prefix = Corpus::forwardPrefix(authorLanguage);
    }

    GeneratedMessage message;
    message.time = slot.time;
    message.from = author;
    message.subject = decodedSubject(prefix, subject);
    message.hasAttachment = root.hasAttachment();
    message.messageId = messageId(slot.time, index, domainOf(author.address), prng);

    // Header fields in the order mailers and MTAs usually leave them.
    HeaderBlock headers;
    const int authorOffset = Corpus::utcOffsetMinutes(author.zone, slot.time);
    const QByteArray date = rfc5322Date(slot.time, authorOffset, prng.chance(0.3));
    if (!isOutgoing(kind)) {
        const qint64 received = slot.time + prng.range(1, 90);
        headers.addRaw(QByteArrayLiteral("Return-Path"), '<' + author.address + '>');
        const QByteArray relay = "mx" + QByteArray::number(prng.range(1, 4)) + '.' + domainOf(author.address);
        headers.add(QByteArrayLiteral("Received"),
                    {"from", relay, '(' + relay, "[192.0.2." + QByteArray::number(prng.range(1, 254)) + "])", "by",
                     "mail.example.com", "(Postfix)", "with", "ESMTPS", "id", hex(prng.next(), 12).toUpper(), "for",
                     '<' + me.address + ">;", rfc5322Date(received, Corpus::utcOffsetMinutes(me.zone, received))});
    }
    headers.addRaw(QByteArrayLiteral("Date"), date);
    headers.add(QByteArrayLiteral("From"), HeaderWords::mailbox(author));
    if (to.isEmpty())
        headers.addRaw(QByteArrayLiteral("To"), QByteArrayLiteral("undisclosed-recipients:;"));
    else
        headers.add(QByteArrayLiteral("To"), HeaderWords::addressList(to));
    if (!cc.isEmpty())
        headers.add(QByteArrayLiteral("Cc"), HeaderWords::addressList(cc));
    headers.add(QByteArrayLiteral("Subject"), HeaderWords::encodedText(prefix, subject.text, subject.encoding));
    headers.addRaw(QByteArrayLiteral("Message-ID"), message.messageId);
    QList<QByteArray> references;
    if (parent >= 0) {
        message.inReplyTo = state.messageIds.at(parent);
        references = state.references.at(parent);
        references.append(message.inReplyTo);
        // Mailers trim long chains but keep the root (RFC 5322 §3.6.4).
        while (references.size() > 10)
            references.removeAt(1);
        headers.addRaw(QByteArrayLiteral("In-Reply-To"), message.inReplyTo);
        headers.add(QByteArrayLiteral("References"), references);
    }
    if (isList(kind)) {
        const ListInfo list = listInfo(kind);
        headers.addRaw(QByteArrayLiteral("List-Id"), list.id);
        headers.addRaw(QByteArrayLiteral("List-Post"), list.post);
        headers.add(QByteArrayLiteral("List-Unsubscribe"), HeaderWords::text(QString::fromLatin1(list.unsubscribe)));
        headers.addRaw(QByteArrayLiteral("Precedence"), QByteArrayLiteral("list"));
    }
    const bool human =
        !state.fromBot && kind != FolderKind::Receipts && kind != FolderKind::Bank && kind != FolderKind::Junk;
    if (human) {
        const QByteArray &mailer = prng.pick(Corpus::mailers());
        const bool xMailer = mailer.startsWith("Microsoft") || mailer.startsWith("Apple");
        headers.addRaw(xMailer ? QByteArrayLiteral("X-Mailer") : QByteArrayLiteral("User-Agent"), mailer);
    }
    headers.addRaw(QByteArrayLiteral("MIME-Version"), QByteArrayLiteral("1.0"));
    message.content = serializeMessage(headers, root);

    setFlags(message, index, human, prng);

    // Remember what later replies in the thread need; forget finished threads.
    state.messageIds.append(message.messageId);
    state.references.append(references);
    state.quotes.append(body.firstParagraph());
    state.authors.append(displayName(author));
    state.dates.append(date);
    if (slot.position + 1 >= slot.threadLength)
        m_threads.remove(slot.thread);
    return message;
}

} // namespace

bool Generator::generateFolder(const FolderSpec &folder, const std::function<bool(GeneratedMessage &)> &sink) const
{
    if (folder.kind == FolderKind::HardCases) {
        for (GeneratedMessage &message : hardCases(m_seed)) {
            if (!sink(message))
                return false;
        }
        return true;
    }
    FolderGenerator generator(m_seed, folder);
    return generator.run(sink);
}

} // namespace MailGen
