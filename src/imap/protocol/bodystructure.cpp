#include "imap/protocol/bodystructure.h"

namespace Quail::Imap {

namespace {

QByteArray findParameter(const QList<BodyParameter> &parameters, QByteArrayView name)
{
    for (const auto &[attribute, value] : parameters) {
        if (attribute.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

} // namespace

QByteArray BodyStructure::parameter(QByteArrayView name) const
{
    return findParameter(parameters, name);
}

QByteArray BodyStructure::dispositionParameter(QByteArrayView name) const
{
    return findParameter(dispositionParameters, name);
}

const BodyStructure *BodyStructure::partAt(QByteArrayView section) const
{
    const BodyStructure *node = this;
    qsizetype pos = 0;
    while (pos < section.size()) {
        quint64 index = 0;
        const qsizetype start = pos;
        while (pos < section.size() && section[pos] >= '0' && section[pos] <= '9' && index < 100000)
            index = index * 10 + quint64(section[pos++] - '0');
        if (pos == start || index == 0 || (pos < section.size() && section[pos++] != '.'))
            return nullptr;
        // RFC 9051 §6.4.5: in a message/rfc822 part, the numbers address the
        // encapsulated message's parts; a non-multipart has only part 1.
        if (node->isMessage() && !node->parts.isEmpty())
            node = &node->parts.first();
        if (node->isMultipart()) {
            if (index > quint64(node->parts.size()))
                return nullptr;
            node = &node->parts[qsizetype(index - 1)];
        } else if (index != 1) {
            return nullptr;
        }
    }
    return node;
}

bool operator==(const BodyStructure &a, const BodyStructure &b)
{
    const bool envelopesEqual = a.envelope == b.envelope || (a.envelope && b.envelope && *a.envelope == *b.envelope);
    return envelopesEqual && a.type == b.type && a.subtype == b.subtype && a.parameters == b.parameters && a.id == b.id
        && a.description == b.description && a.encoding == b.encoding && a.size == b.size && a.lines == b.lines
        && a.parts == b.parts && a.hasExtensionData == b.hasExtensionData && a.md5 == b.md5
        && a.dispositionType == b.dispositionType && a.dispositionParameters == b.dispositionParameters
        && a.languages == b.languages && a.location == b.location && a.extensions == b.extensions;
}

} // namespace Quail::Imap
