#include "imap/protocol/envelope.h"

#include <cstring>

namespace Quail::Imap {

Envelope::AddressList Envelope::addresses(AddressField field) const
{
    const int list = int(field);
    const qsizetype first = list == 0 ? 0 : m_listEnds[size_t(list - 1)];
    return AddressList(this, first, m_listEnds[size_t(list)] - first);
}

Address Envelope::address(qsizetype index) const
{
    const Span *spans = m_addressSpans.constData() + index * 4;
    return {view(spans[0]), view(spans[1]), view(spans[2]), view(spans[3])};
}

Envelope::Span Envelope::append(QByteArrayView bytes)
{
    if (bytes.isNull())
        return {};
    // m_storage is sized ahead and m_used tracks the bytes in use, which
    // saves a resize() per string; build() trims the rest.
    const qsizetype offset = m_used;
    if (m_storage.size() < offset + bytes.size())
        m_storage.resize(std::max(2 * m_storage.size(), offset + bytes.size()));
    std::memcpy(m_storage.data() + offset, bytes.data(), size_t(bytes.size()));
    m_used += bytes.size();
    return {qint32(offset), qint32(bytes.size())};
}

EnvelopeBuilder::EnvelopeBuilder(qsizetype expectedBytes)
{
    m_envelope.m_storage.resize(expectedBytes);
    // Six addresses (From, Sender, Reply-To and a few recipients) are common.
    m_envelope.m_addressSpans.reserve(6 * 4);
}

void EnvelopeBuilder::setString(int index, QByteArrayView bytes)
{
    m_envelope.m_strings[size_t(index)] = m_envelope.append(bytes);
}

void EnvelopeBuilder::beginList(Envelope::AddressField field)
{
    // Lists come in order; a skipped list is empty.
    const int list = int(field);
    const qint32 count = qint32(m_envelope.m_addressSpans.size() / 4);
    for (int i = m_currentList + 1; i <= list; ++i)
        m_envelope.m_listEnds[size_t(i)] = count;
    m_currentList = list;
}

void EnvelopeBuilder::addAddress(QByteArrayView name, QByteArrayView adl, QByteArrayView mailbox, QByteArrayView host)
{
    Envelope &e = m_envelope;
    // The four spans written in place: one size check instead of four appends.
    const qsizetype at = e.m_addressSpans.size();
    e.m_addressSpans.resize(at + 4);
    Envelope::Span *spans = e.m_addressSpans.data() + at;
    spans[0] = e.append(name);
    spans[1] = e.append(adl);
    spans[2] = e.append(mailbox);
    spans[3] = e.append(host);
    const qint32 count = qint32((at + 4) / 4);
    for (size_t i = size_t(std::max(m_currentList, 0)); i < e.m_listEnds.size(); ++i)
        e.m_listEnds[i] = count;
}

Envelope EnvelopeBuilder::build()
{
    beginList(Envelope::AddressField::Bcc);
    m_envelope.m_storage.truncate(m_envelope.m_used);
    return std::move(m_envelope);
}

bool operator==(const Envelope &a, const Envelope &b)
{
    auto same = [](QByteArrayView x, QByteArrayView y) { return x.isNull() == y.isNull() && x == y; };
    if (!same(a.date(), b.date()) || !same(a.subject(), b.subject()) || !same(a.inReplyTo(), b.inReplyTo())
        || !same(a.messageId(), b.messageId()))
        return false;
    for (int list = 0; list < 6; ++list) {
        const auto x = a.addresses(Envelope::AddressField(list));
        const auto y = b.addresses(Envelope::AddressField(list));
        if (x.size() != y.size())
            return false;
        for (qsizetype i = 0; i < x.size(); ++i) {
            if (!(x[i] == y[i]))
                return false;
        }
    }
    return true;
}

} // namespace Quail::Imap
