// The folder pane under Xvfb against the Dovecot fixture: unread folders
// bold with their count, icons without any icon theme, the folder
// operations driven through the context menu and its dialogs and checked on
// the server through a second connection, refusals as sentences, and drops
// of messages (events delivered to the viewport, since a real QDrag::exec
// never returns under Xvfb).

#include "accounts/accountstore.h"
#include "app/folderitemdelegate.h"
#include "app/folderview.h"
#include "app/mainwindow.h"
#include "app/notificationbar.h"
#include "awaitreply.h"
#include "imap/engine/engine.h"
#include "imap/protocol/commands.h"
#include "models/foldericons.h"
#include "models/foldertreemodel.h"
#include "models/messagedrag.h"
#include "testserver.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QIcon>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace Quail;
using namespace Quail::Imap;
using Models::FolderTreeModel;
using Models::MessageDrag;
using Quail::Test::TestServer;

namespace {

constexpr int Timeout = 15000;
const QString Account = QStringLiteral("fixture");
const QString OtherAccount = QStringLiteral("other");

CommandResult await(CommandReply *reply)
{
    return Quail::Test::await(reply, Timeout);
}

// A name no other test (or earlier run) uses.
QString uniqueName(const QString &stem)
{
    return stem + QLatin1Char('-') + QString::number(QCoreApplication::applicationPid()) + QLatin1Char('-')
        + QString::number(QDateTime::currentMSecsSinceEpoch() % 100000000);
}

} // namespace

class TestFolderView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void unreadFoldersAreBoldWithTheirCount();
    void iconsWithoutATheme();
    void newFolderThroughTheContextMenu();
    void renameAndDeleteAskFirst();
    void subscribeAndUnsubscribe();
    void refusalIsASentence();
    void actionsFollowTheCurrentFolder();
    void dropsOnlyWhereMessagesMayGo();
    void dropEmitsTheDecodedDrag();
    void folderDragPayload();
    void foldersMoveByDragging();
    void theWindowUsesIt();

private:
    QModelIndex byPath(const QString &path, const QString &account = Account) const
    {
        return m_model->folderIndexByPath(account, path);
    }
    bool waitForIdleModel(const QString &account = Account);
    // Opens the context menu on `index`; nullptr if none shows.
    QMenu *contextMenu(const QModelIndex &index);
    // Picks `name` from the open menu as a click would: the menu closes,
    // then the action runs. False when it is missing or disabled.
    bool choose(QMenu *menu, const QString &name);
    // Waits for the model's next operation to end; its failure, or empty.
    QString waitForOperation(QSignalSpy &finished, QSignalSpy &failed);
    template<typename T>
    T *visibleChild(const QString &name);
    // Through the second connection: what the server holds.
    bool serverHas(const MailboxName &mailbox);
    bool serverSubscribed(const MailboxName &mailbox);
    void createOnServer(const MailboxName &mailbox);
    void sendDragMove(QDragMoveEvent &event) { QCoreApplication::sendEvent(m_view->viewport(), &event); }

    TestServer m_server;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<Engine> m_background;
    std::unique_ptr<Engine> m_other;
    std::unique_ptr<FolderTreeModel> m_model;
    std::unique_ptr<App::FolderView> m_view;
    QList<MailboxName> m_cleanup;
};

void TestFolderView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString error;
    const auto server = TestServer::fromEnvironment(&error);
    QVERIFY2(server, qPrintable(error));
    m_server = *server;
    QVERIFY2(!m_server.manifestFolders().isEmpty(), "the fixture ran without sample mail");
    // No icon theme at all, as on a bare desktop: only the bundled icons.
    QIcon::setThemeSearchPaths({});
    QIcon::setThemeName(QStringLiteral("quail-test-no-theme"));
    QIcon::setFallbackThemeName(QStringLiteral("quail-test-no-theme"));
    QVERIFY(!QIcon::hasThemeIcon(QStringLiteral("folder")));
}

void TestFolderView::init()
{
    m_engine = m_server.openEngine();
    m_background = m_server.openEngine();
    m_other = m_server.openEngine();
    QVERIFY(m_engine && m_background && m_other);
    m_model = std::make_unique<FolderTreeModel>();
    QSignalSpy refreshed(m_model.get(), &FolderTreeModel::accountRefreshed);
    m_model->addAccount(Account, QStringLiteral("Fixture"), m_engine.get(), m_background.get());
    QVERIFY(refreshed.wait(Timeout));
    m_view = std::make_unique<App::FolderView>();
    m_view->setModel(m_model.get());
    m_view->expandAll();
    m_view->resize(320, 760);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestFolderView::cleanup()
{
    // Dialogs and menus left open by a failed check go with the view.
    m_view.reset();
    if (m_other) {
        for (const MailboxName &name : std::as_const(m_cleanup)) {
            await(m_other->execute(Commands::deleteMailbox(name)));
            await(m_other->execute(Commands::unsubscribe(name)));
        }
    }
    m_cleanup.clear();
    m_model.reset();
    m_engine.reset();
    m_background.reset();
    m_other.reset();
}

bool TestFolderView::waitForIdleModel(const QString &account)
{
    return QTest::qWaitFor([&] { return m_model->isLoaded(account) && !m_model->isRefreshing(account); }, Timeout);
}

QMenu *TestFolderView::contextMenu(const QModelIndex &index)
{
    m_view->scrollTo(index);
    const QPoint pos = m_view->visualRect(index).center();
    QContextMenuEvent event(QContextMenuEvent::Mouse, pos, m_view->viewport()->mapToGlobal(pos));
    QCoreApplication::sendEvent(m_view->viewport(), &event);
    return visibleChild<QMenu>({});
}

template<typename T>
T *TestFolderView::visibleChild(const QString &name)
{
    T *found = nullptr;
    (void)QTest::qWaitFor(
        [&] {
            const QList<T *> children = m_view->findChildren<T *>(name);
            for (T *child : children) {
                if (child->isVisible())
                    found = child;
            }
            return found != nullptr;
        },
        5000);
    return found;
}

bool TestFolderView::choose(QMenu *menu, const QString &name)
{
    if (!menu)
        return false;
    const QList<QAction *> actions = menu->actions();
    const auto it = std::find_if(actions.begin(), actions.end(),
                                 [&](const QAction *action) { return action->objectName() == name; });
    if (it == actions.end() || !(*it)->isEnabled())
        return false;
    menu->hide();
    (*it)->trigger();
    return true;
}

QString TestFolderView::waitForOperation(QSignalSpy &finished, QSignalSpy &failed)
{
    if (!QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, Timeout))
        return QStringLiteral("timed out");
    if (!failed.isEmpty())
        return failed.constFirst().at(3).toString();
    if (!waitForIdleModel())
        return QStringLiteral("the listing after the change did not finish");
    return {};
}

bool TestFolderView::serverHas(const MailboxName &mailbox)
{
    const QList<ListData> found = await(m_other->execute(Commands::list("", mailbox.wire()))).all<ListData>();
    return std::any_of(found.begin(), found.end(), [&](const ListData &data) {
        return data.mailbox == mailbox && !data.hasAttribute("\\NonExistent");
    });
}

bool TestFolderView::serverSubscribed(const MailboxName &mailbox)
{
    const QList<ListData> found = await(m_other->execute(Commands::lsub("", mailbox.wire()))).all<ListData>();
    return std::any_of(found.begin(), found.end(), [&](const ListData &data) { return data.mailbox == mailbox; });
}

void TestFolderView::createOnServer(const MailboxName &mailbox)
{
    m_cleanup.append(mailbox);
    QVERIFY(await(m_other->execute(Commands::create(mailbox))).ok());
    QSignalSpy refreshed(m_model.get(), &FolderTreeModel::accountRefreshed);
    m_model->refresh(Account);
    QVERIFY(refreshed.wait(Timeout));
    QVERIFY(byPath(mailbox.toDisplayString()).isValid());
}

void TestFolderView::unreadFoldersAreBoldWithTheirCount()
{
    auto *delegate = qobject_cast<App::FolderItemDelegate *>(m_view->itemDelegate());
    QVERIFY(delegate);
    auto shown = [&](const QModelIndex &index) {
        QStyleOptionViewItem option;
        option.font = m_view->font();
        option.textElideMode = m_view->textElideMode();
        delegate->initStyleOption(&option, index);
        return option;
    };
    int unread = 0;
    int read = 0;
    const QJsonObject folders = m_server.manifestFolders();
    for (auto it = folders.constBegin(); it != folders.constEnd(); ++it) {
        const QModelIndex index = byPath(it.key());
        QVERIFY2(index.isValid(), qPrintable(it.key()));
        // The count the server gives now, not only the manifest's.
        const QList<StatusData> status =
            await(m_other->execute(Commands::status(
                      MailboxName::fromWire(index.data(FolderTreeModel::WireNameRole).toByteArray()), {"UNSEEN"})))
                .all<StatusData>();
        QCOMPARE(status.size(), 1);
        const quint32 unseen = status.constFirst().unseen.value_or(0);
        const QStyleOptionViewItem option = shown(index);
        const QString name = index.data().toString();
        if (unseen > 0) {
            ++unread;
            QCOMPARE(option.text, QStringLiteral("%1 (%2)").arg(name).arg(unseen));
            QVERIFY2(option.font.bold(), qPrintable(name));
            // Squeezed, the name gives way and the count stays.
            QCOMPARE(option.textElideMode, Qt::ElideMiddle);
        } else {
            ++read;
            QCOMPARE(option.text, name);
            QVERIFY2(!option.font.bold(), qPrintable(name));
        }
        QVERIFY2(!option.icon.isNull(), qPrintable(name));
    }
    // The fixture has both kinds, or this test proves nothing.
    QVERIFY(unread > 0 && read > 0);
    // The account row is never bold.
    QVERIFY(!shown(m_model->accountIndex(Account)).font.bold());

    if (const QString path = qEnvironmentVariable("QUAIL_FOLDERVIEW_SCREENSHOT"); !path.isEmpty())
        QVERIFY(m_view->grab().save(path));
}

void TestFolderView::iconsWithoutATheme()
{
    const Models::SpecialUse uses[] = {
        Models::SpecialUse::None,    Models::SpecialUse::Inbox,   Models::SpecialUse::Drafts,
        Models::SpecialUse::Sent,    Models::SpecialUse::Archive, Models::SpecialUse::All,
        Models::SpecialUse::Flagged, Models::SpecialUse::Junk,    Models::SpecialUse::Trash};
    QList<QImage> images;
    for (const Models::SpecialUse use : uses) {
        Models::Folder folder;
        folder.specialUse = use;
        const QIcon icon = Models::FolderIcons::icon(Models::FolderIcons::names(folder));
        QVERIFY2(!icon.isNull(), qPrintable(Models::SpecialUses::key(use)));
        const QImage image = icon.pixmap(16, 16).toImage();
        QVERIFY(!image.isNull());
        // Each role has an icon of its own.
        QVERIFY2(!images.contains(image), qPrintable(Models::SpecialUses::key(use)));
        images.append(image);
    }
    QVERIFY(!Models::FolderIcons::icon(Models::FolderIcons::accountNames()).isNull());
    // The model hands them to every view.
    for (const QString &path : {QStringLiteral("INBOX"), QStringLiteral("Trash"), QStringLiteral("Work")})
        QVERIFY(!byPath(path).data(Qt::DecorationRole).value<QIcon>().isNull());
}

void TestFolderView::newFolderThroughTheContextMenu()
{
    const QString name = uniqueName(QStringLiteral("View-New"));
    const MailboxName wire = MailboxName::fromString(name);
    const MailboxName childWire = MailboxName::fromWire(wire.wire() + "/Child");
    m_cleanup = {childWire, wire};
    QSignalSpy finished(m_model.get(), &FolderTreeModel::operationFinished);
    QSignalSpy failed(m_model.get(), &FolderTreeModel::operationFailed);

    // From the account's row: at the top level.
    QVERIFY(choose(contextMenu(m_model->accountIndex(Account)), QStringLiteral("actionNewFolder")));
    auto *dialog = visibleChild<QInputDialog>(QStringLiteral("newFolderDialog"));
    QVERIFY(dialog);
    dialog->setTextValue(name);
    dialog->accept();
    QCOMPARE(waitForOperation(finished, failed), QString());
    QVERIFY(serverHas(wire));
    QCOMPARE(byPath(name).parent(), m_model->accountIndex(Account));

    // From a folder's row: under it.
    finished.clear();
    QVERIFY(choose(contextMenu(byPath(name)), QStringLiteral("actionNewFolder")));
    dialog = visibleChild<QInputDialog>(QStringLiteral("newFolderDialog"));
    QVERIFY(dialog);
    QVERIFY2(dialog->labelText().contains(name), qPrintable(dialog->labelText()));
    dialog->setTextValue(QStringLiteral("Child"));
    dialog->accept();
    QCOMPARE(waitForOperation(finished, failed), QString());
    QVERIFY(serverHas(childWire));
    QVERIFY(byPath(name + QStringLiteral("/Child")).isValid());

    // Cancelled: nothing is asked of the server.
    finished.clear();
    QVERIFY(choose(contextMenu(byPath(name)), QStringLiteral("actionNewFolder")));
    dialog = visibleChild<QInputDialog>(QStringLiteral("newFolderDialog"));
    QVERIFY(dialog);
    dialog->setTextValue(QStringLiteral("Never"));
    dialog->reject();
    QTest::qWait(300);
    QVERIFY(finished.isEmpty() && failed.isEmpty());
    QVERIFY(!serverHas(MailboxName::fromWire(wire.wire() + "/Never")));
}

void TestFolderView::renameAndDeleteAskFirst()
{
    const QString name = uniqueName(QStringLiteral("View-Rename"));
    const QString renamed = name + QStringLiteral("-renamed");
    const MailboxName wire = MailboxName::fromString(name);
    const MailboxName renamedWire = MailboxName::fromString(renamed);
    m_cleanup.append(renamedWire);
    createOnServer(wire);
    QSignalSpy finished(m_model.get(), &FolderTreeModel::operationFinished);
    QSignalSpy failed(m_model.get(), &FolderTreeModel::operationFailed);

    QVERIFY(choose(contextMenu(byPath(name)), QStringLiteral("actionRenameFolder")));
    auto *dialog = visibleChild<QInputDialog>(QStringLiteral("renameFolderDialog"));
    QVERIFY(dialog);
    QCOMPARE(dialog->textValue(), name);
    dialog->setTextValue(renamed);
    dialog->accept();
    QCOMPARE(waitForOperation(finished, failed), QString());
    QVERIFY(serverHas(renamedWire));
    QVERIFY(!serverHas(wire));
    const QPersistentModelIndex folder = byPath(renamed);
    QVERIFY(folder.isValid());

    // Delete asks, naming the folder and saying what is lost; Cancel keeps it.
    finished.clear();
    QVERIFY(choose(contextMenu(folder), QStringLiteral("actionDeleteFolder")));
    auto *box = visibleChild<QMessageBox>(QStringLiteral("deleteFolderConfirmation"));
    QVERIFY(box);
    QVERIFY2(box->text().contains(renamed), qPrintable(box->text()));
    QVERIFY2(box->informativeText().contains(QStringLiteral("messages")), qPrintable(box->informativeText()));
    QVERIFY2(box->informativeText().contains(QStringLiteral("lost")), qPrintable(box->informativeText()));
    QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
    box->button(QMessageBox::Cancel)->click();
    QTest::qWait(300);
    QVERIFY(finished.isEmpty() && failed.isEmpty());
    QVERIFY(serverHas(renamedWire));

    QVERIFY(choose(contextMenu(folder), QStringLiteral("actionDeleteFolder")));
    box = visibleChild<QMessageBox>(QStringLiteral("deleteFolderConfirmation"));
    QVERIFY(box);
    auto *confirm = box->findChild<QPushButton *>(QStringLiteral("confirmDelete"));
    QVERIFY(confirm);
    confirm->click();
    QCOMPARE(waitForOperation(finished, failed), QString());
    QVERIFY(!serverHas(renamedWire));
    QVERIFY(!folder.isValid());

    // The Inbox can be neither renamed nor deleted.
    QMenu *menu = contextMenu(byPath(QStringLiteral("INBOX")));
    QVERIFY(menu);
    QVERIFY(!choose(menu, QStringLiteral("actionRenameFolder")));
    QVERIFY(!choose(menu, QStringLiteral("actionDeleteFolder")));
    menu->hide();
}

void TestFolderView::subscribeAndUnsubscribe()
{
    const MailboxName wire = MailboxName::fromString(uniqueName(QStringLiteral("View-Subscribe")));
    createOnServer(wire);
    QVERIFY(!serverSubscribed(wire));
    const QPersistentModelIndex folder = byPath(wire.toDisplayString());
    QSignalSpy finished(m_model.get(), &FolderTreeModel::operationFinished);
    QSignalSpy failed(m_model.get(), &FolderTreeModel::operationFailed);

    QMenu *menu = contextMenu(folder);
    QVERIFY(menu);
    QAction *subscribed = m_view->findChild<QAction *>(QStringLiteral("actionSubscribeFolder"));
    QVERIFY(subscribed && subscribed->isCheckable());
    QVERIFY(!subscribed->isChecked());
    QVERIFY(choose(menu, QStringLiteral("actionSubscribeFolder")));
    QCOMPARE(waitForOperation(finished, failed), QString());
    QVERIFY(serverSubscribed(wire));
    QVERIFY(folder.data(FolderTreeModel::SubscribedRole).toBool());

    finished.clear();
    menu = contextMenu(folder);
    QVERIFY(subscribed->isChecked());
    QVERIFY(choose(menu, QStringLiteral("actionSubscribeFolder")));
    QCOMPARE(waitForOperation(finished, failed), QString());
    QVERIFY(!serverSubscribed(wire));
    QVERIFY(!folder.data(FolderTreeModel::SubscribedRole).toBool());
}

void TestFolderView::refusalIsASentence()
{
    QSignalSpy errors(m_view.get(), &App::FolderView::errorOccurred);
    QVERIFY(choose(contextMenu(m_model->accountIndex(Account)), QStringLiteral("actionNewFolder")));
    auto *dialog = visibleChild<QInputDialog>(QStringLiteral("newFolderDialog"));
    QVERIFY(dialog);
    dialog->setTextValue(QStringLiteral("Work"));
    dialog->accept();
    QVERIFY(errors.wait(Timeout));
    const QString message = errors.constFirst().constFirst().toString();
    QVERIFY2(message.contains(QStringLiteral("Work")) && message.contains(QStringLiteral("already exists")),
             qPrintable(message));
    QVERIFY(serverHas(MailboxName::fromWire("Work")));
}

void TestFolderView::actionsFollowTheCurrentFolder()
{
    const QList<QAction *> actions = m_view->folderActions();
    auto action = [&](const QString &name) {
        const auto it =
            std::find_if(actions.begin(), actions.end(), [&](const QAction *a) { return a->objectName() == name; });
        return it == actions.end() ? nullptr : *it;
    };
    QAction *rename = action(QStringLiteral("actionRenameFolder"));
    QAction *subscribed = action(QStringLiteral("actionSubscribeFolder"));
    QVERIFY(rename && subscribed && action(QStringLiteral("actionNewFolder"))
            && action(QStringLiteral("actionDeleteFolder")) && action(QStringLiteral("actionRefreshFolders")));
    m_view->setCurrentIndex(byPath(QStringLiteral("INBOX")));
    QVERIFY(!rename->isEnabled());
    m_view->setCurrentIndex(byPath(QStringLiteral("Lists/dovecot")));
    QVERIFY(rename->isEnabled());
    QVERIFY(subscribed->isEnabled() && !subscribed->isChecked());
    // F2 in the tree renames the current folder.
    m_view->activateWindow();
    m_view->setFocus();
    QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
    QTest::keyClick(m_view.get(), Qt::Key_F2);
    auto *dialog = visibleChild<QInputDialog>(QStringLiteral("renameFolderDialog"));
    QVERIFY(dialog);
    QCOMPARE(dialog->textValue(), QStringLiteral("dovecot"));
    dialog->reject();
    m_view->setCurrentIndex(byPath(QStringLiteral("Lists/qt-interest")));
    QVERIFY(subscribed->isChecked());
    // A context menu elsewhere acts there, then hands back to the current
    // folder.
    QMenu *menu = contextMenu(byPath(QStringLiteral("Lists/dovecot")));
    QVERIFY(menu);
    QVERIFY(!subscribed->isChecked());
    menu->hide();
    QTRY_VERIFY_WITH_TIMEOUT(subscribed->isChecked(), 5000);

    // The window destroys the model before its child widgets: the view
    // must let go of it.
    m_view->setCurrentIndex(byPath(QStringLiteral("Work")));
    QVERIFY(rename->isEnabled());
    m_model.reset();
    QVERIFY(!m_view->folderModel());
    QVERIFY(!rename->isEnabled());
    action(QStringLiteral("actionRefreshFolders"))->trigger();
    QTest::keyClick(m_view.get(), Qt::Key_F2);
}

void TestFolderView::dropsOnlyWhereMessagesMayGo()
{
    // A second account (the same mailbox store, another id): its folders
    // never take this account's messages.
    auto otherSession = m_server.openEngine();
    QVERIFY(otherSession);
    QSignalSpy refreshed(m_model.get(), &FolderTreeModel::accountRefreshed);
    m_model->addAccount(OtherAccount, QStringLiteral("Other"), otherSession.get());
    QVERIFY(QTest::qWaitFor([&] { return m_model->isLoaded(OtherAccount); }, Timeout));
    m_view->expandAll();

    MessageDrag drag{Account, MailboxName::fromWire("INBOX"), 1, {1, 2, 3}};
    const std::unique_ptr<QMimeData> mime(drag.toMimeData());
    auto at = [&](const QModelIndex &index) {
        m_view->scrollTo(index);
        return m_view->visualRect(index).center();
    };
    const Qt::DropActions both = Qt::CopyAction | Qt::MoveAction;

    // Entering: only a message drag is taken at all.
    QMimeData text;
    text.setText(QStringLiteral("not messages"));
    QDragEnterEvent foreign(at(byPath(QStringLiteral("Trash"))), both, &text, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_view->viewport(), &foreign);
    QVERIFY(!foreign.isAccepted());
    QDragEnterEvent enter(at(byPath(QStringLiteral("Trash"))), both, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_view->viewport(), &enter);
    QVERIFY(enter.isAccepted());

    struct Case {
        const char *what;
        QModelIndex target;
        Qt::KeyboardModifiers modifiers;
        Qt::DropActions possible;
        Qt::DropAction expected; // IgnoreAction: refused
    };
    const Case cases[] = {
        {"a folder of the same account", byPath(QStringLiteral("Trash")), Qt::NoModifier, both, Qt::MoveAction},
        {"a subfolder", byPath(QStringLiteral("Work/Projects/Quail")), Qt::NoModifier, both, Qt::MoveAction},
        {"Ctrl held", byPath(QStringLiteral("Trash")), Qt::ControlModifier, both, Qt::CopyAction},
        {"a source that only copies", byPath(QStringLiteral("Trash")), Qt::NoModifier, Qt::CopyAction, Qt::CopyAction},
        {"Ctrl on a source that only moves", byPath(QStringLiteral("Trash")), Qt::ControlModifier, Qt::MoveAction,
         Qt::IgnoreAction},
        {"the source folder", byPath(QStringLiteral("INBOX")), Qt::NoModifier, both, Qt::IgnoreAction},
        {"another account's folder", byPath(QStringLiteral("Trash"), OtherAccount), Qt::NoModifier, both,
         Qt::IgnoreAction},
        {"a \\Noselect folder", byPath(QStringLiteral("Receipts")), Qt::NoModifier, both, Qt::IgnoreAction},
        {"a namespace root", byPath(QStringLiteral("shared")), Qt::NoModifier, both, Qt::IgnoreAction},
        {"the account's row", m_model->accountIndex(Account), Qt::NoModifier, both, Qt::IgnoreAction},
    };
    for (const Case &c : cases) {
        QVERIFY2(c.target.isValid(), c.what);
        QDragMoveEvent move(at(c.target), c.possible, mime.get(), Qt::LeftButton, c.modifiers);
        sendDragMove(move);
        if (c.expected == Qt::IgnoreAction) {
            QVERIFY2(!move.isAccepted(), c.what);
            QVERIFY2(!m_view->dropTarget().isValid(), c.what);
        } else {
            QVERIFY2(move.isAccepted(), c.what);
            QVERIFY2(move.dropAction() == c.expected, c.what);
            QVERIFY2(m_view->dropTarget() == c.target, c.what);
        }
    }
    QDragLeaveEvent leave;
    QCoreApplication::sendEvent(m_view->viewport(), &leave);
    QVERIFY(!m_view->dropTarget().isValid());
    m_model->removeAccount(OtherAccount);
}

void TestFolderView::dropEmitsTheDecodedDrag()
{
    QSignalSpy dropped(m_view.get(), &App::FolderView::messagesDropped);
    const MessageDrag drag{Account, MailboxName::fromWire("Work"), 42, {7, 9, 11}};
    const std::unique_ptr<QMimeData> mime(drag.toMimeData());
    const Qt::DropActions both = Qt::CopyAction | Qt::MoveAction;
    const QModelIndex trash = byPath(QStringLiteral("Trash"));
    const QPointF trashAt = m_view->visualRect(trash).center();
    // As with a real drag, each drop follows an enter: Qt delivers a drop
    // only to the widget that accepted the enter.
    auto enter = [&] {
        QDragEnterEvent event(trashAt.toPoint(), both, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(m_view->viewport(), &event);
        return event.isAccepted();
    };

    // On the source folder: refused, nothing emitted.
    QVERIFY(enter());
    QDropEvent refused(m_view->visualRect(byPath(QStringLiteral("Work"))).center(), both, mime.get(), Qt::LeftButton,
                       Qt::NoModifier);
    QCoreApplication::sendEvent(m_view->viewport(), &refused);
    QVERIFY(!refused.isAccepted());
    QVERIFY(dropped.isEmpty());

    QVERIFY(enter());
    QDropEvent move(trashAt, both, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_view->viewport(), &move);
    QVERIFY(move.isAccepted());
    QCOMPARE(move.dropAction(), Qt::MoveAction);
    QCOMPARE(dropped.size(), 1);
    QCOMPARE(dropped.at(0).at(0).value<MessageDrag>(), drag);
    QCOMPARE(dropped.at(0).at(1).value<QModelIndex>(), trash);
    QCOMPARE(dropped.at(0).at(2).value<Qt::DropAction>(), Qt::MoveAction);

    QVERIFY(enter());
    QDropEvent copy(trashAt, both, mime.get(), Qt::LeftButton, Qt::ControlModifier);
    QCoreApplication::sendEvent(m_view->viewport(), &copy);
    QVERIFY(copy.isAccepted());
    QCOMPARE(copy.dropAction(), Qt::CopyAction);
    QCOMPARE(dropped.size(), 2);
    QCOMPARE(dropped.at(1).at(2).value<Qt::DropAction>(), Qt::CopyAction);
    QVERIFY(!m_view->dropTarget().isValid());
}

void TestFolderView::folderDragPayload()
{
    const App::FolderDrag drag{Account, MailboxName::fromWire("Work/&ANw-bersicht")};
    const std::unique_ptr<QMimeData> mime(drag.toMimeData());
    QCOMPARE(mime->formats(), QStringList{App::FolderDrag::mimeType()});
    QCOMPARE(App::FolderDrag::fromMimeData(mime.get()), std::optional(drag));
    // Neither a message drag nor a folder drag is taken for the other.
    QVERIFY(!MessageDrag::fromMimeData(mime.get()));
    const std::unique_ptr<QMimeData> messages(MessageDrag{Account, drag.mailbox, 1, {1}}.toMimeData());
    QVERIFY(!App::FolderDrag::fromMimeData(messages.get()));
    // Truncated, or trailing bytes: refused.
    QMimeData broken;
    const QByteArray bytes = mime->data(App::FolderDrag::mimeType());
    broken.setData(App::FolderDrag::mimeType(), bytes.left(bytes.size() - 3));
    QVERIFY(!App::FolderDrag::fromMimeData(&broken));
    broken.setData(App::FolderDrag::mimeType(), bytes + "x");
    QVERIFY(!App::FolderDrag::fromMimeData(&broken));
}

void TestFolderView::foldersMoveByDragging()
{
    const QString first = uniqueName(QStringLiteral("View-Drag-A"));
    const QString second = uniqueName(QStringLiteral("View-Drag-B"));
    const MailboxName firstWire = MailboxName::fromString(first);
    const MailboxName secondWire = MailboxName::fromString(second);
    const MailboxName movedWire = MailboxName::fromWire(firstWire.wire() + '/' + secondWire.wire());
    createOnServer(firstWire);
    createOnServer(secondWire);
    m_cleanup.prepend(movedWire);
    m_view->expandAll();
    QSignalSpy finished(m_model.get(), &FolderTreeModel::operationFinished);
    QSignalSpy failed(m_model.get(), &FolderTreeModel::operationFailed);

    // Delivered as a real drag would be: an enter, then the drop; whether
    // the drop was taken.
    auto drop = [&](const App::FolderDrag &drag, const QModelIndex &target) {
        const std::unique_ptr<QMimeData> mime(drag.toMimeData());
        m_view->scrollTo(target);
        const QPoint at = m_view->visualRect(target).center();
        QDragEnterEvent enter(at, Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(m_view->viewport(), &enter);
        if (!enter.isAccepted())
            return false;
        QDropEvent event(at, Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(m_view->viewport(), &event);
        return event.isAccepted();
    };
    const App::FolderDrag secondDrag{Account, secondWire};
    QVERIFY(!drop(secondDrag, byPath(second)));
    QVERIFY2(!drop(secondDrag, m_model->accountIndex(Account)), "already at the top level");
    QVERIFY2(!drop(secondDrag, byPath(QStringLiteral("shared/quail2/Shared Projects"))), "another namespace");
    QVERIFY2(!drop(App::FolderDrag{Account, MailboxName::fromWire("INBOX")}, byPath(first)), "the Inbox stays");
    QVERIFY(finished.isEmpty() && failed.isEmpty());

    QVERIFY(drop(secondDrag, byPath(first)));
    QCOMPARE(waitForOperation(finished, failed), QString());
    QVERIFY(serverHas(movedWire));
    QVERIFY(!serverHas(secondWire));
    QCOMPARE(byPath(first + u'/' + second).parent(), byPath(first));

    // Never below itself.
    QVERIFY(!drop(App::FolderDrag{Account, firstWire}, byPath(first + u'/' + second)));

    // Onto the account: back to the top level.
    finished.clear();
    QVERIFY(drop(App::FolderDrag{Account, movedWire}, m_model->accountIndex(Account)));
    QCOMPARE(waitForOperation(finished, failed), QString());
    QVERIFY(serverHas(secondWire));
    QVERIFY(!serverHas(movedWire));
    QCOMPARE(byPath(second).parent(), m_model->accountIndex(Account));
}

void TestFolderView::theWindowUsesIt()
{
    QTemporaryDir dir;
    App::MainWindow window(std::make_unique<Accounts::AccountStore>(dir.filePath(QStringLiteral("accounts.conf"))));
    auto *view = window.findChild<App::FolderView *>(QStringLiteral("folderView"));
    QVERIFY(view);
    QVERIFY(view->folderModel());
    auto *menu = window.findChild<QMenu *>(QStringLiteral("menuFolder"));
    QVERIFY(menu);
    QCOMPARE(menu->actions(), view->folderActions());
    // The window shows the view's sentences.
    const QString sentence = QStringLiteral("The folder “x” could not be created.");
    Q_EMIT view->errorOccurred(sentence);
    auto *bar = window.findChild<App::NotificationBar *>();
    QVERIFY(bar);
    QVERIFY2(bar->texts().contains(sentence), qPrintable(bar->texts().join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestFolderView)
#include "tst_folderview.moc"
