#pragma once

#include "prng.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace MailGen::Attachments {

// Small but real files, so that a client's viewer or thumbnailer can open them.

// A valid RGB PNG: a soft two-colour pattern, or noise when noisy is set
// (noise does not compress, which gives large attachments a known size).
QByteArray png(Prng &prng, int width, int height, bool noisy = false);

// A valid one-page PDF showing the title and lines in Helvetica.
QByteArray pdf(const QString &title, const QStringList &lines);

} // namespace MailGen::Attachments
