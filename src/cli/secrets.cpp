#include "cli/secrets.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

namespace Quail::Cli {

namespace {

// This file's strings: their context in the catalogue, which lupdate reads
// from here (a free tr() function would hide it).
struct SecretsText {
    Q_DECLARE_TR_FUNCTIONS(Quail::Cli::Secrets)
};

std::optional<QString> fromBytes(QByteArray bytes, const QString &source, QString *error)
{
    if (bytes.endsWith('\n'))
        bytes.chop(1);
    if (bytes.endsWith('\r'))
        bytes.chop(1);
    if (bytes.isEmpty()) {
        *error = SecretsText::tr("the password from %1 is empty").arg(source);
        return std::nullopt;
    }
    if (bytes.contains('\n') || bytes.contains('\r') || bytes.contains('\0')) {
        *error = SecretsText::tr("the password from %1 spans several lines").arg(source);
        return std::nullopt;
    }
    return QString::fromUtf8(bytes);
}

} // namespace

std::optional<QString> readSecretFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = SecretsText::tr("cannot read the password file %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return fromBytes(file.readAll(), path, error);
}

std::optional<QString> readSecretStdin(QString *error)
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        *error = SecretsText::tr("cannot read the password from stdin");
        return std::nullopt;
    }
    return fromBytes(in.readAll(), SecretsText::tr("stdin"), error);
}

} // namespace Quail::Cli
