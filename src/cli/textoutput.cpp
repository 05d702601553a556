#include "cli/textoutput.h"

#include "cli/jsonoutput.h"
#include "cli/responsejson.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Quail::Cli {

std::unique_ptr<Output> createTextOutput()
{
    return std::make_unique<TextOutput>();
}

namespace {

QString joined(const QJsonArray &array)
{
    QStringList parts;
    for (const QJsonValue &value : array)
        parts.append(value.toString());
    return parts.join(u' ');
}

// A JSON value from responseToJson as one line of text.
QString plain(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isNull())
        return QStringLiteral("NIL");
    if (value.isObject() && value.toObject().contains(QStringLiteral("display")))
        return value.toObject().value(QStringLiteral("display")).toString();
    if (value.isObject() && value.toObject().contains(QStringLiteral("base64"))) {
        const QByteArray data =
            QByteArray::fromBase64(value.toObject().value(QStringLiteral("base64")).toString().toLatin1());
        return QStringLiteral("(%1 bytes of binary data)").arg(data.size());
    }
    return QString::fromUtf8(JsonOutput::serialize(value));
}

QString addresses(const QJsonArray &list)
{
    QStringList shown;
    for (const QJsonValue &value : list) {
        const QJsonObject address = value.toObject();
        const QString spec = address.value(QStringLiteral("address")).toString();
        const QJsonValue name = address.value(QStringLiteral("name"));
        if (spec.isEmpty())
            continue; // a group marker
        shown.append(name.isString() && !name.toString().isEmpty()
                         ? QStringLiteral("%1 <%2>").arg(name.toString(), spec)
                         : spec);
    }
    return shown.join(QStringLiteral(", "));
}

void bodyLines(const QJsonObject &body, const QString &path, QStringList *lines)
{
    QString line = QStringLiteral("    %1 %2/%3")
                       .arg(path.isEmpty() ? QStringLiteral("-") : path, body.value(QStringLiteral("type")).toString(),
                            body.value(QStringLiteral("subtype")).toString());
    if (body.contains(QStringLiteral("size")))
        line += QStringLiteral(" %1 bytes").arg(body.value(QStringLiteral("size")).toInteger());
    if (body.contains(QStringLiteral("filename")))
        line += QStringLiteral(" \"%1\"").arg(body.value(QStringLiteral("filename")).toString());
    lines->append(line);
    const QJsonArray parts = body.value(QStringLiteral("parts")).toArray();
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString child = path.isEmpty() ? QString::number(i + 1) : path + u'.' + QString::number(i + 1);
        bodyLines(parts.at(i).toObject(), child, lines);
    }
}

QStringList fetchLines(const QJsonObject &fetch)
{
    QStringList lines{QStringLiteral("* %1 FETCH").arg(fetch.value(QStringLiteral("seq")).toInteger())};
    const QJsonObject items = fetch.value(QStringLiteral("items")).toObject();
    // The usual order of a FETCH answer, not QJsonObject's alphabetical one.
    QStringList names = {QStringLiteral("UID"),         QStringLiteral("FLAGS"),    QStringLiteral("INTERNALDATE"),
                         QStringLiteral("RFC822.SIZE"), QStringLiteral("ENVELOPE"), QStringLiteral("BODYSTRUCTURE")};
    names.removeIf([&](const QString &name) { return !items.contains(name); });
    for (const QString &name : items.keys()) {
        if (!names.contains(name))
            names.append(name);
    }
    for (const QString &name : std::as_const(names)) {
        const QJsonValue value = items.value(name);
        if (name == QStringLiteral("FLAGS")) {
            lines.append(QStringLiteral("  FLAGS (%1)").arg(joined(value.toArray())));
        } else if (name == QStringLiteral("ENVELOPE")) {
            const QJsonObject envelope = value.toObject();
            lines.append(QStringLiteral("  ENVELOPE"));
            lines.append(QStringLiteral("    Date: %1").arg(plain(envelope.value(QStringLiteral("date")))));
            lines.append(QStringLiteral("    Subject: %1").arg(plain(envelope.value(QStringLiteral("subject")))));
            lines.append(
                QStringLiteral("    From: %1").arg(addresses(envelope.value(QStringLiteral("from")).toArray())));
            lines.append(QStringLiteral("    To: %1").arg(addresses(envelope.value(QStringLiteral("to")).toArray())));
            const QString cc = addresses(envelope.value(QStringLiteral("cc")).toArray());
            if (!cc.isEmpty())
                lines.append(QStringLiteral("    Cc: %1").arg(cc));
            lines.append(QStringLiteral("    Message-ID: %1").arg(plain(envelope.value(QStringLiteral("message-id")))));
        } else if (name == QStringLiteral("BODYSTRUCTURE") || name == QStringLiteral("BODY")) {
            lines.append(QStringLiteral("  %1").arg(name));
            bodyLines(value.toObject(), QString(), &lines);
        } else if (name.contains(u'[') || name.startsWith(QStringLiteral("RFC822"))) {
            // Message text: shown as it is, after a header line.
            if (value.isString()) {
                const QString text = value.toString();
                lines.append(QStringLiteral("  %1 (%2 bytes)").arg(name).arg(text.toUtf8().size()));
                QString body = text;
                if (body.endsWith(u'\n'))
                    body.chop(1);
                lines.append(body);
            } else {
                lines.append(QStringLiteral("  %1 %2").arg(name, plain(value)));
            }
        } else {
            lines.append(QStringLiteral("  %1 %2").arg(name, plain(value)));
        }
    }
    return lines;
}

} // namespace

QString TextOutput::terminalSafe(const QString &text)
{
    QString safe;
    safe.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const char16_t u = c.unicode();
        if (u == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
            continue;
        if ((u < 0x20 && u != u'\t' && u != u'\n') || (u >= 0x7f && u < 0xa0))
            safe += QChar(QChar::ReplacementCharacter);
        else
            safe += c;
    }
    return safe;
}

QStringList TextOutput::render(const Imap::Response &response)
{
    const QJsonObject object = responseToJson(response);
    const QString type = object.value(QStringLiteral("type")).toString();
    if (response.is<Imap::StatusResponse>()) {
        const QString code = object.value(QStringLiteral("code")).toString();
        return {QStringLiteral("* %1%2 %3")
                    .arg(type, code.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(code),
                         object.value(QStringLiteral("text")).toString())};
    }
    if (response.is<Imap::FetchData>())
        return fetchLines(object);
    if (response.is<Imap::CapabilityData>() || response.is<Imap::EnabledData>())
        return {QStringLiteral("* %1 %2").arg(type, joined(object.value(QStringLiteral("capabilities")).toArray()))};
    if (response.is<Imap::ListData>()) {
        return {QStringLiteral("* %1 (%2) %3 %4")
                    .arg(type, joined(object.value(QStringLiteral("attributes")).toArray()),
                         object.value(QStringLiteral("delimiter")).isNull()
                             ? QStringLiteral("NIL")
                             : u'"' + object.value(QStringLiteral("delimiter")).toString() + u'"',
                         plain(object.value(QStringLiteral("mailbox"))))};
    }
    if (response.is<Imap::StatusData>()) {
        QStringList items;
        const QJsonObject values = object.value(QStringLiteral("items")).toObject();
        for (auto it = values.begin(); it != values.end(); ++it)
            items.append(
                it.key() + u' '
                + plain(it.value().isString() ? it.value() : QJsonValue(QString::number(it.value().toInteger()))));
        return {
            QStringLiteral("* STATUS %1 (%2)").arg(plain(object.value(QStringLiteral("mailbox"))), items.join(u' '))};
    }
    if (response.is<Imap::SearchData>() || response.is<Imap::SortData>()) {
        QStringList numbers;
        for (const QJsonValue &number : object.value(QStringLiteral("numbers")).toArray())
            numbers.append(QString::number(number.toInteger()));
        return {QString(QStringLiteral("* ") + type + u' ' + numbers.join(u' ')).trimmed()};
    }
    if (response.is<Imap::ExistsData>() || response.is<Imap::RecentData>())
        return {QStringLiteral("* %1 %2").arg(object.value(QStringLiteral("count")).toInteger()).arg(type)};
    if (response.is<Imap::ExpungeData>())
        return {QStringLiteral("* %1 EXPUNGE").arg(object.value(QStringLiteral("seq")).toInteger())};
    if (response.is<Imap::FlagsData>())
        return {QStringLiteral("* FLAGS (%1)").arg(joined(object.value(QStringLiteral("flags")).toArray()))};
    // Everything else: its name, then its parsed fields as compact JSON.
    QJsonObject rest = object;
    rest.remove(QStringLiteral("type"));
    return {QStringLiteral("* %1 %2").arg(type, QString::fromUtf8(JsonOutput::serialize(rest)))};
}

void TextOutput::verbFinished(const VerbOutcome &outcome)
{
    QString text;
    for (const Imap::Response &response : outcome.responses)
        text += render(response).join(u'\n') + u'\n';
    // An error has no server answer; its reason goes to stderr (Runner).
    if (outcome.status != VerbOutcome::Status::Error) {
        static const char *names[] = {"OK", "NO", "BAD", "ERROR"};
        text += QStringLiteral("%1: %2%3 %4\n")
                    .arg(outcome.verb, QLatin1String(names[int(outcome.status)]),
                         outcome.code.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(outcome.code), outcome.text);
    }
    if (outcome.originalsAwaitExpunge)
        text += tr("%1: the originals are flagged \\Deleted and stay until the mailbox is "
                   "expunged (the server has neither MOVE nor UIDPLUS)\n")
                    .arg(outcome.verb);
    write(terminalSafe(text).toUtf8());
}

void TextOutput::liveResponse(const QString &, const Imap::Response &response)
{
    write(terminalSafe(render(response).join(u'\n') + u'\n').toUtf8());
}

} // namespace Quail::Cli
