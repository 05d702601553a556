#pragma once

#include "imap/protocol/response.h"

#include <QList>
#include <QString>

#include <memory>

namespace Quail::Cli {

// How one verb ended, whatever the format.
struct VerbOutcome {
    enum class Status { Ok, No, Bad, Error };

    QString verb; // "fetch", "uid store"…
    QString input; // the -e as typed
    Status status = Status::Error;
    QString code; // the tagged response's code in IMAP syntax; null if none
    QString text; // server text for OK/NO/BAD, the reason for Error
    QList<Imap::Response> responses; // untagged responses the verb produced
    // A move without MOVE or UIDPLUS: the messages were copied and flagged
    // \Deleted, and stay in the source until it is expunged.
    bool originalsAwaitExpunge = false;
};

// Where results go: stdout, flushed after every verb (and every IDLE
// response) so that a pipe sees them as they happen.
class Output
{
public:
    virtual ~Output() = default;
    static std::unique_ptr<Output> create(bool json);

    virtual void verbFinished(const VerbOutcome &outcome) = 0;
    // A response printed as it arrives (idle), before its verb finishes.
    virtual void liveResponse(const QString &verb, const Imap::Response &response) = 0;

protected:
    static void write(const QByteArray &bytes);
};

} // namespace Quail::Cli
