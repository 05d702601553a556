#include "models/sendercheck.h"

#include <QRegularExpression>
#include <QUrl>

namespace Quail::Models {

SenderCheck checkSender(const QString &displayName, const QString &address)
{
    SenderCheck check;
    const QString name = displayName.normalized(QString::NormalizationForm_KC);
    static const QRegularExpression embedded(QStringLiteral("([^\\s<>\"'(),;:@]+)@([^\\s<>\"'(),;:@]+)"),
                                             QRegularExpression::UseUnicodePropertiesOption);
    const QString real = address.trimmed().toLower();
    auto it = embedded.globalMatch(name);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        QString domain = match.captured(2);
        while (!domain.isEmpty() && (domain.endsWith(u'.') || domain.endsWith(u']')))
            domain.chop(1);
        const QString claimed = match.captured(1).toLower() + u'@' + domain.toLower();
        if (claimed != real && displayAddress(claimed) != displayAddress(real)) {
            check.suspicious = true;
            check.claimedAddress = claimed;
            return check;
        }
    }
    return check;
}

QString displayAddress(const QString &address)
{
    const qsizetype at = address.lastIndexOf(u'@');
    if (at < 0)
        return address;
    const QString domain = address.mid(at + 1);
    bool ascii = true;
    for (const QChar c : domain)
        ascii = ascii && c.unicode() < 0x80;
    if (ascii)
        return address;
    const QByteArray ace = QUrl::toAce(domain);
    return address.left(at + 1) + (ace.isEmpty() ? domain : QString::fromLatin1(ace));
}

} // namespace Quail::Models
