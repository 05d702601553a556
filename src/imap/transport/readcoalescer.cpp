#include "imap/transport/readcoalescer.h"

#include <QAbstractSocket>

#ifdef Q_OS_UNIX
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
    if (m_lowered && setLowWaterMark(LowWaterMark)) {
        m_lowered = false;
        m_tick.start();
    }
}

void ReadCoalescer::onTick()
{
    if (std::exchange(m_readSinceTick, false))
        return;
    // A whole tick without a read: the answer's end waits below the mark,
    // or the server is slower than the mark, or nothing flows at all. The
    // next bytes are read as they come; their read raises the mark again,
    // and until then nothing ticks.
    if (setLowWaterMark(1)) {
        m_lowered = true;
        m_tick.stop();
    }
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
