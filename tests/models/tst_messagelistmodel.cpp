// The message list model against the Dovecot fixture, always under
// QAbstractItemModelTester: the UID list gives the row count at once, the
// details of only the rows asked for arrive in batches and match the
// manifest, and another client appending, flagging and expunging in the
// shown folder makes rows appear, change and disappear in place (never a
// reset). What it appends it expunges again: other tests share the server.

#include "awaitreply.h"
#include "imap/engine/engine.h"
#include "imap/protocol/commands.h"
#include "models/messagelistmodel.h"
#include "testserver.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QDateTime>
#include <QFont>
#include <QJsonArray>
#include <QJsonObject>
#include <QMutex>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

using namespace Quail::Imap;
using namespace Quail::Models;
using Quail::Test::TestServer;

namespace {

constexpr int Timeout = 15000;

CommandResult await(CommandReply *reply)
{
    return Quail::Test::await(reply, Timeout);
}

QByteArray message(const QByteArray &subject)
{
    return "From: Other Client <other@example.org>\r\nTo: quail@example.org\r\nSubject: " + subject
        + "\r\nMessage-ID: <" + subject + "@quail.test>\r\n\r\nBody.\r\n";
}

} // namespace

class TestMessageListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void rowCountIsRightOnceUidsArrive();
    void detailsLoadLazilyInBatches();
    void everyRowLoadsThroughAFewPipelinedCommands();
    void followsAnotherClientInPlace();

private:
    bool openMailbox(const QByteArray &mailbox);
    QJsonObject manifestFolder(const QString &name) const { return m_manifestFolders.value(name).toObject(); }
    int detailFetches()
    {
        QMutexLocker locker(&m_traceMutex);
        return int(m_detailFetches.size());
    }

    TestServer m_server;
    QJsonObject m_manifestFolders;
    std::unique_ptr<Engine> m_engine; // the model's session
    std::unique_ptr<Engine> m_other; // another client, and the checker
    std::unique_ptr<MessageListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    int m_resets = 0;
    // Written by the trace sink on the engine's thread.
    QMutex m_traceMutex;
    QList<QByteArray> m_detailFetches;
    QSet<QByteArray> m_detailTagsInFlight;
    int m_maxDetailsInFlight = 0;
};

void TestMessageListModel::initTestCase()
{
    QString error;
    const auto server = TestServer::fromEnvironment(&error);
    QVERIFY2(server, qPrintable(error));
    m_server = *server;
    m_manifestFolders = m_server.manifestFolders();
    QVERIFY2(!m_manifestFolders.isEmpty(), "the fixture ran without sample mail");
}

void TestMessageListModel::init()
{
    m_engine = m_server.openEngine(Timeout);
    m_other = m_server.openEngine(Timeout);
    QVERIFY(m_engine && m_other);
    {
        QMutexLocker locker(&m_traceMutex);
        m_detailFetches.clear();
        m_detailTagsInFlight.clear();
        m_maxDetailsInFlight = 0;
    }
    m_engine->setTraceSink([this](bool incoming, const QByteArray &line) {
        QMutexLocker locker(&m_traceMutex);
        if (!incoming && line.contains(" FETCH ") && line.contains("ENVELOPE")) {
            m_detailFetches.append(line);
            m_detailTagsInFlight.insert(line.left(line.indexOf(' ')));
            m_maxDetailsInFlight = std::max(m_maxDetailsInFlight, int(m_detailTagsInFlight.size()));
        } else if (incoming && !line.startsWith('*')) {
            m_detailTagsInFlight.remove(line.left(line.indexOf(' ')));
        }
    });
    m_model = std::make_unique<MessageListModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_resets = 0;
}

void TestMessageListModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_engine.reset();
    m_other.reset();
}

bool TestMessageListModel::openMailbox(const QByteArray &mailbox)
{
    QSignalSpy loaded(m_model.get(), &MessageListModel::loaded);
    m_model->setMailbox(m_engine.get(), MailboxName::fromWire(mailbox));
    // Resets count from here on: setMailbox() itself is the one allowed.
    connect(m_model.get(), &QAbstractItemModel::modelAboutToBeReset, this, [this] { ++m_resets; });
    connect(m_model.get(), &QAbstractItemModel::layoutAboutToBeChanged, this, [this] { ++m_resets; });
    return loaded.wait(Timeout) && m_model->state() == MessageListModel::State::Ready;
}

void TestMessageListModel::rowCountIsRightOnceUidsArrive()
{
    QSignalSpy listing(m_model.get(), &MessageListModel::listingStarted);
    QVERIFY(!m_model->uidValidity());
    QVERIFY(openMailbox("INBOX"));
    const QJsonObject inbox = manifestFolder(QStringLiteral("INBOX"));
    QCOMPARE(m_model->rowCount(), inbox.value(QStringLiteral("total")).toInt());
    // The count was announced before the rows came, once.
    QCOMPARE(listing.size(), 1);
    QCOMPARE(listing.first().first().toInt(), m_model->rowCount());
    QVERIFY(m_model->uidValidity().value_or(0) != 0);
    // Indicator columns are a glyph wide: the header is the glyph, the word
    // its tooltip.
    QCOMPARE(m_model->headerData(MessageListModel::FlaggedColumn, Qt::Horizontal).toString(), QStringLiteral("\u2605"));
    QCOMPARE(m_model->headerData(MessageListModel::SeenColumn, Qt::Horizontal, Qt::ToolTipRole).toString(),
             QStringLiteral("Unread"));
    QCOMPARE(m_model->headerData(MessageListModel::SubjectColumn, Qt::Horizontal).toString(),
             QStringLiteral("Subject"));
    const QJsonArray messages = inbox.value(QStringLiteral("messages")).toArray();
    QCOMPARE(messages.size(), m_model->rowCount());
    int unseen = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, MessageListModel::SeenColumn);
        QCOMPARE(index.data(MessageListModel::UidRole).toUInt(),
                 quint32(messages.at(row).toObject().value(QStringLiteral("uid")).toInt()));
        const bool seen = index.data(MessageListModel::SeenRole).toBool();
        unseen += seen ? 0 : 1;
        // Views drag only rows their model calls draggable.
        QVERIFY(m_model->flags(index).testFlag(Qt::ItemIsDragEnabled));
        QCOMPARE(index.data(Qt::FontRole).value<QFont>().bold(), !seen);
        const QJsonArray flags = messages.at(row).toObject().value(QStringLiteral("flags")).toArray();
        QCOMPARE(index.data(MessageListModel::FlaggedRole).toBool(), flags.contains(QStringLiteral("\\Flagged")));
    }
    QCOMPARE(unseen, inbox.value(QStringLiteral("unseen")).toInt());
    // Flags and UIDs need no details: nothing was fetched for them.
    QCOMPARE(detailFetches(), 0);
    QCOMPARE(m_resets, 0);
}

void TestMessageListModel::detailsLoadLazilyInBatches()
{
    QVERIFY(openMailbox("INBOX"));
    const QJsonArray messages = manifestFolder(QStringLiteral("INBOX")).value(QStringLiteral("messages")).toArray();
    QVERIFY2(m_model->rowCount() >= 130, "the fixture's INBOX is too small for this test");
    QCOMPARE(m_model->batchSize(), 50);

    // A view showing the first ten rows: placeholders, then one batch.
    for (int row = 0; row < 10; ++row) {
        const QModelIndex subject = m_model->index(row, MessageListModel::SubjectColumn);
        QVERIFY(!subject.data(MessageListModel::LoadedRole).toBool());
        QCOMPARE(subject.data().toString(), QStringLiteral("Loading\u2026"));
    }
    QVERIFY(QTest::qWaitFor([&] { return m_model->pendingRequests() == 1; }, Timeout));
    // Asking again while the batch is on its way sends nothing more.
    for (int row = 0; row < 10; ++row)
        m_model->index(row, MessageListModel::FromColumn).data();
    QVERIFY(QTest::qWaitFor([&] { return m_model->isRowLoaded(9); }, Timeout));
    QCOMPARE(m_model->pendingRequests(), 0);
    QCOMPARE(detailFetches(), 1);

    // The whole first batch came, nothing beyond it.
    for (int row = 0; row < 50; ++row)
        QVERIFY2(m_model->isRowLoaded(row), qPrintable(QString::number(row)));
    QVERIFY(!m_model->isRowLoaded(50));

    for (int row = 0; row < 50; ++row) {
        const QJsonObject expected = messages.at(row).toObject();
        const QModelIndex index = m_model->index(row, 0);
        QCOMPARE(index.data(MessageListModel::UidRole).toUInt(),
                 quint32(expected.value(QStringLiteral("uid")).toInt()));
        QCOMPARE(index.data(MessageListModel::SubjectRole).toString(),
                 expected.value(QStringLiteral("subject")).toString());
        const QJsonObject from = expected.value(QStringLiteral("from")).toObject();
        const QString name = from.value(QStringLiteral("name")).toString();
        QCOMPARE(index.data(MessageListModel::FromRole).toString(),
                 name.isEmpty() ? from.value(QStringLiteral("address")).toString() : name);
        QCOMPARE(index.data(MessageListModel::FromAddressRole).toString(),
                 from.value(QStringLiteral("address")).toString());
        QCOMPARE(index.data(MessageListModel::HasAttachmentRole).toBool(),
                 expected.value(QStringLiteral("hasAttachment")).toBool());
        QCOMPARE(index.data(MessageListModel::SizeRole).toULongLong(),
                 quint64(expected.value(QStringLiteral("rfc822Size")).toInteger()));
        QVERIFY(index.data(MessageListModel::DateRole).toDateTime().isValid());
        QVERIFY(!m_model->index(row, MessageListModel::SubjectColumn).data().toString().isEmpty());
    }
    QCOMPARE(detailFetches(), 1);

    // A row in the middle of the third batch: that batch only.
    m_model->index(120, MessageListModel::SubjectColumn).data();
    QVERIFY(QTest::qWaitFor([&] { return m_model->isRowLoaded(120); }, Timeout));
    QCOMPARE(detailFetches(), 2);
    QVERIFY(m_model->isRowLoaded(100) && m_model->isRowLoaded(149));
    QVERIFY(!m_model->isRowLoaded(99) && !m_model->isRowLoaded(150));

    // Near the end of a batch (row 195 of 150..199) the next one is fetched
    // too, in the same request: one round trip for both.
    m_model->index(195, MessageListModel::SubjectColumn).data();
    QVERIFY(QTest::qWaitFor([&] { return m_model->isRowLoaded(195) && m_model->pendingRequests() == 0; }, Timeout));
    QVERIFY(m_model->isRowLoaded(150));
    const bool nextBatch = m_model->rowCount() > 200;
    if (nextBatch)
        QVERIFY(m_model->isRowLoaded(200) && m_model->isRowLoaded(std::min(249, m_model->rowCount() - 1)));
    if (m_model->rowCount() > 250)
        QVERIFY(!m_model->isRowLoaded(250));
    QCOMPARE(detailFetches(), 3);
    {
        // Each batch is one UID FETCH of exactly the items a row shows.
        QMutexLocker locker(&m_traceMutex);
        for (const QByteArray &line : std::as_const(m_detailFetches))
            QVERIFY2(line.contains(" UID FETCH ") && line.contains("(ENVELOPE INTERNALDATE RFC822.SIZE BODYSTRUCTURE)"),
                     line.constData());
    }
    QCOMPARE(m_resets, 0);
}

void TestMessageListModel::everyRowLoadsThroughAFewPipelinedCommands()
{
    // What a client-side sort does: ask for every row at once. Small
    // batches make the folder take many commands; they go out a few at a
    // time, several on the wire together, each UID asked for once.
    QVERIFY(openMailbox("INBOX"));
    const QJsonArray messages = manifestFolder(QStringLiteral("INBOX")).value(QStringLiteral("messages")).toArray();
    m_model->setBatchSize(2);
    const int rows = m_model->rowCount();
    QVERIFY2(rows >= 130, "the fixture's INBOX is too small for this test");
    QSignalSpy loadedRows(m_model.get(), &MessageListModel::rowsLoaded);
    m_model->fetchRows(0, rows - 1);
    QVERIFY(QTest::qWaitFor(
        [&] {
            for (int row = 0; row < rows; ++row) {
                if (!m_model->isRowLoaded(row))
                    return false;
            }
            return m_model->pendingRequests() == 0;
        },
        Timeout));
    for (int row = 0; row < rows; ++row) {
        QCOMPARE(m_model->index(row, 0).data(MessageListModel::SubjectRole).toString(),
                 messages.at(row).toObject().value(QStringLiteral("subject")).toString());
    }

    QMutexLocker locker(&m_traceMutex);
    // 20 blocks of 2 rows per command, at most eight commands in flight.
    QVERIFY2(m_detailFetches.size() >= (rows + 39) / 40, QByteArray::number(m_detailFetches.size()).constData());
    QVERIFY2(m_maxDetailsInFlight >= 2 && m_maxDetailsInFlight <= 8,
             QByteArray::number(m_maxDetailsInFlight).constData());
    QList<quint32> requested;
    for (const QByteArray &line : std::as_const(m_detailFetches)) {
        const QList<QByteArray> words = line.split(' ');
        QVERIFY2(words.size() > 3 && words.at(1) == "UID", line.constData());
        const auto set = SequenceSet::parse(words.at(3));
        QVERIFY2(set, line.constData());
        requested += *set->toNumbers();
    }
    QCOMPARE(requested.size(), rows);
    std::sort(requested.begin(), requested.end());
    QVERIFY(std::adjacent_find(requested.cbegin(), requested.cend()) == requested.cend());
    QVERIFY(loadedRows.size() >= m_detailFetches.size());
    QCOMPARE(m_resets, 0);
}

void TestMessageListModel::followsAnotherClientInPlace()
{
    const QByteArray folder = "Junk";
    QVERIFY(m_manifestFolders.contains(QString::fromLatin1(folder)));
    QVERIFY(openMailbox(folder));
    const int initial = m_model->rowCount();
    QCOMPARE(initial, manifestFolder(QString::fromLatin1(folder)).value(QStringLiteral("total")).toInt());

    // Whatever happens below, what was appended is expunged again.
    QList<quint32> appended;
    auto restore = qScopeGuard([&] {
        if (appended.isEmpty() || !m_other)
            return;
        const SequenceSet uids = SequenceSet::fromNumbers(appended);
        await(m_other->select(MailboxName::fromWire(folder), false));
        await(m_other->execute(Commands::store(uids, Commands::StoreMode::Add, {"\\Deleted"})));
        await(m_other->execute(Commands::uidExpunge(uids)));
        await(m_other->execute(Commands::unselect()));
    });

    const QByteArray stem = "quail-msglist-" + QByteArray::number(QCoreApplication::applicationPid()) + '-'
        + QByteArray::number(QDateTime::currentMSecsSinceEpoch() % 100000000);
    const QList<QByteArray> subjects{stem + "-a", stem + "-b"};
    for (int i = 0; i < subjects.size(); ++i) {
        const QList<QByteArray> flags = i == 0 ? QList<QByteArray>{"\\Seen"} : QList<QByteArray>{};
        const CommandResult result = await(m_other->execute(
            Commands::append(MailboxName::fromWire(folder), flags, std::nullopt, message(subjects[i]))));
        QVERIFY2(result.ok(), qPrintable(result.text));
        QCOMPARE(result.code.type, ResponseCode::Type::AppendUid);
        appended.append(*result.code.uids.toNumbers());
    }

    // The model's session hears of them (a NOOP here; IDLE in the app).
    QVERIFY(await(m_engine->execute(Commands::noop())).ok());
    QVERIFY(QTest::qWaitFor([&] { return m_model->rowCount() == initial + 2; }, Timeout));
    for (int i = 0; i < 2; ++i) {
        const QModelIndex index = m_model->index(initial + i, 0);
        QCOMPARE(index.data(MessageListModel::UidRole).toUInt(), appended[i]);
        QCOMPARE(index.data(MessageListModel::SeenRole).toBool(), i == 0);
        index.siblingAtColumn(MessageListModel::SubjectColumn).data();
    }
    QVERIFY(QTest::qWaitFor([&] { return m_model->isRowLoaded(initial + 1); }, Timeout));
    QCOMPARE(m_model->index(initial, 0).data(MessageListModel::SubjectRole).toString(),
             QString::fromLatin1(subjects[0]));
    QCOMPARE(m_model->index(initial + 1, 0).data(MessageListModel::FromRole).toString(),
             QStringLiteral("Other Client"));

    // Another client flags the second one.
    QVERIFY(await(m_other->select(MailboxName::fromWire(folder), false)).ok());
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QVERIFY(await(m_other->execute(Commands::store(SequenceSet::single(appended[1]), Commands::StoreMode::Add,
                                                   {"\\Flagged", "$Forwarded"})))
                .ok());
    QVERIFY(await(m_engine->execute(Commands::noop())).ok());
    QVERIFY(QTest::qWaitFor([&] { return m_model->index(initial + 1, 0).data(MessageListModel::FlaggedRole).toBool(); },
                            Timeout));
    QVERIFY(m_model->index(initial + 1, 0).data(MessageListModel::ForwardedRole).toBool());
    QVERIFY(!m_model->index(initial, 0).data(MessageListModel::FlaggedRole).toBool());
    QVERIFY(!changed.isEmpty());
    QCOMPARE(changed.constLast().at(0).toModelIndex().row(), initial + 1);

    // ... and expunges both.
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    const SequenceSet uids = SequenceSet::fromNumbers(appended);
    QVERIFY(await(m_other->execute(Commands::store(uids, Commands::StoreMode::Add, {"\\Deleted"}))).ok());
    QVERIFY(await(m_other->execute(Commands::uidExpunge(uids))).ok());
    appended.clear();
    QVERIFY(await(m_other->execute(Commands::unselect())).ok());
    QVERIFY(await(m_engine->execute(Commands::noop())).ok());
    QVERIFY(QTest::qWaitFor([&] { return m_model->rowCount() == initial; }, Timeout));
    QVERIFY(!removed.isEmpty());
    QCOMPARE(m_model->rowOfUid(uids.ranges().constFirst().first), -1);
    // The rows that were there all along kept their places.
    const QJsonArray messages = manifestFolder(QString::fromLatin1(folder)).value(QStringLiteral("messages")).toArray();
    for (int row = 0; row < initial; ++row) {
        QCOMPARE(m_model->index(row, 0).data(MessageListModel::UidRole).toUInt(),
                 quint32(messages.at(row).toObject().value(QStringLiteral("uid")).toInt()));
    }
    QCOMPARE(m_resets, 0);
}

QTEST_MAIN(TestMessageListModel)
#include "tst_messagelistmodel.moc"
