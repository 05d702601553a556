#pragma once

#include "corpus.h"
#include "messagebuilder.h"
#include "prng.h"

#include <QString>
#include <QStringList>

namespace MailGen {

// The human-readable content of a message, rendered as text/plain or
// text/html. Kept as text until the end so the charset can be chosen last.
struct BodyText {
    Corpus::Language language = Corpus::Language::English;
    QString greeting;
    QList<QStringList> paragraphs; // sentences per paragraph
    QString closing;
    QString senderName;
    QStringList signature; // lines below the "-- " separator
    QString attribution; // "On ..., X wrote:"
    QStringList quoted; // the quoted message's paragraphs
    QStringList footer; // e.g. a mailing list footer, after the signature
    QString remoteImageUrl; // HTML only: an image a client should not load unasked

    // The first paragraph as one string, for quoting in a reply.
    QString firstParagraph() const;
};

QString renderPlain(const BodyText &body);
// extraHtml goes before </body>, e.g. an <img src="cid:..."> for multipart/related.
QString renderHtml(const BodyText &body, const QString &extraHtml = {});

// A text part for the text, in a charset and transfer encoding a mailer for
// that language might have picked: US-ASCII for ASCII text, a legacy charset
// when it fits and the dice say so, UTF-8 otherwise.
MimePart textPart(const QByteArray &subtype, const QString &text, Corpus::Language language, Prng &prng);

QString htmlEscape(const QString &text);

} // namespace MailGen
