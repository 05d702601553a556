#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace MailGen {

// The charsets the sample mail uses, in headers (RFC 2047) and bodies.
enum class Charset { UsAscii, Utf8, Latin1, Latin9, Windows1252, Koi8R, Iso2022Jp, ShiftJis };

// The MIME name, as written in charset= parameters and encoded words.
QByteArray charsetName(Charset charset);

// A piece of text with its bytes in one charset: the message needs the bytes,
// the manifest the text as a person reads it.
struct EncodedText {
    QString text;
    Charset charset = Charset::Utf8;
    QByteArray bytes;
};

// The text's bytes in the charset, or nothing if the charset cannot hold it.
// The Japanese charsets know only ASCII lines and the lines in a phrase table,
// since a full JIS table would dwarf the rest of the tool.
std::optional<EncodedText> encodeText(const QString &text, Charset charset);

// Encodes text that is known to fit the charset (corpus data); aborts otherwise.
EncodedText encodedOrDie(const QString &text, Charset charset);

bool isAscii(QStringView text);
bool isLatin1(QStringView text);

// True if the bytes may be cut before position pos without splitting a
// character. ISO-2022-JP is stateful, so it may never be cut inside.
bool isCharacterBoundary(const EncodedText &text, qsizetype pos);

} // namespace MailGen
