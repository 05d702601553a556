#pragma once

#include "mime/transferdecoder.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

class QTemporaryFile;

namespace Quail::Models {

class MessagePartModel;

// Saves one part of a message to a file, streaming: the part is fetched in
// ranges of chunkSize() (BINARY.PEEK[section]<offset.length>, or BODY.PEEK
// decoded as it arrives), each written out before the next is asked for, so
// a 20 MB attachment never sits in memory whole, let alone twice. The name
// is always safeAttachmentFileName() of the part's name, inside the chosen
// directory; the file appears (by rename) only once complete, and an
// existing file is replaced only with the caller's explicit consent.
class AttachmentSaver : public QObject
{
    Q_OBJECT

public:
    enum class Overwrite { Never, Replace };
    enum class Start {
        Started, // finished() follows
        Exists, // targetPath() exists: ask the user, then call again with Replace
        Failed, // see errorString()
    };
    Q_ENUM(Start)

    explicit AttachmentSaver(QObject *parent = nullptr);
    ~AttachmentSaver() override;

    // The file name this part would be saved under (sanitized).
    static QString fileNameFor(const MessagePartModel &parts, int part);

    Start save(MessagePartModel *parts, int part, const QString &directory, Overwrite overwrite = Overwrite::Never);
    void cancel();

    QString targetPath() const { return m_target; }
    QString errorString() const { return m_error; }
    bool isRunning() const { return m_running; }
    quint64 chunkSize() const { return m_chunkSize; }
    void setChunkSize(quint64 bytes) { m_chunkSize = qMax<quint64>(bytes, 4096); }

Q_SIGNALS:
    void progress(qint64 written, qint64 encodedTotal);
    // ok: the file is at targetPath(); otherwise errorString() says why and
    // nothing is left behind.
    void finished(bool ok);

private:
    void fetchNext();
    void finish(bool ok, const QString &error = {});

    QPointer<MessagePartModel> m_parts;
    QByteArray m_section;
    QString m_target;
    QString m_error;
    bool m_replace = false;
    bool m_running = false;
    bool m_binary = false;
    quint64 m_offset = 0;
    quint64 m_encodedSize = 0;
    qint64 m_written = 0;
    quint64 m_chunkSize = 1024 * 1024;
    std::unique_ptr<QTemporaryFile> m_file;
    std::unique_ptr<Mime::TransferDecoder> m_decoder;
    QObject *m_context = nullptr;
};

} // namespace Quail::Models
