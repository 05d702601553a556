#include "imap/engine/sasl.h"

#include <QMessageAuthenticationCode>

namespace Quail::Imap::Sasl {

namespace {

// RFC 5801 §4: in a GS2 authzid, "," and "=" are escaped as =2C and =3D.
QByteArray gs2Escape(const QString &name)
{
    QByteArray escaped;
    for (const char c : name.toUtf8()) {
        if (c == ',')
            escaped += "=2C";
        else if (c == '=')
            escaped += "=3D";
        else
            escaped += c;
    }
    return escaped;
}

} // namespace

QByteArray plain(const QString &user, const QString &password, const QString &authorizationId)
{
    return authorizationId.toUtf8() + '\0' + user.toUtf8() + '\0' + password.toUtf8();
}

QByteArray cramMd5(const QString &user, const QString &password, const QByteArray &challenge)
{
    const QByteArray digest = QMessageAuthenticationCode::hash(challenge, password.toUtf8(), QCryptographicHash::Md5);
    return user.toUtf8() + ' ' + digest.toHex();
}

QByteArray xoauth2(const QString &user, const QString &token)
{
    return "user=" + user.toUtf8()
        + "\x01"
          "auth=Bearer "
        + token.toUtf8() + "\x01\x01";
}

QByteArray oauthBearer(const QString &user, const QString &token, const QString &host, quint16 port)
{
    return "n,a=" + gs2Escape(user)
        + ",\x01"
          "host="
        + host.toUtf8()
        + "\x01"
          "port="
        + QByteArray::number(port)
        + "\x01"
          "auth=Bearer "
        + token.toUtf8() + "\x01\x01";
}

} // namespace Quail::Imap::Sasl
