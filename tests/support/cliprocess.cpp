#include "cliprocess.h"

#include <QElapsedTimer>
#include <QProcess>

namespace Quail::Test {

QString cliBinary()
{
    return qEnvironmentVariable("QUAIL_IMAP");
}

CliRun runCli(const QStringList &arguments, const QByteArray &input, int timeoutMs, const QStringList &environment)
{
    QProcess process;
    QProcessEnvironment variables = QProcessEnvironment::systemEnvironment();
    for (const QString &entry : environment)
        variables.insert(entry.section(u'=', 0, 0), entry.section(u'=', 1));
    process.setProcessEnvironment(variables);
    QElapsedTimer clock;
    clock.start();
    process.start(cliBinary(), arguments);
    CliRun result;
    if (!process.waitForStarted(timeoutMs)) {
        result.err = "quail-imap did not start";
        return result;
    }
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = "quail-imap hung";
        return result;
    }
    result.elapsed = clock.elapsed();
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

} // namespace Quail::Test
