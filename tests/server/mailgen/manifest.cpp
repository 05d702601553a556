#include "manifest.h"

#include "dateformat.h"
#include "maildirwriter.h"

#include <QJsonDocument>
#include <QSaveFile>

#include <algorithm>

namespace MailGen {

void Manifest::beginFolder(const FolderSpec &folder, const QString &directory)
{
    m_folderName = folder.name;
    m_folder = QJsonObject{
        {QStringLiteral("name"), folder.name},
        {QStringLiteral("directory"), directory},
        {QStringLiteral("subscribed"), folder.subscribed},
    };
    m_messages.clear();
    m_unseen = m_flagged = m_deleted = m_answered = m_draft = 0;
}

void Manifest::addMessage(const GeneratedMessage &message, const QString &fileName, qint64 size)
{
    m_unseen += message.seen ? 0 : 1;
    m_flagged += message.flagged ? 1 : 0;
    m_deleted += message.deleted ? 1 : 0;
    m_answered += message.answered ? 1 : 0;
    m_draft += message.draft ? 1 : 0;

    QJsonObject entry{
        {QStringLiteral("filename"), fileName},
        {QStringLiteral("messageId"), QString::fromLatin1(message.messageId)},
        {QStringLiteral("subject"), message.subject},
        {QStringLiteral("from"),
         QJsonObject{{QStringLiteral("name"), message.from.name},
                     {QStringLiteral("address"), QString::fromLatin1(message.from.address)}}},
        {QStringLiteral("date"), isoDateUtc(message.time)},
        {QStringLiteral("flags"), QJsonArray::fromStringList(MaildirWriter::imapFlags(message))},
        {QStringLiteral("hasAttachment"), message.hasAttachment},
        {QStringLiteral("size"), size},
        // What IMAP's RFC822.SIZE reports: Dovecot counts CRLF line ends.
        {QStringLiteral("rfc822Size"), size + message.content.count('\n')},
    };
    if (!message.caseName.isEmpty())
        entry.insert(QStringLiteral("case"), message.caseName);
    if (!message.facts.isEmpty())
        entry.insert(QStringLiteral("facts"), message.facts);
    if (!message.inReplyTo.isEmpty())
        entry.insert(QStringLiteral("inReplyTo"), QString::fromLatin1(message.inReplyTo));
    m_messages.append({fileName, entry});
}

void Manifest::endFolder()
{
    // UID order is file name order (the generator makes names sort by date).
    std::stable_sort(m_messages.begin(), m_messages.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QJsonArray messages;
    int uid = 0;
    for (auto &[fileName, entry] : m_messages) {
        entry.insert(QStringLiteral("uid"), ++uid);
        messages.append(entry);
    }
    m_folder.insert(QStringLiteral("total"), int(m_messages.size()));
    m_folder.insert(QStringLiteral("unseen"), m_unseen);
    m_folder.insert(QStringLiteral("flagged"), m_flagged);
    m_folder.insert(QStringLiteral("deleted"), m_deleted);
    m_folder.insert(QStringLiteral("answered"), m_answered);
    m_folder.insert(QStringLiteral("draft"), m_draft);
    m_folder.insert(QStringLiteral("messages"), messages);
    m_folders.insert(m_folderName, m_folder);
    m_messages.clear();
}

bool Manifest::write(const QString &path, std::uint64_t seed, QString *error) const
{
    const QJsonObject root{
        {QStringLiteral("generator"), QStringLiteral("quail-mailgen")},
        {QStringLiteral("format"), 1},
        // A string: JSON numbers lose precision above 2^53.
        {QStringLiteral("seed"), QString::number(qulonglong(seed))},
        {QStringLiteral("epoch"), isoDateUtc(Generator::epoch)},
        {QStringLiteral("folders"), m_folders},
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot write the manifest %1: %2").arg(path, file.errorString());
        return false;
    }
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        *error = QStringLiteral("cannot write the manifest %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace MailGen
