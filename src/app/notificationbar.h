#pragma once

#include <QFrame>
#include <QList>
#include <QString>

class QAction;
class QVBoxLayout;

namespace Quail::App {

// A non-modal message area for the top of the window, in the manner of
// KMessageWidget: each message is a row with an icon, its text, optional
// action buttons and a close button, tinted by its kind. Messages stack,
// newest at the bottom, up to a few (the oldest go first); the same text
// twice is shown once. Nothing here takes the focus or blocks: the window
// stays usable while a message waits to be read.
class NotificationBar : public QFrame
{
    Q_OBJECT

public:
    enum class Kind { Error, Warning, Information };
    Q_ENUM(Kind)

    explicit NotificationBar(QWidget *parent = nullptr);
    ~NotificationBar() override;

    // Shows `text` (plain text: server words are never read as markup) and
    // returns an id for dismiss(). The actions become buttons; triggering
    // one also closes the message. The bar does not take ownership of them.
    int showMessage(Kind kind, const QString &text, const QList<QAction *> &actions = {});
    void dismiss(int id);
    void clear();

    int count() const;
    // The texts shown, oldest first, and their kinds: for tests and
    // accessibility tools.
    QStringList texts() const;
    QList<Kind> kinds() const;

    static constexpr int MaxMessages = 5;

    // As tall as the wrapped texts need at the bar's width: a word-wrapped
    // QLabel's own size hint guesses a narrow, tall shape.
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

Q_SIGNALS:
    void messageShown(int id, const QString &text);

private:
    struct Message;
    void remove(Message *message);

    QVBoxLayout *m_layout = nullptr;
    QList<Message *> m_messages;
    int m_nextId = 1;
};

} // namespace Quail::App
