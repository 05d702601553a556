// isExecutableAttachment(): which attachments are opened only after a
// warning, by name and by type, row by row.

#include "app/attachmentrisk.h"

#include <QMimeDatabase>
#include <QTest>

using Quail::App::isExecutableAttachment;

class TestAttachmentRisk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classify_data();
    void classify();
    void sniffedTypesOfScripts();
};

void TestAttachmentRisk::classify_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QStringList>("mimeTypes");
    QTest::addColumn<bool>("executable");

    const QStringList none;
    const QStringList octets{QStringLiteral("application/octet-stream")};
    // By extension, whatever the type says.
    for (const char *name :
         {"setup.exe",   "run.bat",     "x.cmd",         "x.com",         "screen.scr",   "install.msi",
          "go.sh",       "go.bash",     "tool.py",       "tool.pl",       "tool.rb",      "invoice.js",
          "app.jar",     "app.desktop", "Tool.AppImage", "installer.run", "firmware.bin", "package.deb",
          "package.rpm", "INVOICE.EXE", "payload.ps1",   "macro.vbs",     "shortcut.lnk", "page.hta"}) {
        QTest::addRow("%s", name) << QString::fromLatin1(name) << octets << true;
    }
    // By type, whatever the name says.
    for (const char *type :
         {"application/x-executable", "application/x-sharedlib", "application/x-shellscript", "application/x-desktop",
          "application/x-msdownload", "application/x-ms-dos-executable",
          "application/vnd.microsoft.portable-executable", "application/x-pie-executable", "application/java-archive",
          "text/x-python", "application/x-perl", "application/x-ruby", "application/javascript",
          "application/vnd.debian.binary-package", "application/x-rpm", "APPLICATION/X-SHELLSCRIPT",
          "application/x-shellscript; charset=utf-8", "application/x-some-new-executable"}) {
        QTest::addRow("type %s", type) << QStringLiteral("report.pdf") << QStringList{QString::fromLatin1(type)}
                                       << true;
    }
    // One hint among harmless ones is enough.
    QTest::newRow("sniffed script behind a PDF")
        << QStringLiteral("report.pdf")
        << QStringList{QStringLiteral("application/pdf"), QStringLiteral("application/x-shellscript")} << true;

    // Documents.
    for (const char *name : {"report.pdf", "photo.jpeg", "notes.txt", "table.ods", "letter.docx", "backup.tar.gz",
                             "写真.png", "€ Rechnung März.pdf", "bashrc", "attachment", "_CON", "archive.zip", "exe",
                             "my.exe.pdf", "sh", "desktop.txt"}) {
        QTest::addRow("document %s", name) << QString::fromUtf8(name) << octets << false;
    }
    for (const char *type : {"application/pdf", "image/png", "text/plain", "text/html", "application/zip",
                             "application/gzip", "message/rfc822", "application/octet-stream"}) {
        QTest::addRow("document type %s", type)
            << QStringLiteral("file") << QStringList{QString::fromLatin1(type)} << false;
    }
    QTest::newRow("no hints") << QString() << none << false;
    QTest::newRow("trailing dot is no extension") << QStringLiteral("file.") << none << false;
}

void TestAttachmentRisk::classify()
{
    QFETCH(QString, fileName);
    QFETCH(QStringList, mimeTypes);
    QFETCH(bool, executable);
    QCOMPARE(isExecutableAttachment(fileName, mimeTypes), executable);
}

// What the pane passes: a type and its ancestors from the MIME database. A
// script type the table does not list still counts through its parents.
void TestAttachmentRisk::sniffedTypesOfScripts()
{
    const QMimeDatabase database;
    const QMimeType shell = database.mimeTypeForData(QByteArray("#!/bin/sh\nrm -rf ~\n"));
    QStringList kinds{shell.name()};
    kinds += shell.allAncestors();
    QVERIFY2(isExecutableAttachment(QStringLiteral("notes.txt"), kinds), qPrintable(kinds.join(u' ')));

    const QMimeType text = database.mimeTypeForData(QByteArray("Just some words.\n"));
    kinds = QStringList{text.name()} + text.allAncestors();
    QVERIFY2(!isExecutableAttachment(QStringLiteral("notes.txt"), kinds), qPrintable(kinds.join(u' ')));
}

QTEST_MAIN(TestAttachmentRisk)
#include "tst_attachmentrisk.moc"
