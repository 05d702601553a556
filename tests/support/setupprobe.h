#pragma once

#include "imap/engine/connection.h"
#include "imap/engine/sessionsetup.h"

#include <QTest>

#include <memory>

namespace Quail::Test {

// Runs a SessionSetup on the test's thread and records what it reports,
// including the redacted protocol trace.
struct SetupProbe {
    SetupProbe(const Imap::ConnectionSettings &settings, const Imap::Credentials &credentials,
               const Imap::SessionOptions &options = {})
        : connection(std::make_unique<Imap::Connection>(settings))
        , setup(std::make_unique<Imap::SessionSetup>(*connection, settings, credentials, options))
    {
        connection->setTraceSink([this](bool incoming, const QByteArray &line) {
            trace += (incoming ? QByteArray("S: ") : QByteArray("C: ")) + line + '\n';
        });
        QObject::connect(setup.get(), &Imap::SessionSetup::ready, [this](const Imap::SessionInfo &i) { info = i; });
        QObject::connect(setup.get(), &Imap::SessionSetup::failed, [this](const Imap::SessionError &e) { error = e; });
        QObject::connect(setup.get(), &Imap::SessionSetup::alert, [this](const QString &text) { alerts.append(text); });
    }

    // Starts and waits until ready or failed.
    bool run(int timeout = 10000)
    {
        setup->start();
        return QTest::qWaitFor([this] { return info.has_value() || error.has_value(); }, timeout);
    }

    // What the client sent, as the trace shows it (secrets redacted).
    QByteArray sent() const
    {
        QByteArray lines;
        for (const QByteArray &line : trace.split('\n')) {
            if (line.startsWith("C: "))
                lines += line.mid(3) + '\n';
        }
        return lines;
    }

    std::unique_ptr<Imap::Connection> connection;
    std::unique_ptr<Imap::SessionSetup> setup;
    std::optional<Imap::SessionInfo> info;
    std::optional<Imap::SessionError> error;
    QStringList alerts;
    QByteArray trace;
};

} // namespace Quail::Test
