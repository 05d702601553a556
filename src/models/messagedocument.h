#pragma once

#include "models/resourcepolicy.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QTextDocument>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace Quail::Models {

class MessagePartModel;

// What a message shows, as a QTextDocument the viewer (a QTextBrowser with
// openLinks off) displays: the text parts chosen by preference from each
// multipart/alternative, nested messages in place with their own header
// lines, and every part rendered on its own (HTML sanitized part by part,
// see sanitizeHtml()) so that none can swallow or restyle another.
//
// Safe by default: loadResource() never reads files and never touches the
// network on its own (see ResourceSource). It answers cid: images of this
// message (fetched on demand) and small data: images; http(s) images are
// recorded as blocked (remoteContentBlocked()) until allowRemoteContent()
// for this message, then fetched asynchronously, size-capped, without
// cookies. A new message forgets the permission.
class MessageDocument : public QTextDocument
{
    Q_OBJECT
    Q_PROPERTY(bool remoteContentBlocked READ remoteContentBlocked NOTIFY remoteContentBlockedChanged)

public:
    enum class Preference { Html, PlainText };
    Q_ENUM(Preference)

    // Every resource the document asked for, and what became of it.
    struct ResourceRequest {
        enum class Outcome { Loaded, Pending, Blocked, Refused, Failed };
        QUrl url;
        ResourceSource source = ResourceSource::Refused;
        Outcome outcome = Outcome::Refused;
    };

    explicit MessageDocument(QObject *parent = nullptr);
    ~MessageDocument() override;

    // Renders the message of `parts` whenever it (re)loads.
    void setPartModel(MessagePartModel *parts);
    Preference preference() const { return m_preference; }
    void setPreference(Preference preference);

    bool isRendered() const { return m_rendered; }
    bool remoteContentBlocked() const { return !m_blocked.isEmpty(); }
    QList<QUrl> blockedRemoteContent() const { return m_blocked; }
    bool remoteContentAllowed() const { return m_remoteAllowed; }
    // The user's choice, for the shown message only.
    void allowRemoteContent();
    const QList<ResourceRequest> &resourceLog() const { return m_log; }

    qint64 maxRemoteImageSize() const { return m_maxRemoteImageSize; }
    void setMaxRemoteImageSize(qint64 bytes) { m_maxRemoteImageSize = bytes; }
    qint64 maxDataImageSize() const { return m_maxDataImageSize; }
    void setMaxDataImageSize(qint64 bytes) { m_maxDataImageSize = bytes; }

Q_SIGNALS:
    // The text is in place (images may still arrive: resourceLoaded()).
    void rendered();
    void remoteContentBlockedChanged(bool blocked);
    void resourceLoaded(const QUrl &url);

protected:
    QVariant loadResource(int type, const QUrl &name) override;

private:
    struct Block {
        enum class Kind { Text, MessageStart, MessageEnd };
        Kind kind;
        int part;
    };

    void reset();
    void startRendering();
    void plan(int part);
    int chooseAlternative(int part) const;
    bool isHtmlBody(int part) const;
    void onPartFetched(const QByteArray &section);
    void onPartFailed(const QByteArray &section, const QString &message);
    void assemble();
    QString messageHeader(int part) const;
    void touchImages();
    void log(const QUrl &url, ResourceSource source, ResourceRequest::Outcome outcome);
    void setResource(const QUrl &url, const QVariant &image);
    void fetchRemote(const QUrl &url);

    QPointer<MessagePartModel> m_parts;
    Preference m_preference = Preference::Html;
    QList<Block> m_blocks;
    QSet<QByteArray> m_waitingText;
    QHash<QByteArray, QString> m_failedText;
    QHash<QByteArray, QUrl> m_waitingImages; // section → cid: URL
    bool m_rendered = false;
    bool m_remoteAllowed = false;
    QList<QUrl> m_blocked;
    QSet<QUrl> m_remoteRequested;
    QList<ResourceRequest> m_log;
    QNetworkAccessManager *m_network = nullptr;
    QList<QPointer<QNetworkReply>> m_replies;
    qint64 m_maxRemoteImageSize = 2 * 1024 * 1024;
    qint64 m_maxDataImageSize = 256 * 1024;
};

} // namespace Quail::Models
