#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <utility>

namespace Quail::Mime {

// Content-Type and Content-Disposition parameters as a server's BODYSTRUCTURE
// gives them: raw names and values, in order.
using Parameters = QList<std::pair<QByteArray, QByteArray>>;

// The value of parameter `name` as people read it. Understands RFC 2231:
// a charset-tagged value (filename*=UTF-8''%E2%82%AC.pdf), continuations
// (filename*0*=…; filename*1*=…) and their mixtures, and, because many
// mailers send it, RFC 2047 encoded words in a plain value. Returns a null
// QString when the parameter is absent.
QString parameterValue(const Parameters &parameters, QByteArrayView name);

} // namespace Quail::Mime
