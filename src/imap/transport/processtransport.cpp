#include "imap/transport/processtransport.h"

namespace Quail::Imap {

using Kind = TransportError::Kind;

namespace {
// Enough of stderr to explain a failure, bounded so a chatty command cannot
// grow memory.
constexpr qsizetype MaxDiagnostics = 4096;
} // namespace

ProcessTransport::ProcessTransport(const ConnectionSettings &settings, QObject *parent)
    : Transport(parent)
    , m_settings(settings)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        fail(Kind::Timeout, tr("The command \"%1\" did not start in time.").arg(m_settings.processCommand));
    });
    connect(&m_process, &QProcess::started, this, [this] {
        m_timer.stop();
        Q_EMIT opened();
    });
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &Transport::readyRead);
    connect(&m_process, &QProcess::readyReadStandardError, this, [this] {
        m_stderr += m_process.readAllStandardError();
        if (m_stderr.size() > MaxDiagnostics)
            m_stderr = m_stderr.right(MaxDiagnostics);
    });
    connect(&m_process, &QProcess::finished, this, &ProcessTransport::onFinished);
    connect(&m_process, &QProcess::errorOccurred, this, &ProcessTransport::onProcessError);
}

ProcessTransport::~ProcessTransport()
{
    // Not a failure: nobody listens any more, and the process must not
    // report to a half-destroyed transport.
    m_done = true;
    disconnect(&m_process, nullptr, this, nullptr);
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(1000);
    }
}

void ProcessTransport::open()
{
    QStringList arguments = QProcess::splitCommand(m_settings.processCommand);
    if (arguments.isEmpty()) {
        QTimer::singleShot(0, this, [this] { fail(Kind::ProcessFailed, tr("The stream command is empty.")); });
        return;
    }
    const QString program = arguments.takeFirst();
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_timer.start(m_settings.connectTimeout);
    m_process.start(program, arguments, QIODevice::ReadWrite | QIODevice::Unbuffered);
}

void ProcessTransport::close()
{
    // Closing stdin is how a stream server learns that the client is gone;
    // one that lingers is terminated.
    m_process.closeWriteChannel();
    QTimer::singleShot(3000, this, [this] {
        if (m_process.state() != QProcess::NotRunning)
            m_process.terminate();
    });
}

void ProcessTransport::writeRaw(const QByteArray &bytes)
{
    if (m_process.state() == QProcess::Running)
        m_process.write(bytes);
}

QByteArray ProcessTransport::readAllRaw()
{
    return m_process.readAllStandardOutput();
}

void ProcessTransport::abortWith(const TransportError &error)
{
    fail(error.kind, error.message);
}

QString ProcessTransport::diagnostics() const
{
    const QString text = QString::fromUtf8(m_stderr).trimmed();
    return text.isEmpty() ? QString() : QStringLiteral(": ") + text;
}

void ProcessTransport::onFinished(int exitCode, QProcess::ExitStatus status)
{
    if (m_done)
        return;
    if (status == QProcess::CrashExit) {
        fail(Kind::ProcessFailed, tr("The command \"%1\" crashed%2").arg(m_settings.processCommand, diagnostics()));
        return;
    }
    if (exitCode != 0) {
        fail(Kind::ProcessFailed,
             tr("The command \"%1\" exited with status %2%3")
                 .arg(m_settings.processCommand)
                 .arg(exitCode)
                 .arg(diagnostics()));
        return;
    }
    m_done = true;
    Q_EMIT closed();
}

void ProcessTransport::onProcessError(QProcess::ProcessError error)
{
    if (error == QProcess::FailedToStart)
        fail(Kind::ProcessFailed, tr("Cannot run \"%1\": %2").arg(m_settings.processCommand, m_process.errorString()));
    // Crashes and exits are reported by onFinished().
}

void ProcessTransport::fail(Kind kind, const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    m_timer.stop();
    if (m_process.state() != QProcess::NotRunning)
        m_process.kill();
    Q_EMIT failed(TransportError{kind, message, std::nullopt});
}

} // namespace Quail::Imap
