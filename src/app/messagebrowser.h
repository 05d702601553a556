#pragma once

#include <QTextBrowser>

namespace Quail::App {

// The body of a message: a QTextBrowser that never navigates and never
// loads anything on its own. Its document is a Models::MessageDocument
// (the pane sets it), whose policy decides every resource; a click on a
// link only reports the link's raw target and visible text, for the
// LinkPolicy to judge.
class MessageBrowser : public QTextBrowser
{
    Q_OBJECT

public:
    explicit MessageBrowser(QWidget *parent = nullptr);

    // QTextBrowser's own reads local files and qrc: resources; this one asks
    // the document, that is the message's resource policy, or gives nothing.
    QVariant loadResource(int type, const QUrl &name) override;

Q_SIGNALS:
    // `href` as the message wrote it (not resolved against anything), and
    // the text the reader saw, for LinkPolicy::decide().
    void linkActivated(const QString &href, const QString &visibleText);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void onAnchorClicked(const QUrl &resolved);
    // The text of the link to `href` at document position `at`.
    QString anchorTextAt(int at, const QString &href) const;

    QString m_pressedHref;
    QString m_pressedText;
};

} // namespace Quail::App
