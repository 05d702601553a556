#include "maildirwriter.h"

#include "imap/protocol/modifiedutf7.h"

#include <QDateTime>
#include <QDir>
#include <QFile>

#include <cerrno>
#include <cstdio>

namespace MailGen {

namespace {

QString systemError()
{
    return qt_error_string(errno);
}

bool makeDirectory(const QString &path, QString *error)
{
    if (QDir().mkpath(path))
        return true;
    *error = QStringLiteral("cannot create directory %1: %2").arg(path, systemError());
    return false;
}

bool writeSmallFile(const QString &path, const QByteArray &content, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size()) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace

MaildirWriter::MaildirWriter(const QString &root, std::uint64_t seed)
    : m_root(QDir::cleanPath(root))
    , m_seed(seed)
{
}

const QStringList &MaildirWriter::keywordNames()
{
    // Fixed indexes, so a keyword has the same letter in every folder (a = 0).
    static const QStringList names = {QStringLiteral("$Forwarded"), QStringLiteral("$Junk"), QStringLiteral("$label1"),
                                      QStringLiteral("work")};
    return names;
}

QString MaildirWriter::directoryName(const QString &imapName)
{
    if (imapName.compare(QLatin1StringView("INBOX"), Qt::CaseInsensitive) == 0)
        return QString();
    QByteArray name;
    for (const QString &level : imapName.split(u'/'))
        name += '.' + Quail::Imap::ModifiedUtf7::encode(level);
    return QString::fromLatin1(name);
}

QByteArray MaildirWriter::subscriptionEntry(const QString &imapName)
{
    if (imapName.compare(QLatin1StringView("INBOX"), Qt::CaseInsensitive) == 0)
        return QByteArrayLiteral("INBOX");
    QList<QByteArray> levels;
    for (const QString &level : imapName.split(u'/'))
        levels.append(Quail::Imap::ModifiedUtf7::encode(level));
    return levels.join('\t');
}

QStringList MaildirWriter::imapFlags(const GeneratedMessage &message)
{
    QStringList flags;
    if (message.draft)
        flags.append(QStringLiteral("\\Draft"));
    if (message.flagged)
        flags.append(QStringLiteral("\\Flagged"));
    if (message.answered)
        flags.append(QStringLiteral("\\Answered"));
    if (message.seen)
        flags.append(QStringLiteral("\\Seen"));
    if (message.deleted)
        flags.append(QStringLiteral("\\Deleted"));
    for (const QString &keyword : keywordNames()) {
        if (message.keywords.contains(keyword))
            flags.append(keyword);
    }
    return flags;
}

bool MaildirWriter::createRoot(QString *error)
{
    return makeDirectory(m_root, error);
}

bool MaildirWriter::openFolder(const QString &imapName, QString *error)
{
    const QString directory = directoryName(imapName);
    m_folderDir = directory.isEmpty() ? m_root : m_root + u'/' + directory;
    m_usedKeywords.clear();
    for (const char *sub : {"cur", "new", "tmp"}) {
        if (!makeDirectory(m_folderDir + u'/' + QLatin1StringView(sub), error))
            return false;
    }
    // Dovecot's marker of a Maildir++ subfolder (as opposed to the root).
    if (!directory.isEmpty() && !writeSmallFile(m_folderDir + QStringLiteral("/maildirfolder"), QByteArray(), error))
        return false;
    return true;
}

bool MaildirWriter::writeMessage(const GeneratedMessage &message, int counter, QString *fileName, qint64 *size,
                                 QString *error)
{
    // Maildir flags in ASCII order: D F R S T, then keyword letters.
    QByteArray flags;
    if (message.draft)
        flags.append('D');
    if (message.flagged)
        flags.append('F');
    if (message.answered)
        flags.append('R');
    if (message.seen)
        flags.append('S');
    if (message.deleted)
        flags.append('T');
    for (qsizetype i = 0; i < keywordNames().size(); ++i) {
        if (message.keywords.contains(keywordNames().at(i))) {
            flags.append(char('a' + i));
            m_usedKeywords.insert(int(i));
        }
    }

    const QByteArray base = QByteArray::number(message.time) + ".M" + QByteArray::number(counter) + 'P'
        + QByteArray::number(qulonglong(m_seed)) + ".quail,S=" + QByteArray::number(message.content.size());
    const QString tmpPath = m_folderDir + QStringLiteral("/tmp/") + QString::fromLatin1(base);
    *fileName = QString::fromLatin1(base + ":2," + flags);
    *size = message.content.size();
    const QString curPath = m_folderDir + QStringLiteral("/cur/") + *fileName;

    QFile file(tmpPath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(message.content) != message.content.size()
        || !file.flush()) {
        *error = QStringLiteral("cannot write %1: %2").arg(tmpPath, file.errorString());
        return false;
    }
    // Dovecot takes a maildir message's INTERNALDATE from the file's mtime.
    if (!file.setFileTime(QDateTime::fromSecsSinceEpoch(message.time, Qt::UTC), QFileDevice::FileModificationTime)) {
        *error = QStringLiteral("cannot set the time of %1: %2").arg(tmpPath, file.errorString());
        return false;
    }
    file.close();
    // The Maildir way (tmp, then rename) so that a running server never sees
    // half a message; rename() also replaces the file of an earlier run.
    if (std::rename(QFile::encodeName(tmpPath).constData(), QFile::encodeName(curPath).constData()) != 0) {
        *error = QStringLiteral("cannot move %1 to %2: %3").arg(tmpPath, curPath, systemError());
        return false;
    }
    return true;
}

bool MaildirWriter::closeFolder(QString *error)
{
    if (m_usedKeywords.isEmpty())
        return true;
    QByteArray content;
    for (qsizetype i = 0; i < keywordNames().size(); ++i) {
        if (m_usedKeywords.contains(int(i)))
            content += QByteArray::number(i) + ' ' + keywordNames().at(i).toUtf8() + '\n';
    }
    return writeSmallFile(m_folderDir + QStringLiteral("/dovecot-keywords"), content, error);
}

bool MaildirWriter::writeSubscriptions(const QStringList &imapNames, QString *error)
{
    // Dovecot 2.3's version 2 format: a "V\t2" header line and an empty line.
    QByteArray content = QByteArrayLiteral("V\t2\n\n");
    for (const QString &name : imapNames)
        content += subscriptionEntry(name) + '\n';
    return writeSmallFile(m_root + QStringLiteral("/subscriptions"), content, error);
}

} // namespace MailGen
