// Which icon a folder gets: for each of its names in turn, the icon theme's
// first, then the one the application bundles; so a theme with only
// generic folder icons still leaves special-use folders their own. The
// bundled SVGs are linked into this test as the app links them.

#include "models/foldericons.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QIcon>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace Quail::Models;

namespace {

Folder folderFor(SpecialUse use)
{
    Folder folder;
    folder.specialUse = use;
    return folder;
}

bool writeThemeIcon(const QString &directory, const QString &name, QColor colour)
{
    QImage image(16, 16, QImage::Format_ARGB32);
    image.fill(colour);
    return image.save(directory + QLatin1Char('/') + name + QStringLiteral(".png"));
}

} // namespace

class TestFolderIcons : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void themeFirstThenBundled();

private:
    QTemporaryDir m_themes;
};

void TestFolderIcons::themeFirstThenBundled()
{
    // A theme with a generic folder and an Inbox, nothing else.
    const QString places = m_themes.filePath(QStringLiteral("quail-test/16x16/places"));
    QVERIFY(QDir().mkpath(places));
    QFile index(m_themes.filePath(QStringLiteral("quail-test/index.theme")));
    QVERIFY(index.open(QIODevice::WriteOnly));
    index.write("[Icon Theme]\nName=Quail Test\nDirectories=16x16/places\n\n[16x16/places]\nSize=16\nType=Fixed\n");
    index.close();
    QVERIFY(writeThemeIcon(places, QStringLiteral("folder"), Qt::green));
    QVERIFY(writeThemeIcon(places, QStringLiteral("mail-folder-inbox"), Qt::red));
    QIcon::setThemeSearchPaths({m_themes.path()});
    QIcon::setThemeName(QStringLiteral("quail-test"));
    QIcon::setFallbackThemeName(QStringLiteral("quail-test"));
    QVERIFY(QIcon::hasThemeIcon(QStringLiteral("folder")));
    QVERIFY(!QIcon::hasThemeIcon(QStringLiteral("user-trash")));

    // The theme's own where it has one.
    QCOMPARE(FolderIcons::icon(FolderIcons::names(folderFor(SpecialUse::Inbox))).name(),
             QStringLiteral("mail-folder-inbox"));
    QCOMPARE(FolderIcons::icon(FolderIcons::names(folderFor(SpecialUse::None))).name(), QStringLiteral("folder"));

    // The bundled one before the theme's generic folder.
    for (const SpecialUse use : {SpecialUse::Drafts, SpecialUse::Sent, SpecialUse::Archive, SpecialUse::All,
                                 SpecialUse::Flagged, SpecialUse::Junk, SpecialUse::Trash}) {
        const QStringList names = FolderIcons::names(folderFor(use));
        const QIcon icon = FolderIcons::icon(names);
        QVERIFY2(!icon.isNull(), qPrintable(names.constFirst()));
        const QIcon bundled(FolderIcons::bundledDirectory() + QLatin1Char('/') + names.constFirst()
                            + QStringLiteral(".svg"));
        QVERIFY2(!bundled.isNull(), qPrintable(names.constFirst()));
        QCOMPARE(icon.pixmap(16, 16).toImage(), bundled.pixmap(16, 16).toImage());
    }

    // Neither: no icon at all, rather than a wrong one.
    QVERIFY(FolderIcons::icon({QStringLiteral("quail-no-such-icon")}).isNull());
}

QTEST_MAIN(TestFolderIcons)
#include "tst_foldericons.moc"
