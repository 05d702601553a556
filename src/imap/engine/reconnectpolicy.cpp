#include "imap/engine/reconnectpolicy.h"

#include <algorithm>

namespace Quail::Imap {

bool ReconnectPolicy::isRetryable(const SessionError &error)
{
    switch (error.kind) {
    case SessionError::Kind::ServerClosed:
    case SessionError::Kind::Timeout:
        return true;
    case SessionError::Kind::Transport:
        if (!error.transport)
            return true;
        switch (error.transport->kind) {
        case TransportError::Kind::CertificateUntrusted:
        case TransportError::Kind::CertificateChanged:
        case TransportError::Kind::PlaintextInjection:
        case TransportError::Kind::TlsHandshakeFailed:
            return false;
        default:
            return true;
        }
    case SessionError::Kind::LoginUnavailable:
        // The server said to come back later; the backoff does.
        return true;
    case SessionError::Kind::Protocol:
        // A broken response is often a broken connection; the retry cap
        // keeps a consistently broken server from looping.
        return true;
    case SessionError::Kind::Insecure:
    case SessionError::Kind::AuthenticationFailed:
    case SessionError::Kind::LoginRefused:
        return false;
    }
    return false;
}

std::optional<std::chrono::milliseconds> ReconnectPolicy::next(const SessionError &error)
{
    if (!isRetryable(error) || m_attempts >= m_settings.maxAttempts)
        return std::nullopt;
    // 1 s, 2 s, 4 s… up to the cap.
    const int shift = std::min(m_attempts, 16);
    const std::chrono::milliseconds delay =
        std::min<std::chrono::milliseconds>(m_settings.firstDelay * (qint64(1) << shift), m_settings.maxDelay);
    ++m_attempts;
    return delay;
}

} // namespace Quail::Imap
