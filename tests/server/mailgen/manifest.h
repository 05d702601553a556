#pragma once

#include "folderplan.h"
#include "generator.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <cstdint>
#include <utility>

namespace MailGen {

// A JSON summary of what was written, for tests to compare with what the
// IMAP server reports: per folder the counts and, in UID order, each message.
class Manifest
{
public:
    void beginFolder(const FolderSpec &folder, const QString &directory);
    void addMessage(const GeneratedMessage &message, const QString &fileName, qint64 size);
    void endFolder();
    bool write(const QString &path, std::uint64_t seed, QString *error) const;

private:
    QJsonObject m_folders;
    QJsonObject m_folder;
    QString m_folderName;
    QList<std::pair<QString, QJsonObject>> m_messages; // by file name
    int m_unseen = 0;
    int m_flagged = 0;
    int m_deleted = 0;
    int m_answered = 0;
    int m_draft = 0;
};

} // namespace MailGen
