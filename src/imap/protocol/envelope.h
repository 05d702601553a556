#pragma once

#include "imap/protocol/address.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <array>

namespace Quail::Imap {

// The ENVELOPE of a message (RFC 9051 §7.5.2): the parsed header fields as
// raw wire bytes. Decoding encoded words and dates belongs to the MIME layer.
//
// An envelope keeps all its strings in one buffer and hands out views of it,
// so parsing one costs two allocations instead of one per string: a message
// list of a hundred thousand rows is mostly envelopes. Copies share the
// buffer. Views stay valid while the envelope or any copy of it lives.
class Envelope
{
public:
    enum class AddressField { From, Sender, ReplyTo, To, Cc, Bcc };

    // A range of addresses; a view like the addresses themselves.
    class AddressList
    {
    public:
        qsizetype size() const { return m_count; }
        bool isEmpty() const { return m_count == 0; }
        Address operator[](qsizetype i) const { return m_envelope->address(m_first + i); }
        Address first() const { return (*this)[0]; }

        class const_iterator
        {
        public:
            Address operator*() const { return (*m_list)[m_index]; }
            const_iterator &operator++()
            {
                ++m_index;
                return *this;
            }
            bool operator==(const const_iterator &other) const { return m_index == other.m_index; }
            bool operator!=(const const_iterator &other) const { return m_index != other.m_index; }

        private:
            friend class AddressList;
            const_iterator(const AddressList *list, qsizetype index)
                : m_list(list)
                , m_index(index)
            {
            }
            const AddressList *m_list;
            qsizetype m_index;
        };
        const_iterator begin() const { return {this, 0}; }
        const_iterator end() const { return {this, m_count}; }

    private:
        friend class Envelope;
        AddressList(const Envelope *envelope, qsizetype first, qsizetype count)
            : m_envelope(envelope)
            , m_first(first)
            , m_count(count)
        {
        }
        const Envelope *m_envelope;
        qsizetype m_first;
        qsizetype m_count;
    };

    Envelope() = default;

    QByteArrayView date() const { return string(0); }
    QByteArrayView subject() const { return string(1); }
    QByteArrayView inReplyTo() const { return string(2); }
    QByteArrayView messageId() const { return string(3); }
    AddressList addresses(AddressField field) const;
    AddressList from() const { return addresses(AddressField::From); }
    AddressList sender() const { return addresses(AddressField::Sender); }
    AddressList replyTo() const { return addresses(AddressField::ReplyTo); }
    AddressList to() const { return addresses(AddressField::To); }
    AddressList cc() const { return addresses(AddressField::Cc); }
    AddressList bcc() const { return addresses(AddressField::Bcc); }

    friend bool operator==(const Envelope &a, const Envelope &b);

private:
    friend class EnvelopeBuilder;

    // A string in m_storage; size -1 is NIL.
    struct Span {
        qint32 offset = 0;
        qint32 size = -1;
    };
    static constexpr int StringCount = 4;

    QByteArrayView string(int index) const { return view(m_strings[size_t(index)]); }
    QByteArrayView view(Span span) const
    {
        if (span.size < 0)
            return {};
        return QByteArrayView(m_storage.constData() + span.offset, span.size);
    }
    Address address(qsizetype index) const;
    Span append(QByteArrayView bytes);

    QByteArray m_storage;
    qsizetype m_used = 0;
    std::array<Span, StringCount> m_strings{};
    // Four spans per address: name, adl, mailbox, host.
    QList<Span> m_addressSpans;
    // Where each of the six lists ends, counted in addresses.
    std::array<qint32, 6> m_listEnds{};
};

// Builds an envelope field by field, in wire order: date, subject, the
// six address lists, in-reply-to, message-id. A null view is NIL.
class EnvelopeBuilder
{
public:
    explicit EnvelopeBuilder(qsizetype expectedBytes = 0);
    void setDate(QByteArrayView date) { setString(0, date); }
    void setSubject(QByteArrayView subject) { setString(1, subject); }
    void setInReplyTo(QByteArrayView inReplyTo) { setString(2, inReplyTo); }
    void setMessageId(QByteArrayView messageId) { setString(3, messageId); }
    // Addresses go to the list named by the latest beginList().
    void beginList(Envelope::AddressField field);
    void addAddress(QByteArrayView name, QByteArrayView adl, QByteArrayView mailbox, QByteArrayView host);
    Envelope build();

private:
    void setString(int index, QByteArrayView bytes);
    Envelope m_envelope;
    int m_currentList = -1;
};

} // namespace Quail::Imap
