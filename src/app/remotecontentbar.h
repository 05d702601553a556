#pragma once

#include <QFrame>
#include <QList>
#include <QUrl>

class QLabel;
class QPushButton;

namespace Quail::App {

// The notice above a message whose remote content (images on web servers,
// which tell the sender that and when the mail was read) was blocked, with
// the one button that loads it for this message only.
class RemoteContentBar : public QFrame
{
    Q_OBJECT

public:
    explicit RemoteContentBar(QWidget *parent = nullptr);

    // What was blocked: the hosts are named in the tooltip.
    void setBlocked(const QList<QUrl> &urls);
    QPushButton *loadButton() const { return m_load; }

Q_SIGNALS:
    void loadRequested();

private:
    QLabel *m_text;
    QPushButton *m_load;
};

} // namespace Quail::App
