#include "models/linkpolicy.h"

#include <QRegularExpression>
#include <QUrlQuery>

namespace Quail::Models {

namespace {

// The host a link's visible text claims, or an empty string when the text
// does not look like a URL, a host name or an address.
QString claimedHost(const QString &visibleText)
{
    const QString text = visibleText.trimmed();
    if (text.isEmpty() || text.contains(QRegularExpression(QStringLiteral("\\s"))))
        return {};
    if (text.contains(QLatin1StringView("://"))) {
        const QUrl url(text);
        return url.isValid() ? url.host().toLower() : QString();
    }
    if (text.startsWith(QLatin1StringView("mailto:"), Qt::CaseInsensitive))
        return text.mid(text.lastIndexOf(u'@') + 1).toLower();
    static const QRegularExpression hostLike(
        QStringLiteral("^(?:[^@/\\s]+@)?((?:[\\w-]+\\.)+[\\w-]{2,})(?:[/:?#].*)?$"),
        QRegularExpression::UseUnicodePropertiesOption);
    const QRegularExpressionMatch match = hostLike.match(text);
    return match.hasMatch() ? match.captured(1).toLower() : QString();
}

QString normalizedHost(const QString &host)
{
    QString ace = QString::fromLatin1(QUrl::toAce(host)).toLower();
    if (ace.isEmpty())
        ace = host.toLower();
    if (ace.endsWith(u'.'))
        ace.chop(1);
    return ace;
}

} // namespace

LinkDecision LinkPolicy::decide(const QString &href, const QString &visibleText)
{
    LinkDecision decision;
    const QUrl url(href.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid()) {
        decision.reason = tr("The link is malformed.");
        return decision;
    }
    QString targetHost;
    if (scheme == u"http" || scheme == u"https") {
        if (url.host().isEmpty()) {
            decision.reason = tr("The link has no host.");
            return decision;
        }
        decision.target = url;
        targetHost = url.host();
    } else if (scheme == u"mailto") {
        QUrl cleaned = url;
        QUrlQuery query(url);
        for (const auto &item : query.queryItems()) {
            if (item.first.compare(QLatin1StringView("attach"), Qt::CaseInsensitive) == 0
                || item.first.compare(QLatin1StringView("attachment"), Qt::CaseInsensitive) == 0)
                query.removeAllQueryItems(item.first);
        }
        cleaned.setQuery(query);
        decision.target = cleaned;
        const QString address = url.path();
        targetHost = address.mid(address.lastIndexOf(u'@') + 1);
    } else if (scheme.isEmpty()) {
        decision.reason = tr("The link points inside the message or to a relative address; it is not followed.");
        return decision;
    } else {
        decision.reason = tr("Links of the kind \"%1:\" are never opened from a message.").arg(scheme);
        return decision;
    }
    decision.action = LinkDecision::Action::OpenExternally;
    decision.shownTarget = QString::fromLatin1(decision.target.toEncoded());
    const QString claimed = claimedHost(visibleText);
    decision.textMismatch = !claimed.isEmpty() && normalizedHost(claimed) != normalizedHost(targetHost);
    return decision;
}

} // namespace Quail::Models
