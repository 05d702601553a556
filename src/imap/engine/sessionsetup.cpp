#include "imap/engine/sessionsetup.h"

#include "imap/engine/authplan.h"
#include "imap/engine/connection.h"
#include "imap/engine/sasl.h"
#include "imap/protocol/commands.h"

namespace Quail::Imap {

using Kind = SessionError::Kind;
using Status = StatusResponse::Status;

SessionSetup::SessionSetup(Connection &connection, const ConnectionSettings &settings, const Credentials &credentials,
                           const SessionOptions &options, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_settings(settings)
    , m_credentials(credentials)
    , m_options(options)
{
}

void SessionSetup::start()
{
    connect(&m_connection, &Connection::untagged, this, &SessionSetup::onUntagged);
    connect(&m_connection, &Connection::failed, this, [this](const SessionError &error) {
        if (m_finished)
            return;
        m_finished = true;
        Q_EMIT failed(error);
    });
    connect(&m_connection, &Connection::closed, this,
            [this] { fail(Kind::ServerClosed, tr("The server closed the connection before the session was ready.")); });
    connect(&m_connection, &Connection::tlsEstablished, this, [this] {
        // RFC 9051 §6.2.1: what was learned before TLS may have been forged.
        m_info.capabilities = {};
        requestCapabilities(Step::Login);
    });
    m_connection.open();
}

bool SessionSetup::channelProtected() const
{
    return m_connection.security() != Transport::ChannelSecurity::Plaintext;
}

bool SessionSetup::channelFinal() const
{
    // Plaintext the account chose is never upgraded: what arrives on it is
    // the session's, not an attacker's preamble to STARTTLS.
    return channelProtected() || m_settings.security == ConnectionSettings::Security::None;
}

void SessionSetup::onUntagged(const Response &response)
{
    if (m_finished)
        return;
    if (m_step == Step::Greeting) {
        if (const StatusResponse *greeting = response.status()) {
            onGreeting(*greeting);
            return;
        }
        fail(Kind::Protocol, tr("The server did not start with a greeting."));
        return;
    }
    if (const StatusResponse *status = response.status()) {
        if (status->status == Status::Bye) {
            fail(Kind::ServerClosed, tr("The server closed the session: %1").arg(status->text));
            return;
        }
        // Text that came before TLS may be an attacker's (UI spoofing).
        if (status->code.type == ResponseCode::Type::Alert && channelProtected())
            Q_EMIT alert(status->text);
        return;
    }
    if (const auto *capabilities = response.get<CapabilityData>()) {
        setCapabilities(capabilities->capabilities);
        return;
    }
    if (const auto *enabled = response.get<EnabledData>()) {
        if (channelFinal())
            m_info.enabled += enabled->capabilities;
        return;
    }
    // Nothing else is acted on while setting up: before TLS it may be forged,
    // and after it the session has not begun.
}

void SessionSetup::onGreeting(const StatusResponse &greeting)
{
    m_info.greeting = greeting.text;
    switch (greeting.status) {
    case Status::Bye:
        fail(Kind::ServerClosed, tr("The server refused the connection: %1").arg(greeting.text));
        return;
    case Status::PreAuth:
        // RFC 9051 §7.1.4: PREAUTH would skip STARTTLS, leaving the session
        // in clear (Trojitá CVE-2014-2567 and many since).
        if (!channelProtected() && m_settings.security == ConnectionSettings::Security::StartTls) {
            fail(Kind::Insecure,
                 tr("The server greeted with PREAUTH on a connection that must first switch to TLS; "
                    "refusing to continue without TLS."),
                 SessionError::InsecureReason::PreauthBeforeTls);
            return;
        }
        m_info.preauthenticated = true;
        break;
    case Status::Ok:
        break;
    case Status::No:
    case Status::Bad:
        fail(Kind::Protocol, tr("The server's greeting is not OK, PREAUTH or BYE."));
        return;
    }
    if (greeting.code.type == ResponseCode::Type::Alert && channelProtected())
        Q_EMIT alert(greeting.text);
    if (greeting.code.type == ResponseCode::Type::Capability)
        setCapabilities(greeting.code.atoms);

    if (!channelProtected() && m_settings.security == ConnectionSettings::Security::StartTls) {
        if (m_info.capabilities.isEmpty())
            requestCapabilities(Step::StartTls);
        else
            beginStartTls();
        return;
    }
    if (m_info.capabilities.isEmpty())
        requestCapabilities(Step::Login);
    else
        beginLogin();
}

void SessionSetup::setCapabilities(const QList<QByteArray> &names)
{
    m_info.capabilities = Capabilities(names);
    if (channelFinal())
        updateEncoderOptions();
}

void SessionSetup::requestCapabilities(Step next)
{
    m_step = channelProtected() ? Step::Capability : Step::PreTlsCapability;
    m_afterCapability = next;
    m_connection.send(Commands::capability(), [this](const StatusResponse &status) {
        if (m_finished)
            return;
        if (status.status != Status::Ok) {
            fail(Kind::Protocol, tr("The server refused CAPABILITY: %1").arg(status.text));
            return;
        }
        if (status.code.type == ResponseCode::Type::Capability)
            setCapabilities(status.code.atoms);
        afterCapabilities();
    });
}

void SessionSetup::afterCapabilities()
{
    switch (m_afterCapability) {
    case Step::StartTls:
        beginStartTls();
        return;
    case Step::Enable:
        beginEnable();
        return;
    default:
        beginLogin();
        return;
    }
}

void SessionSetup::beginStartTls()
{
    m_step = Step::StartTls;
    if (!m_info.capabilities.has("STARTTLS")) {
        fail(Kind::Insecure, tr("The server does not offer STARTTLS; refusing to continue without TLS."),
             SessionError::InsecureReason::StartTlsNotOffered);
        return;
    }
    m_connection.send(Commands::startTls(), [this](const StatusResponse &status) {
        if (m_finished)
            return;
        if (status.status != Status::Ok) {
            fail(Kind::Insecure,
                 tr("The server refused STARTTLS (%1); refusing to continue without TLS.").arg(status.text),
                 SessionError::InsecureReason::StartTlsRefused);
            return;
        }
        m_step = Step::Handshake;
        m_connection.startTls();
    });
}

void SessionSetup::beginLogin()
{
    m_info.quirks = ServerQuirks::detect(m_info.greeting, m_info.capabilities.advertised());
    if (m_info.preauthenticated) {
        beginEnable();
        return;
    }
    if (!m_options.authenticate) {
        finish();
        return;
    }
    sendLogin();
}

void SessionSetup::sendLogin()
{
    m_step = Step::Login;
    if (m_credentials.secret.isEmpty()) {
        fail(Kind::LoginRefused,
             m_credentials.secretIsToken ? tr("No OAuth token was given.") : tr("No password was given."));
        return;
    }
    AuthPlan::Request request;
    request.method = m_credentials.method;
    request.haveToken = m_credentials.secretIsToken;
    request.channelEncrypted = channelProtected();
    request.plaintextAllowed = m_settings.security == ConnectionSettings::Security::None;
    const auto plan = AuthPlan::choose(request, m_info.capabilities.names());
    if (const auto *reason = std::get_if<QString>(&plan)) {
        fail(Kind::LoginRefused, *reason);
        return;
    }
    const AuthPlan chosen = std::get<AuthPlan>(plan);
    if (chosen.method == AuthMethod::Login) {
        m_connection.send(
            Commands::login(m_credentials.user.toUtf8(), m_credentials.secret.toUtf8()),
            [this](const StatusResponse &status) { afterLogin(status); }, {}, Connection::SendFlag::HideArguments);
        return;
    }
    sendAuthenticate(chosen.method, chosen.initialResponse);
}

void SessionSetup::sendAuthenticate(AuthMethod method, bool initialResponse)
{
    QByteArray mechanism;
    QByteArray response; // the client's first response, before base64
    switch (method) {
    case AuthMethod::Plain:
        mechanism = "PLAIN";
        response = Sasl::plain(m_credentials.user, m_credentials.secret, m_credentials.authorizationId);
        break;
    case AuthMethod::CramMd5:
        mechanism = "CRAM-MD5"; // server-first: the response needs its challenge
        break;
    case AuthMethod::XOAuth2:
        mechanism = "XOAUTH2";
        response = Sasl::xoauth2(m_credentials.user, m_credentials.secret);
        break;
    case AuthMethod::OAuthBearer:
        mechanism = "OAUTHBEARER";
        response = Sasl::oauthBearer(m_credentials.user, m_credentials.secret, m_settings.host, m_settings.port);
        break;
    case AuthMethod::Auto:
    case AuthMethod::Login:
        Q_UNREACHABLE();
    }

    auto steps = std::make_shared<int>(initialResponse ? 1 : 0);
    const auto onChallenge = [this, method, response, steps](const ContinuationRequest &request) {
        const int step = (*steps)++;
        if (step == 0) {
            if (method == AuthMethod::CramMd5) {
                const QByteArray challenge = QByteArray::fromBase64(request.text);
                m_connection.sendContinuationLine(
                    Sasl::cramMd5(m_credentials.user, m_credentials.secret, challenge).toBase64(), true);
            } else {
                m_connection.sendContinuationLine(response.toBase64(), true);
            }
            return;
        }
        // A second challenge is an OAuth error report (RFC 7628 §3.2.3,
        // Google's XOAUTH2): acknowledge it so the server sends its NO.
        // Anything else is cancelled with "*" (RFC 9051 §6.2.2).
        if (method == AuthMethod::OAuthBearer)
            m_connection.sendContinuationLine("AQ==", false);
        else if (method == AuthMethod::XOAuth2)
            m_connection.sendContinuationLine({}, false);
        else
            m_connection.sendContinuationLine("*", false);
    };
    const std::optional<QByteArray> first = initialResponse ? std::optional(response.toBase64()) : std::nullopt;
    m_connection.send(
        Commands::authenticate(mechanism, first), [this](const StatusResponse &status) { afterLogin(status); },
        onChallenge, Connection::SendFlag::HideArguments);
}

void SessionSetup::afterLogin(const StatusResponse &status)
{
    if (m_finished)
        return;
    if (status.status == Status::No) {
        // A temporary failure on the server's side says nothing about the
        // password: asking for it again would mislead (RFC 5530 §3).
        if (status.code.type == ResponseCode::Type::Unavailable) {
            fail(Kind::LoginUnavailable,
                 tr("The server cannot log you in right now; try again later: %1").arg(status.text));
            return;
        }
        fail(Kind::AuthenticationFailed, tr("The server refused the login: %1").arg(status.text));
        return;
    }
    if (status.status != Status::Ok) {
        fail(Kind::LoginRefused, tr("The server rejected the login command: %1").arg(status.text));
        return;
    }
    // Capabilities may change after login (RFC 9051 §6.2.3): take them from
    // the OK if the server put them there, or ask.
    if (status.code.type == ResponseCode::Type::Capability) {
        setCapabilities(status.code.atoms);
        beginEnable();
        return;
    }
    requestCapabilities(Step::Enable);
}

void SessionSetup::beginEnable()
{
    m_step = Step::Enable;
    m_info.quirks = ServerQuirks::detect(m_info.greeting, m_info.capabilities.advertised());
    QList<QByteArray> wanted;
    if (m_options.enableExtensions && m_info.capabilities.has("ENABLE")) {
        if (m_info.capabilities.has("CONDSTORE"))
            wanted.append("CONDSTORE");
        if (m_info.capabilities.has("QRESYNC") && !m_info.quirks.avoidQresync)
            wanted.append("QRESYNC");
        if (m_info.capabilities.has("UTF8=ACCEPT"))
            wanted.append("UTF8=ACCEPT");
    }
    if (wanted.isEmpty()) {
        beginCompress();
        return;
    }
    m_connection.send(Commands::enable(wanted), [this, wanted](const StatusResponse &status) {
        if (m_finished)
            return;
        // iCloud answers OK without the untagged ENABLED.
        if (status.status == Status::Ok && m_info.enabled.isEmpty() && m_info.quirks.enableWithoutEnabledResponse)
            m_info.enabled = wanted;
        updateEncoderOptions();
        beginCompress(); // a refused ENABLE only means fewer features
    });
}

void SessionSetup::beginCompress()
{
    if (!m_options.compress || !m_info.capabilities.has("COMPRESS=DEFLATE")) {
        finish();
        return;
    }
    m_step = Step::Compress;
    m_connection.send(Commands::compress(), [this](const StatusResponse &status) {
        if (m_finished)
            return;
        if (status.status == Status::Ok) {
            m_connection.startCompression();
            m_info.compressed = m_connection.isCompressed();
        }
        if (!m_connection.hasFailed())
            finish();
    });
}

void SessionSetup::updateEncoderOptions()
{
    EncoderOptions options = m_connection.encoderOptions();
    options.literalPlus = m_info.capabilities.has("LITERAL+");
    options.literalMinus = m_info.capabilities.has("LITERAL-");
    options.utf8Accept = m_info.enabled.contains("UTF8=ACCEPT");
    m_connection.setEncoderOptions(options);
}

void SessionSetup::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_step = Step::Done;
    disconnect(&m_connection, nullptr, this, nullptr);
    m_info.tls = m_connection.tlsSession();
    Q_EMIT ready(m_info);
}

void SessionSetup::fail(SessionError::Kind kind, const QString &message, SessionError::InsecureReason insecure)
{
    if (m_finished)
        return;
    m_finished = true;
    const SessionError error{kind, message, {}, insecure};
    disconnect(&m_connection, nullptr, this, nullptr);
    m_connection.abort(error);
    Q_EMIT failed(error);
}

} // namespace Quail::Imap
