// Sorting and the quick filter over the message list, against the Dovecot
// fixture and under QAbstractItemModelTester: the server's SORT and SEARCH
// where it has them, the client's collator and pool thread otherwise, the
// orders checked against quail-mailgen's manifest, and another client's
// changes followed without losing a row's identity.

#include "awaitreply.h"
#include "imap/engine/engine.h"
#include "imap/protocol/commands.h"
#include "imap/protocol/searchkey.h"
#include "models/basesubject.h"
#include "models/messagelistmodel.h"
#include "models/messagesortfiltermodel.h"
#include "testserver.h"

#include <QAbstractItemModelTester>
#include <QCollator>
#include <QJsonArray>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

using namespace Quail::Imap;
using namespace Quail::Models;
using Quail::Test::TestServer;

namespace {

constexpr int Timeout = 30000;

CommandResult await(CommandReply *reply)
{
    return Quail::Test::await(reply, Timeout);
}

struct ManifestMessage {
    quint32 uid;
    QString subject;
    QString fromName;
    QString fromAddress;
    quint64 size;
    QDateTime date;
    bool flagged;
};

} // namespace

class TestMessageSortFilterModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void naturalOrderIsTheFolders();
    void serverSortsBySize();
    void serverSortsByArrivalDescending();
    void clientSortsSubjectsByCollation();
    void clientSortsFlagColumns();
    void filterAsksTheServer();
    void filterAndSortTogether();
    void rowsKeepTheirIdentityAcrossSorts();
    void followsAnotherClient();

private:
    bool waitOrdered();
    QList<quint32> shownUids() const;

    TestServer m_server;
    QList<ManifestMessage> m_inbox;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<Engine> m_other;
    std::unique_ptr<MessageListModel> m_list;
    std::unique_ptr<MessageSortFilterModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<QSignalSpy> m_ordered;
    std::unique_ptr<QSignalSpy> m_failed;
};

void TestMessageSortFilterModel::initTestCase()
{
    QString error;
    const auto server = TestServer::fromEnvironment(&error);
    QVERIFY2(server, qPrintable(error));
    m_server = *server;
    const QJsonArray messages = m_server.manifestFolder(QStringLiteral("INBOX")).value(u"messages").toArray();
    QVERIFY2(messages.size() > 100, "the fixture ran without sample mail");
    for (const QJsonValue &value : messages) {
        const QJsonObject m = value.toObject();
        const QJsonObject from = m.value(u"from").toObject();
        m_inbox.append({quint32(m.value(u"uid").toInt()), m.value(u"subject").toString(),
                        from.value(u"name").toString(), from.value(u"address").toString(),
                        quint64(m.value(u"rfc822Size").toDouble()),
                        QDateTime::fromString(m.value(u"date").toString(), Qt::ISODate),
                        m.value(u"flags").toArray().contains(QStringLiteral("\\Flagged"))});
    }
}

void TestMessageSortFilterModel::init()
{
    m_engine = m_server.openEngine(Timeout);
    m_other = m_server.openEngine(Timeout);
    QVERIFY(m_engine && m_other);
    QVERIFY(m_engine->info().capabilities.has("SORT"));
    m_list = std::make_unique<MessageListModel>();
    m_model = std::make_unique<MessageSortFilterModel>();
    m_model->setSourceModel(m_list.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(m_list.get(), &MessageListModel::loaded);
    m_list->setMailbox(m_engine.get(), MailboxName::fromString(u"INBOX"));
    QVERIFY(loaded.wait(Timeout));
    QCOMPARE(m_model->rowCount(), int(m_inbox.size()));
    m_ordered = std::make_unique<QSignalSpy>(m_model.get(), &MessageSortFilterModel::ordered);
    m_failed = std::make_unique<QSignalSpy>(m_model.get(), &MessageSortFilterModel::failed);
}

void TestMessageSortFilterModel::cleanup()
{
    m_ordered.reset();
    m_failed.reset();
    m_tester.reset();
    m_model.reset();
    m_list.reset();
    m_engine.reset();
    m_other.reset();
}

bool TestMessageSortFilterModel::waitOrdered()
{
    // An order the model can give at once (the folder's own) arrives
    // inside the call: the spies were listening since the last wait.
    const bool done = QTest::qWaitFor([&] { return !m_ordered->isEmpty() || !m_failed->isEmpty(); }, Timeout);
    if (!m_failed->isEmpty())
        qWarning("failed: %s", qPrintable(m_failed->first().first().toString()));
    const bool ok = done && m_failed->isEmpty() && !m_model->isBusy();
    m_ordered->clear();
    m_failed->clear();
    return ok;
}

QList<quint32> TestMessageSortFilterModel::shownUids() const
{
    QList<quint32> uids;
    for (int row = 0; row < m_model->rowCount(); ++row)
        uids.append(m_model->index(row, 0).data(MessageListModel::UidRole).toUInt());
    return uids;
}

void TestMessageSortFilterModel::naturalOrderIsTheFolders()
{
    QList<quint32> expected;
    for (const ManifestMessage &m : std::as_const(m_inbox))
        expected.append(m.uid);
    QCOMPARE(shownUids(), expected);
    QCOMPARE(m_model->method(), MessageSortFilterModel::Method::Natural);

    m_model->sort(MessageListModel::UidColumn, Qt::DescendingOrder);
    QVERIFY(waitOrdered());
    std::reverse(expected.begin(), expected.end());
    QCOMPARE(shownUids(), expected);
}

void TestMessageSortFilterModel::serverSortsBySize()
{
    // RFC 5256: SIZE is RFC822.SIZE, ties in sequence (here UID) order.
    QList<ManifestMessage> sorted = m_inbox;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const ManifestMessage &a, const ManifestMessage &b) { return a.size < b.size; });
    QList<quint32> expected;
    for (const ManifestMessage &m : std::as_const(sorted))
        expected.append(m.uid);

    m_model->sort(MessageListModel::SizeColumn, Qt::AscendingOrder);
    QVERIFY(m_model->isBusy());
    QVERIFY(waitOrdered());
    QCOMPARE(m_model->method(), MessageSortFilterModel::Method::Server);
    QCOMPARE(shownUids(), expected);
    // Every column's data follows its row.
    const int row = m_model->rowCount() / 2;
    const int sourceRow = m_model->mapToSource(m_model->index(row, 0)).row();
    m_list->fetchRows(sourceRow, sourceRow);
    QVERIFY(QTest::qWaitFor([&] { return m_list->isRowLoaded(sourceRow); }, Timeout));
    QCOMPARE(m_model->index(row, MessageListModel::SizeColumn).data(MessageListModel::SizeRole).toULongLong(),
             sorted.at(row).size);
}

void TestMessageSortFilterModel::serverSortsByArrivalDescending()
{
    m_model->sort(MessageListModel::DateColumn, Qt::DescendingOrder);
    QVERIFY(waitOrdered());
    QCOMPARE(m_model->method(), MessageSortFilterModel::Method::Server);
    QHash<quint32, QDateTime> dates;
    for (const ManifestMessage &m : std::as_const(m_inbox))
        dates.insert(m.uid, m.date);
    const QList<quint32> uids = shownUids();
    QCOMPARE(uids.size(), m_inbox.size());
    for (qsizetype i = 1; i < uids.size(); ++i)
        QVERIFY2(dates.value(uids.at(i - 1)) >= dates.value(uids.at(i)), qPrintable(QString::number(i)));
}

void TestMessageSortFilterModel::clientSortsSubjectsByCollation()
{
    m_model->setClientSortPreferred(true);
    m_model->sort(MessageListModel::SubjectColumn, Qt::AscendingOrder);
    QVERIFY(waitOrdered());
    QCOMPARE(m_model->method(), MessageSortFilterModel::Method::Client);
    QHash<quint32, QString> subjects;
    for (const ManifestMessage &m : std::as_const(m_inbox))
        subjects.insert(m.uid, baseSubject(m.subject).text);
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    const QList<quint32> uids = shownUids();
    QCOMPARE(uids.size(), m_inbox.size());
    for (qsizetype i = 1; i < uids.size(); ++i) {
        const int c = collator.compare(subjects.value(uids.at(i - 1)), subjects.value(uids.at(i)));
        QVERIFY2(c < 0 || (c == 0 && uids.at(i - 1) < uids.at(i)),
                 qPrintable(subjects.value(uids.at(i - 1)) + u" / " + subjects.value(uids.at(i))));
    }
    // Every row's details had to be loaded for that.
    for (int row = 0; row < m_list->rowCount(); ++row)
        QVERIFY(m_list->isRowLoaded(row));
}

void TestMessageSortFilterModel::clientSortsFlagColumns()
{
    // No SORT criterion for flags: sorted here, from the flags every row
    // has, without loading a single row's details.
    const int flagged = int(std::count_if(m_inbox.cbegin(), m_inbox.cend(), [](const auto &m) { return m.flagged; }));
    QVERIFY(flagged > 0);
    m_model->sort(MessageListModel::FlaggedColumn, Qt::DescendingOrder);
    QVERIFY(waitOrdered());
    QCOMPARE(m_model->method(), MessageSortFilterModel::Method::Client);
    for (int row = 0; row < m_model->rowCount(); ++row)
        QCOMPARE(m_model->index(row, 0).data(MessageListModel::FlaggedRole).toBool(), row < flagged);
    QCOMPARE(m_list->pendingRequests(), 0);
}

void TestMessageSortFilterModel::filterAsksTheServer()
{
    // A word from one subject: every message whose subject or sender has it
    // is shown, and anything else shown matched in its body (the server's
    // own BODY search says so).
    const QString term = QStringLiteral("maintenance");
    QSet<quint32> mustShow;
    for (const ManifestMessage &m : std::as_const(m_inbox)) {
        if (m.subject.contains(term, Qt::CaseInsensitive) || m.fromName.contains(term, Qt::CaseInsensitive))
            mustShow.insert(m.uid);
    }
    QVERIFY(!mustShow.isEmpty());
    m_model->setFilterText(u"  " + term + u" ");
    QVERIFY(waitOrdered());
    const QList<quint32> shown = shownUids();
    const QSet<quint32> shownSet(shown.cbegin(), shown.cend());
    QVERIFY(shownSet.contains(mustShow));
    QVERIFY(std::is_sorted(shown.cbegin(), shown.cend()));

    QVERIFY(await(m_other->select(MailboxName::fromString(u"INBOX"), true)).ok());
    const CommandResult body = await(m_other->execute(
        Commands::search(SearchKey::Or(SearchKey::body(term), SearchKey::to(term)), Commands::SetKind::Uid)));
    QSet<quint32> bodyMatches;
    for (const SearchData &data : body.all<SearchData>())
        bodyMatches.unite(QSet<quint32>(data.numbers.cbegin(), data.numbers.cend()));
    for (const quint32 uid : shown)
        QVERIFY2(mustShow.contains(uid) || bodyMatches.contains(uid), qPrintable(QString::number(uid)));

    // Clearing the filter brings every message back, in order.
    m_model->setFilterText(QString());
    QVERIFY(waitOrdered());
    QCOMPARE(m_model->rowCount(), int(m_inbox.size()));
}

void TestMessageSortFilterModel::filterAndSortTogether()
{
    const QString term = QStringLiteral("re");
    m_model->sort(MessageListModel::SizeColumn, Qt::AscendingOrder);
    QVERIFY(waitOrdered());
    m_model->setFilterText(term);
    QVERIFY(waitOrdered());
    QCOMPARE(m_model->method(), MessageSortFilterModel::Method::Server);
    QHash<quint32, quint64> sizes;
    for (const ManifestMessage &m : std::as_const(m_inbox))
        sizes.insert(m.uid, m.size);
    const QList<quint32> uids = shownUids();
    QVERIFY(!uids.isEmpty());
    QVERIFY(uids.size() < m_inbox.size());
    for (qsizetype i = 1; i < uids.size(); ++i)
        QVERIFY(sizes.value(uids.at(i - 1)) <= sizes.value(uids.at(i)));
}

void TestMessageSortFilterModel::rowsKeepTheirIdentityAcrossSorts()
{
    // A view's selection is persistent indexes: after a new order they
    // point at the same messages.
    QList<QPersistentModelIndex> selected;
    QList<quint32> uids;
    for (const int row : {0, 7, 150, m_model->rowCount() - 1}) {
        selected.append(m_model->index(row, MessageListModel::SubjectColumn));
        uids.append(m_model->index(row, 0).data(MessageListModel::UidRole).toUInt());
    }
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelAboutToBeReset);
    for (const int column :
         {MessageListModel::SizeColumn, MessageListModel::FlaggedColumn, MessageListModel::DateColumn}) {
        m_model->sort(column, Qt::DescendingOrder);
        QVERIFY(waitOrdered());
        for (qsizetype i = 0; i < selected.size(); ++i) {
            QVERIFY(selected.at(i).isValid());
            QCOMPARE(selected.at(i).data(MessageListModel::UidRole).toUInt(), uids.at(i));
            QCOMPARE(selected.at(i).column(), int(MessageListModel::SubjectColumn));
        }
    }
    QCOMPARE(resets.size(), 0);
}

void TestMessageSortFilterModel::followsAnotherClient()
{
    m_model->sort(MessageListModel::SizeColumn, Qt::AscendingOrder);
    QVERIFY(waitOrdered());

    // A tiny message appended elsewhere shows at once, then moves to the
    // top, where its size puts it.
    const QByteArray tiny = "From: a@example.org\r\nSubject: tiny\r\n\r\nx\r\n";
    const CommandResult appended =
        await(m_other->execute(Commands::append(MailboxName::fromString(u"INBOX"), {}, std::nullopt, tiny)));
    QVERIFY2(appended.ok(), qPrintable(appended.text));
    QCOMPARE(appended.code.type, ResponseCode::Type::AppendUid);
    const auto appendedUids = appended.code.uids.toNumbers();
    QVERIFY(appendedUids && appendedUids->size() == 1);
    const quint32 uid = appendedUids->first();
    QVERIFY(await(m_engine->execute(Commands::noop())).ok()); // IDLE in the app
    auto cleanup = qScopeGuard([&] {
        QVERIFY(await(m_other->select(MailboxName::fromString(u"INBOX"), false)).ok());
        await(m_other->execute(Commands::store(SequenceSet::single(uid), Commands::StoreMode::Add, {"\\Deleted"})));
        await(m_other->execute(Commands::uidExpunge(SequenceSet::single(uid))));
    });
    QVERIFY(QTest::qWaitFor([&] { return m_model->rowCount() == int(m_inbox.size()) + 1; }, Timeout));
    QVERIFY(QTest::qWaitFor(
        [&] { return m_model->index(0, 0).data(MessageListModel::UidRole).toUInt() == uid && !m_model->isBusy(); },
        Timeout));

    // Expunged elsewhere: gone, and the rest keep their order.
    const QList<quint32> before = shownUids();
    cleanup.dismiss();
    QVERIFY(await(m_other->select(MailboxName::fromString(u"INBOX"), false)).ok());
    QVERIFY(await(m_other->execute(Commands::store(SequenceSet::single(uid), Commands::StoreMode::Add, {"\\Deleted"})))
                .ok());
    QVERIFY(await(m_other->execute(Commands::uidExpunge(SequenceSet::single(uid)))).ok());
    QVERIFY(await(m_engine->execute(Commands::noop())).ok());
    QVERIFY(QTest::qWaitFor([&] { return m_model->rowCount() == int(m_inbox.size()); }, Timeout));
    QCOMPARE(shownUids(), before.mid(1));
}

QTEST_MAIN(TestMessageSortFilterModel)
#include "tst_messagesortfiltermodel.moc"
