#pragma once

#include <QString>

#include <optional>

namespace Quail::Imap {

// How a session authenticates. Auto picks the best mechanism the server
// offers in its CAPABILITY.
enum class AuthMethod {
    Auto,
    Login, // LOGIN (RFC 9051 §6.2.3)
    Plain, // AUTHENTICATE PLAIN (RFC 4616), with SASL-IR when offered
    CramMd5, // AUTHENTICATE CRAM-MD5 (RFC 2195), imaplib's login_cram_md5
    XOAuth2, // AUTHENTICATE XOAUTH2 (Google, Microsoft), with a caller's token
    OAuthBearer, // AUTHENTICATE OAUTHBEARER (RFC 7628), with a caller's token
};

// The names used in settings and on command lines: "auto", "login", "plain",
// "cram-md5", "xoauth2", "oauthbearer".
QString authMethodName(AuthMethod method);
std::optional<AuthMethod> authMethodFromName(const QString &name);

} // namespace Quail::Imap
