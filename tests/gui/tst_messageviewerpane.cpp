// The message viewer pane against the Dovecot fixture, on the sample mail's
// "Hard Cases" folder (each message named by its case in the manifest),
// with real clicks on a shown widget. Remote images go through a loopback
// HTTP proxy that counts every request the process makes; links and
// attachments are handed to a recording opener instead of the desktop, and
// every confirmation is a real QMessageBox the test answers.

#include "app/messagebrowser.h"
#include "app/messagesourcedialog.h"
#include "app/messageviewerpane.h"
#include "core/applicationinfo.h"
#include "countingproxy.h"
#include "imap/engine/engine.h"
#include "imap/protocol/commands.h"
#include "models/messagedocument.h"
#include "models/messagepartmodel.h"
#include "testserver.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QDateTime>
#include <QDirIterator>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QNetworkProxy>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextFragment>

#include <sys/stat.h>

using namespace Quail::Imap;
using Quail::App::MessageBrowser;
using Quail::App::MessageSourceDialog;
using Quail::App::MessageViewerPane;
using Quail::Models::MessageDocument;
using Quail::Test::CountingProxy;
using Quail::Test::TestServer;

namespace {

constexpr int Timeout = 20000;
const MailboxName hardCases = MailboxName::fromString(u"Hard Cases");

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

// The mode bits as the file system holds them (QFile::permissions() mixes
// in the "user" bits of whoever asks).
int modeOf(const QString &path)
{
    struct stat info {
    };
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 07777);
}

QMessageBox *visibleBox(const QString &name)
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        auto *box = qobject_cast<QMessageBox *>(widget);
        if (box && box->isVisible() && box->objectName() == name)
            return box;
    }
    return nullptr;
}

QMessageBox *waitForBox(const QString &name)
{
    QMessageBox *box = nullptr;
    return QTest::qWaitFor([&] { return (box = visibleBox(name)) != nullptr; }, Timeout) ? box : nullptr;
}

bool anyBoxVisible()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (qobject_cast<QMessageBox *>(widget) && widget->isVisible())
            return true;
    }
    return false;
}

// Clicks the first button of `role` in `box`, as a person would.
bool answer(QMessageBox *box, QMessageBox::ButtonRole role)
{
    for (QAbstractButton *button : box->buttons()) {
        if (box->buttonRole(button) == role) {
            QTest::mouseClick(button, Qt::LeftButton);
            return true;
        }
    }
    return false;
}

// A box's text as a person reads it: no markup, no break opportunities.
QString readable(const QMessageBox *box)
{
    QTextDocument document;
    document.setHtml(box->text());
    return document.toPlainText().remove(QChar(0x200b));
}

} // namespace

class TestMessageViewerPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void headerShowsNameAndAddress();
    void spoofedSenderIsFlagged();
    void remoteContentOnlyAfterTheClick();
    void remoteContentNeverOffered();
    void localFilesNeverLoad();
    void httpLinkOpensOnlyAfterConfirmation();
    void linkByKeyboardIsJudgedTheSame();
    void javascriptLinkRefused();
    void saveWritesExactBytesAndAsksBeforeReplacing();
    void attachmentNamesShownSanitized();
    void openMakesPrivateReadOnlyCopy();
    void openAsksBeforeAProgram();
    void pageDownStopsAtTheEnd();
    void messageShownOnceAcrossPreferences();
    void allHeadersAndSource();
    void failureIsReported();

private:
    QJsonObject manifestCase(const QString &caseName) const { return m_cases.value(caseName).toObject(); }
    quint32 uidOf(const QString &caseName) const
    {
        return quint32(manifestCase(caseName).value(QStringLiteral("uid")).toInt());
    }
    bool show(const QString &caseName);
    template<typename T>
    T *child(const char *name) const
    {
        return m_pane->findChild<T *>(QLatin1StringView(name));
    }
    MessageBrowser *body() const { return child<MessageBrowser>("body"); }
    bool clickAnchor(const QString &href);
    QList<QPushButton *> attachmentButtons(const char *name) const;
    QByteArray fetchSection(quint32 uid, const QByteArray &section);
    QStringList privateCopies() const;

    TestServer m_server;
    QTemporaryDir m_temp; // the process's temporary directory, to see what goes in it
    QJsonObject m_cases;
    std::unique_ptr<CountingProxy> m_proxy;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<MessageViewerPane> m_pane;
    QList<QUrl> m_opened;
    QString m_chosenDirectory;
    int m_chooserCalls = 0;
};

void TestMessageViewerPane::initTestCase()
{
    Quail::Core::initApplicationInfo("quail");
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_temp.isValid());
    qputenv("TMPDIR", QFile::encodeName(m_temp.path()));
    QCOMPARE(QDir::tempPath(), QDir::cleanPath(m_temp.path()));
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

void TestMessageViewerPane::init()
{
    m_engine = m_server.openEngine(Timeout);
    QVERIFY2(m_engine, "login failed");
    m_opened.clear();
    m_chooserCalls = 0;
    m_pane = std::make_unique<MessageViewerPane>();
    m_pane->setExamineFirst(true);
    m_pane->setExternalOpener([this](const QUrl &url) {
        m_opened.append(url);
        return true;
    });
    m_pane->setDirectoryChooser([this](QWidget *, const QString &, const QString &) {
        ++m_chooserCalls;
        return m_chosenDirectory;
    });
    m_pane->resize(800, 600);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
}

void TestMessageViewerPane::cleanup()
{
    m_pane.reset(); // and the questions it asked
    m_engine.reset();
}

bool TestMessageViewerPane::show(const QString &caseName)
{
    if (manifestCase(caseName).isEmpty())
        return false;
    QSignalSpy shown(m_pane.get(), &MessageViewerPane::messageShown);
    m_pane->showMessage(m_engine.get(), hardCases, uidOf(caseName));
    return shown.wait(Timeout) && shown.size() == 1 && shown.first().first().toUInt() == uidOf(caseName);
}

// Clicks the link to `href` where it shows, as the mouse would.
bool TestMessageViewerPane::clickAnchor(const QString &href)
{
    MessageBrowser *browser = body();
    for (QTextBlock block = browser->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.charFormat().anchorHref() != href)
                continue;
            QTextCursor cursor(browser->document());
            cursor.setPosition(fragment.position() + fragment.length() / 2);
            browser->setTextCursor(cursor);
            browser->ensureCursorVisible();
            const QPoint point = browser->cursorRect(cursor).center();
            if (browser->anchorAt(point) != href) {
                qWarning() << "no anchor" << href << "at" << point;
                return false;
            }
            QTest::mouseClick(browser->viewport(), Qt::LeftButton, {}, point);
            return true;
        }
    }
    qWarning() << "no link to" << href << "in" << browser->toPlainText();
    return false;
}

QList<QPushButton *> TestMessageViewerPane::attachmentButtons(const char *name) const
{
    QList<QPushButton *> buttons = m_pane->findChildren<QPushButton *>(QLatin1StringView(name));
    buttons.removeIf([](QPushButton *button) { return !button->isVisible(); });
    std::sort(buttons.begin(), buttons.end(),
              [](QPushButton *a, QPushButton *b) { return a->property("part").toInt() < b->property("part").toInt(); });
    return buttons;
}

// Every file under the temporary directory: the pane's private copies.
QStringList TestMessageViewerPane::privateCopies() const
{
    QStringList files;
    QDirIterator it(m_temp.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    return files;
}

// A part's bytes as the server holds them, read on a second connection and
// decoded here (base64), independently of the models.
QByteArray TestMessageViewerPane::fetchSection(quint32 uid, const QByteArray &section)
{
    std::unique_ptr<Engine> second = m_server.openEngine(Timeout);
    if (!second)
        return {};
    std::unique_ptr<CommandReply> selected(second->select(hardCases, true));
    if (!QTest::qWaitFor([&] { return selected->isFinished(); }, Timeout) || !selected->result().ok())
        return {};
    std::unique_ptr<CommandReply> fetched(
        second->execute(Commands::fetch(SequenceSet::single(uid), {"UID", "BODY.PEEK[" + section + ']'})));
    if (!QTest::qWaitFor([&] { return fetched->isFinished(); }, Timeout) || !fetched->result().ok())
        return {};
    for (const FetchData &data : fetched->result().all<FetchData>()) {
        for (const BodySection &body : data.sections) {
            if (data.uid == uid && body.section.toByteArray() == section)
                return QByteArray::fromBase64(body.data);
        }
    }
    return {};
}

void TestMessageViewerPane::headerShowsNameAndAddress()
{
    QVERIFY(show(QStringLiteral("encoded-headers")));
    auto *from = child<QLabel>("fromLabel");
    QVERIFY(from && from->isVisible());
    QCOMPARE(from->text(), QStringLiteral("Jörg Müller <joerg.mueller@example.org>"));
    // A sender's text is never markup, and can be selected and copied.
    QCOMPARE(from->textFormat(), Qt::PlainText);
    QVERIFY(from->textInteractionFlags() & Qt::TextSelectableByMouse);
    QCOMPARE(child<QLabel>("toLabel")->text(), QStringLiteral("Иван Петров <ivan@example.net>"));
    QVERIFY(!child<QLabel>("ccLabel")->isVisible());
    QCOMPARE(child<QLabel>("subjectLabel")->text(),
             manifestCase(QStringLiteral("encoded-headers")).value(QStringLiteral("subject")).toString());
    // Its Date says "Sat", but 29 May 2026 is a Friday: read despite the wrong day name.
    const QDateTime sent(QDate(2026, 5, 29), QTime(12, 0), Qt::UTC);
    QCOMPARE(child<QLabel>("dateLabel")->text(), QLocale().toString(sent.toLocalTime(), QLocale::LongFormat));
    QVERIFY(!child<QLabel>("senderWarning")->isVisible());
    QVERIFY2(body()->toPlainText().contains(QStringLiteral("Zażółć gęślą jaźń")), qPrintable(body()->toPlainText()));
    QCOMPARE(m_pane->uid(), uidOf(QStringLiteral("encoded-headers")));

    // clear() empties everything.
    m_pane->clear();
    QCOMPARE(m_pane->uid(), 0u);
    QVERIFY(body()->toPlainText().isEmpty());
    QVERIFY(!from->isVisible());
}

void TestMessageViewerPane::spoofedSenderIsFlagged()
{
    QVERIFY(show(QStringLiteral("spoofed-sender")));
    QCOMPARE(child<QLabel>("fromLabel")->text(), QStringLiteral("ceo@bank.example.com <attacker@evil.example.net>"));
    auto *warning = child<QLabel>("senderWarning");
    QVERIFY(warning->isVisible());
    QVERIFY2(warning->text().contains(QStringLiteral("ceo@bank.example.com"))
                 && warning->text().contains(QStringLiteral("attacker@evil.example.net")),
             qPrintable(warning->text()));

    // An honest sender is not flagged, and the flag goes with the message.
    QVERIFY(show(QStringLiteral("format-flowed")));
    QVERIFY(!warning->isVisible());
    QCOMPARE(child<QLabel>("fromLabel")->text(), QStringLiteral("Ana Souza <ana.souza@example.com>"));
}

void TestMessageViewerPane::remoteContentOnlyAfterTheClick()
{
    const qsizetype before = m_proxy->requests().size();
    QVERIFY(show(QStringLiteral("remote-content")));
    QWidget *bar = child<QWidget>("remoteContentBar");
    QVERIFY(QTest::qWaitFor([&] { return bar->isVisible(); }, Timeout));
    // Painted, laid out and given time: still not one request.
    m_pane->repaint();
    QTest::qWait(500);
    QCOMPARE(m_proxy->requests().size(), before);

    auto *load = child<QPushButton>("loadRemoteContentButton");
    QVERIFY(load && load->isVisible());
    QSignalSpy loaded(m_pane->document(), &MessageDocument::resourceLoaded);
    QTest::mouseClick(load, Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return loaded.size() >= 2; }, Timeout));
    QVERIFY(!bar->isVisible());
    QList<QByteArray> requests = m_proxy->requests().mid(before);
    std::sort(requests.begin(), requests.end());
    QCOMPARE(requests,
             (QList<QByteArray>{"GET http://remote.example.net/banner.png HTTP/1.1",
                                "GET http://remote.example.net/second.png HTTP/1.1"}));

    // The permission was for that message: shown again, it is blocked again.
    QVERIFY(show(QStringLiteral("format-flowed")));
    QVERIFY(!bar->isVisible());
    QVERIFY(show(QStringLiteral("remote-content")));
    QVERIFY(QTest::qWaitFor([&] { return bar->isVisible(); }, Timeout));
    QTest::qWait(300);
    QCOMPARE(m_proxy->requests().size(), before + 2);
}

void TestMessageViewerPane::remoteContentNeverOffered()
{
    const qsizetype before = m_proxy->requests().size();
    m_pane->setRemoteContentPolicy(MessageViewerPane::RemoteContentPolicy::Never);
    QVERIFY(show(QStringLiteral("remote-content")));
    QVERIFY(QTest::qWaitFor([&] { return m_pane->document()->remoteContentBlocked(); }, Timeout));
    QTest::qWait(300);
    QVERIFY(!child<QWidget>("remoteContentBar")->isVisible());
    QCOMPARE(m_proxy->requests().size(), before);
    // Asking again offers it for the message shown.
    m_pane->setRemoteContentPolicy(MessageViewerPane::RemoteContentPolicy::Ask);
    QVERIFY(child<QWidget>("remoteContentBar")->isVisible());
}

void TestMessageViewerPane::localFilesNeverLoad()
{
    QVERIFY(show(QStringLiteral("remote-content")));
    QVERIFY(QTest::qWaitFor([&] { return child<QWidget>("remoteContentBar")->isVisible(); }, Timeout));
    m_pane->repaint();
    using Outcome = MessageDocument::ResourceRequest::Outcome;
    bool asked = false;
    for (const MessageDocument::ResourceRequest &request : m_pane->document()->resourceLog()) {
        if (request.url.scheme() == u"file" || request.url.path().startsWith(u"/etc")) {
            asked = true;
            QCOMPARE(request.outcome, Outcome::Refused);
        }
    }
    QVERIFY(asked);
    for (const QString &name : {QStringLiteral("file:///etc/passwd"), QStringLiteral("/etc/hostname")}) {
        QVERIFY(!m_pane->document()->resource(QTextDocument::ImageResource, QUrl(name)).isValid());
        // The browser's own loader goes through the same policy.
        QVERIFY(!body()->loadResource(QTextDocument::ImageResource, QUrl(name)).isValid());
        QVERIFY(!body()->loadResource(QTextDocument::StyleSheetResource, QUrl(name)).isValid());
    }
    // Even with remote content allowed.
    QTest::mouseClick(child<QPushButton>("loadRemoteContentButton"), Qt::LeftButton);
    QVERIFY(!body()->loadResource(QTextDocument::ImageResource, QUrl(QStringLiteral("file:///etc/passwd"))).isValid());
}

void TestMessageViewerPane::httpLinkOpensOnlyAfterConfirmation()
{
    QVERIFY(show(QStringLiteral("remote-content")));
    const QString target = QStringLiteral("http://phish.example.net/login");
    QVERIFY(clickAnchor(target));
    QMessageBox *box = waitForBox(QStringLiteral("linkConfirmation"));
    QVERIFY(box);
    // The real target, and a warning that the text names another address.
    const QString text = readable(box);
    QVERIFY2(text.contains(target), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("https://bank.example.com/login")), qPrintable(text));
    QCOMPARE(box->icon(), QMessageBox::Warning);
    QCOMPARE(box->buttonRole(box->defaultButton()), QMessageBox::RejectRole);
    QVERIFY(m_opened.isEmpty());
    QVERIFY(answer(box, QMessageBox::RejectRole));
    QVERIFY(QTest::qWaitFor([] { return !anyBoxVisible(); }, Timeout));
    QTest::qWait(100);
    QVERIFY(m_opened.isEmpty());

    QVERIFY(clickAnchor(target));
    box = waitForBox(QStringLiteral("linkConfirmation"));
    QVERIFY(box);
    QVERIFY(answer(box, QMessageBox::AcceptRole));
    QVERIFY(QTest::qWaitFor([&] { return !m_opened.isEmpty(); }, Timeout));
    QCOMPARE(m_opened, QList<QUrl>{QUrl(target)});
    // The viewer itself went nowhere.
    QVERIFY(body()->source().isEmpty());
    QVERIFY(body()->toPlainText().contains(QStringLiteral("Newsletter text.")));
}

void TestMessageViewerPane::linkByKeyboardIsJudgedTheSame()
{
    QVERIFY(show(QStringLiteral("remote-content")));
    // Tab goes from link to link ("Run", then the one that lies), Enter follows.
    body()->setFocus();
    QTest::keyClick(body(), Qt::Key_Tab);
    QTest::keyClick(body(), Qt::Key_Tab);
    QCOMPARE(body()->textCursor().charFormat().anchorHref(), QStringLiteral("http://phish.example.net/login"));
    QTest::keyClick(body(), Qt::Key_Return);
    QMessageBox *box = waitForBox(QStringLiteral("linkConfirmation"));
    QVERIFY(box);
    // The visible text came along: the mismatch is flagged here too.
    QVERIFY2(readable(box).contains(QStringLiteral("https://bank.example.com/login")), qPrintable(readable(box)));
    QCOMPARE(box->icon(), QMessageBox::Warning);
    QVERIFY(answer(box, QMessageBox::RejectRole));
    QTest::qWait(100);
    QVERIFY(m_opened.isEmpty());
}

void TestMessageViewerPane::javascriptLinkRefused()
{
    QVERIFY(show(QStringLiteral("remote-content")));
    QVERIFY(clickAnchor(QStringLiteral("javascript:alert(1)")));
    QMessageBox *box = waitForBox(QStringLiteral("linkRefused"));
    QVERIFY(box);
    const QString text = readable(box);
    QVERIFY2(text.contains(QStringLiteral("javascript:")), qPrintable(text));
    QVERIFY(!visibleBox(QStringLiteral("linkConfirmation")));
    QVERIFY(answer(box, QMessageBox::AcceptRole));
    QTest::qWait(100);
    QVERIFY(m_opened.isEmpty());
}

void TestMessageViewerPane::saveWritesExactBytesAndAsksBeforeReplacing()
{
    QVERIFY(show(QStringLiteral("rfc2231-names")));
    const QList<QPushButton *> save = attachmentButtons("saveAttachmentButton");
    QCOMPARE(save.size(), 3);
    QTemporaryDir directory;
    m_chosenDirectory = directory.path();
    QSignalSpy saved(m_pane.get(), &MessageViewerPane::attachmentSaved);
    QSignalSpy errors(m_pane.get(), &MessageViewerPane::errorOccurred);

    // The PDF, section 2: exactly the server's bytes, under its decoded name.
    const QByteArray expected = fetchSection(uidOf(QStringLiteral("rfc2231-names")), "2");
    QVERIFY(expected.startsWith("%PDF"));
    QTest::mouseClick(save.at(0), Qt::LeftButton);
    QCOMPARE(m_chooserCalls, 1);
    QVERIFY(saved.wait(Timeout));
    const QString path = directory.filePath(QStringLiteral("€ Rechnung März.pdf"));
    QCOMPARE(saved.first().first().toString(), path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), expected);
    file.close();

    // Again: asks, and a "no" leaves the file as it is.
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("mine\n");
    file.close();
    QTest::mouseClick(save.at(0), Qt::LeftButton);
    QMessageBox *box = waitForBox(QStringLiteral("replaceConfirmation"));
    QVERIFY(box);
    QVERIFY2(readable(box).contains(QStringLiteral("€ Rechnung März.pdf")), qPrintable(readable(box)));
    QCOMPARE(box->buttonRole(box->defaultButton()), QMessageBox::RejectRole);
    QVERIFY(answer(box, QMessageBox::RejectRole));
    QTest::qWait(300);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("mine\n"));
    file.close();
    QCOMPARE(saved.size(), 1);

    // A "yes" replaces it.
    QTest::mouseClick(save.at(0), Qt::LeftButton);
    box = waitForBox(QStringLiteral("replaceConfirmation"));
    QVERIFY(box);
    QVERIFY(answer(box, QMessageBox::AcceptRole));
    QVERIFY(saved.wait(Timeout));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), expected);
    file.close();
    // Nothing else was left in the folder (no partial files).
    QCOMPARE(QDir(directory.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("€ Rechnung März.pdf")});

    // A cancelled folder choice saves nothing.
    m_chosenDirectory.clear();
    QTest::mouseClick(save.at(1), Qt::LeftButton);
    QTest::qWait(300);
    QCOMPARE(saved.size(), 2);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).value(0).toString()));

    // A folder that is gone: a sentence says so.
    m_chosenDirectory = directory.filePath(QStringLiteral("gone"));
    QTest::mouseClick(save.at(1), Qt::LeftButton);
    QVERIFY(errors.size() == 1 || errors.wait(Timeout));
    QVERIFY2(errors.first().first().toString().contains(QStringLiteral("Grüße aus Köln.txt")),
             qPrintable(errors.first().first().toString()));
}

void TestMessageViewerPane::attachmentNamesShownSanitized()
{
    QVERIFY(show(QStringLiteral("hostile-names")));
    QList<QLabel *> labels = m_pane->findChildren<QLabel *>(QStringLiteral("attachmentName"));
    QStringList names;
    for (QLabel *label : labels) {
        QCOMPARE(label->textFormat(), Qt::PlainText);
        names.append(label->text());
    }
    QCOMPARE(names,
             (QStringList{QStringLiteral("bashrc"), QStringLiteral("y.txt"), QStringLiteral("_CON"),
                          QStringLiteral("invoicefdp.exe"), QString(196, u'a') + QStringLiteral(".pdf"),
                          QStringLiteral("attachment"), QStringLiteral("passwd")}));
    // Sizes are of the decoded data, estimated from the encoded size.
    QVERIFY(show(QStringLiteral("big-attachment")));
    const qint64 size = manifestCase(QStringLiteral("big-attachment"))
                            .value(QStringLiteral("facts"))
                            .toObject()
                            .value(QStringLiteral("attachmentSize"))
                            .toInteger();
    QCOMPARE(m_pane->findChildren<QLabel *>(QStringLiteral("attachmentName")).value(0)->text(),
             QStringLiteral("backup.tar.gz"));
    QCOMPARE(m_pane->findChildren<QLabel *>(QStringLiteral("attachmentSize")).value(0)->text(),
             QLocale().formattedDataSize(size));

    // The message's text part is no attachment; a message without any has no bar.
    QVERIFY(show(QStringLiteral("format-flowed")));
    QVERIFY(!child<QWidget>("attachmentBar")->isVisible());
}

void TestMessageViewerPane::openMakesPrivateReadOnlyCopy()
{
    QVERIFY(show(QStringLiteral("rfc2231-names")));
    const QList<QPushButton *> open = attachmentButtons("openAttachmentButton");
    QCOMPARE(open.size(), 3);
    QTest::mouseClick(open.at(1), Qt::LeftButton); // "Grüße aus Köln.txt"
    QVERIFY(QTest::qWaitFor([&] { return !m_opened.isEmpty(); }, Timeout));
    QVERIFY(!anyBoxVisible()); // a text file is not a program: no question
    QCOMPARE(m_opened.size(), 1);
    const QUrl url = m_opened.first();
    QVERIFY(url.isLocalFile());
    const QString path = url.toLocalFile();
    QCOMPARE(QFileInfo(path).fileName(), QStringLiteral("Grüße aus Köln.txt"));
    QCOMPARE(modeOf(path), 0400);
    QCOMPARE(modeOf(QFileInfo(path).absolutePath()), 0700);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(),
             QByteArray("Gr\xfc\xdf"
                        "e\n"));
    file.close();
    // Only it is in its directory, and the directory goes with the pane.
    QCOMPARE(QDir(QFileInfo(path).absolutePath()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("Grüße aus Köln.txt")});
    m_pane.reset();
    QVERIFY(!QFileInfo::exists(path));
}

void TestMessageViewerPane::openAsksBeforeAProgram()
{
    QVERIFY(show(QStringLiteral("hostile-names")));
    const QList<QPushButton *> open = attachmentButtons("openAttachmentButton");
    QCOMPARE(open.size(), 7);
    // "invoice\u202Efdp.exe": an .exe, whatever its bidi trick shows.
    QTest::mouseClick(open.at(3), Qt::LeftButton);
    QMessageBox *box = waitForBox(QStringLiteral("openConfirmation"));
    QVERIFY(box);
    QVERIFY2(readable(box).contains(QStringLiteral("invoicefdp.exe")), qPrintable(readable(box)));
    QCOMPARE(box->buttonRole(box->defaultButton()), QMessageBox::RejectRole);
    // Written before the question (its content is part of the check), privately.
    const QStringList copies = privateCopies();
    QCOMPARE(copies.size(), 1);
    const QString copy = copies.first();
    QCOMPARE(QFileInfo(copy).fileName(), QStringLiteral("invoicefdp.exe"));
    QCOMPARE(modeOf(copy), 0400);
    QCOMPARE(modeOf(QFileInfo(copy).absolutePath()), 0700);
    QVERIFY(m_opened.isEmpty());
    QVERIFY(answer(box, QMessageBox::RejectRole));
    QVERIFY(QTest::qWaitFor([] { return !anyBoxVisible(); }, Timeout));
    QTest::qWait(100);
    QVERIFY(m_opened.isEmpty());
    // Refused, the copy is gone.
    QVERIFY(!QFileInfo::exists(copy));

    QTest::mouseClick(open.at(3), Qt::LeftButton);
    box = waitForBox(QStringLiteral("openConfirmation"));
    QVERIFY(box);
    QVERIFY(answer(box, QMessageBox::AcceptRole));
    QVERIFY(QTest::qWaitFor([&] { return !m_opened.isEmpty(); }, Timeout));
    QCOMPARE(QFileInfo(m_opened.first().toLocalFile()).fileName(), QStringLiteral("invoicefdp.exe"));

    // "../../.bashrc" holds text, declared application/octet-stream: opened
    // without a question, under its safe name.
    m_opened.clear();
    QTest::mouseClick(open.at(0), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return !m_opened.isEmpty(); }, Timeout));
    QVERIFY(!anyBoxVisible());
    QCOMPARE(QFileInfo(m_opened.first().toLocalFile()).fileName(), QStringLiteral("bashrc"));
}

void TestMessageViewerPane::pageDownStopsAtTheEnd()
{
    // A short message in a tall pane: not yet seen while it loads, then at its end.
    QSignalSpy shown(m_pane.get(), &MessageViewerPane::messageShown);
    m_pane->showMessage(m_engine.get(), hardCases, uidOf(QStringLiteral("spoofed-sender")));
    QVERIFY(m_pane->pageDown());
    QVERIFY(shown.wait(Timeout));
    QVERIFY(!m_pane->pageDown());
    // Nothing shown: nothing to page through.
    m_pane->clear();
    QVERIFY(!m_pane->pageDown());

    // A longer one in a short pane: pages, then the end.
    m_pane->resize(500, 300);
    QVERIFY(show(QStringLiteral("remote-content")));
    QScrollBar *bar = body()->verticalScrollBar();
    QVERIFY(QTest::qWaitFor([&] { return bar->maximum() > 0; }, Timeout));
    QCOMPARE(bar->value(), 0);
    int pages = 0;
    while (m_pane->pageDown() && pages < 100) {
        ++pages;
        QVERIFY(bar->value() > 0);
    }
    QVERIFY(pages >= 1);
    QCOMPARE(bar->value(), bar->maximum());
    QVERIFY(!m_pane->pageDown());
    // The next message starts at the top.
    QVERIFY(show(QStringLiteral("nested-rfc822")));
    QCOMPARE(bar->value(), 0);
}

void TestMessageViewerPane::messageShownOnceAcrossPreferences()
{
    QSignalSpy shown(m_pane.get(), &MessageViewerPane::messageShown);
    m_pane->showMessage(m_engine.get(), hardCases, uidOf(QStringLiteral("inline-cid")));
    QVERIFY(shown.wait(Timeout));
    QVERIFY(body()->toPlainText().contains(QStringLiteral("Logo:")));
    QSignalSpy rendered(m_pane->document(), &MessageDocument::rendered);
    m_pane->setPreferPlainText(true);
    QVERIFY(m_pane->prefersPlainText());
    QVERIFY(m_pane->document()->isRendered() || rendered.wait(Timeout));
    QVERIFY(body()->toPlainText().contains(QStringLiteral("Our logo (HTML only).")));
    QTest::qWait(200);
    QCOMPARE(shown.size(), 1);
    // A message switched away from before its text arrived is never "shown".
    m_pane->showMessage(m_engine.get(), hardCases, uidOf(QStringLiteral("efail")));
    m_pane->showMessage(m_engine.get(), hardCases, uidOf(QStringLiteral("format-flowed")));
    QVERIFY(shown.wait(Timeout));
    QTest::qWait(300);
    QCOMPARE(shown.size(), 2);
    QCOMPARE(shown.last().first().toUInt(), uidOf(QStringLiteral("format-flowed")));
}

void TestMessageViewerPane::allHeadersAndSource()
{
    QVERIFY(show(QStringLiteral("encoded-headers")));
    auto *headers = child<QPlainTextEdit>("allHeaders");
    QVERIFY(!headers->isVisible());
    m_pane->allHeadersAction()->setChecked(true);
    QVERIFY(QTest::qWaitFor([&] { return headers->isVisible(); }, Timeout));
    QVERIFY2(headers->toPlainText().contains(QStringLiteral("Subject: =?ISO-8859-1?Q?Gr=FC=DFe,?=")),
             qPrintable(headers->toPlainText()));
    // It stays on for the next message.
    QVERIFY(show(QStringLiteral("spoofed-sender")));
    QVERIFY(QTest::qWaitFor(
        [&] { return headers->isVisible() && headers->toPlainText().contains(QStringLiteral("Urgent wire")); },
        Timeout));
    m_pane->allHeadersAction()->setChecked(false);
    QVERIFY(!headers->isVisible());

    QVERIFY(m_pane->viewSourceAction()->isEnabled());
    m_pane->viewSourceAction()->trigger();
    MessageSourceDialog *dialog = nullptr;
    QVERIFY(QTest::qWaitFor([&] { return (dialog = m_pane->findChild<MessageSourceDialog *>()) != nullptr; }, Timeout));
    QVERIFY(dialog->text().contains(QStringLiteral("From: \"ceo@bank.example.com\" <attacker@evil.example.net>")));
    QVERIFY(dialog->text().contains(QStringLiteral("Please wire the money today.")));
    dialog->close();
}

void TestMessageViewerPane::failureIsReported()
{
    QSignalSpy errors(m_pane.get(), &MessageViewerPane::errorOccurred);
    QSignalSpy shown(m_pane.get(), &MessageViewerPane::messageShown);
    m_pane->showMessage(m_engine.get(), hardCases, 999999);
    QVERIFY(errors.wait(Timeout));
    QVERIFY2(errors.first().first().toString().contains(QStringLiteral("no longer in this folder")),
             qPrintable(errors.first().first().toString()));
    QCOMPARE(body()->placeholderText(), errors.first().first().toString());
    QVERIFY(shown.isEmpty());
    m_pane->showMessage(nullptr, hardCases, 1);
    QCOMPARE(errors.size(), 2);
}

QTEST_MAIN(TestMessageViewerPane)
#include "tst_messageviewerpane.moc"
