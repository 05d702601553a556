#pragma once

#include <QByteArray>
#include <QString>

// The client side of the SASL mechanisms the engine speaks. Each function
// returns the raw (not yet base64-encoded) client response; the engine
// base64-encodes it for AUTHENTICATE (RFC 9051 §6.2.2).
namespace Quail::Imap::Sasl {

// PLAIN (RFC 4616 §2): [authzid] NUL authcid NUL passwd, UTF-8.
QByteArray plain(const QString &user, const QString &password, const QString &authorizationId = {});

// CRAM-MD5 (RFC 2195 §2): "user " followed by the lowercase hex HMAC-MD5 of
// the server's (already base64-decoded) challenge, keyed with the password.
QByteArray cramMd5(const QString &user, const QString &password, const QByteArray &challenge);

// XOAUTH2 (Google's and Microsoft's documented format):
// "user=" user ^A "auth=Bearer " token ^A ^A.
QByteArray xoauth2(const QString &user, const QString &token);

// OAUTHBEARER (RFC 7628 §3.1): a GS2 header naming the user, then host and
// port, then the bearer token, separated by ^A.
QByteArray oauthBearer(const QString &user, const QString &token, const QString &host, quint16 port);

} // namespace Quail::Imap::Sasl
