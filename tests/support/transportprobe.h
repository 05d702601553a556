#pragma once

#include "imap/transport/transport.h"

#include <QTest>

namespace Quail::Test {

// Collects what a transport emits, for one test.
struct TransportProbe {
    static constexpr int Timeout = 10000;

    explicit TransportProbe(Imap::Transport &observed)
        : transport(observed)
    {
        using Imap::Transport;
        QObject::connect(&transport, &Transport::opened, [this] { opened = true; });
        QObject::connect(&transport, &Transport::tlsEstablished, [this] { upgraded = true; });
        QObject::connect(&transport, &Transport::readyRead, [this] {
            if (autoRead)
                received += transport.readAll();
        });
        QObject::connect(&transport, &Transport::failed, [this](const Imap::TransportError &e) { errors.append(e); });
        QObject::connect(&transport, &Transport::closed, [this] { closed = true; });
    }

    // Waits until `text` has arrived; false on failure or timeout.
    bool waitFor(const QByteArray &text)
    {
        return QTest::qWaitFor([&] { return !errors.isEmpty() || received.contains(text); }, Timeout)
            && errors.isEmpty();
    }
    // Waits for a line that starts with `prefix`.
    bool waitForLine(const QByteArray &prefix)
    {
        return QTest::qWaitFor(
                   [&] {
                       return !errors.isEmpty() || received.startsWith(prefix)
                           || received.contains(QByteArray("\r\n" + prefix));
                   },
                   Timeout)
            && errors.isEmpty();
    }
    bool waitForFailure()
    {
        return QTest::qWaitFor([&] { return !errors.isEmpty(); }, Timeout);
    }

    Imap::Transport &transport;
    bool opened = false;
    bool upgraded = false;
    bool closed = false;
    bool autoRead = true; // like the engine, read whatever arrives
    QByteArray received;
    QList<Imap::TransportError> errors;
};

} // namespace Quail::Test
