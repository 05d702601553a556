#include "app/messagebrowser.h"

#include "models/messagedocument.h"

#include <QMouseEvent>
#include <QTextBlock>
#include <QTextFragment>

namespace Quail::App {

MessageBrowser::MessageBrowser(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setUndoRedoEnabled(false);
    // A read-only view of hostile content takes nothing dropped on it.
    setAcceptDrops(false);
    connect(this, &QTextBrowser::anchorClicked, this, &MessageBrowser::onAnchorClicked);
}

QVariant MessageBrowser::loadResource(int type, const QUrl &name)
{
    // MessageDocument overrides QTextDocument::loadResource() and never asks
    // its view; this is the second lock, for any path that would.
    if (auto *document = qobject_cast<Models::MessageDocument *>(this->document()))
        return document->resource(type, name);
    return {};
}

void MessageBrowser::mousePressEvent(QMouseEvent *event)
{
    const QPoint position = event->position().toPoint();
    m_pressedHref = anchorAt(position);
    m_pressedText =
        m_pressedHref.isEmpty() ? QString() : anchorTextAt(cursorForPosition(position).position(), m_pressedHref);
    QTextBrowser::mousePressEvent(event);
}

void MessageBrowser::mouseReleaseEvent(QMouseEvent *event)
{
    // anchorClicked() is emitted from inside this call.
    QTextBrowser::mouseReleaseEvent(event);
    m_pressedHref.clear();
    m_pressedText.clear();
}

void MessageBrowser::onAnchorClicked(const QUrl &resolved)
{
    // QTextBrowser resolves a relative href against the current directory
    // (a file: URL); the policy must judge what the message wrote.
    QString href = m_pressedHref;
    QString text = m_pressedText;
    if (href.isEmpty()) {
        // Activated with the keyboard: the browser's cursor is on the anchor.
        const QTextCursor cursor = textCursor();
        href = cursor.charFormat().anchorHref();
        if (href.isEmpty()) {
            QTextCursor next = cursor;
            next.setPosition(cursor.selectionStart());
            next.movePosition(QTextCursor::NextCharacter);
            href = next.charFormat().anchorHref();
        }
        text = href.isEmpty() ? QString() : anchorTextAt(cursor.selectionStart(), href);
    }
    if (href.isEmpty())
        href = resolved.toString();
    Q_EMIT linkActivated(href, text);
}

QString MessageBrowser::anchorTextAt(int at, const QString &href) const
{
    const QTextBlock block = document()->findBlock(at);
    // The run of fragments with this target around the position: one link
    // may be split into fragments by formatting.
    QString run;
    bool containsPosition = false;
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        const QTextCharFormat format = fragment.charFormat();
        if (format.isAnchor() && format.anchorHref() == href) {
            run += fragment.text();
            containsPosition =
                containsPosition || (at >= fragment.position() && at <= fragment.position() + fragment.length());
            continue;
        }
        if (containsPosition)
            break;
        run.clear();
    }
    return containsPosition ? run : QString();
}

} // namespace Quail::App
