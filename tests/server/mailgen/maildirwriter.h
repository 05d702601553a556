#pragma once

#include "generator.h"

#include <QByteArray>
#include <QSet>
#include <QString>
#include <QStringList>

#include <cstdint>

namespace MailGen {

// Writes messages into a Maildir++ tree the way Dovecot 2.3's default
// maildir: layout expects it: INBOX in the root, folder "A/B" in ".A.B" (in
// modified UTF-7), keywords in each folder's dovecot-keywords, subscriptions
// in the root.
class MaildirWriter
{
public:
    MaildirWriter(const QString &root, std::uint64_t seed);

    // The directory of an IMAP folder, relative to the root: "" for INBOX.
    static QString directoryName(const QString &imapName);
    // The folder's line in Dovecot's subscriptions file: the storage name in
    // modified UTF-7, with a tab between hierarchy levels.
    static QByteArray subscriptionEntry(const QString &imapName);
    // The keywords the writer can store, in their dovecot-keywords order.
    static const QStringList &keywordNames();

    bool createRoot(QString *error);
    // Creates the folder's cur/, new/ and tmp/; messages go there until the next call.
    bool openFolder(const QString &imapName, QString *error);
    // Writes the message through tmp/ into cur/, with its date as mtime.
    // Sets fileName to the name in cur/ and size to the file's size.
    bool writeMessage(const GeneratedMessage &message, int counter, QString *fileName, qint64 *size, QString *error);
    // Writes dovecot-keywords for the keywords the folder's messages used.
    bool closeFolder(QString *error);
    bool writeSubscriptions(const QStringList &imapNames, QString *error);

    // IMAP flag names of the message, in Maildir letter order.
    static QStringList imapFlags(const GeneratedMessage &message);

private:
    QString m_root;
    QString m_folderDir;
    std::uint64_t m_seed;
    QSet<int> m_usedKeywords;
};

} // namespace MailGen
