#pragma once

#include "imap/engine/authmethod.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSet>
#include <QString>

#include <variant>

namespace Quail::Imap {

// Which mechanism to log in with, decided from what the user asked for, what
// the server offers and how the channel is protected. Pure logic, so every
// rule is unit-tested.
struct AuthPlan {
    Q_DECLARE_TR_FUNCTIONS(Quail::Imap::AuthPlan)

public:
    AuthMethod method = AuthMethod::Login; // never Auto
    bool initialResponse = false; // send the first response with AUTHENTICATE (SASL-IR, RFC 4959)

    struct Request {
        AuthMethod method = AuthMethod::Auto;
        bool haveToken = false; // an OAuth token was supplied instead of a password
        bool channelEncrypted = false;
        bool plaintextAllowed = false; // the account explicitly chose an unencrypted connection
    };

    // `capabilities` are upper-case CAPABILITY atoms (e.g. "AUTH=PLAIN").
    // Returns the plan, or a sentence saying why logging in must not happen.
    static std::variant<AuthPlan, QString> choose(const Request &request, const QSet<QByteArray> &capabilities);
};

} // namespace Quail::Imap
