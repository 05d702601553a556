#pragma once

#include "charset.h"
#include "corpus.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace MailGen {

// Header fields, folded between words so that lines stay within 78 columns
// (RFC 5322 §2.2.3). Lines end in LF only; Dovecot adds the CRs.
class HeaderBlock
{
public:
    // "Name: w1 w2 ...", breaking the line before a word that would not fit.
    void add(const QByteArray &name, const QList<QByteArray> &words);
    // A short value that needs no folding.
    void addRaw(const QByteArray &name, const QByteArray &value);
    const QByteArray &bytes() const { return m_bytes; }

private:
    QByteArray m_bytes;
};

// Header words for common values.
namespace HeaderWords {
// Plain ASCII text, split at its spaces.
QList<QByteArray> text(const QString &ascii);
// An optional ASCII prefix such as "Re:" followed by the text, which is
// written as encoded words unless it is ASCII.
QList<QByteArray> encodedText(const QString &asciiPrefix, const EncodedText &text, Mime::WordEncoding encoding);
// "Name <address>", quoting or encoding the display name as it needs.
QList<QByteArray> mailbox(const Corpus::Person &person);
QList<QByteArray> addressList(const QList<Corpus::Person> &people);
} // namespace HeaderWords

enum class TransferEncoding { SevenBit, EightBit, QuotedPrintable, Base64 };

// One MIME entity: a leaf with an encoded body, or a multipart with children.
struct MimePart {
    QByteArray headers; // complete lines, each ending in LF
    QByteArray body; // leaves only; ends in LF
    QByteArray boundary;
    QByteArray preamble;
    QList<MimePart> children;
    bool isAttachment = false;

    void serializeTo(QByteArray &out) const;
    // True if this part or any below it is an attachment.
    bool hasAttachment() const;
};

namespace Parts {
MimePart text(const QByteArray &subtype, Charset charset, const QByteArray &bytes, TransferEncoding encoding);
// An attachment, or an inline part with a Content-ID for multipart/related.
// Non-ASCII file names use RFC 2231 (with continuations when long) in
// Content-Disposition and an encoded word in Content-Type's name, as common
// mailers do.
MimePart file(const QByteArray &mimeType, const QString &fileName, const QByteArray &data,
              const QByteArray &contentId = {});
MimePart multipart(const QByteArray &subtype, const QByteArray &boundary, const QList<MimePart> &children,
                   const QByteArray &extraParameter = {});
// A complete message as a message/rfc822 attachment (RFC 2046 §5.2.1).
MimePart message(const QByteArray &message, const QString &fileName);
} // namespace Parts

// The message: its own header fields, then the root part's MIME fields and body.
QByteArray serializeMessage(const HeaderBlock &headers, const MimePart &root);

} // namespace MailGen
