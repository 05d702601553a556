#include "models/messagepart.h"

#include "mime/encodedwords.h"
#include "mime/parameters.h"

namespace Quail::Models {

namespace {

QByteArray childSection(const QByteArray &parent, int number)
{
    return parent.isEmpty() ? QByteArray::number(number) : parent + '.' + QByteArray::number(number);
}

bool decideAttachment(const MessagePart &part)
{
    const Imap::BodyStructure &s = *part.structure;
    if (s.isMultipart())
        return false;
    if (QByteArrayView(s.dispositionType) == QByteArrayView("ATTACHMENT"))
        return true;
    if (part.inRelated && !part.contentId.isEmpty())
        return false; // an inline image of the HTML next to it
    if (s.isMessage())
        return false; // shown in place
    const bool text = QByteArrayView(s.type) == QByteArrayView("TEXT")
        && (QByteArrayView(s.subtype) == QByteArrayView("PLAIN")
            || QByteArrayView(s.subtype) == QByteArrayView("HTML"));
    if (text)
        return !part.fileName.isEmpty() && QByteArrayView(s.dispositionType) != QByteArrayView("INLINE");
    return true; // anything else cannot be shown as text
}

void add(QList<MessagePart> &parts, const Imap::BodyStructure &s, int parent, int row, const QByteArray &section,
         bool inRelated)
{
    MessagePart part;
    part.structure = &s;
    part.parent = parent;
    part.row = row;
    part.section = section;
    part.mimeType = (s.type + '/' + s.subtype).toLower();
    part.inRelated = inRelated;
    QString name = Mime::parameterValue(s.dispositionParameters, "FILENAME");
    if (name.isEmpty())
        name = Mime::parameterValue(s.parameters, "NAME");
    part.fileName = name;
    part.contentId = s.id.trimmed();
    if (part.contentId.startsWith('<') && part.contentId.endsWith('>'))
        part.contentId = part.contentId.mid(1, part.contentId.size() - 2);
    part.attachment = decideAttachment(part);
    const int index = int(parts.size());
    parts.append(part);
    if (parent >= 0)
        parts[parent].children.append(index);

    if (s.isMultipart()) {
        const bool related = QByteArrayView(s.subtype) == QByteArrayView("RELATED");
        for (int i = 0; i < s.parts.size(); ++i)
            add(parts, s.parts.at(i), index, i, childSection(section, i + 1), related);
    } else if (s.isMessage() && !s.parts.isEmpty()) {
        // §6.4.5: inside a message/rfc822, a multipart body's parts are
        // numbered below the message's section; a single part is ".1".
        const Imap::BodyStructure &body = s.parts.first();
        add(parts, body, index, 0, body.isMultipart() ? section : childSection(section, 1), false);
    }
}

} // namespace

QList<MessagePart> flattenParts(const Imap::BodyStructure &structure)
{
    QList<MessagePart> parts;
    add(parts, structure, -1, 0, structure.isMultipart() ? QByteArray() : QByteArrayLiteral("1"), false);
    return parts;
}

} // namespace Quail::Models
