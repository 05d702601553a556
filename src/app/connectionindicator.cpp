#include "app/connectionindicator.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QMouseEvent>
#include <QStyle>
#include <QTimer>

namespace Quail::App {

using State = ConnectionStatus::State;
using Security = ConnectionStatus::Security;

namespace {

// A theme icon, or the hand-drawn one shipped in the resources.
QIcon themed(const QString &name, const char *fallback)
{
    return QIcon::fromTheme(name, QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(fallback))));
}

} // namespace

ConnectionIndicator::ConnectionIndicator(const QString &accountName, QWidget *parent)
    : QWidget(parent)
    , m_accountName(accountName)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_countdown(new QTimer(this))
{
    setObjectName(QStringLiteral("connectionIndicator"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(2, 0, 2, 0);
    layout->setSpacing(4);
    layout->addWidget(m_icon);
    layout->addWidget(m_text);
    m_countdown->setInterval(1000);
    connect(m_countdown, &QTimer::timeout, this, &ConnectionIndicator::update);
    update();
}

void ConnectionIndicator::setStatus(const ConnectionStatus &status)
{
    m_status = status;
    update();
}

void ConnectionIndicator::mouseReleaseEvent(QMouseEvent *event)
{
    QWidget::mouseReleaseEvent(event);
    if (event->button() == Qt::LeftButton && (m_status.state == State::Offline || m_status.state == State::Failed))
        Q_EMIT reconnectRequested();
}

QString ConnectionIndicator::text() const
{
    return m_text->text();
}

void ConnectionIndicator::update()
{
    QString state;
    QStringList details;
    const char *fallback = "quail-offline";
    switch (m_status.state) {
    case State::Offline:
        state = tr("offline");
        m_iconName = QStringLiteral("network-offline");
        break;
    case State::Connecting:
        state = tr("connecting…");
        m_iconName = QStringLiteral("network-connect");
        fallback = "quail-connecting";
        break;
    case State::Reconnecting: {
        const qint64 seconds =
            std::max<qint64>(0, (QDateTime::currentDateTimeUtc().msecsTo(m_status.retryAt) + 999) / 1000);
        state = tr("reconnecting in %n s", nullptr, int(seconds));
        m_iconName = QStringLiteral("network-connect");
        fallback = "quail-connecting";
        details << tr("Attempt %1.").arg(m_status.attempt);
        break;
    }
    case State::Failed:
        state = tr("failed");
        m_iconName = QStringLiteral("network-offline");
        break;
    case State::Connected:
        state = tr("connected");
        break;
    }
    if (m_status.state == State::Reconnecting)
        m_countdown->start();
    else
        m_countdown->stop();

    // Once up, the icon says how the connection is protected.
    QString security;
    switch (m_status.security) {
    case Security::VerifiedTls:
        security = tr("Encrypted with TLS; the server's certificate is verified.");
        if (m_status.state == State::Connected) {
            m_iconName = QStringLiteral("security-high");
            fallback = "quail-tls-verified";
        }
        break;
    case Security::PinnedTls:
        security = m_status.sessionOnlyTrust
            ? tr("Encrypted with TLS, with a certificate you accepted for this session only.")
            : tr("Encrypted with TLS, with a certificate you chose to trust (pinned).");
        if (m_status.state == State::Connected) {
            m_iconName = QStringLiteral("security-medium");
            fallback = "quail-tls-pinned";
        }
        break;
    case Security::Plaintext:
        security = tr("Not encrypted: your password and your mail cross the network in clear.");
        if (m_status.state == State::Connected) {
            m_iconName = QStringLiteral("security-low");
            fallback = "quail-plaintext";
        }
        break;
    case Security::Stream:
        security = tr("Through a local command; protected as far as that command protects it.");
        break;
    case Security::Unknown:
        break;
    }

    if (m_status.state == State::Connected && m_status.tls) {
        const Imap::TlsSession &tls = *m_status.tls;
        security += u'\n'
            + tr("%1, cipher %2 with a %3-bit key.", "protocol version, cipher suite, key size")
                  .arg(tls.protocol, tls.cipher)
                  .arg(tls.keyBits);
    }

    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(themed(m_iconName, fallback).pixmap(size, size));
    m_text->setText(m_status.state == State::Connected ? m_accountName : tr("%1: %2").arg(m_accountName, state));
    QString tip = tr("%1: %2").arg(m_accountName, state);
    if (!security.isEmpty())
        tip += u'\n' + security;
    if (!m_status.detail.isEmpty())
        tip += u'\n' + m_status.detail;
    for (const QString &detail : std::as_const(details))
        tip += u'\n' + detail;
    const bool down = m_status.state == State::Offline || m_status.state == State::Failed;
    if (down)
        tip += u'\n' + tr("Click to connect again.");
    setCursor(down ? Qt::PointingHandCursor : Qt::ArrowCursor);
    setToolTip(tip);
    setAccessibleName(tip);
}

} // namespace Quail::App
