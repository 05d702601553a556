#pragma once

#include <QString>
#include <QStringView>

namespace Quail::Models {

// One MIME part's HTML, made safe to show and unable to reach outside
// itself. The input is tokenized and a fresh document is written from an
// allow-list of formatting elements and attributes:
// - script, style, iframe, object, embed, form controls, svg, head, title
//   and their content are dropped; meta (refresh), link and base too, and
//   so are event handlers and every attribute not on the list;
// - style attributes that could load anything (url(), @import, expression,
//   escapes that might hide them) are dropped;
// - every element left open is closed at the end, and a tag the input
//   never finished (an unterminated quote, as in EFAIL) is dropped, as
//   HTML5 parsers do at end of input.
// So parts rendered one after another cannot swallow or restyle each other.
// Image sources and link targets are kept: the document's resource resolver
// and the link policy decide about them.
QString sanitizeHtml(QStringView html);

// Plain text as HTML that keeps its line breaks and spacing.
QString plainTextToHtml(QStringView text);

} // namespace Quail::Models
