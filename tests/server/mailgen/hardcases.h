#pragma once

#include "generator.h"

#include <QList>

namespace MailGen {

// Hand-made messages for the viewer's hard cases, each named in the
// manifest by its "case": encoded headers in several charsets, RFC 2231 file
// names, a nested message, cid: images, remote content of every kind, the
// EFAIL shape, hostile attachment names, a spoofed sender, format=flowed,
// broken encodings and a 20 MiB attachment. Fixed content (the big
// attachment's bytes come from the seed), dated before `epoch`.
QList<GeneratedMessage> hardCases(std::uint64_t seed);

} // namespace MailGen
