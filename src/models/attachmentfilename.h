#pragma once

#include <QString>

namespace Quail::Models {

// A name under which an attachment may be saved in the directory the user
// chose, whatever the message says (Webklex GHSA-47p7-xfcc-4pv9: "../" in a
// file name): only the last path component, both '/' and '\' counting as
// separators; no control, bidi or other invisible format characters (an
// U+202E can make "exe.pdf" read "fdp.exe"); characters Windows forbids
// replaced; no leading dots (hidden files) or trailing dots and spaces;
// Windows device names (CON, COM1…) prefixed; at most maxBytes of UTF-8,
// shortened before the extension. An empty result becomes `fallback`.
QString safeAttachmentFileName(const QString &suggested, const QString &fallback = QStringLiteral("attachment"),
                               int maxBytes = 200);

} // namespace Quail::Models
