#include "cli/jsonoutput.h"

#include "cli/responsejson.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>

namespace Quail::Cli {

namespace {

QString statusName(VerbOutcome::Status status)
{
    switch (status) {
    case VerbOutcome::Status::Ok:
        return QStringLiteral("OK");
    case VerbOutcome::Status::No:
        return QStringLiteral("NO");
    case VerbOutcome::Status::Bad:
        return QStringLiteral("BAD");
    case VerbOutcome::Status::Error:
        break;
    }
    return QStringLiteral("ERROR");
}

} // namespace

void Output::write(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

std::unique_ptr<Output> createTextOutput();

std::unique_ptr<Output> Output::create(bool json)
{
    if (json)
        return std::make_unique<JsonOutput>();
    return createTextOutput();
}

QByteArray JsonOutput::serialize(const QJsonValue &value)
{
    // QJsonDocument holds only objects and arrays: wrap and unwrap. Its
    // writer emits UTF-8 as is and escapes only quotes, backslashes and
    // control characters, which is what JSON Lines needs.
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

void JsonOutput::verbFinished(const VerbOutcome &outcome)
{
    QJsonArray responses;
    for (const Imap::Response &response : outcome.responses)
        responses.append(responseToJson(response));
    // Written field by field so that "verb" comes first, as people read it;
    // QJsonObject would sort the keys.
    QByteArray line = "{\"verb\":" + serialize(outcome.verb);
    line += ",\"input\":" + serialize(outcome.input);
    line += ",\"status\":" + serialize(statusName(outcome.status));
    line += ",\"code\":" + serialize(outcome.code.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(outcome.code));
    line += ",\"text\":" + serialize(outcome.text);
    line += ",\"responses\":" + serialize(responses);
    if (outcome.originalsAwaitExpunge)
        line += ",\"originalsAwaitExpunge\":true";
    line += "}\n";
    write(line);
}

void JsonOutput::liveResponse(const QString &verb, const Imap::Response &response)
{
    write("{\"verb\":" + serialize(verb) + ",\"response\":" + serialize(responseToJson(response)) + "}\n");
}

} // namespace Quail::Cli
