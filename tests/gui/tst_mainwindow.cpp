#include "app/mainwindow.h"
#include "core/applicationinfo.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTest>
#include <QTextBrowser>

using Quail::App::MainWindow;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void opensWithThreePanes();
    void remembersItsLayout();
};

void TestMainWindow::initTestCase()
{
    Quail::Core::initApplicationInfo("quail");
    // Never read or write the user's real settings.
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestMainWindow::opensWithThreePanes()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QCOMPARE(window.windowTitle(), QStringLiteral("Quail"));
    const auto views = window.findChildren<QAbstractItemView *>(Qt::FindChildrenRecursively);
    const auto named = [&](const char *name) {
        return std::any_of(views.cbegin(), views.cend(), [name](QAbstractItemView *v) {
            return v->objectName() == QLatin1String(name) && v->isVisible();
        });
    };
    QVERIFY(named("folderView"));
    QVERIFY(named("messageListView"));
    // The viewer never follows links by itself (remote content is opt-in).
    auto *viewer = window.findChild<QWidget *>(QStringLiteral("messageView"))->findChild<QTextBrowser *>();
    QVERIFY(viewer);
    QVERIFY(viewer->isVisible());
    QVERIFY(!window.windowIcon().isNull());
    QVERIFY(!viewer->openLinks());
    QVERIFY(!viewer->openExternalLinks());
}

void TestMainWindow::remembersItsLayout()
{
    QList<int> sizes;
    {
        MainWindow window;
        window.resize(900, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *splitter = window.findChild<QSplitter *>(QStringLiteral("mainSplitter"));
        QVERIFY(splitter);
        splitter->setSizes({150, 700});
        sizes = splitter->sizes();
        window.close();
    }
    MainWindow reopened;
    reopened.show();
    QVERIFY(QTest::qWaitForWindowExposed(&reopened));
    auto *splitter = reopened.findChild<QSplitter *>(QStringLiteral("mainSplitter"));
    QCOMPARE(splitter->sizes(), sizes);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
