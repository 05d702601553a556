#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace Quail::Mime {

// The raw value of the first field called `name` (case-insensitive) in a
// header block, such as BODY[HEADER.FIELDS (…)] returns, unfolded (RFC 5322
// §2.2.3): continuation lines joined with their leading white space kept as
// one space. A null array when the field is absent.
QByteArray headerField(QByteArrayView block, QByteArrayView name);

} // namespace Quail::Mime
