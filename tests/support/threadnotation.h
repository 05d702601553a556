#pragma once

#include "imap/protocol/response.h"

#include <QByteArray>

namespace Quail::Test {

// A THREAD result in RFC 5256 §4's own notation, one thread per line:
// "(1 (2)(3 4))", 0 for a placeholder; so that expected trees read like the
// RFC's examples and a failure shows both trees legibly.
QByteArray threadNotation(const Imap::ThreadData &threads);

} // namespace Quail::Test
