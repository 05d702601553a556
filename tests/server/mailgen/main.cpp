// quail-mailgen: writes deterministic sample mail into a Maildir++ tree for
// Quail's tests and benchmarks against Dovecot.

#include "folderplan.h"
#include "generator.h"
#include "maildirwriter.h"
#include "manifest.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>
#include <optional>

using namespace MailGen;

namespace {

constexpr int maxMessages = 1000000;

enum ExitCode { Success = 0, RuntimeError = 1, UsageError = 2 };

void printError(const QString &message)
{
    std::fprintf(stderr, "quail-mailgen: error: %s\n", qUtf8Printable(message));
}

struct Options {
    QString maildir;
    std::uint64_t seed = 1;
    int messages = 300;
    std::optional<QString> onlyFolder;
    QString manifest;
    bool verbose = false;
};

int run(const Options &options)
{
    QElapsedTimer timer;
    timer.start();

    const QList<FolderSpec> folders = options.onlyFolder
        ? QList<FolderSpec>{singleFolder(*options.onlyFolder, options.messages)}
        : defaultFolders(options.messages);
    MaildirWriter writer(options.maildir, options.seed);
    const Generator generator(options.seed);
    Manifest manifest;
    const bool wantManifest = !options.manifest.isEmpty();
    QString error;
    qint64 totalMessages = 0;
    qint64 totalBytes = 0;

    if (!writer.createRoot(&error)) {
        printError(error);
        return RuntimeError;
    }
    for (const FolderSpec &folder : folders) {
        if (!writer.openFolder(folder.name, &error)) {
            printError(error);
            return RuntimeError;
        }
        if (wantManifest)
            manifest.beginFolder(folder, MaildirWriter::directoryName(folder.name));
        int counter = 0;
        const bool ok = generator.generateFolder(folder, [&](GeneratedMessage &message) {
            QString fileName;
            qint64 size = 0;
            if (!writer.writeMessage(message, counter++, &fileName, &size, &error))
                return false;
            if (wantManifest)
                manifest.addMessage(message, fileName, size);
            ++totalMessages;
            totalBytes += size;
            return true;
        });
        if (!ok || !writer.closeFolder(&error)) {
            printError(error);
            return RuntimeError;
        }
        if (wantManifest)
            manifest.endFolder();
    }
    // --only-folder adds one folder to a tree that may already exist (a
    // benchmark folder, a public namespace): leave its subscriptions alone.
    if (!options.onlyFolder) {
        QStringList subscribed;
        for (const FolderSpec &folder : folders) {
            if (folder.subscribed)
                subscribed.append(folder.name);
        }
        if (!writer.writeSubscriptions(subscribed, &error)) {
            printError(error);
            return RuntimeError;
        }
    }
    if (wantManifest && !manifest.write(options.manifest, options.seed, &error)) {
        printError(error);
        return RuntimeError;
    }
    if (options.verbose) {
        std::printf("quail-mailgen: %lld messages (%.1f MB) in %lld folders under %s, seed %llu, in %.2f s\n",
                    static_cast<long long>(totalMessages), double(totalBytes) / 1e6,
                    static_cast<long long>(folders.size()), qUtf8Printable(options.maildir),
                    static_cast<unsigned long long>(options.seed), double(timer.elapsed()) / 1000.0);
    }
    return Success;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("quail-mailgen"));
    QCoreApplication::setApplicationVersion(QStringLiteral("1.0"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Writes deterministic sample mail into a Maildir++ tree as Dovecot 2.3 reads it.\n"
                       "The same options always produce byte-identical files."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption maildirOption(QStringLiteral("maildir"),
                                           QStringLiteral("The Maildir++ root to write into (required); created if "
                                                          "missing. Files of the same name are replaced."),
                                           QStringLiteral("dir"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        QStringLiteral("Seed for all content, dates, flags and file names (default "
                                                       "1)."),
                                        QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption messagesOption(QStringLiteral("messages"),
                                            QStringLiteral("Messages in INBOX (default 300); other folders get a "
                                                           "tenth or a thirtieth of it, at least a few."),
                                            QStringLiteral("n"), QStringLiteral("300"));
    const QCommandLineOption onlyFolderOption(QStringLiteral("only-folder"),
                                              QStringLiteral("Put all messages into this one folder ('/' separates "
                                                             "levels, INBOX is the root) and create nothing else."),
                                              QStringLiteral("name"));
    const QCommandLineOption manifestOption(QStringLiteral("manifest"),
                                            QStringLiteral("Write a JSON summary of folders and messages to file."),
                                            QStringLiteral("file"));
    const QCommandLineOption verboseOption(QStringLiteral("verbose"),
                                           QStringLiteral("Print a one-line summary when done."));
    parser.addOptions({maildirOption, seedOption, messagesOption, onlyFolderOption, manifestOption, verboseOption});

    const auto usageError = [](const QString &message) {
        printError(message);
        std::fprintf(stderr, "Try 'quail-mailgen --help' for more information.\n");
        return UsageError;
    };

    if (!parser.parse(QCoreApplication::arguments()))
        return usageError(parser.errorText());
    if (parser.isSet(helpOption))
        parser.showHelp(Success);
    if (parser.isSet(versionOption))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty())
        return usageError(QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().first()));

    Options options;
    options.maildir = parser.value(maildirOption);
    if (options.maildir.isEmpty())
        return usageError(QStringLiteral("--maildir is required"));

    bool ok = false;
    options.seed = parser.value(seedOption).toULongLong(&ok);
    if (!ok)
        return usageError(
            QStringLiteral("--seed must be a non-negative integer, not '%1'").arg(parser.value(seedOption)));

    options.messages = parser.value(messagesOption).toInt(&ok);
    if (!ok || options.messages < 0 || options.messages > maxMessages) {
        return usageError(QStringLiteral("--messages must be an integer from 0 to %1, not '%2'")
                              .arg(maxMessages)
                              .arg(parser.value(messagesOption)));
    }

    if (parser.isSet(onlyFolderOption)) {
        options.onlyFolder = parser.value(onlyFolderOption);
        const QString problem = folderNameProblem(*options.onlyFolder);
        if (!problem.isEmpty())
            return usageError(QStringLiteral("--only-folder '%1': %2").arg(*options.onlyFolder, problem));
    }
    options.manifest = parser.value(manifestOption);
    options.verbose = parser.isSet(verboseOption);
    return run(options);
}
