#pragma once

#include "charset.h"

#include <QByteArray>
#include <QList>

namespace MailGen::Mime {

// Base64 in 76-column lines, each ending in LF (RFC 2045 §6.8).
QByteArray base64Lines(const QByteArray &data);

// Quoted-printable (RFC 2045 §6.7): LFs in the input stay hard line breaks,
// longer lines get soft breaks so that none exceeds 76 columns.
QByteArray quotedPrintable(const QByteArray &data);

enum class WordEncoding { B, Q };

// Where an encoded word goes (RFC 2047 §5): unstructured text such as
// Subject, or a phrase such as a display name, which allows fewer characters.
enum class WordContext { Text, Phrase };

// The text as RFC 2047 encoded words of at most 66 characters each, cut only
// between characters. Whitespace between them vanishes when decoding, so the
// text's own spaces are encoded inside the words.
QList<QByteArray> encodedWords(const EncodedText &text, WordEncoding encoding, WordContext context);

// RFC 2231 percent-encoding of the UTF-8 value (without the charset prefix).
QByteArray percentEncode2231(const QString &value);

// True if the ASCII phrase must be a quoted string, e.g. "Smith, John".
bool phraseNeedsQuoting(const QByteArray &phrase);

// The value as an RFC 5322 quoted-string.
QByteArray quotedString(const QByteArray &value);

} // namespace MailGen::Mime
