#include "models/messagedocument.h"

#include "mime/encodedwords.h"
#include "models/htmlsanitizer.h"
#include "models/messagepartmodel.h"

#include <QAbstractTextDocumentLayout>
#include <QImage>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTextBlock>
#include <QTextFragment>
#include <QTextImageFormat>

namespace Quail::Models {

using Outcome = MessageDocument::ResourceRequest::Outcome;

MessageDocument::MessageDocument(QObject *parent)
    : QTextDocument(parent)
{
}

MessageDocument::~MessageDocument()
{
    for (const QPointer<QNetworkReply> &reply : std::as_const(m_replies)) {
        if (reply)
            reply->abort();
    }
}

void MessageDocument::setPartModel(MessagePartModel *parts)
{
    if (m_parts)
        disconnect(m_parts, nullptr, this, nullptr);
    m_parts = parts;
    reset();
    if (!parts)
        return;
    connect(parts, &QAbstractItemModel::modelReset, this, [this] {
        reset();
        if (m_parts->state() == MessagePartModel::State::Ready)
            startRendering();
    });
    connect(parts, &MessagePartModel::partFetched, this, &MessageDocument::onPartFetched);
    connect(parts, &MessagePartModel::partFailed, this, &MessageDocument::onPartFailed);
    if (parts->state() == MessagePartModel::State::Ready)
        startRendering();
}

void MessageDocument::setPreference(Preference preference)
{
    if (preference == m_preference)
        return;
    m_preference = preference;
    if (m_parts && m_parts->state() == MessagePartModel::State::Ready) {
        const bool allowed = m_remoteAllowed; // same message: the permission stays
        reset();
        m_remoteAllowed = allowed;
        startRendering();
    }
}

void MessageDocument::reset()
{
    for (const QPointer<QNetworkReply> &reply : std::as_const(m_replies)) {
        if (reply)
            reply->abort();
    }
    m_replies.clear();
    m_blocks.clear();
    m_waitingText.clear();
    m_failedText.clear();
    m_waitingImages.clear();
    m_rendered = false;
    m_remoteAllowed = false;
    m_remoteRequested.clear();
    m_log.clear();
    const bool wasBlocked = !m_blocked.isEmpty();
    m_blocked.clear();
    // Also drops every cached resource: nothing of one message shows in another.
    clear();
    if (wasBlocked)
        Q_EMIT remoteContentBlockedChanged(false);
}

void MessageDocument::startRendering()
{
    if (m_parts->partCount() == 0)
        return;
    plan(0);
    for (const Block &block : std::as_const(m_blocks)) {
        if (block.kind == Block::Kind::Text) {
            const QByteArray section = m_parts->part(block.part).section;
            if (!m_parts->isFetched(section))
                m_waitingText.insert(section);
        }
    }
    if (m_waitingText.isEmpty()) {
        assemble();
        return;
    }
    for (const QByteArray &section : QSet<QByteArray>(m_waitingText))
        m_parts->fetchPart(section);
}

bool MessageDocument::isHtmlBody(int index) const
{
    const MessagePart &part = m_parts->part(index);
    if (part.mimeType == "text/html")
        return true;
    if (part.mimeType == "multipart/related" && !part.children.isEmpty())
        return isHtmlBody(part.children.first());
    if (part.mimeType == "multipart/alternative") {
        for (const int child : part.children) {
            if (isHtmlBody(child))
                return true;
        }
    }
    return false;
}

int MessageDocument::chooseAlternative(int index) const
{
    // RFC 2046 §5.1.4: alternatives in increasing faithfulness; the last one
    // of the preferred kind, else the last one at all.
    const QList<int> &children = m_parts->part(index).children;
    const bool wantHtml = m_preference == Preference::Html;
    for (qsizetype i = children.size() - 1; i >= 0; --i) {
        const MessagePart &child = m_parts->part(children.at(i));
        const bool html = isHtmlBody(children.at(i));
        if (wantHtml ? html : (!html && (child.mimeType.startsWith("text/") || child.isMultipart())))
            return children.at(i);
    }
    return children.isEmpty() ? -1 : children.last();
}

void MessageDocument::plan(int index)
{
    if (index < 0)
        return;
    const MessagePart &part = m_parts->part(index);
    if (part.isMultipart()) {
        if (part.mimeType == "multipart/alternative") {
            plan(chooseAlternative(index));
        } else if (part.mimeType == "multipart/related") {
            // RFC 2387: the root is the first part; the others are its resources.
            if (!part.children.isEmpty())
                plan(part.children.first());
        } else {
            for (const int child : part.children) {
                const MessagePart &c = m_parts->part(child);
                if (!c.attachment || c.isMessage())
                    plan(child);
            }
        }
    } else if (part.isMessage()) {
        m_blocks.append({Block::Kind::MessageStart, index});
        for (const int child : part.children)
            plan(child);
        m_blocks.append({Block::Kind::MessageEnd, index});
    } else if (part.mimeType.startsWith("text/") && !part.attachment) {
        m_blocks.append({Block::Kind::Text, index});
    }
}

void MessageDocument::onPartFetched(const QByteArray &section)
{
    if (m_waitingText.remove(section)) {
        if (m_waitingText.isEmpty())
            assemble();
        return;
    }
    const auto image = m_waitingImages.find(section);
    if (image == m_waitingImages.end())
        return;
    const QUrl url = image.value();
    m_waitingImages.erase(image);
    const QImage decoded = QImage::fromData(m_parts->content(section));
    if (decoded.isNull()) {
        log(url, ResourceSource::ContentId, Outcome::Failed);
        return;
    }
    log(url, ResourceSource::ContentId, Outcome::Loaded);
    setResource(url, decoded);
}

void MessageDocument::onPartFailed(const QByteArray &section, const QString &message)
{
    if (m_waitingText.remove(section)) {
        m_failedText.insert(section, message);
        if (m_waitingText.isEmpty())
            assemble();
        return;
    }
    const auto image = m_waitingImages.find(section);
    if (image != m_waitingImages.end()) {
        log(image.value(), ResourceSource::ContentId, Outcome::Failed);
        m_waitingImages.erase(image);
    }
}

QString MessageDocument::messageHeader(int index) const
{
    const MessagePart &part = m_parts->part(index);
    const Imap::Envelope *envelope = part.structure->envelope.get();
    QString html = QStringLiteral("<hr><p>");
    if (envelope) {
        QStringList from;
        for (const Imap::Address address : envelope->from()) {
            const QString name = Mime::decodeHeader(address.name);
            const QString spec = QString::fromUtf8(address.addrSpec());
            from.append(name.isEmpty() ? spec : name + QStringLiteral(" <") + spec + u'>');
        }
        const auto line = [](const QString &label, const QString &value) -> QString {
            return QStringLiteral("<b>") + label.toHtmlEscaped() + QStringLiteral("</b> ") + value.toHtmlEscaped()
                + QStringLiteral("<br>");
        };
        html += line(tr("From:"), from.join(QStringLiteral(", ")));
        html += line(tr("Subject:"), Mime::decodeHeader(envelope->subject()));
        html += line(tr("Date:"), Mime::decodeHeader(envelope->date()));
    }
    return html + QStringLiteral("</p>");
}

void MessageDocument::assemble()
{
    QString html = QStringLiteral("<html><body>");
    for (const Block &block : std::as_const(m_blocks)) {
        switch (block.kind) {
        case Block::Kind::MessageStart:
            html += QStringLiteral("<div>") + messageHeader(block.part) + QStringLiteral("<blockquote>");
            break;
        case Block::Kind::MessageEnd:
            html += QStringLiteral("</blockquote></div>");
            break;
        case Block::Kind::Text: {
            const MessagePart &part = m_parts->part(block.part);
            html += QStringLiteral("<div>");
            if (m_failedText.contains(part.section)) {
                html += QStringLiteral("<p><i>")
                    + tr("This part cannot be shown: %1").arg(m_failedText.value(part.section)).toHtmlEscaped()
                    + QStringLiteral("</i></p>");
            } else if (part.mimeType == "text/html") {
                html += sanitizeHtml(m_parts->text(part.section));
            } else {
                html += plainTextToHtml(m_parts->text(part.section));
            }
            html += QStringLiteral("</div>");
            break;
        }
        }
    }
    html += QStringLiteral("</body></html>");
    setHtml(html);
    m_rendered = true;
    touchImages();
    Q_EMIT rendered();
}

// Asks for every image now, as a view laying the text out would, so that
// cid: parts are fetched and blocked remote content is known before any
// view paints (and in a headless model too).
void MessageDocument::touchImages()
{
    for (QTextBlock block = begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (format.isImageFormat())
                resource(ImageResource, QUrl(format.toImageFormat().name()));
        }
    }
}

void MessageDocument::log(const QUrl &url, ResourceSource source, Outcome outcome)
{
    m_log.append({url, source, outcome});
}

void MessageDocument::setResource(const QUrl &url, const QVariant &image)
{
    addResource(ImageResource, url, image);
    markContentsDirty(0, characterCount());
    Q_EMIT resourceLoaded(url);
}

QVariant MessageDocument::loadResource(int type, const QUrl &name)
{
    // Never QTextDocument::loadResource(): it reads local files.
    const ResourceSource source = classifyResource(name);
    if (type != ImageResource) {
        log(name, source, Outcome::Refused); // style sheets and the like: never
        return {};
    }
    switch (source) {
    case ResourceSource::ContentId: {
        const int index = m_parts ? m_parts->partOfContentId(contentIdOf(name)) : -1;
        if (index < 0) {
            log(name, source, Outcome::Refused); // not a part of this message
            return {};
        }
        const QByteArray section = m_parts->part(index).section;
        if (m_parts->isFetched(section)) {
            const QImage image = QImage::fromData(m_parts->content(section));
            log(name, source, image.isNull() ? Outcome::Failed : Outcome::Loaded);
            return image.isNull() ? QVariant() : QVariant(image);
        }
        if (!m_waitingImages.contains(section)) {
            m_waitingImages.insert(section, name);
            log(name, source, Outcome::Pending);
            m_parts->fetchPart(section);
        }
        return {};
    }
    case ResourceSource::Data: {
        const std::optional<QByteArray> bytes = decodeDataImage(name, m_maxDataImageSize);
        const QImage image = bytes ? QImage::fromData(*bytes) : QImage();
        log(name, source, image.isNull() ? Outcome::Refused : Outcome::Loaded);
        return image.isNull() ? QVariant() : QVariant(image);
    }
    case ResourceSource::Remote:
        if (!m_remoteAllowed) {
            log(name, source, Outcome::Blocked);
            if (!m_blocked.contains(name)) {
                m_blocked.append(name);
                if (m_blocked.size() == 1) {
                    // Queued: this runs inside layout, where a slot must not
                    // change the document.
                    QMetaObject::invokeMethod(
                        this, [this] { Q_EMIT remoteContentBlockedChanged(!m_blocked.isEmpty()); },
                        Qt::QueuedConnection);
                }
            }
            return {};
        }
        log(name, source, Outcome::Pending);
        fetchRemote(name);
        return {};
    case ResourceSource::Refused:
        log(name, source, Outcome::Refused);
        return {};
    }
    return {};
}

void MessageDocument::allowRemoteContent()
{
    if (m_remoteAllowed)
        return;
    m_remoteAllowed = true;
    const QList<QUrl> blocked = m_blocked;
    m_blocked.clear();
    for (const QUrl &url : blocked)
        fetchRemote(url);
    if (!blocked.isEmpty())
        Q_EMIT remoteContentBlockedChanged(false);
}

void MessageDocument::fetchRemote(const QUrl &url)
{
    if (m_remoteRequested.contains(url))
        return;
    m_remoteRequested.insert(url);
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    QNetworkRequest request(url);
    // Only http(s) may follow, a few times; no cookies, no stored credentials.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(3);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::AuthenticationReuseAttribute, QNetworkRequest::Manual);
    request.setTransferTimeout(30000);
    QNetworkReply *reply = m_network->get(request);
    m_replies.append(reply);
    connect(reply, &QNetworkReply::downloadProgress, this, [this, reply](qint64 received, qint64 total) {
        if (received > m_maxRemoteImageSize || total > m_maxRemoteImageSize)
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, url] {
        reply->deleteLater();
        m_replies.removeAll(reply);
        const QImage image = reply->error() == QNetworkReply::NoError ? QImage::fromData(reply->readAll()) : QImage();
        if (image.isNull()) {
            log(url, ResourceSource::Remote, Outcome::Failed);
            return;
        }
        log(url, ResourceSource::Remote, Outcome::Loaded);
        setResource(url, image);
    });
}

} // namespace Quail::Models
