// The notification bar and the connection indicator on their own: stacking,
// repeated messages, the cap, closing, actions; states, badges, countdown.

#include "app/connectionindicator.h"
#include "app/notificationbar.h"

#include <QAction>
#include <QIcon>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace Quail::App;
using Kind = NotificationBar::Kind;
using State = ConnectionStatus::State;
using Security = ConnectionStatus::Security;

class TestConnectionWidgets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void barStacksAndHidesWhenEmpty();
    void barShowsARepeatOnce();
    void barKeepsTheNewest();
    void barCloseButtonAndActions();
    void barTextIsPlain();
    void indicatorBadges_data();
    void indicatorBadges();
    void indicatorNamesTheTlsSession();
    void indicatorCountsDown();
    void indicatorClickReconnectsOnlyWhenDown();
    void fallbackIconsRender();
};

void TestConnectionWidgets::barStacksAndHidesWhenEmpty()
{
    QWidget window;
    auto *bar = new NotificationBar(&window);
    window.show();
    QVERIFY(!bar->isVisible());
    const int first = bar->showMessage(Kind::Error, QStringLiteral("one"));
    bar->showMessage(Kind::Information, QStringLiteral("two"));
    QVERIFY(bar->isVisible());
    QCOMPARE(bar->texts(), (QStringList{QStringLiteral("one"), QStringLiteral("two")}));
    QCOMPARE(bar->kinds(), (QList<Kind>{Kind::Error, Kind::Information}));
    bar->dismiss(first);
    QCOMPARE(bar->texts(), QStringList{QStringLiteral("two")});
    bar->clear();
    QCOMPARE(bar->count(), 0);
    QVERIFY(!bar->isVisible());
}

void TestConnectionWidgets::barShowsARepeatOnce()
{
    NotificationBar bar;
    const int id = bar.showMessage(Kind::Error, QStringLiteral("same"));
    bar.showMessage(Kind::Warning, QStringLiteral("other"));
    QCOMPARE(bar.showMessage(Kind::Error, QStringLiteral("same")), id);
    // One copy, now the newest.
    QCOMPARE(bar.texts(), (QStringList{QStringLiteral("other"), QStringLiteral("same")}));
}

void TestConnectionWidgets::barKeepsTheNewest()
{
    NotificationBar bar;
    for (int i = 0; i < NotificationBar::MaxMessages + 2; ++i)
        bar.showMessage(Kind::Information, QString::number(i));
    QCOMPARE(bar.count(), NotificationBar::MaxMessages);
    QCOMPARE(bar.texts().first(), QStringLiteral("2"));
    QCOMPARE(bar.texts().last(), QString::number(NotificationBar::MaxMessages + 1));
}

void TestConnectionWidgets::barCloseButtonAndActions()
{
    QWidget window;
    auto *bar = new NotificationBar(&window);
    window.show();
    QAction retry(QStringLiteral("Retry"));
    retry.setObjectName(QStringLiteral("retryAction"));
    QSignalSpy triggered(&retry, &QAction::triggered);
    bar->showMessage(Kind::Error, QStringLiteral("with action"), {&retry});
    bar->showMessage(Kind::Information, QStringLiteral("plain"));
    auto *button = bar->findChild<QPushButton *>(QStringLiteral("retryAction"));
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(triggered.count(), 1);
    // Acting on a message closes it.
    QVERIFY(QTest::qWaitFor([&] { return bar->count() == 1; }, 5000));
    QCOMPARE(bar->texts(), QStringList{QStringLiteral("plain")});
    QToolButton *close = nullptr;
    for (auto *candidate : bar->findChildren<QToolButton *>(QStringLiteral("notificationClose"))) {
        if (candidate->isVisible())
            close = candidate;
    }
    QVERIFY(close);
    QTest::mouseClick(close, Qt::LeftButton);
    QCOMPARE(bar->count(), 0);
}

void TestConnectionWidgets::barTextIsPlain()
{
    NotificationBar bar;
    bar.showMessage(Kind::Warning, QStringLiteral("<img src=x>"));
    auto *label = bar.findChild<QLabel *>(QStringLiteral("notificationText"));
    QVERIFY(label);
    QCOMPARE(label->textFormat(), Qt::PlainText);
    QCOMPARE(label->text(), QStringLiteral("<img src=x>"));
}

void TestConnectionWidgets::indicatorBadges_data()
{
    QTest::addColumn<int>("state");
    QTest::addColumn<int>("security");
    QTest::addColumn<QString>("icon");
    QTest::addColumn<QString>("tip");
    QTest::newRow("verified") << int(State::Connected) << int(Security::VerifiedTls) << QStringLiteral("security-high")
                              << QStringLiteral("verified");
    QTest::newRow("pinned") << int(State::Connected) << int(Security::PinnedTls) << QStringLiteral("security-medium")
                            << QStringLiteral("pinned");
    QTest::newRow("plaintext") << int(State::Connected) << int(Security::Plaintext) << QStringLiteral("security-low")
                               << QStringLiteral("Not encrypted");
    QTest::newRow("connecting") << int(State::Connecting) << int(Security::VerifiedTls)
                                << QStringLiteral("network-connect") << QStringLiteral("connecting");
    QTest::newRow("failed") << int(State::Failed) << int(Security::VerifiedTls) << QStringLiteral("network-offline")
                            << QStringLiteral("the reason");
}

void TestConnectionWidgets::indicatorBadges()
{
    QFETCH(int, state);
    QFETCH(int, security);
    QFETCH(QString, icon);
    QFETCH(QString, tip);
    ConnectionIndicator indicator(QStringLiteral("work"));
    ConnectionStatus status;
    status.state = State(state);
    status.security = Security(security);
    if (status.state == State::Failed)
        status.detail = QStringLiteral("the reason");
    indicator.setStatus(status);
    QCOMPARE(indicator.iconName(), icon);
    QVERIFY2(indicator.toolTip().contains(tip), qPrintable(indicator.toolTip()));
    QVERIFY(indicator.text().startsWith(QStringLiteral("work")));
}

void TestConnectionWidgets::indicatorNamesTheTlsSession()
{
    ConnectionIndicator indicator(QStringLiteral("work"));
    ConnectionStatus status;
    status.state = State::Connected;
    status.security = Security::VerifiedTls;
    status.tls = Quail::Imap::TlsSession{QStringLiteral("TLS 1.3"), QStringLiteral("TLS_AES_256_GCM_SHA384"), 256};
    indicator.setStatus(status);
    QVERIFY2(indicator.toolTip().contains(QStringLiteral("TLS 1.3, cipher TLS_AES_256_GCM_SHA384 with a 256-bit key")),
             qPrintable(indicator.toolTip()));
    // Gone once the connection is: a reconnect negotiates anew.
    status.state = State::Reconnecting;
    indicator.setStatus(status);
    QVERIFY2(!indicator.toolTip().contains(QStringLiteral("cipher")), qPrintable(indicator.toolTip()));
}

void TestConnectionWidgets::indicatorCountsDown()
{
    ConnectionIndicator indicator(QStringLiteral("work"));
    ConnectionStatus status;
    status.state = State::Reconnecting;
    status.attempt = 2;
    status.retryAt = QDateTime::currentDateTimeUtc().addSecs(3);
    indicator.setStatus(status);
    QVERIFY2(indicator.text().contains(QStringLiteral("reconnecting in 3 s")), qPrintable(indicator.text()));
    QVERIFY(QTest::qWaitFor([&] { return indicator.text().contains(QStringLiteral("in 1 s")); }, 5000));
}

void TestConnectionWidgets::indicatorClickReconnectsOnlyWhenDown()
{
    ConnectionIndicator indicator(QStringLiteral("work"));
    QSignalSpy requested(&indicator, &ConnectionIndicator::reconnectRequested);
    ConnectionStatus status;
    status.state = State::Connected;
    indicator.setStatus(status);
    QTest::mouseClick(&indicator, Qt::LeftButton);
    QCOMPARE(requested.count(), 0);
    status.state = State::Failed;
    indicator.setStatus(status);
    QTest::mouseClick(&indicator, Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
}

void TestConnectionWidgets::fallbackIconsRender()
{
    // The hand-drawn icons used where the theme has none.
    QImage sheet(5 * 64, 64, QImage::Format_ARGB32);
    sheet.fill(Qt::white);
    QPainter painter(&sheet);
    int x = 0;
    for (const char *name :
         {"quail-tls-verified", "quail-tls-pinned", "quail-plaintext", "quail-connecting", "quail-offline"}) {
        const QIcon icon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name)));
        const QPixmap pixmap = icon.pixmap(64, 64);
        QVERIFY2(!pixmap.isNull(), name);
        const QImage image = pixmap.toImage();
        // Something was drawn: not every pixel is transparent.
        bool drawn = false;
        for (int y = 0; y < image.height() && !drawn; ++y) {
            for (int column = 0; column < image.width() && !drawn; ++column)
                drawn = qAlpha(image.pixel(column, y)) > 0;
        }
        QVERIFY2(drawn, name);
        painter.drawPixmap(x, 0, pixmap);
        x += 64;
    }
    if (const QString dir = qEnvironmentVariable("QUAIL_TEST_SCREENSHOTS"); !dir.isEmpty())
        QVERIFY(sheet.save(dir + QStringLiteral("/connection-icons.png")));
}

QTEST_MAIN(TestConnectionWidgets)
#include "tst_connectionwidgets.moc"
