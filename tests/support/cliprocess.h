#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Quail::Test {

// One finished run of quail-imap (the binary named by $QUAIL_IMAP).
struct CliRun {
    int exitCode = -1; // -1: it crashed or did not finish
    QByteArray out;
    QByteArray err;
    qint64 elapsed = 0; // milliseconds
};

// The quail-imap binary the test was given, or an empty string.
QString cliBinary();

// Runs quail-imap with `arguments`, writing `input` to its stdin (then
// closing it), and waits up to `timeoutMs`; a run that does not finish is
// killed and reported as "quail-imap hung" on err. `environment` holds
// NAME=VALUE entries set on top of the test's own environment.
CliRun runCli(const QStringList &arguments, const QByteArray &input = {}, int timeoutMs = 30000,
              const QStringList &environment = {});

} // namespace Quail::Test
