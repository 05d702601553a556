#include "imap/transport/readcoalescer.h"

#include <QAbstractSocket>

#ifdef Q_OS_UNIX
#include <sys/ioctl.h>
#include <sys/socket.h>
#endif

#include <utility>

namespace Quail::Imap {

ReadCoalescer::ReadCoalescer(QAbstractSocket &socket, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
{
    m_tick.setTimerType(Qt::PreciseTimer);
    m_tick.setInterval(Tick);
    connect(&m_tick, &QTimer::timeout, this, &ReadCoalescer::onTick);
    connect(&m_socket, &QAbstractSocket::readyRead, this, &ReadCoalescer::onRead);
}

ReadCoalescer::~ReadCoalescer() = default;

void ReadCoalescer::start()
{
    if (m_active || !setLowWaterMark(LowWaterMark))
        return;
    m_active = true;
    m_lowered = false;
    m_readSinceTick = false;
    m_tick.start();
}

void ReadCoalescer::stop()
{
    if (!m_active)
        return;
    m_active = false;
    m_tick.stop();
    // Whatever waits below the mark is reported at once from here on.
    setLowWaterMark(1);
}

void ReadCoalescer::onRead()
{
    if (!m_active)
        return;
    m_readSinceTick = true;
    if (m_lowered && setLowWaterMark(LowWaterMark))
        m_lowered = false;
}

void ReadCoalescer::onTick()
{
    const bool readSinceTick = std::exchange(m_readSinceTick, false);
    if (m_lowered || readSinceTick)
        return;
#ifdef Q_OS_UNIX
    int waiting = 0;
    if (::ioctl(int(m_socket.socketDescriptor()), FIONREAD, &waiting) != 0 || waiting <= 0)
        return;
#endif
    // Bytes have waited a whole tick below the mark: the answer's end, or
    // a server slower than the mark. They are read on the next poll().
    m_lowered = setLowWaterMark(1);
}

bool ReadCoalescer::setLowWaterMark(int bytes)
{
    // A socket that has closed has no descriptor, and nothing to hold back.
    const qintptr descriptor = m_socket.socketDescriptor();
    if (descriptor < 0)
        return false;
#ifdef Q_OS_UNIX
    return ::setsockopt(int(descriptor), SOL_SOCKET, SO_RCVLOWAT, &bytes, sizeof bytes) == 0;
#else
    Q_UNUSED(bytes)
    return false;
#endif
}

} // namespace Quail::Imap
