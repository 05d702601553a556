#pragma once

#include "imap/engine/sessionerror.h"

#include <chrono>
#include <optional>

namespace Quail::Imap {

// When to try again after a session ended: exponential backoff with a cap,
// and never for failures that another try cannot fix (wrong password,
// refused STARTTLS, an untrusted or changed certificate) — retrying those
// would hammer the server or wear down the user's caution.
class ReconnectPolicy
{
public:
    struct Settings {
        std::chrono::milliseconds firstDelay{1000};
        std::chrono::milliseconds maxDelay{60000};
        int maxAttempts = 8; // then give up and say so
    };

    ReconnectPolicy() = default;
    explicit ReconnectPolicy(const Settings &settings)
        : m_settings(settings)
    {
    }

    // The delay before the next attempt, or nullopt to give up.
    std::optional<std::chrono::milliseconds> next(const SessionError &error);
    // A session became ready: start counting afresh.
    void reset() { m_attempts = 0; }
    int attempts() const { return m_attempts; }

    static bool isRetryable(const SessionError &error);

private:
    Settings m_settings;
    int m_attempts = 0;
};

} // namespace Quail::Imap
