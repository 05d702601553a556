#include "imap/engine/authmethod.h"

#include <array>
#include <utility>

namespace Quail::Imap {

namespace {
constexpr std::array<std::pair<AuthMethod, const char *>, 6> Names{{
    {AuthMethod::Auto, "auto"},
    {AuthMethod::Login, "login"},
    {AuthMethod::Plain, "plain"},
    {AuthMethod::CramMd5, "cram-md5"},
    {AuthMethod::XOAuth2, "xoauth2"},
    {AuthMethod::OAuthBearer, "oauthbearer"},
}};
} // namespace

QString authMethodName(AuthMethod method)
{
    for (const auto &[value, name] : Names) {
        if (value == method)
            return QString::fromLatin1(name);
    }
    return QStringLiteral("auto");
}

std::optional<AuthMethod> authMethodFromName(const QString &name)
{
    for (const auto &[value, text] : Names) {
        if (name.compare(QLatin1String(text), Qt::CaseInsensitive) == 0)
            return value;
    }
    return std::nullopt;
}

} // namespace Quail::Imap
