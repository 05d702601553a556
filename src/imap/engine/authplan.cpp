#include "imap/engine/authplan.h"

#include <QCoreApplication>

namespace Quail::Imap {

namespace {

QByteArray mechanismName(AuthMethod method)
{
    switch (method) {
    case AuthMethod::Plain:
        return "PLAIN";
    case AuthMethod::CramMd5:
        return "CRAM-MD5";
    case AuthMethod::XOAuth2:
        return "XOAUTH2";
    case AuthMethod::OAuthBearer:
        return "OAUTHBEARER";
    case AuthMethod::Auto:
    case AuthMethod::Login:
        break;
    }
    return {};
}

} // namespace

std::variant<AuthPlan, QString> AuthPlan::choose(const Request &request, const QSet<QByteArray> &capabilities)
{
    // Credentials never cross an unprotected channel unless the user chose
    // one explicitly (RFC 8314 §5; the STARTTLS stripping attacks).
    if (!request.channelEncrypted && !request.plaintextAllowed)
        return tr("The connection is not encrypted, so Quail will not send your credentials.");

    const bool loginDisabled = capabilities.contains("LOGINDISABLED");
    const auto offers = [&](AuthMethod method) {
        if (method == AuthMethod::Login)
            return !loginDisabled; // LOGIN is part of the base protocol (RFC 9051 §6.2.3)
        return capabilities.contains("AUTH=" + mechanismName(method));
    };
    const auto plan = [&](AuthMethod method) {
        AuthPlan chosen;
        chosen.method = method;
        chosen.initialResponse =
            method != AuthMethod::Login && method != AuthMethod::CramMd5 && capabilities.contains("SASL-IR");
        return chosen;
    };

    AuthMethod method = request.method;
    if (method == AuthMethod::Auto) {
        QList<AuthMethod> preference;
        if (request.haveToken)
            preference = {AuthMethod::OAuthBearer, AuthMethod::XOAuth2};
        else if (request.channelEncrypted)
            preference = {AuthMethod::Plain, AuthMethod::Login, AuthMethod::CramMd5};
        else // plaintext by choice: prefer what does not reveal the password
            preference = {AuthMethod::CramMd5, AuthMethod::Plain, AuthMethod::Login};
        for (const AuthMethod candidate : preference) {
            if (offers(candidate))
                return plan(candidate);
        }
        if (request.haveToken)
            return tr("The server offers neither OAUTHBEARER nor XOAUTH2, so the token cannot be used.");
        if (loginDisabled)
            return tr("The server does not allow logging in here (LOGINDISABLED) and offers no mechanism Quail "
                      "can use.");
        return tr("The server offers no login mechanism Quail can use.");
    }

    const bool tokenMethod = method == AuthMethod::XOAuth2 || method == AuthMethod::OAuthBearer;
    if (tokenMethod != request.haveToken) {
        return tokenMethod ? tr("%1 needs an OAuth token, not a password.").arg(authMethodName(method))
                           : tr("%1 needs a password, not an OAuth token.").arg(authMethodName(method));
    }
    if (!offers(method)) {
        if (method == AuthMethod::Login)
            return tr("The server does not allow LOGIN here (LOGINDISABLED).");
        return tr("The server does not offer AUTHENTICATE %1.").arg(QString::fromLatin1(mechanismName(method)));
    }
    return plan(method);
}

} // namespace Quail::Imap
