// Runs the quail-mailgen binary (path in $QUAIL_MAILGEN) and checks what it
// writes: determinism, the Maildir++ layout Dovecot expects, the manifest and
// the well-formedness of every message.

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace {

struct RunResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Every file and directory below root: relative path -> content ("" for directories).
QMap<QString, QByteArray> snapshot(const QString &root)
{
    QMap<QString, QByteArray> tree;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = path.mid(root.size() + 1);
        if (it.fileInfo().isDir()) {
            tree.insert(relative + u'/', QByteArray());
            continue;
        }
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            tree.insert(relative, file.readAll());
    }
    return tree;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The header section of a message, without the empty line that ends it.
QByteArray headerSection(const QByteArray &message)
{
    const qsizetype end = message.indexOf("\n\n");
    return end < 0 ? message : message.left(end + 1);
}

bool hasHeaderField(const QByteArray &headers, const QByteArray &name)
{
    const QByteArray field = name + ':';
    return headers.startsWith(field) || headers.contains(QByteArray('\n' + field));
}

// The IMAP flags a Maildir file name stands for, with keyword letters
// resolved through the folder's dovecot-keywords.
QSet<QString> flagsOfFileName(const QString &fileName, const QHash<QChar, QString> &keywords)
{
    static const QHash<QChar, QString> system = {
        {u'D', QStringLiteral("\\Draft")}, {u'F', QStringLiteral("\\Flagged")}, {u'R', QStringLiteral("\\Answered")},
        {u'S', QStringLiteral("\\Seen")},  {u'T', QStringLiteral("\\Deleted")},
    };
    QSet<QString> flags;
    const qsizetype info = fileName.indexOf(QLatin1StringView(":2,"));
    if (info < 0)
        return flags;
    for (const QChar c : fileName.mid(info + 3))
        flags.insert(c.isUpper() ? system.value(c, QStringLiteral("?") + c)
                                 : keywords.value(c, QStringLiteral("?") + c));
    return flags;
}

QHash<QChar, QString> keywordLetters(const QString &folderDir)
{
    QHash<QChar, QString> letters;
    for (const QByteArray &line : readFile(folderDir + QStringLiteral("/dovecot-keywords")).split('\n')) {
        const qsizetype space = line.indexOf(' ');
        if (space > 0)
            letters.insert(QChar(u'a' + line.left(space).toInt()), QString::fromUtf8(line.mid(space + 1)));
    }
    return letters;
}

QStringList messageFiles(const QString &folderDir)
{
    QStringList files = QDir(folderDir + QStringLiteral("/cur")).entryList(QDir::Files, QDir::Name);
    return files;
}

} // namespace

class TestMailgen : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void sameSeedGivesIdenticalTrees();
    void differentSeedGivesDifferentMail();
    void defaultLayout();
    void subscriptionsFile();
    void manifestMatchesFiles();
    void messagesAreWellFormed();
    void defaultSetIsVaried();
    void hardCasesAreListed();
    void onlyFolderInbox();
    void onlyFolderNamed();
    void helpExitsCleanly();
    void badOptionsFail_data();
    void badOptionsFail();
    void unwritableDirectoryFails();
    void readOnlyDirectoryFails();

private:
    RunResult run(const QStringList &arguments, int timeoutMs = 120000) const;
    QString m_program;
    QTemporaryDir m_work;
    QString m_defaultTree; // seed 7, 300 messages
    QJsonObject m_manifest; // its manifest
    QStringList m_messagePaths; // every message file of the default tree
};

RunResult TestMailgen::run(const QStringList &arguments, int timeoutMs) const
{
    QProcess process;
    process.start(m_program, arguments);
    RunResult result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = "timed out";
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

void TestMailgen::initTestCase()
{
    m_program = qEnvironmentVariable("QUAIL_MAILGEN");
    if (m_program.isEmpty())
        QFAIL("QUAIL_MAILGEN is not set: it must name the quail-mailgen binary (the build sets it for ctest)");
    QVERIFY2(QFileInfo(m_program).isExecutable(), qPrintable(m_program + QStringLiteral(" is not executable")));
    QVERIFY(m_work.isValid());

    m_defaultTree = m_work.filePath(QStringLiteral("default"));
    const QString manifestPath = m_work.filePath(QStringLiteral("default.json"));
    const RunResult result = run({QStringLiteral("--maildir"), m_defaultTree, QStringLiteral("--seed"),
                                  QStringLiteral("7"), QStringLiteral("--manifest"), manifestPath});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY2(result.out.isEmpty(), "prints nothing on success without --verbose");
    QVERIFY(result.err.isEmpty());

    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(readFile(manifestPath), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    m_manifest = document.object();

    QDirIterator it(m_defaultTree, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (it.fileInfo().dir().dirName() == QLatin1StringView("cur"))
            m_messagePaths.append(path);
    }
    m_messagePaths.sort();
    QVERIFY(m_messagePaths.size() > 300);
}

void TestMailgen::sameSeedGivesIdenticalTrees()
{
    const QString again = m_work.filePath(QStringLiteral("again"));
    const QString manifestPath = m_work.filePath(QStringLiteral("again.json"));
    const RunResult result = run({QStringLiteral("--maildir"), again, QStringLiteral("--seed"), QStringLiteral("7"),
                                  QStringLiteral("--manifest"), manifestPath});
    QVERIFY2(result.exitCode == 0, result.err.constData());

    const QMap<QString, QByteArray> first = snapshot(m_defaultTree);
    const QMap<QString, QByteArray> second = snapshot(again);
    QCOMPARE(second.keys(), first.keys());
    for (auto it = first.cbegin(); it != first.cend(); ++it)
        QVERIFY2(second.value(it.key()) == it.value(), qPrintable(it.key()));
    QCOMPARE(readFile(manifestPath), readFile(m_work.filePath(QStringLiteral("default.json"))));

    // The mtime (Dovecot's INTERNALDATE) is part of the result too.
    for (const QString &path : std::as_const(m_messagePaths)) {
        const QString twin = again + path.mid(m_defaultTree.size());
        QCOMPARE(QFileInfo(twin).lastModified(), QFileInfo(path).lastModified());
    }
}

void TestMailgen::differentSeedGivesDifferentMail()
{
    const QString other = m_work.filePath(QStringLiteral("seed8"));
    const RunResult result = run({QStringLiteral("--maildir"), other, QStringLiteral("--seed"), QStringLiteral("8")});
    QVERIFY2(result.exitCode == 0, result.err.constData());

    // Same folders, different messages.
    const auto directories = [](const QString &tree) {
        QStringList dirs;
        QDirIterator it(tree, QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext())
            dirs.append(it.next().mid(tree.size()));
        dirs.sort();
        return dirs;
    };
    const auto messages = [](const QString &tree) {
        QSet<QByteArray> contents;
        QDirIterator it(tree, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (it.fileInfo().dir().dirName() == QLatin1StringView("cur"))
                contents.insert(readFile(path));
        }
        return contents;
    };
    QCOMPARE(directories(other), directories(m_defaultTree));
    const QSet<QByteArray> firstContents = messages(m_defaultTree);
    const QSet<QByteArray> secondContents = messages(other);
    QVERIFY(!firstContents.isEmpty());
    QVERIFY2(!firstContents.intersects(secondContents), "no message may be shared between seeds");
}

void TestMailgen::defaultLayout()
{
    const QDir root(m_defaultTree);
    for (const char *sub : {"cur", "new", "tmp"})
        QVERIFY(root.exists(QLatin1StringView(sub)));
    QVERIFY2(!root.exists(QStringLiteral("maildirfolder")), "the root is INBOX, not a subfolder");

    // Maildir++ with '.' between levels and names in modified UTF-7, as Dovecot 2.3 stores them.
    const QStringList folders = {
        QStringLiteral(".Work"),
        QStringLiteral(".Work.Projects"),
        QStringLiteral(".Work.Projects.Quail"),
        QStringLiteral(".Lists"),
        QStringLiteral(".Lists.qt-interest"),
        QStringLiteral(".Lists.dovecot"),
        QStringLiteral(".Family"),
        QStringLiteral(".Receipts.2025"),
        QStringLiteral(".&ANw-berweisungen"),
        QStringLiteral(".&ZeVnLIqe-"),
        QStringLiteral(".Sent"),
        QStringLiteral(".Drafts"),
        QStringLiteral(".Trash"),
        QStringLiteral(".Junk"),
        QStringLiteral(".Archive"),
        QStringLiteral(".Hard Cases"),
    };
    QStringList present = root.entryList(QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot);
    present.removeAll(QStringLiteral("cur"));
    present.removeAll(QStringLiteral("new"));
    present.removeAll(QStringLiteral("tmp"));
    QStringList expected = folders;
    expected.sort();
    present.sort();
    QCOMPARE(present, expected);
    for (const QString &folder : folders) {
        for (const char *sub : {"cur", "new", "tmp"})
            QVERIFY2(root.exists(folder + u'/' + QLatin1StringView(sub)), qPrintable(folder));
        const QFileInfo marker(root.filePath(folder + QStringLiteral("/maildirfolder")));
        QVERIFY2(marker.isFile() && marker.size() == 0, qPrintable(folder));
        QVERIFY2(!messageFiles(root.filePath(folder)).isEmpty(), qPrintable(folder + QStringLiteral(" is empty")));
        QVERIFY2(QDir(root.filePath(folder + QStringLiteral("/tmp"))).isEmpty(), "tmp/ is left empty");
    }
    QCOMPARE(messageFiles(m_defaultTree).size(), 300);
}

void TestMailgen::subscriptionsFile()
{
    // Dovecot 2.3's format: "V\t2", an empty line, then storage names with a
    // tab between hierarchy levels. Everything but Lists/dovecot.
    const QByteArray expected = QByteArrayLiteral("V\t2\n\n"
                                                  "INBOX\n"
                                                  "Work\n"
                                                  "Work\tProjects\n"
                                                  "Work\tProjects\tQuail\n"
                                                  "Lists\n"
                                                  "Lists\tqt-interest\n"
                                                  "Family\n"
                                                  "Receipts\t2025\n"
                                                  "&ANw-berweisungen\n"
                                                  "&ZeVnLIqe-\n"
                                                  "Sent\n"
                                                  "Drafts\n"
                                                  "Trash\n"
                                                  "Junk\n"
                                                  "Archive\n"
                                                  "Hard Cases\n");
    QCOMPARE(readFile(m_defaultTree + QStringLiteral("/subscriptions")), expected);
}

void TestMailgen::manifestMatchesFiles()
{
    const QJsonObject folders = m_manifest.value(QStringLiteral("folders")).toObject();
    QStringList names = folders.keys();
    names.sort();
    QStringList expected = {QStringLiteral("INBOX"),         QStringLiteral("Work"),
                            QStringLiteral("Work/Projects"), QStringLiteral("Work/Projects/Quail"),
                            QStringLiteral("Lists"),         QStringLiteral("Lists/qt-interest"),
                            QStringLiteral("Lists/dovecot"), QStringLiteral("Family"),
                            QStringLiteral("Receipts/2025"), QStringLiteral("Überweisungen"),
                            QStringLiteral("日本語"),        QStringLiteral("Sent"),
                            QStringLiteral("Drafts"),        QStringLiteral("Trash"),
                            QStringLiteral("Junk"),          QStringLiteral("Archive"),
                            QStringLiteral("Hard Cases")};
    expected.sort();
    QCOMPARE(names, expected);
    QCOMPARE(folders.value(QStringLiteral("INBOX")).toObject().value(QStringLiteral("total")).toInt(), 300);

    QSet<QString> messageIds;
    for (const QString &name : std::as_const(names)) {
        const QJsonObject folder = folders.value(name).toObject();
        const QString directory = folder.value(QStringLiteral("directory")).toString();
        const QString folderDir = directory.isEmpty() ? m_defaultTree : m_defaultTree + u'/' + directory;
        const QHash<QChar, QString> keywords = keywordLetters(folderDir);
        const QStringList files = messageFiles(folderDir);
        const QJsonArray messages = folder.value(QStringLiteral("messages")).toArray();
        QCOMPARE(messages.size(), files.size());
        QCOMPARE(folder.value(QStringLiteral("total")).toInt(), files.size());

        int unseen = 0, flagged = 0, deleted = 0;
        for (qsizetype i = 0; i < files.size(); ++i) {
            const QString &fileName = files.at(i);
            const QJsonObject message = messages.at(i).toObject();
            const QByteArray where = QString(name + u'/' + fileName).toUtf8();
            // Manifest order is file name order, which is the UID order Dovecot assigns.
            QVERIFY2(message.value(QStringLiteral("filename")).toString() == fileName, where.constData());
            QCOMPARE(message.value(QStringLiteral("uid")).toInt(), int(i + 1));

            const QSet<QString> fileFlags = flagsOfFileName(fileName, keywords);
            QSet<QString> manifestFlags;
            for (const QJsonValue flag : message.value(QStringLiteral("flags")).toArray())
                manifestFlags.insert(flag.toString());
            QVERIFY2(fileFlags == manifestFlags, where.constData());
            unseen += fileFlags.contains(QStringLiteral("\\Seen")) ? 0 : 1;
            flagged += fileFlags.contains(QStringLiteral("\\Flagged")) ? 1 : 0;
            deleted += fileFlags.contains(QStringLiteral("\\Deleted")) ? 1 : 0;

            const QFileInfo info(folderDir + QStringLiteral("/cur/") + fileName);
            QCOMPARE(info.size(), qint64(message.value(QStringLiteral("size")).toInteger()));
            QVERIFY2(fileName.contains(QStringLiteral(",S=%1:2,").arg(info.size())), where.constData());
            const QDateTime date = QDateTime::fromString(message.value(QStringLiteral("date")).toString(), Qt::ISODate);
            QVERIFY2(date.isValid(), where.constData());
            QCOMPARE(info.lastModified().toSecsSinceEpoch(), date.toSecsSinceEpoch());
            QVERIFY2(fileName.startsWith(QString::number(date.toSecsSinceEpoch()) + u'.'), where.constData());

            const QByteArray content = readFile(info.filePath());
            QCOMPARE(qint64(message.value(QStringLiteral("rfc822Size")).toInteger()),
                     info.size() + content.count('\n'));
            const QString messageId = message.value(QStringLiteral("messageId")).toString();
            QVERIFY2(headerSection(content).contains(QByteArray("\nMessage-ID: " + messageId.toLatin1() + '\n')),
                     where.constData());
            QVERIFY2(!messageIds.contains(messageId), "Message-IDs are unique");
            messageIds.insert(messageId);
            QVERIFY(!message.value(QStringLiteral("subject")).toString().isEmpty());
            const QJsonObject from = message.value(QStringLiteral("from")).toObject();
            QVERIFY(from.value(QStringLiteral("address")).toString().contains(u'@'));
            QVERIFY(message.value(QStringLiteral("hasAttachment")).isBool());
        }
        QCOMPARE(folder.value(QStringLiteral("unseen")).toInt(), unseen);
        QCOMPARE(folder.value(QStringLiteral("flagged")).toInt(), flagged);
        QCOMPARE(folder.value(QStringLiteral("deleted")).toInt(), deleted);
    }

    // Spot checks of the folder-specific flags.
    QCOMPARE(folders.value(QStringLiteral("Trash")).toObject().value(QStringLiteral("deleted")).toInt(), 2);
    for (const QJsonValue message :
         folders.value(QStringLiteral("Drafts")).toObject().value(QStringLiteral("messages")).toArray())
        QVERIFY(message.toObject().value(QStringLiteral("flags")).toArray().contains(QStringLiteral("\\Draft")));
}

void TestMailgen::messagesAreWellFormed()
{
    int boundaries = 0;
    static const QRegularExpression boundaryParameter(QStringLiteral("boundary=\"([^\"]+)\""),
                                                      QRegularExpression::CaseInsensitiveOption);
    for (const QString &path : std::as_const(m_messagePaths)) {
        const QByteArray content = readFile(path);
        const QByteArray where = path.mid(m_defaultTree.size() + 1).toUtf8();
        QVERIFY2(!content.contains('\r'), where.constData());
        QVERIFY2(content.endsWith('\n'), where.constData());
        const QByteArray headers = headerSection(content);
        QVERIFY2(hasHeaderField(headers, "Message-ID"), where.constData());
        QVERIFY2(hasHeaderField(headers, "Date"), where.constData());
        QVERIFY2(hasHeaderField(headers, "From"), where.constData());
        QVERIFY2(hasHeaderField(headers, "MIME-Version"), where.constData());

        const QList<QByteArray> lines = content.split('\n');
        for (const QByteArray &line : lines)
            QVERIFY2(line.size() <= 998, where.constData());

        // Every declared boundary opens at least one part and closes exactly once, after its parts.
        auto it = boundaryParameter.globalMatch(QString::fromLatin1(content));
        while (it.hasNext()) {
            const QByteArray boundary = it.next().captured(1).toLatin1();
            const QByteArray delimiter = "--" + boundary;
            const QByteArray close = delimiter + "--";
            qsizetype parts = 0, closes = 0, lastPart = -1, closeAt = -1;
            for (qsizetype i = 0; i < lines.size(); ++i) {
                if (lines.at(i) == delimiter) {
                    ++parts;
                    lastPart = i;
                } else if (lines.at(i) == close) {
                    ++closes;
                    closeAt = i;
                }
            }
            const QByteArray what = where + ": boundary " + boundary;
            ++boundaries;
            QVERIFY2(parts >= 1, what.constData());
            QVERIFY2(closes == 1, what.constData());
            QVERIFY2(lastPart < closeAt, what.constData());
        }
    }
    QVERIFY2(boundaries > 100, "the default set has plenty of multipart messages");
}

void TestMailgen::defaultSetIsVaried()
{
    // The default set is meant to exercise a client: several of each kind.
    const QList<std::pair<const char *, QByteArray>> needles = {
        {"UTF-8 B encoded word", "=?UTF-8?B?"},
        {"UTF-8 Q encoded word", "=?UTF-8?Q?"},
        {"ISO-8859-1 encoded word", "=?ISO-8859-1?Q?"},
        {"ISO-8859-15 encoded word", "=?ISO-8859-15?"},
        {"windows-1252 encoded word", "=?windows-1252?"},
        {"KOI8-R encoded word", "=?KOI8-R?B?"},
        {"ISO-2022-JP encoded word", "=?ISO-2022-JP?B?"},
        {"Shift_JIS encoded word", "=?Shift_JIS?B?"},
        {"multipart/alternative", "Content-Type: multipart/alternative;"},
        {"multipart/mixed", "Content-Type: multipart/mixed;"},
        {"multipart/related", "Content-Type: multipart/related;"},
        {"message/rfc822", "Content-Type: message/rfc822"},
        {"text/html", "Content-Type: text/html;"},
        {"us-ascii text", "Content-Type: text/plain; charset=us-ascii"},
        {"ISO-8859-1 text", "Content-Type: text/plain; charset=ISO-8859-1"},
        {"quoted-printable", "Content-Transfer-Encoding: quoted-printable"},
        {"8bit", "Content-Transfer-Encoding: 8bit"},
        {"RFC 2231 file name", "filename*"},
        {"PDF attachment", "Content-Type: application/pdf"},
        {"PNG attachment", "Content-Type: image/png"},
        {"inline image", "Content-ID: <"},
        {"remote image", "https://tracker.example.com/p.gif"},
        {"reply", "\nIn-Reply-To: <"},
        {"mailing list", "\nList-Id: "},
        {"quoted display name", "From: \""},
        {"bare address", "From: dev42@example.org"},
    };
    QHash<QByteArray, int> counts;
    qint64 largest = 0;
    for (const QString &path : std::as_const(m_messagePaths)) {
        const QByteArray content = readFile(path);
        largest = qMax(largest, qint64(content.size()));
        for (const auto &[label, needle] : needles) {
            if (content.contains(needle))
                ++counts[label];
        }
    }
    for (const auto &[label, needle] : needles)
        QVERIFY2(counts.value(label) >= 2, label);
    QVERIFY2(largest >= 100 * 1024, "some messages carry a large attachment");
}

void TestMailgen::hardCasesAreListed()
{
    // The viewer's tests find each hand-made message by its case name.
    const QJsonObject folder =
        m_manifest.value(QStringLiteral("folders")).toObject().value(QStringLiteral("Hard Cases")).toObject();
    QStringList cases;
    QJsonObject big;
    for (const QJsonValue value : folder.value(QStringLiteral("messages")).toArray()) {
        cases.append(value.toObject().value(QStringLiteral("case")).toString());
        if (cases.last() == u"big-attachment")
            big = value.toObject();
    }
    QCOMPARE(cases,
             (QStringList{QStringLiteral("encoded-headers"), QStringLiteral("rfc2231-names"),
                          QStringLiteral("nested-rfc822"), QStringLiteral("inline-cid"),
                          QStringLiteral("remote-content"), QStringLiteral("efail"), QStringLiteral("hostile-names"),
                          QStringLiteral("spoofed-sender"), QStringLiteral("format-flowed"),
                          QStringLiteral("broken-encodings"), QStringLiteral("big-attachment")}));

    // The big attachment is what its facts say: decode it from the file.
    const QJsonObject facts = big.value(QStringLiteral("facts")).toObject();
    QCOMPARE(facts.value(QStringLiteral("attachmentSize")).toInteger(), 20 * 1024 * 1024);
    const QString path = m_defaultTree + u'/' + folder.value(QStringLiteral("directory")).toString()
        + QStringLiteral("/cur/") + big.value(QStringLiteral("filename")).toString();
    const QByteArray content = readFile(path);
    const qsizetype start = content.indexOf("filename=\"backup.tar.gz\"\n\n");
    QVERIFY(start > 0);
    const qsizetype end = content.indexOf("\n--", start);
    const QByteArray data = QByteArray::fromBase64(content.mid(start, end - start).split('\n').mid(2).join());
    QCOMPARE(data.size(), 20 * 1024 * 1024);
    QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex()),
             facts.value(QStringLiteral("attachmentSha256")).toString());
}

void TestMailgen::onlyFolderInbox()
{
    const QString tree = m_work.filePath(QStringLiteral("bench"));
    const RunResult result = run({QStringLiteral("--maildir"), tree, QStringLiteral("--seed"), QStringLiteral("4"),
                                  QStringLiteral("--messages"), QStringLiteral("2000"), QStringLiteral("--only-folder"),
                                  QStringLiteral("INBOX")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QCOMPARE(messageFiles(tree).size(), 2000);
    // Nothing else: no folders, no subscriptions.
    QStringList entries = QDir(tree).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    entries.removeAll(QStringLiteral("dovecot-keywords"));
    entries.sort();
    QCOMPARE(entries, (QStringList{QStringLiteral("cur"), QStringLiteral("new"), QStringLiteral("tmp")}));
}

void TestMailgen::onlyFolderNamed()
{
    // As the Dovecot fixture uses it: a folder added to an existing tree.
    const QString tree = m_work.filePath(QStringLiteral("shared"));
    const RunResult result = run({QStringLiteral("--maildir"), tree, QStringLiteral("--seed"), QStringLiteral("2"),
                                  QStringLiteral("--messages"), QStringLiteral("20"), QStringLiteral("--only-folder"),
                                  QStringLiteral("Shared Projects/Ärger")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QString folder = tree + QStringLiteral("/.Shared Projects.&AMQ-rger");
    QCOMPARE(messageFiles(folder).size(), 20);
    QVERIFY(QFileInfo::exists(folder + QStringLiteral("/maildirfolder")));
    QCOMPARE(QDir(tree).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral(".Shared Projects.&AMQ-rger")});
}

void TestMailgen::helpExitsCleanly()
{
    const RunResult result = run({QStringLiteral("--help")});
    QCOMPARE(result.exitCode, 0);
    for (const char *option : {"--maildir", "--seed", "--messages", "--only-folder", "--manifest", "--verbose"})
        QVERIFY2(result.out.contains(option), option);
}

void TestMailgen::badOptionsFail_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString dir = QStringLiteral("unused-maildir");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--maildir"), dir, QStringLiteral("--frobnicate")};
    QTest::newRow("no maildir") << QStringList{QStringLiteral("--seed"), QStringLiteral("3")};
    QTest::newRow("seed not a number") << QStringList{QStringLiteral("--maildir"), dir, QStringLiteral("--seed"),
                                                      QStringLiteral("abc")};
    QTest::newRow("negative seed") << QStringList{QStringLiteral("--maildir"), dir, QStringLiteral("--seed"),
                                                  QStringLiteral("-1")};
    QTest::newRow("messages not a number")
        << QStringList{QStringLiteral("--maildir"), dir, QStringLiteral("--messages"), QStringLiteral("many")};
    QTest::newRow("negative messages") << QStringList{QStringLiteral("--maildir"), dir, QStringLiteral("--messages"),
                                                      QStringLiteral("-5")};
    QTest::newRow("dot in folder name") << QStringList{QStringLiteral("--maildir"), dir,
                                                       QStringLiteral("--only-folder"), QStringLiteral("a.b")};
    QTest::newRow("empty folder level") << QStringList{QStringLiteral("--maildir"), dir,
                                                       QStringLiteral("--only-folder"), QStringLiteral("a//b")};
    QTest::newRow("stray argument") << QStringList{QStringLiteral("--maildir"), dir, QStringLiteral("extra")};
}

void TestMailgen::badOptionsFail()
{
    QFETCH(QStringList, arguments);
    // Relative paths resolve against the test's working directory; nothing may be created there.
    QTemporaryDir cwd;
    QProcess process;
    process.setWorkingDirectory(cwd.path());
    process.start(m_program, arguments);
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 2);
    const QByteArray err = process.readAllStandardError();
    QVERIFY2(err.contains("error"), err.constData());
    QVERIFY(process.readAllStandardOutput().isEmpty());
    QVERIFY2(QDir(cwd.path()).isEmpty(), "a usage error writes nothing");
}

void TestMailgen::unwritableDirectoryFails()
{
    // Below a regular file: fails even for root, who ignores permission bits.
    const QString file = m_work.filePath(QStringLiteral("plain-file"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    RunResult result = run({QStringLiteral("--maildir"), file + QStringLiteral("/maildir")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("error") && result.err.contains("plain-file"), result.err.constData());

    // An unwritable manifest path fails the same way.
    result = run({QStringLiteral("--maildir"), m_work.filePath(QStringLiteral("manifest-fails")),
                  QStringLiteral("--messages"), QStringLiteral("5"), QStringLiteral("--manifest"),
                  file + QStringLiteral("/manifest.json")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("manifest"), result.err.constData());
}

void TestMailgen::readOnlyDirectoryFails()
{
#ifdef Q_OS_UNIX
    if (::geteuid() == 0)
        QSKIP("running as root: permission bits do not stop writes");
#endif
    const QString readOnly = m_work.filePath(QStringLiteral("read-only"));
    QVERIFY(QDir().mkpath(readOnly));
    QVERIFY(QFile::setPermissions(readOnly, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    const RunResult result = run({QStringLiteral("--maildir"), readOnly + QStringLiteral("/maildir")});
    QFile::setPermissions(readOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("error"), result.err.constData());
}

QTEST_GUILESS_MAIN(TestMailgen)
#include "tst_mailgen.moc"
