#pragma once

#include "imap/transport/transport.h"

#include <QProcess>
#include <QTimer>

namespace Quail::Imap {

// IMAP over a local command's stdin/stdout, the job of imaplib's
// IMAP4_stream: e.g. "ssh mail.example.com /usr/lib/dovecot/imap", or
// Dovecot's imap binary run directly. Such a server usually greets with
// PREAUTH, which is normal here.
class ProcessTransport : public Transport
{
    Q_OBJECT

public:
    explicit ProcessTransport(const ConnectionSettings &settings, QObject *parent = nullptr);
    ~ProcessTransport() override;

    void open() override;
    void close() override;
    ChannelSecurity security() const override { return ChannelSecurity::LocalProcess; }

protected:
    void writeRaw(const QByteArray &bytes) override;
    QByteArray readAllRaw() override;
    void abortWith(const TransportError &error) override;

private:
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void onProcessError(QProcess::ProcessError error);
    void fail(TransportError::Kind kind, const QString &message);
    QString diagnostics() const;

    ConnectionSettings m_settings;
    QProcess m_process;
    QTimer m_timer;
    QByteArray m_stderr; // the command's last words, for error messages
    bool m_done = false;
};

} // namespace Quail::Imap
