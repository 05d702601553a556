#pragma once

#include <QString>

#include <optional>

namespace Quail::Cli {

// Reads a password or token from a file ("-" is not special) or from stdin,
// with one trailing newline (LF or CRLF) stripped, as `echo pw | …` adds
// one. Returns nullopt with *error set if it cannot be read or is empty.
std::optional<QString> readSecretFile(const QString &path, QString *error);
std::optional<QString> readSecretStdin(QString *error);

} // namespace Quail::Cli
