#include "models/attachmentsaver.h"

#include "models/attachmentfilename.h"
#include "models/messagepartmodel.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>

namespace Quail::Models {

AttachmentSaver::AttachmentSaver(QObject *parent)
    : QObject(parent)
{
}

AttachmentSaver::~AttachmentSaver() = default;

QString AttachmentSaver::fileNameFor(const MessagePartModel &parts, int part)
{
    const MessagePart &p = parts.part(part);
    QString fallback = QStringLiteral("attachment");
    if (p.mimeType == "message/rfc822")
        fallback += QStringLiteral(".eml");
    return safeAttachmentFileName(p.fileName, fallback);
}

AttachmentSaver::Start AttachmentSaver::save(MessagePartModel *parts, int part, const QString &directory,
                                             Overwrite overwrite)
{
    if (m_running) {
        m_error = tr("A save is already running.");
        return Start::Failed;
    }
    if (!parts || part < 0 || part >= parts->partCount() || parts->part(part).isMultipart()) {
        m_error = tr("There is no such part to save.");
        return Start::Failed;
    }
    const QDir dir(directory);
    if (!dir.exists()) {
        m_error = tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(directory));
        return Start::Failed;
    }
    m_target = dir.absoluteFilePath(fileNameFor(*parts, part));
    m_replace = overwrite == Overwrite::Replace;
    if (QFileInfo::exists(m_target) && !m_replace)
        return Start::Exists;
    if (QFileInfo(m_target).isDir()) {
        m_error = tr("%1 is a folder.").arg(QDir::toNativeSeparators(m_target));
        return Start::Failed;
    }

    m_file = std::make_unique<QTemporaryFile>(dir.absoluteFilePath(QStringLiteral(".quail-save-XXXXXX.part")));
    if (!m_file->open()) {
        m_error = tr("Cannot write in %1: %2").arg(QDir::toNativeSeparators(directory), m_file->errorString());
        m_file.reset();
        return Start::Failed;
    }
    const MessagePart &p = parts->part(part);
    m_parts = parts;
    m_section = p.section;
    // A message/rfc822 part is saved as it is, headers and all.
    m_binary = parts->usesBinary() && p.isLeaf();
    m_decoder = std::make_unique<Mime::TransferDecoder>(
        m_binary || !p.isLeaf() ? QByteArrayView() : QByteArrayView(p.structure->encoding));
    m_encodedSize = p.structure->size;
    m_offset = 0;
    m_written = 0;
    m_error.clear();
    m_running = true;
    delete m_context;
    m_context = new QObject(this);
    fetchNext();
    return Start::Started;
}

void AttachmentSaver::fetchNext()
{
    m_parts->fetchRange(
        m_section, m_offset, m_chunkSize, m_binary, m_context,
        [this](const Imap::CommandResult &result, const QByteArray &data) {
            if (!result.ok()) {
                if (m_binary && m_offset == 0 && result.status != Imap::CommandResult::Status::Failed) {
                    // RFC 3516 [UNKNOWN-CTE]: fetch it encoded and decode here.
                    m_binary = false;
                    m_decoder = std::make_unique<Mime::TransferDecoder>(
                        m_parts->part(m_parts->partOfSection(m_section)).structure->encoding);
                    fetchNext();
                    return;
                }
                finish(false, tr("The part could not be read: %1").arg(result.text));
                return;
            }
            const QByteArray decoded = data.isEmpty() ? m_decoder->finish() : m_decoder->feed(data);
            if (!decoded.isEmpty() && m_file->write(decoded) != decoded.size()) {
                finish(false, tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_target), m_file->errorString()));
                return;
            }
            m_written += decoded.size();
            m_offset += quint64(data.size());
            Q_EMIT progress(m_written, qint64(m_encodedSize));
            // A short range is the last one (RFC 9051 §6.4.5: a partial
            // fetch past the end returns what is left).
            if (quint64(data.size()) < m_chunkSize) {
                if (!data.isEmpty()) {
                    const QByteArray rest = m_decoder->finish();
                    if (m_file->write(rest) != rest.size()) {
                        finish(
                            false,
                            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_target), m_file->errorString()));
                        return;
                    }
                    m_written += rest.size();
                }
                finish(true);
                return;
            }
            fetchNext();
        });
}

void AttachmentSaver::cancel()
{
    if (m_running)
        finish(false, tr("Saving was cancelled."));
}

void AttachmentSaver::finish(bool ok, const QString &error)
{
    delete m_context;
    m_context = nullptr;
    m_running = false;
    if (ok && !m_file->flush())
        ok = false;
    if (ok) {
        m_file->close();
        // Consent was given for the file that existed when asked; a rename
        // never replaces, so remove it first only then.
        if (m_replace && QFileInfo::exists(m_target) && !QFile::remove(m_target)) {
            m_error = tr("Cannot replace %1.").arg(QDir::toNativeSeparators(m_target));
            ok = false;
        } else if (!m_file->rename(m_target)) {
            m_error = QFileInfo::exists(m_target)
                ? tr("%1 appeared meanwhile; it was not replaced.").arg(QDir::toNativeSeparators(m_target))
                : tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_target), m_file->errorString());
            ok = false;
        } else {
            m_file->setAutoRemove(false);
        }
    } else {
        m_error = error.isEmpty() ? m_file->errorString() : error;
    }
    m_file.reset(); // removes the temporary file unless renamed
    m_decoder.reset();
    Q_EMIT finished(ok);
}

} // namespace Quail::Models
