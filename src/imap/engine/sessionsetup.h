#pragma once

#include "imap/engine/capabilities.h"
#include "imap/engine/credentials.h"
#include "imap/engine/serverquirks.h"
#include "imap/engine/sessionerror.h"
#include "imap/protocol/response.h"
#include "imap/transport/connectionsettings.h"
#include "imap/transport/tlssession.h"

#include <QObject>

namespace Quail::Imap {

class Connection;

// What a session knows about its server once it is ready for commands.
struct SessionInfo {
    Capabilities capabilities;
    QList<QByteArray> enabled; // ENABLE'd extensions (RFC 5161)
    QString greeting; // the greeting's text, server words
    bool preauthenticated = false;
    bool compressed = false;
    ServerQuirks quirks;
    std::optional<TlsSession> tls; // what TLS settled on; none without TLS
};

struct SessionOptions {
    // ENABLE CONDSTORE, QRESYNC and UTF8=ACCEPT when the server offers them.
    bool enableExtensions = true;
    // COMPRESS=DEFLATE after login when offered.
    bool compress = false;
    // Log in automatically (not when the caller will send LOGIN itself).
    bool authenticate = true;
};

// Takes a fresh connection from the greeting to "ready for commands":
// STARTTLS done right, CAPABILITY, login with the best allowed mechanism,
// ENABLE and COMPRESS. Emits ready() or failed() once.
//
// The STARTTLS rules (RFC 9051 §6.2.1, RFC 2595, the "NO STARTTLS" study):
// without STARTTLS in the capabilities, or with anything but its tagged OK,
// nothing more is sent; PREAUTH where TLS is required is refused; bytes after
// the OK abort; capabilities learned before TLS are discarded; untagged data
// before TLS is never acted on and a pre-TLS [ALERT] is never shown.
class SessionSetup : public QObject
{
    Q_OBJECT

public:
    SessionSetup(Connection &connection, const ConnectionSettings &settings, const Credentials &credentials,
                 const SessionOptions &options, QObject *parent = nullptr);

    void start();

Q_SIGNALS:
    void ready(const Quail::Imap::SessionInfo &info);
    void failed(const Quail::Imap::SessionError &error);
    // A server [ALERT] received over a protected channel, to show the user
    // labelled as server text.
    void alert(const QString &text);

private:
    enum class Step { Greeting, PreTlsCapability, StartTls, Handshake, Capability, Login, Enable, Compress, Done };

    void onUntagged(const Response &response);
    void onGreeting(const StatusResponse &greeting);
    void requestCapabilities(Step next);
    void afterCapabilities();
    void beginStartTls();
    void beginLogin();
    void sendLogin();
    void sendAuthenticate(AuthMethod method, bool initialResponse);
    void afterLogin(const StatusResponse &status);
    void beginEnable();
    void beginCompress();
    void finish();
    void fail(SessionError::Kind kind, const QString &message,
              SessionError::InsecureReason insecure = SessionError::InsecureReason::None);
    bool channelProtected() const;
    // Protected, or plaintext by the account's choice: nothing will change
    // it, so capabilities and ENABLED on it count.
    bool channelFinal() const;
    void setCapabilities(const QList<QByteArray> &names);
    void updateEncoderOptions();

    Connection &m_connection;
    ConnectionSettings m_settings;
    Credentials m_credentials;
    SessionOptions m_options;
    SessionInfo m_info;
    Step m_step = Step::Greeting;
    Step m_afterCapability = Step::Done;
    bool m_finished = false;
};

} // namespace Quail::Imap
