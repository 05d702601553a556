#include "app/remotecontentbar.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

namespace Quail::App {

RemoteContentBar::RemoteContentBar(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_load(new QPushButton(this))
{
    setObjectName(QStringLiteral("remoteContentBar"));
    setFrameShape(QFrame::StyledPanel);
    // The tooltip colours: a notice, distinct from the mail and from an error.
    setAutoFillBackground(true);
    QPalette palette = this->palette();
    palette.setColor(QPalette::Window, palette.color(QPalette::ToolTipBase));
    palette.setColor(QPalette::WindowText, palette.color(QPalette::ToolTipText));
    setPalette(palette);

    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    icon->setPixmap(QIcon::fromTheme(QStringLiteral("security-medium"),
                                     style()->standardIcon(QStyle::SP_MessageBoxInformation, nullptr, this))
                        .pixmap(size, size));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_load->setObjectName(QStringLiteral("loadRemoteContentButton"));
    m_load->setText(tr("Load Remote Content"));
    m_load->setIcon(QIcon::fromTheme(QStringLiteral("download")));
    m_load->setToolTip(tr("Load the images of this message from the web. The sender may learn that you read it."));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_load);
    connect(m_load, &QPushButton::clicked, this, &RemoteContentBar::loadRequested);
    m_text->setText(tr("Remote images in this message were blocked to protect your privacy."));
}

void RemoteContentBar::setBlocked(const QList<QUrl> &urls)
{
    QStringList hosts;
    for (const QUrl &url : urls) {
        // Punycode, as the link confirmation shows hosts.
        const QString host = QString::fromLatin1(QUrl::toAce(url.host()));
        if (!host.isEmpty() && !hosts.contains(host))
            hosts.append(host);
    }
    m_text->setToolTip(hosts.isEmpty() ? QString() : tr("Blocked servers: %1").arg(hosts.join(QStringLiteral(", "))));
}

} // namespace Quail::App
