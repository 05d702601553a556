#include "imap/transport/readcoalescer.h"

#ifdef Q_OS_UNIX
#include <sys/ioctl.h>
#include <sys/socket.h>
#endif

#include <utility>

namespace Quail::Imap {

ReadCoalescer::ReadCoalescer(QObject *parent)
    : QObject(parent)
{
    // A coarse timer may fire 5% late, which at 1 ms is nothing; the
    // precise kind keeps the bound honest on every event dispatcher.
    m_tick.setTimerType(Qt::PreciseTimer);
    m_tick.setInterval(Tick);
    connect(&m_tick, &QTimer::timeout, this, &ReadCoalescer::onTick);
}

ReadCoalescer::~ReadCoalescer() = default;

void ReadCoalescer::start(qintptr descriptor)
{
    if (isActive() || descriptor < 0)
        return;
    m_descriptor = descriptor;
    if (!setLowWaterMark(LowWaterMark)) {
        m_descriptor = -1;
        return;
    }
    m_lowered = false;
    m_readSinceTick = false;
    m_tick.start();
}

void ReadCoalescer::stop()
{
    if (!isActive())
        return;
    m_tick.stop();
    // Whatever waits below the mark is reported at once from here on.
    setLowWaterMark(1);
    m_descriptor = -1;
}

void ReadCoalescer::noteRead()
{
    if (!isActive())
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
    if (::ioctl(int(m_descriptor), FIONREAD, &waiting) != 0 || waiting <= 0)
        return;
#endif
    // Bytes have waited a whole tick below the mark: the answer's end, or
    // a server slower than the mark. They are read on the next poll().
    m_lowered = setLowWaterMark(1);
}

bool ReadCoalescer::setLowWaterMark(int bytes)
{
#ifdef Q_OS_UNIX
    return ::setsockopt(int(m_descriptor), SOL_SOCKET, SO_RCVLOWAT, &bytes, sizeof bytes) == 0;
#else
    Q_UNUSED(bytes)
    return false;
#endif
}

} // namespace Quail::Imap
