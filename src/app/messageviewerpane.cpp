#include "app/messageviewerpane.h"

#include "app/attachmentrisk.h"
#include "app/messagesourcedialog.h"
#include "mime/encodedwords.h"
#include "models/attachmentsaver.h"
#include "models/linkpolicy.h"
#include "models/messagedocument.h"
#include "models/messagepartmodel.h"
#include "ui_messageviewerpane.h"

#include <QAction>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QLocale>
#include <QMessageBox>
#include <QMimeDatabase>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace Quail::App {

namespace {

const QString saveDirectoryKey = QStringLiteral("MessageViewer/saveDirectory");

// A long target in a confirmation: break opportunities (zero-width spaces)
// so that it wraps instead of widening the dialog past the screen. Every
// character stays, in order.
QString wrappable(const QString &text)
{
    constexpr qsizetype chunk = 48;
    QString out;
    for (qsizetype i = 0; i < text.size(); i += chunk) {
        if (i > 0)
            out += QChar(0x200b);
        out += text.mid(i, chunk).toHtmlEscaped();
    }
    return out;
}

// The approximate decoded size of a part (BODYSTRUCTURE gives the encoded
// one): base64 is three bytes in four characters, in lines of 76 and CRLF.
quint64 decodedSize(const Models::MessagePart &part)
{
    const quint64 encoded = part.structure->size;
    if (QByteArrayView(part.structure->encoding) != QByteArrayView("BASE64"))
        return encoded;
    const quint64 lineBreaks = 2 * ((encoded + 77) / 78);
    return encoded > lineBreaks ? (encoded - lineBreaks) * 3 / 4 : 0;
}

} // namespace

MessageViewerPane::MessageViewerPane(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::MessageViewerPane>())
    , m_parts(new Models::MessagePartModel(this))
    , m_document(new Models::MessageDocument(this))
    , m_allHeadersAction(new QAction(this))
    , m_viewSourceAction(new QAction(this))
    , m_opener([](const QUrl &url) { return QDesktopServices::openUrl(url); })
    , m_chooseDirectory([](QWidget *owner, const QString &title, const QString &start) {
        return QFileDialog::getExistingDirectory(owner, title, start,
                                                 QFileDialog::ShowDirsOnly | QFileDialog::DontUseNativeDialog);
    })
{
    m_ui->setupUi(this);
    m_document->setDocumentMargin(12);
    m_document->setPartModel(m_parts);
    m_ui->body->setDocument(m_document);
    // Owned by the browser, so it goes after the browser's text control,
    // never while the browser still shows it.
    m_document->setParent(m_ui->body);
    m_ui->body->setPlaceholderText(tr("No message selected."));
    m_ui->remoteContentBar->hide();

    m_allHeadersAction->setObjectName(QStringLiteral("allHeadersAction"));
    m_allHeadersAction->setText(tr("All &Headers"));
    m_allHeadersAction->setToolTip(tr("Show every header line of the message as it was sent"));
    m_allHeadersAction->setIcon(QIcon::fromTheme(QStringLiteral("view-list-details")));
    m_allHeadersAction->setCheckable(true);
    m_viewSourceAction->setObjectName(QStringLiteral("viewSourceAction"));
    m_viewSourceAction->setText(tr("&Source"));
    m_viewSourceAction->setToolTip(tr("Show the message's source"));
    m_viewSourceAction->setIcon(QIcon::fromTheme(QStringLiteral("text-x-generic")));
    m_viewSourceAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_U));
    m_viewSourceAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_viewSourceAction->setEnabled(false);
    addAction(m_viewSourceAction);
    m_ui->header->setActions(m_allHeadersAction, m_viewSourceAction);
    m_ui->header->hide();
    m_ui->headerLine->hide();

    connect(m_parts, &Models::MessagePartModel::loaded, this, &MessageViewerPane::onLoaded);
    connect(m_parts, &Models::MessagePartModel::failed, this, &MessageViewerPane::onFailed);
    connect(m_parts, &Models::MessagePartModel::headersFetched, this, [this](const QByteArray &header) {
        if (m_allHeadersAction->isChecked())
            m_ui->header->setAllHeaders(rawMailText(header));
    });
    connect(m_parts, &Models::MessagePartModel::rawSourceFetched, this, [this](const QByteArray &source) {
        if (!m_sourceRequested)
            return;
        m_sourceRequested = false;
        m_viewSourceAction->setEnabled(true);
        const auto &envelope = m_parts->envelope();
        auto *dialog =
            new MessageSourceDialog(envelope ? Mime::decodeHeader(envelope->subject()) : QString(), source, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    connect(m_document, &Models::MessageDocument::rendered, this, &MessageViewerPane::onRendered);
    connect(m_document, &Models::MessageDocument::remoteContentBlockedChanged, this,
            &MessageViewerPane::updateRemoteContentBar);
    connect(m_ui->remoteContentBar, &RemoteContentBar::loadRequested, m_document,
            &Models::MessageDocument::allowRemoteContent);
    connect(m_ui->body, &MessageBrowser::linkActivated, this, &MessageViewerPane::onLinkActivated);
    connect(m_ui->attachmentBar, &AttachmentBar::saveRequested, this, &MessageViewerPane::saveAttachment);
    connect(m_ui->attachmentBar, &AttachmentBar::openRequested, this, &MessageViewerPane::openAttachment);
    connect(m_allHeadersAction, &QAction::toggled, this, &MessageViewerPane::toggleAllHeaders);
    connect(m_viewSourceAction, &QAction::triggered, this, &MessageViewerPane::viewSource);
}

MessageViewerPane::~MessageViewerPane()
{
    // Savers write into the private copies: stop them before those go. Only
    // that: the widgets are being torn down with the window.
    stopSavers();
}

void MessageViewerPane::showMessage(Imap::Engine *engine, const Imap::MailboxName &mailbox, quint32 uid)
{
    reset();
    m_uid = uid;
    if (!engine) {
        m_parts->clear();
        m_ui->body->setPlaceholderText(tr("The message cannot be shown: the account is not connected."));
        Q_EMIT errorOccurred(tr("The message cannot be shown: the account is not connected."));
        return;
    }
    m_ui->body->setPlaceholderText(tr("Loading the message…"));
    m_parts->setMessage(engine, mailbox, uid, m_examineFirst);
}

void MessageViewerPane::clear()
{
    reset();
    m_uid = 0;
    m_parts->clear();
    m_ui->body->setPlaceholderText(tr("No message selected."));
}

void MessageViewerPane::reset()
{
    ++m_generation;
    stopSavers();
    m_shown = false;
    m_sourceRequested = false;
    m_viewSourceAction->setEnabled(false);
    m_ui->header->clear();
    m_ui->header->hide();
    m_ui->headerLine->hide();
    m_ui->attachmentBar->setAttachments({});
    m_ui->remoteContentBar->hide();
}

void MessageViewerPane::stopSavers()
{
    // The part model is about to show another message, and a saver reads
    // its parts by section from whatever message the model holds: a save
    // must not outlive its message.
    for (const QPointer<Models::AttachmentSaver> &saver : std::as_const(m_savers)) {
        if (!saver)
            continue;
        disconnect(saver, nullptr, this, nullptr);
        saver->cancel();
        saver->deleteLater();
    }
    m_savers.clear();
}

void MessageViewerPane::onLoaded()
{
    if (const auto &envelope = m_parts->envelope())
        m_ui->header->setEnvelope(*envelope);
    m_ui->header->show();
    m_ui->headerLine->show();
    QList<AttachmentBar::Attachment> attachments;
    for (const int part : m_parts->attachments())
        attachments.append({part, partName(part), QString::fromLatin1(m_parts->part(part).mimeType),
                            decodedSize(m_parts->part(part))});
    m_ui->attachmentBar->setAttachments(attachments);
    m_viewSourceAction->setEnabled(true);
    if (m_allHeadersAction->isChecked())
        m_parts->fetchHeaders();
}

void MessageViewerPane::onFailed(const QString &message)
{
    if (m_parts->state() == Models::MessagePartModel::State::Failed) {
        m_ui->body->setPlaceholderText(message);
    } else {
        // The message is shown; asking for its headers or source failed.
        m_sourceRequested = false;
        m_viewSourceAction->setEnabled(m_parts->state() == Models::MessagePartModel::State::Ready);
    }
    Q_EMIT errorOccurred(message);
}

void MessageViewerPane::onRendered()
{
    updateRemoteContentBar();
    if (m_shown || m_uid == 0 || m_parts->uid() != m_uid)
        return;
    m_shown = true;
    Q_EMIT messageShown(m_uid);
}

void MessageViewerPane::updateRemoteContentBar()
{
    const bool show = m_remotePolicy == RemoteContentPolicy::Ask && m_document->remoteContentBlocked();
    if (show)
        m_ui->remoteContentBar->setBlocked(m_document->blockedRemoteContent());
    m_ui->remoteContentBar->setVisible(show);
}

bool MessageViewerPane::pageDown()
{
    // A message still on its way has not been seen: Space must not skip it.
    if (m_uid != 0 && !m_shown && m_parts->state() == Models::MessagePartModel::State::Loading)
        return true;
    QScrollBar *bar = m_ui->body->verticalScrollBar();
    if (bar->value() >= bar->maximum())
        return false;
    bar->triggerAction(QAbstractSlider::SliderPageStepAdd);
    return true;
}

void MessageViewerPane::setPreferPlainText(bool plain)
{
    m_document->setPreference(plain ? Models::MessageDocument::Preference::PlainText
                                    : Models::MessageDocument::Preference::Html);
}

bool MessageViewerPane::prefersPlainText() const
{
    return m_document->preference() == Models::MessageDocument::Preference::PlainText;
}

void MessageViewerPane::setRemoteContentPolicy(RemoteContentPolicy policy)
{
    m_remotePolicy = policy;
    updateRemoteContentBar();
}

void MessageViewerPane::setExternalOpener(ExternalOpener opener)
{
    m_opener = std::move(opener);
}

void MessageViewerPane::setDirectoryChooser(DirectoryChooser chooser)
{
    m_chooseDirectory = std::move(chooser);
}

QMessageBox *MessageViewerPane::ask(const char *name, QMessageBox *box, const std::function<void()> &accepted,
                                    const std::function<void()> &rejected)
{
    box->setObjectName(QLatin1StringView(name));
    box->setAttribute(Qt::WA_DeleteOnClose);
    const quint64 generation = m_generation;
    connect(box, &QMessageBox::finished, this, [this, box, generation, accepted, rejected] {
        // An answer about a message no longer shown does nothing.
        if (generation != m_generation)
            return;
        const bool yes = box->clickedButton() && box->buttonRole(box->clickedButton()) == QMessageBox::AcceptRole;
        if (yes && accepted)
            accepted();
        else if (!yes && rejected)
            rejected();
    });
    // Window-modal and asynchronous: no nested event loop.
    box->open();
    return box;
}

void MessageViewerPane::onLinkActivated(const QString &href, const QString &visibleText)
{
    const Models::LinkDecision decision = Models::LinkPolicy::decide(href, visibleText);
    if (decision.action == Models::LinkDecision::Action::Refuse) {
        auto *box = new QMessageBox(QMessageBox::Information, tr("Link Not Opened"), QString(), QMessageBox::Ok, this);
        box->setTextFormat(Qt::RichText);
        box->setText(QStringLiteral("<p>") + decision.reason.toHtmlEscaped() + QStringLiteral("</p><p><tt>")
                     + wrappable(href.left(500)) + QStringLiteral("</tt></p>"));
        ask("linkRefused", box, {});
        return;
    }
    const bool mail = decision.target.scheme().compare(QLatin1StringView("mailto"), Qt::CaseInsensitive) == 0;
    QString text = QStringLiteral("<p>")
        + (mail ? tr("Write a message to this address?") : tr("Open this address in your web browser?"))
        + QStringLiteral("</p><p><tt>") + wrappable(decision.shownTarget) + QStringLiteral("</tt></p>");
    if (decision.textMismatch) {
        text += QStringLiteral("<p><b>")
            + tr("Careful: the link's text shows “%1”, but it leads to the address above.")
                  .arg(visibleText.simplified().left(200))
                  .toHtmlEscaped()
            + QStringLiteral("</b></p>");
    }
    auto *box = new QMessageBox(decision.textMismatch ? QMessageBox::Warning : QMessageBox::Question, tr("Open Link?"),
                                QString(), QMessageBox::NoButton, this);
    box->setTextFormat(Qt::RichText);
    box->setText(text);
    QPushButton *open = box->addButton(mail ? tr("&Write Message") : tr("&Open Link"), QMessageBox::AcceptRole);
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    // A link that lies about itself is not opened by a reflexive Enter.
    box->setDefaultButton(decision.textMismatch ? cancel : open);
    const QUrl target = decision.target;
    const QString shown = decision.shownTarget;
    ask("linkConfirmation", box, [this, target, shown] {
        if (!m_opener(target))
            Q_EMIT errorOccurred(tr("No application could open %1.").arg(shown));
    });
}

QString MessageViewerPane::partName(int part) const
{
    return Models::AttachmentSaver::fileNameFor(*m_parts, part);
}

Models::AttachmentSaver *MessageViewerPane::newSaver(int part)
{
    auto *saver = new Models::AttachmentSaver(this);
    m_savers.append(saver);
    connect(saver, &QObject::destroyed, this, [this, saver] { m_savers.removeAll(saver); });
    m_ui->attachmentBar->setBusy(part, tr("Waiting…"));
    connect(saver, &Models::AttachmentSaver::progress, this, [this, part](qint64 written, qint64) {
        m_ui->attachmentBar->setBusy(part, QLocale().formattedDataSize(written));
    });
    return saver;
}

void MessageViewerPane::saveAttachment(int part)
{
    if (part < 0 || part >= m_parts->partCount())
        return;
    const QString name = partName(part);
    QSettings settings;
    const QString start =
        settings.value(saveDirectoryKey, QStandardPaths::writableLocation(QStandardPaths::DownloadLocation)).toString();
    const quint64 generation = m_generation;
    const QPointer<MessageViewerPane> self(this);
    // The chooser may run an event loop of its own: anything can happen meanwhile.
    const QString directory = m_chooseDirectory(this, tr("Save “%1” in Folder").arg(name), start);
    if (!self || generation != m_generation || directory.isEmpty())
        return;
    settings.setValue(saveDirectoryKey, directory);
    startSave(part, directory, false);
}

void MessageViewerPane::startSave(int part, const QString &directory, bool replace)
{
    const QString name = partName(part);
    Models::AttachmentSaver *saver = newSaver(part);
    const auto started =
        saver->save(m_parts, part, directory,
                    replace ? Models::AttachmentSaver::Overwrite::Replace : Models::AttachmentSaver::Overwrite::Never);
    if (started != Models::AttachmentSaver::Start::Started) {
        m_ui->attachmentBar->setIdle(part);
        const QString target = saver->targetPath();
        const QString error = saver->errorString();
        delete saver;
        if (started == Models::AttachmentSaver::Start::Failed) {
            Q_EMIT errorOccurred(tr("The attachment “%1” could not be saved: %2").arg(name, error));
            return;
        }
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Replace File?"), QString(), QMessageBox::NoButton, this);
        box->setTextFormat(Qt::RichText);
        box->setText(tr("<p>A file named “%1” already exists in %2.</p><p>Replace it with the attachment?</p>")
                         .arg(QFileInfo(target).fileName().toHtmlEscaped(),
                              QDir::toNativeSeparators(directory).toHtmlEscaped()));
        box->addButton(tr("&Replace"), QMessageBox::AcceptRole);
        box->setDefaultButton(box->addButton(QMessageBox::Cancel));
        ask("replaceConfirmation", box, [this, part, directory] { startSave(part, directory, true); });
        return;
    }
    connect(saver, &Models::AttachmentSaver::finished, this, [this, saver, part, name](bool ok) {
        m_ui->attachmentBar->setIdle(part);
        if (ok)
            Q_EMIT attachmentSaved(saver->targetPath());
        else
            Q_EMIT errorOccurred(tr("The attachment “%1” could not be saved: %2").arg(name, saver->errorString()));
        saver->deleteLater();
    });
}

void MessageViewerPane::openAttachment(int part)
{
    if (part < 0 || part >= m_parts->partCount())
        return;
    const QString name = partName(part);
    // A private copy: a fresh directory only the user can enter (0700), the
    // file read-only (0400), so neither another user nor the program that
    // opens it can change what was checked.
    auto copy = std::make_unique<QTemporaryDir>();
    if (!copy->isValid()) {
        Q_EMIT errorOccurred(tr("The attachment “%1” could not be opened: %2").arg(name, copy->errorString()));
        return;
    }
    copy->setAutoRemove(true);
    QFile::setPermissions(copy->path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QTemporaryDir *directory = copy.get();
    m_openedCopies.push_back(std::move(copy));
    const auto drop = [this, directory] {
        std::erase_if(m_openedCopies, [directory](const auto &held) { return held.get() == directory; });
    };

    Models::AttachmentSaver *saver = newSaver(part);
    if (saver->save(m_parts, part, directory->path()) != Models::AttachmentSaver::Start::Started) {
        m_ui->attachmentBar->setIdle(part);
        Q_EMIT errorOccurred(tr("The attachment “%1” could not be opened: %2").arg(name, saver->errorString()));
        delete saver;
        drop();
        return;
    }
    const QString declared = QString::fromLatin1(m_parts->part(part).mimeType);
    connect(saver, &Models::AttachmentSaver::finished, this, [this, saver, part, name, declared, drop](bool ok) {
        m_ui->attachmentBar->setIdle(part);
        saver->deleteLater();
        const QString path = saver->targetPath();
        if (!ok || !QFile::setPermissions(path, QFileDevice::ReadOwner)) {
            Q_EMIT errorOccurred(
                tr("The attachment “%1” could not be opened: %2")
                    .arg(name, ok ? tr("its copy could not be made read-only.") : saver->errorString()));
            drop();
            return;
        }
        // What the mail says it is, what the content looks like, and what
        // those are kinds of: any of them naming a program counts.
        const QMimeDatabase types;
        QStringList kinds{declared};
        kinds += types.mimeTypeForName(declared).allAncestors();
        const QMimeType sniffed = types.mimeTypeForFile(path);
        kinds += sniffed.name();
        kinds += sniffed.allAncestors();
        if (!isExecutableAttachment(name, kinds)) {
            launchAttachment(path, name);
            return;
        }
        auto *box =
            new QMessageBox(QMessageBox::Warning, tr("Open a Program?"), QString(), QMessageBox::NoButton, this);
        box->setTextFormat(Qt::RichText);
        box->setText(tr("<p>“%1” may be a program or a script.</p><p>Opening it may run it, with access to all "
                        "your files. Open it only if you expected it from this sender.</p>")
                         .arg(name.toHtmlEscaped()));
        box->addButton(tr("Open &Anyway"), QMessageBox::AcceptRole);
        box->setDefaultButton(box->addButton(QMessageBox::Cancel));
        ask(
            "openConfirmation", box, [this, path, name] { launchAttachment(path, name); }, drop);
    });
}

void MessageViewerPane::launchAttachment(const QString &path, const QString &name)
{
    if (!m_opener(QUrl::fromLocalFile(path)))
        Q_EMIT errorOccurred(tr("No application could open the attachment “%1”.").arg(name));
}

void MessageViewerPane::toggleAllHeaders(bool on)
{
    if (!on) {
        m_ui->header->setAllHeaders({});
        return;
    }
    if (m_parts->state() == Models::MessagePartModel::State::Ready)
        m_parts->fetchHeaders();
}

void MessageViewerPane::viewSource()
{
    if (m_parts->state() != Models::MessagePartModel::State::Ready || m_sourceRequested)
        return;
    m_sourceRequested = true;
    m_viewSourceAction->setEnabled(false);
    m_parts->fetchRawSource();
}

} // namespace Quail::App
