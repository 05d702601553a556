// The message viewer's models against the Dovecot fixture, on the sample
// mail's "Hard Cases" folder (each message named by its case in the
// manifest), the part model always under QAbstractItemModelTester. Remote
// images go through a loopback HTTP proxy that counts every request the
// process makes: none may arrive before the user allows remote content for
// that message. The wire is checked in the engine's trace: opening a
// message with a 20 MiB attachment fetches only its text part.

#include "countingproxy.h"
#include "imap/engine/engine.h"
#include "imap/protocol/commands.h"
#include "mime/encodedwords.h"
#include "models/attachmentsaver.h"
#include "models/messagedocument.h"
#include "models/messagepartmodel.h"
#include "models/sendercheck.h"
#include "testserver.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QCryptographicHash>
#include <QGuiApplication>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QMutex>
#include <QNetworkProxy>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Quail::Imap;
using namespace Quail::Models;
using Quail::Test::CountingProxy;
using Quail::Test::TestServer;

namespace {

constexpr int Timeout = 20000;

// The PNG every remote request gets.
QByteArray redPng()
{
    QImage image(4, 4, QImage::Format_RGB32);
    image.fill(Qt::red);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

QString documentText(const MessageDocument &document)
{
    return document.toPlainText();
}

} // namespace

class TestMessageViewer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void partTreeWithDecodedNames();
    void encodedHeadersInSeveralCharsets();
    void nestedMessageShownInPlace();
    void alternativeByPreferenceWithCidImages();
    void formatFlowed();
    void brokenEncodingsBecomeReplacementCharacters();
    void remoteContentOnlyAfterPermission();
    void efailShapeLeaksNothing();
    void bigAttachmentOnlyFetchedOnRequest_data();
    void bigAttachmentOnlyFetchedOnRequest();
    void hostileAttachmentNamesSavedSafely();
    void headersAndRawSourceOnlyWhenAsked();
    void spoofedSenderIsFlagged();

private:
    bool open(const QString &caseName, bool examine = true);
    QJsonObject manifestCase(const QString &caseName) const;
    bool render();
    QList<QByteArray> sentCommands()
    {
        QMutexLocker locker(&m_traceMutex);
        return m_sent;
    }
    qint64 literalBytesReceived()
    {
        QMutexLocker locker(&m_traceMutex);
        return m_literalBytes;
    }
    void clearTrace()
    {
        QMutexLocker locker(&m_traceMutex);
        m_sent.clear();
        m_literalBytes = 0;
    }

    TestServer m_server;
    QJsonObject m_cases;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<MessagePartModel> m_parts;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<MessageDocument> m_document;
    std::unique_ptr<CountingProxy> m_proxy;
    QMutex m_traceMutex;
    QList<QByteArray> m_sent; // commands, as sent
    qint64 m_literalBytes = 0; // announced by the server: {n} and ~{n}
};

void TestMessageViewer::initTestCase()
{
    QString error;
    const auto server = TestServer::fromEnvironment(&error);
    QVERIFY2(server, qPrintable(error));
    m_server = *server;
    const QJsonArray messages =
        m_server.manifestFolder(QStringLiteral("Hard Cases")).value(QStringLiteral("messages")).toArray();
    QVERIFY2(!messages.isEmpty(), "the fixture's sample mail has no Hard Cases folder");
    for (const QJsonValue message : messages)
        m_cases.insert(message.toObject().value(QStringLiteral("case")).toString(), message);

    // Every HTTP request this process makes goes through the counting proxy.
    m_proxy = std::make_unique<CountingProxy>(redPng());
    QVERIFY(m_proxy->port() != 0);
    QNetworkProxy::setApplicationProxy(
        QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), m_proxy->port()));
}

void TestMessageViewer::init()
{
    m_engine = m_server.openEngine(Timeout);
    QVERIFY2(m_engine, "login failed");
    clearTrace();
    m_engine->setTraceSink([this](bool incoming, const QByteArray &line) {
        // A literal's size ends the line that announces it.
        static const QRegularExpression literal(QStringLiteral("~?\\{(\\d+)\\}(\\\\r\\\\n|\\r\\n)?$"));
        QMutexLocker locker(&m_traceMutex);
        if (!incoming) {
            m_sent.append(line);
            return;
        }
        const QRegularExpressionMatch match = literal.match(QString::fromLatin1(line));
        if (match.hasMatch())
            m_literalBytes += match.captured(1).toLongLong();
    });
    m_parts = std::make_unique<MessagePartModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(m_parts.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_document = std::make_unique<MessageDocument>();
    m_document->setPartModel(m_parts.get());
}

void TestMessageViewer::cleanup()
{
    m_document.reset();
    m_tester.reset();
    m_parts.reset();
    m_engine.reset();
}

QJsonObject TestMessageViewer::manifestCase(const QString &caseName) const
{
    return m_cases.value(caseName).toObject();
}

bool TestMessageViewer::open(const QString &caseName, bool examine)
{
    const QJsonObject message = manifestCase(caseName);
    if (message.isEmpty())
        return false;
    QSignalSpy loaded(m_parts.get(), &MessagePartModel::loaded);
    m_parts->setMessage(m_engine.get(), MailboxName::fromString(u"Hard Cases"),
                        quint32(message.value(QStringLiteral("uid")).toInt()), examine);
    return loaded.wait(Timeout) && m_parts->state() == MessagePartModel::State::Ready;
}

bool TestMessageViewer::render()
{
    if (m_document->isRendered())
        return true;
    QSignalSpy rendered(m_document.get(), &MessageDocument::rendered);
    return rendered.wait(Timeout);
}

void TestMessageViewer::partTreeWithDecodedNames()
{
    QVERIFY(open(QStringLiteral("rfc2231-names")));
    // multipart/mixed at the top, four parts below it.
    QCOMPARE(m_parts->rowCount(), 1);
    const QModelIndex root = m_parts->index(0, 0);
    QCOMPARE(root.data(MessagePartModel::MimeTypeRole).toString(), QStringLiteral("multipart/mixed"));
    QCOMPARE(m_parts->rowCount(root), 4);
    QStringList names;
    QStringList sections;
    for (const int part : m_parts->attachments()) {
        const QModelIndex index = m_parts->indexOfPart(part);
        QVERIFY(index.data(MessagePartModel::IsAttachmentRole).toBool());
        QCOMPARE(index.data(MessagePartModel::DispositionRole).toString(), QStringLiteral("attachment"));
        QVERIFY(index.data(MessagePartModel::SizeRole).toULongLong() > 0);
        names.append(index.data(MessagePartModel::FileNameRole).toString());
        sections.append(QString::fromLatin1(index.data(MessagePartModel::SectionRole).toByteArray()));
    }
    QCOMPARE(names,
             (QStringList{QStringLiteral("€ Rechnung März.pdf"), QStringLiteral("Grüße aus Köln.txt"),
                          QStringLiteral("写真.png")}));
    QCOMPARE(sections, (QStringList{QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4")}));
    QCOMPARE(m_parts->index(1, MessagePartModel::TypeColumn, root).data().toString(),
             QStringLiteral("application/pdf"));

    // Fetching one part fetches that part, decoded, and nothing else of it.
    QVERIFY(render()); // the document fetched the text part; let it finish
    clearTrace();
    QSignalSpy fetched(m_parts.get(), &MessagePartModel::partFetched);
    m_parts->fetchPart("3");
    QVERIFY(fetched.wait(Timeout));
    QCOMPARE(fetched.first().first().toByteArray(), QByteArray("3"));
    QCOMPARE(m_parts->content("3"),
             QByteArray("Gr\xfc\xdf"
                        "e\n"));
    QCOMPARE(m_parts->text("3"), QStringLiteral("Grüße\n"));
    QVERIFY(m_parts->index(2, 0, root).data(MessagePartModel::FetchedRole).toBool());
    const QList<QByteArray> sent = sentCommands();
    QCOMPARE(sent.size(), 1);
    QVERIFY2(sent.first().contains(" UID FETCH ") && sent.first().contains("(UID BINARY.PEEK[3])"),
             sent.first().constData());
    // Held parts are not fetched again.
    m_parts->fetchPart("3");
    QVERIFY(fetched.wait(Timeout));
    QCOMPARE(sentCommands().size(), 1);
}

void TestMessageViewer::encodedHeadersInSeveralCharsets()
{
    QVERIFY(open(QStringLiteral("encoded-headers")));
    QVERIFY(m_parts->envelope());
    const Envelope &envelope = *m_parts->envelope();
    QCOMPARE(Quail::Mime::decodeHeader(envelope.subject()),
             manifestCase(QStringLiteral("encoded-headers")).value(QStringLiteral("subject")).toString());
    QCOMPARE(Quail::Mime::decodeHeader(envelope.from().first().name), QStringLiteral("Jörg Müller"));
    QCOMPARE(Quail::Mime::decodeHeader(envelope.addresses(Envelope::AddressField::To).first().name),
             QStringLiteral("Иван Петров"));
    // A single text part at the top is section 1; ISO-8859-2 quoted-printable.
    QCOMPARE(m_parts->rowCount(), 1);
    QCOMPARE(m_parts->index(0, 0).data(MessagePartModel::SectionRole).toByteArray(), QByteArray("1"));
    QVERIFY(render());
    QVERIFY2(documentText(*m_document).contains(QStringLiteral("Zażółć gęślą jaźń")),
             qPrintable(documentText(*m_document)));
}

void TestMessageViewer::nestedMessageShownInPlace()
{
    QVERIFY(open(QStringLiteral("nested-rfc822")));
    const QModelIndex message = m_parts->index(1, 0, m_parts->index(0, 0));
    QCOMPARE(message.data(MessagePartModel::MimeTypeRole).toString(), QStringLiteral("message/rfc822"));
    QCOMPARE(message.data(MessagePartModel::SectionRole).toByteArray(), QByteArray("2"));
    QCOMPARE(m_parts->rowCount(message), 1);
    const QModelIndex alternative = m_parts->index(0, 0, message);
    QCOMPARE(alternative.data(MessagePartModel::MimeTypeRole).toString(), QStringLiteral("multipart/alternative"));
    QCOMPARE(m_parts->index(1, 0, alternative).data(MessagePartModel::SectionRole).toByteArray(), QByteArray("2.2"));
    QVERIFY(!message.data(MessagePartModel::IsAttachmentRole).toBool());

    QVERIFY(render());
    const QString text = documentText(*m_document);
    QVERIFY2(text.contains(QStringLiteral("Forwarded below.")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Réunion de l'équipe")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Amélie <amelie@example.net>")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Inner HTML text.")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("Inner plain text.")), qPrintable(text));
    QVERIFY(text.indexOf(QStringLiteral("Forwarded below.")) < text.indexOf(QStringLiteral("Inner HTML text.")));
}

void TestMessageViewer::alternativeByPreferenceWithCidImages()
{
    QVERIFY(open(QStringLiteral("inline-cid")));
    QVERIFY(render());
    QString text = documentText(*m_document);
    QVERIFY2(text.contains(QStringLiteral("Logo:")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("HTML only")), qPrintable(text));
    // The inline image is not an attachment; the cid: of this message loads,
    // one naming another message never does.
    QVERIFY(m_parts->attachments().isEmpty());
    const QUrl logo(QStringLiteral("cid:logo@hardcases.example"));
    QVERIFY(
        QTest::qWaitFor([&] { return m_document->resource(QTextDocument::ImageResource, logo).isValid(); }, Timeout));
    QCOMPARE(m_document->resource(QTextDocument::ImageResource, logo).value<QImage>().size(), QSize(8, 8));
    bool elsewhereRefused = false;
    for (const MessageDocument::ResourceRequest &request : m_document->resourceLog()) {
        if (request.url == QUrl(QStringLiteral("cid:elsewhere@other.example")))
            elsewhereRefused = request.outcome == MessageDocument::ResourceRequest::Outcome::Refused;
    }
    QVERIFY(elsewhereRefused);
    QVERIFY(!m_document->resource(QTextDocument::ImageResource, QUrl(QStringLiteral("cid:elsewhere@other.example")))
                 .isValid());

    // Plain text by preference: the other alternative, from what is held or fetched.
    QSignalSpy rendered(m_document.get(), &MessageDocument::rendered);
    m_document->setPreference(MessageDocument::Preference::PlainText);
    QVERIFY(m_document->isRendered() || rendered.wait(Timeout));
    text = documentText(*m_document);
    QVERIFY2(text.contains(QStringLiteral("Our logo (HTML only).")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("Logo:")), qPrintable(text));
}

void TestMessageViewer::formatFlowed()
{
    QVERIFY(open(QStringLiteral("format-flowed")));
    QVERIFY(render());
    const QString text = documentText(*m_document);
    QVERIFY2(text.contains(QStringLiteral(
                 "This paragraph was wrapped by the sender's mailer with DelSp, so the words join up again.\n"
                 "> Quoted text that flows.\n>Not a quote: space-stuffed.\n-- \nAna")),
             qPrintable(text));
}

void TestMessageViewer::brokenEncodingsBecomeReplacementCharacters()
{
    QVERIFY(open(QStringLiteral("broken-encodings")));
    QVERIFY(render());
    const QString text = documentText(*m_document);
    QVERIFY2(text.contains(QStringLiteral("not UTF-8: \uFFFD\uFFFD end.")), qPrintable(text));
    QCOMPARE(Quail::Mime::decodeHeader(m_parts->envelope()->subject()), QStringLiteral("Broken charset"));
}

void TestMessageViewer::remoteContentOnlyAfterPermission()
{
    const qsizetype before = m_proxy->requests().size();
    QVERIFY(open(QStringLiteral("remote-content")));
    QSignalSpy blockedChanged(m_document.get(), &MessageDocument::remoteContentBlockedChanged);
    QVERIFY(render());
    QVERIFY(blockedChanged.wait(Timeout));
    QVERIFY(m_document->remoteContentBlocked());
    QCOMPARE(m_document->blockedRemoteContent(),
             (QList<QUrl>{QUrl(QStringLiteral("http://remote.example.net/banner.png")),
                          QUrl(QStringLiteral("http://remote.example.net/second.png"))}));
    // Give any stray request time to arrive: none may.
    QTest::qWait(500);
    QCOMPARE(m_proxy->requests().size(), before);

    // file:, paths, relative names and UNC paths are refused; the small data: image loads.
    using Outcome = MessageDocument::ResourceRequest::Outcome;
    QHash<QString, Outcome> outcomes;
    for (const MessageDocument::ResourceRequest &request : m_document->resourceLog())
        outcomes.insert(request.url.toString().left(30), request.outcome);
    QCOMPARE(outcomes.value(QStringLiteral("file:///etc/passwd")), Outcome::Refused);
    QCOMPARE(outcomes.value(QStringLiteral("/etc/hostname")), Outcome::Refused);
    QCOMPARE(outcomes.value(QStringLiteral("logo.png")), Outcome::Refused);
    QVERIFY(outcomes.contains(QStringLiteral("data:image/png;base64,iVBORw0K")));
    QCOMPARE(outcomes.value(QStringLiteral("data:image/png;base64,iVBORw0K")), Outcome::Loaded);
    for (auto it = outcomes.cbegin(); it != outcomes.cend(); ++it) {
        if (it.key().contains(QStringLiteral("attacker")))
            QCOMPARE(it.value(), Outcome::Refused);
    }
    // Scripts, forms and frames left nothing behind.
    QVERIFY(!documentText(*m_document).contains(QStringLiteral("form-field-text")));
    QVERIFY(documentText(*m_document).contains(QStringLiteral("Newsletter text.")));

    // The user allows it for this message: exactly the two images load,
    // none of the styles, frames, objects, forms or refreshes.
    QSignalSpy loaded(m_document.get(), &MessageDocument::resourceLoaded);
    m_document->allowRemoteContent();
    QVERIFY(!m_document->remoteContentBlocked());
    QVERIFY(QTest::qWaitFor([&] { return loaded.size() >= 2; }, Timeout));
    QTest::qWait(300);
    QList<QByteArray> requests = m_proxy->requests().mid(before);
    std::sort(requests.begin(), requests.end());
    QCOMPARE(requests,
             (QList<QByteArray>{"GET http://remote.example.net/banner.png HTTP/1.1",
                                "GET http://remote.example.net/second.png HTTP/1.1"}));
    QVERIFY(
        m_document->resource(QTextDocument::ImageResource, QUrl(QStringLiteral("http://remote.example.net/banner.png")))
            .isValid());

    // The permission was for that message: another one, and this one opened
    // again, are blocked again.
    QVERIFY(open(QStringLiteral("efail")));
    QVERIFY(render());
    QVERIFY(open(QStringLiteral("remote-content")));
    QVERIFY(render());
    QVERIFY(!m_document->remoteContentAllowed());
    QTest::qWait(500);
    QCOMPARE(m_proxy->requests().size(), before + 2);
    QVERIFY(m_document->remoteContentBlocked());
}

void TestMessageViewer::efailShapeLeaksNothing()
{
    const qsizetype before = m_proxy->requests().size();
    QVERIFY(open(QStringLiteral("efail")));
    QVERIFY(render());
    // Even with remote content allowed, the unfinished <img src="http://…
    // of part 1 cannot take part 2's text: it is no image at all.
    m_document->allowRemoteContent();
    QTest::qWait(500);
    QCOMPARE(m_proxy->requests().size(), before);
    const QString text = documentText(*m_document);
    QVERIFY2(text.contains(QStringLiteral("SECRET-EFAIL-PLAINTEXT the launch code is 0000")), qPrintable(text));
    for (const MessageDocument::ResourceRequest &request : m_document->resourceLog())
        QVERIFY2(!request.url.toString().contains(QStringLiteral("SECRET")), qPrintable(request.url.toString()));
    // The parts stay apart: the plain part is its own block of text, and the
    // third part's stray quote is plain text after it.
    QVERIFY2(text.contains(QStringLiteral("0000\n\">")) || text.contains(QStringLiteral("0000\n\n\">")),
             qPrintable(text));
}

void TestMessageViewer::bigAttachmentOnlyFetchedOnRequest_data()
{
    QTest::addColumn<bool>("binary");
    QTest::newRow("BINARY (server decodes)") << true;
    QTest::newRow("BODY (decoded as it arrives)") << false;
}

void TestMessageViewer::bigAttachmentOnlyFetchedOnRequest()
{
    QFETCH(bool, binary);
    const QJsonObject facts = manifestCase(QStringLiteral("big-attachment")).value(QStringLiteral("facts")).toObject();
    const qint64 size = facts.value(QStringLiteral("attachmentSize")).toInteger();
    QVERIFY(size >= 20 * 1024 * 1024);
    m_parts->setBinaryAllowed(binary);
    QVERIFY(open(QStringLiteral("big-attachment")));
    QCOMPARE(m_parts->usesBinary(), binary);
    QVERIFY(render());
    QVERIFY(documentText(*m_document).contains(QStringLiteral("The backup is attached.")));

    // On the wire: the structure, then the text part, nothing of part 2.
    QList<QByteArray> sent = sentCommands();
    QByteArrayList fetches;
    for (const QByteArray &line : sent) {
        if (line.contains(" UID FETCH "))
            fetches.append(line.mid(line.indexOf(" UID FETCH ") + 1).trimmed());
    }
    const QByteArray uid =
        QByteArray::number(manifestCase(QStringLiteral("big-attachment")).value(QStringLiteral("uid")).toInt());
    QCOMPARE(fetches,
             (QByteArrayList{"UID FETCH " + uid + " (UID BODYSTRUCTURE ENVELOPE)",
                             "UID FETCH " + uid + " (UID BODY.PEEK[1])"}));
    QVERIFY2(literalBytesReceived() < 64 * 1024, QByteArray::number(literalBytesReceived()).constData());

    // Saving streams it in ranges of a megabyte, to the exact bytes.
    const int attachment = m_parts->attachments().value(0, -1);
    QVERIFY(attachment >= 0);
    QCOMPARE(m_parts->part(attachment).fileName, QStringLiteral("backup.tar.gz"));
    QTemporaryDir dir;
    clearTrace();
    AttachmentSaver saver;
    saver.setChunkSize(1024 * 1024);
    QSignalSpy finished(&saver, &AttachmentSaver::finished);
    QSignalSpy progress(&saver, &AttachmentSaver::progress);
    QCOMPARE(saver.save(m_parts.get(), attachment, dir.path()), AttachmentSaver::Start::Started);
    QVERIFY(finished.wait(60000));
    QVERIFY2(finished.first().first().toBool(), qPrintable(saver.errorString()));
    QCOMPARE(saver.targetPath(), dir.filePath(QStringLiteral("backup.tar.gz")));
    QFile file(saver.targetPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.size(), size);
    QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex()),
             facts.value(QStringLiteral("attachmentSha256")).toString());
    // The trace counted it all arriving (so the count above means something).
    QVERIFY(literalBytesReceived() >= size);
    // Only the complete file is left: no temporary file.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("backup.tar.gz")});
    sent = sentCommands();
    const QByteArray item = binary ? "BINARY.PEEK[2]<" : "BODY.PEEK[2]<";
    qsizetype ranges = 0;
    for (const QByteArray &line : std::as_const(sent)) {
        QVERIFY2(!line.contains("PEEK[2]")
                     || line.contains(QByteArray(item + QByteArray::number(ranges * 1024 * 1024) + ".1048576>")),
                 line.constData());
        ranges += line.contains("PEEK[2]") ? 1 : 0;
    }
    // Encoded, base64 is a third larger than the data.
    const qint64 expectedRanges =
        binary ? size / (1024 * 1024) + 1 : m_parts->part(attachment).structure->size / (1024 * 1024) + 1;
    QCOMPARE(ranges, expectedRanges);
    QCOMPARE(progress.size(), ranges);

    // A second save asks first, and replaces only when told to.
    QCOMPARE(saver.save(m_parts.get(), attachment, dir.path()), AttachmentSaver::Start::Exists);
    QCOMPARE(saver.targetPath(), dir.filePath(QStringLiteral("backup.tar.gz")));
    // The message is still unseen: everything was fetched with PEEK.
    std::unique_ptr<CommandReply> flags(
        m_engine->execute(Commands::fetch(SequenceSet::single(uid.toUInt()), {"FLAGS"})));
    QVERIFY(QTest::qWaitFor([&] { return flags->isFinished(); }, Timeout));
    const QList<FetchData> data = flags->result().all<FetchData>();
    QVERIFY(!data.isEmpty() && data.first().flags);
    QVERIFY(!data.first().flags->contains("\\Seen"));
}

void TestMessageViewer::hostileAttachmentNamesSavedSafely()
{
    QVERIFY(open(QStringLiteral("hostile-names")));
    QTemporaryDir parent;
    const QString directory = parent.filePath(QStringLiteral("downloads"));
    QVERIFY(QDir().mkpath(directory));
    QStringList saved;
    for (const int attachment : m_parts->attachments()) {
        AttachmentSaver saver;
        QSignalSpy finished(&saver, &AttachmentSaver::finished);
        QCOMPARE(saver.save(m_parts.get(), attachment, directory), AttachmentSaver::Start::Started);
        QVERIFY(finished.wait(Timeout));
        QVERIFY2(finished.first().first().toBool(), qPrintable(saver.errorString()));
        QCOMPARE(QFileInfo(saver.targetPath()).absolutePath(), QDir(directory).absolutePath());
        saved.append(QFileInfo(saver.targetPath()).fileName());
    }
    QCOMPARE(saved,
             (QStringList{QStringLiteral("bashrc"), QStringLiteral("y.txt"), QStringLiteral("_CON"),
                          QStringLiteral("invoicefdp.exe"), QString(196, u'a') + QStringLiteral(".pdf"),
                          QStringLiteral("attachment"), QStringLiteral("passwd")}));
    // Nothing was written outside the chosen directory.
    QCOMPARE(QDir(parent.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("downloads")});
    QStringList present = QDir(directory).entryList(QDir::Files | QDir::Hidden);
    present.sort();
    saved.sort();
    QCOMPARE(present, saved);

    // Never overwritten without consent; with it, replaced.
    const int first = m_parts->attachments().first();
    QFile existing(QDir(directory).filePath(QStringLiteral("bashrc")));
    QVERIFY(existing.open(QIODevice::WriteOnly | QIODevice::Truncate));
    existing.write("mine\n");
    existing.close();
    AttachmentSaver saver;
    QCOMPARE(saver.save(m_parts.get(), first, directory), AttachmentSaver::Start::Exists);
    QVERIFY(existing.open(QIODevice::ReadOnly));
    QCOMPARE(existing.readAll(), QByteArray("mine\n"));
    existing.close();
    QSignalSpy finished(&saver, &AttachmentSaver::finished);
    QCOMPARE(saver.save(m_parts.get(), first, directory, AttachmentSaver::Overwrite::Replace),
             AttachmentSaver::Start::Started);
    QVERIFY(finished.wait(Timeout));
    QVERIFY(finished.first().first().toBool());
    QVERIFY(existing.open(QIODevice::ReadOnly));
    QCOMPARE(existing.readAll(), QByteArray("x\n"));
}

void TestMessageViewer::headersAndRawSourceOnlyWhenAsked()
{
    // With the mailbox selected by someone else (the message list), not by the model.
    std::unique_ptr<CommandReply> selected(m_engine->select(MailboxName::fromString(u"Hard Cases"), true));
    QVERIFY(QTest::qWaitFor([&] { return selected->isFinished(); }, Timeout));
    QVERIFY(selected->result().ok());
    QVERIFY(open(QStringLiteral("encoded-headers"), false));
    QVERIFY(render());
    for (const QByteArray &line : sentCommands())
        QVERIFY2(!line.contains("HEADER]") && !line.contains("PEEK[]"), line.constData());

    QSignalSpy headers(m_parts.get(), &MessagePartModel::headersFetched);
    m_parts->fetchHeaders();
    QVERIFY(headers.wait(Timeout));
    const QByteArray header = headers.first().first().toByteArray();
    QVERIFY2(header.contains("Subject: =?ISO-8859-1?Q?Gr=FC=DFe,?="), header.constData());
    QVERIFY(header.endsWith("\r\n\r\n"));
    QVERIFY(!header.contains("ISO-8859-2 text"));

    QSignalSpy raw(m_parts.get(), &MessagePartModel::rawSourceFetched);
    m_parts->fetchRawSource();
    QVERIFY(raw.wait(Timeout));
    const QByteArray source = raw.first().first().toByteArray();
    QCOMPARE(qint64(source.size()),
             manifestCase(QStringLiteral("encoded-headers")).value(QStringLiteral("rfc822Size")).toInteger());
    QVERIFY(source.startsWith(header));
    bool peeked = false;
    for (const QByteArray &line : sentCommands())
        peeked = peeked || line.contains("(UID BODY.PEEK[])");
    QVERIFY(peeked);
}

void TestMessageViewer::spoofedSenderIsFlagged()
{
    QVERIFY(open(QStringLiteral("spoofed-sender")));
    const Address from = m_parts->envelope()->from().first();
    const SenderCheck check = checkSender(Quail::Mime::decodeHeader(from.name), QString::fromUtf8(from.addrSpec()));
    QVERIFY(check.suspicious);
    QCOMPARE(check.claimedAddress, QStringLiteral("ceo@bank.example.com"));
    QCOMPARE(QString::fromUtf8(from.addrSpec()), QStringLiteral("attacker@evil.example.net"));
}

QTEST_MAIN(TestMessageViewer)
#include "tst_messageviewer.moc"
