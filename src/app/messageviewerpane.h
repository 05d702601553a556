#pragma once

#include "imap/protocol/mailboxname.h"

#include <QList>
#include <QPointer>
#include <QUrl>
#include <QWidget>

#include <functional>
#include <memory>
#include <vector>

class QAction;
class QMessageBox;
class QTemporaryDir;

namespace Quail::Imap {
class Engine;
}
namespace Quail::Models {
class AttachmentSaver;
class MessageDocument;
class MessagePartModel;
} // namespace Quail::Models
namespace Ui {
class MessageViewerPane;
}

namespace Quail::App {

// One message as people read it: the header lines, the body (a
// MessageDocument in a MessageBrowser), a notice when remote content was
// blocked, and the attachments with Save and Open. Everything it shows and
// fetches goes through the models (MessagePartModel, MessageDocument,
// AttachmentSaver, LinkPolicy, checkSender()); the pane adds what needs
// people: confirmations, file dialogs, handing files and links to the
// desktop. It never waits for the network: every fetch answers later.
//
// Links never navigate inside the pane. An http(s) or mailto link opens
// externally only after a confirmation that shows the real target; other
// kinds are refused with the reason. An attachment is opened from a
// private copy (a 0700 temporary directory, the file 0400), and one that
// could run code (isExecutableAttachment()) only after a warning.
class MessageViewerPane : public QWidget
{
    Q_OBJECT

public:
    enum class RemoteContentPolicy {
        Never, // remote content stays blocked; no offer to load it
        Ask, // blocked, with a bar that loads it for the shown message
    };
    Q_ENUM(RemoteContentPolicy)

    // Hands a URL (a link, or a file: URL of an opened attachment) to the
    // desktop; false when nothing could open it. QDesktopServices::openUrl
    // unless set (tests set their own, so no browser starts).
    using ExternalOpener = std::function<bool(const QUrl &url)>;
    // Asks for the folder to save an attachment in; empty when cancelled.
    // A non-native QFileDialog unless set.
    using DirectoryChooser = std::function<QString(QWidget *parent, const QString &title, const QString &start)>;

    explicit MessageViewerPane(QWidget *parent = nullptr);
    ~MessageViewerPane() override;

    // Shows message `uid` of `mailbox`, which must be the mailbox selected
    // on `engine` (the message list's), unless setExamineFirst(true).
    void showMessage(Imap::Engine *engine, const Imap::MailboxName &mailbox, quint32 uid);
    void clear();
    // The message shown or being loaded; 0 for none.
    quint32 uid() const { return m_uid; }

    // Scrolls the body one page down; false when it was at the end already
    // (Space then goes to the next unread message). True while the message
    // is still loading, so that Space never skips one not yet seen.
    bool pageDown();

    void setPreferPlainText(bool plain);
    bool prefersPlainText() const;
    void setRemoteContentPolicy(RemoteContentPolicy policy);
    RemoteContentPolicy remoteContentPolicy() const { return m_remotePolicy; }
    // EXAMINE the mailbox before each message: for an engine (a session) of
    // the viewer's own, see MessagePartModel::setMessage().
    void setExamineFirst(bool examine) { m_examineFirst = examine; }

    // Checkable: show the whole header (fetched when first asked for).
    QAction *allHeadersAction() const { return m_allHeadersAction; }
    // Opens a window with the message's source (fetched when asked for).
    QAction *viewSourceAction() const { return m_viewSourceAction; }

    void setExternalOpener(ExternalOpener opener);
    void setDirectoryChooser(DirectoryChooser chooser);

    Models::MessagePartModel *partModel() const { return m_parts; }
    Models::MessageDocument *document() const { return m_document; }

Q_SIGNALS:
    // The text of `uid` is displayed (once per showMessage()): the window
    // marks it read, by setting (MessageActions::opened()).
    void messageShown(quint32 uid);
    // Something failed; `text` is a sentence for the status bar.
    void errorOccurred(const QString &text);
    void attachmentSaved(const QString &path);

private:
    void reset();
    void stopSavers();
    void onLoaded();
    void onFailed(const QString &message);
    void onRendered();
    void updateRemoteContentBar();
    void onLinkActivated(const QString &href, const QString &visibleText);
    void saveAttachment(int part);
    void startSave(int part, const QString &directory, bool replace);
    void openAttachment(int part);
    void launchAttachment(const QString &path, const QString &name);
    void toggleAllHeaders(bool on);
    void viewSource();
    // A window-modal question; `accepted` runs on `acceptText`'s button,
    // only if the same message is still shown.
    QMessageBox *ask(const char *name, QMessageBox *box, const std::function<void()> &accepted,
                     const std::function<void()> &rejected = {});
    Models::AttachmentSaver *newSaver(int part);
    QString partName(int part) const;

    std::unique_ptr<Ui::MessageViewerPane> m_ui;
    Models::MessagePartModel *m_parts;
    Models::MessageDocument *m_document;
    QAction *m_allHeadersAction;
    QAction *m_viewSourceAction;
    ExternalOpener m_opener;
    DirectoryChooser m_chooseDirectory;
    RemoteContentPolicy m_remotePolicy = RemoteContentPolicy::Ask;
    bool m_examineFirst = false;
    quint32 m_uid = 0;
    // Counts messages shown: answers and downloads of an earlier one are dropped.
    quint64 m_generation = 0;
    bool m_shown = false;
    bool m_sourceRequested = false;
    QList<QPointer<Models::AttachmentSaver>> m_savers;
    // The private copies of opened attachments; removed with the pane.
    std::vector<std::unique_ptr<QTemporaryDir>> m_openedCopies;
};

} // namespace Quail::App
