#pragma once

#include "cli/output.h"

namespace Quail::Cli {

// JSON Lines in UTF-8, non-ASCII written as is: one object per verb,
// {"verb", "input", "status": "OK"|"NO"|"BAD"|"ERROR", "code", "text",
// "responses": […]}; during idle one {"verb": "idle", "response": {…}} per
// response as it arrives, then the verb's own object (whose "responses"
// is then empty: they were printed already).
class JsonOutput : public Output
{
public:
    void verbFinished(const VerbOutcome &outcome) override;
    void liveResponse(const QString &verb, const Imap::Response &response) override;

    // One value in compact JSON (exposed for tests and the text output).
    static QByteArray serialize(const class QJsonValue &value);
};

} // namespace Quail::Cli
