#pragma once

#include "cli/output.h"

#include <QCoreApplication>
#include <QStringList>

namespace Quail::Cli {

// Readable text: each untagged response as an IMAP-like line ("* 3 EXISTS",
// "* LIST (\HasNoChildren) "/" Überweisungen"), decoded; FETCH items on
// indented lines, message text included; then "VERB: OK [CODE] text".
// Everything from the server goes through terminalSafe(), so that mail
// cannot drive the terminal with escape sequences.
class TextOutput : public Output
{
    Q_DECLARE_TR_FUNCTIONS(Quail::Cli::TextOutput)

public:
    void verbFinished(const VerbOutcome &outcome) override;
    void liveResponse(const QString &verb, const Imap::Response &response) override;

    static QStringList render(const Imap::Response &response);
    // Control characters other than tab and line feed become U+FFFD; CR
    // before LF is dropped.
    static QString terminalSafe(const QString &text);
};

} // namespace Quail::Cli
