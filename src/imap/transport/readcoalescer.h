#pragma once

#include <QObject>
#include <QTimer>

class QAbstractSocket;

#include <chrono>

namespace Quail::Imap {

// Fewer, larger reads from a TCP socket while a long answer streams in.
//
// A server writes a big FETCH answer a TLS record at a time (Dovecot about
// 2 KB), and a client that keeps up wakes for each one: a 100,000-message
// folder is some 35,000 wakeups, each a poll(), a read() and a pass through
// the event loop, on a machine whose cores the server needs too. While
// active, the socket's receive low-water mark (SO_RCVLOWAT, which poll()
// honours for TCP) keeps the socket quiet until LowWaterMark bytes wait.
// The end of an answer rarely fills the mark, so a tick lowers it again
// whenever a whole tick has passed without a read: nothing is late by more
// than about two ticks. The next read raises it again; while nothing flows,
// nothing ticks.
class ReadCoalescer : public QObject
{
    Q_OBJECT

public:
    static constexpr int LowWaterMark = 128 * 1024;
    static constexpr std::chrono::milliseconds Tick{1};

    // For a TCP socket that outlives the coalescer.
    explicit ReadCoalescer(QAbstractSocket &socket, QObject *parent = nullptr);
    ~ReadCoalescer() override;

    // Starts on the connected socket; stays inactive (and every read is
    // reported as before) where the socket refuses a low-water mark.
    void start();
    // Back to a wakeup for every byte.
    void stop();
    bool isActive() const { return m_active; }

private:
    void onRead();
    void onTick();
    bool setLowWaterMark(int bytes);

    QAbstractSocket &m_socket;
    QTimer m_tick;
    bool m_active = false;
    bool m_lowered = false; // the mark is 1 until the next read
    bool m_readSinceTick = false;
};

} // namespace Quail::Imap
