#pragma once

// Internal to the protocol library: the parser's cursor and the grammar
// functions, split over responseparser.cpp, responsecodeparser.cpp,
// fetchparser.cpp, bodystructureparser.cpp, listparser.cpp and
// searchparser.cpp.

#include "imap/protocol/atomtable.h"
#include "imap/protocol/parseerror.h"
#include "imap/protocol/parselimits.h"
#include "imap/protocol/response.h"
#include "imap/protocol/responseframer.h"

#include <QByteArrayView>
#include <QtAlgorithms>

#include <array>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace Quail::Imap::Detail {

// Character classes of RFC 9051 §9, as bits in a 256-entry table.
enum CharClass : quint8 {
    AtomChar = 0x01, // ATOM-CHAR
    AStringChar = 0x02, // ATOM-CHAR / "]"
    TagChar = 0x04, // ASTRING-CHAR except "+"
    QuotedChar = 0x08, // a byte allowed unescaped in a quoted string (8-bit too)
    MailboxChar = 0x10, // ASTRING-CHAR plus what servers put in unquoted names
    NameChar = 0x20, // FETCH item names: letters, digits, ".", "-"
    DigitChar = 0x40,
    LabelChar = 0x80, // X-GM-LABELS atoms: anything but SP, parentheses, quotes, CTL
};

extern const std::array<quint8, 256> CharClasses;

inline bool hasClass(char c, CharClass cls)
{
    return CharClasses[quint8(c)] & cls;
}

// The end of the run of bytes allowed unescaped in a quoted string: the
// first '"', '\\', CR, LF or NUL. Envelope strings are most of a FETCH
// answer's bytes, so with SSE2 (every x86-64) sixteen bytes are checked at
// a time, as memchr() does for one byte.
inline const char *scanQuoted(const char *p, const char *end)
{
#if defined(__SSE2__)
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i backslash = _mm_set1_epi8('\\');
    const __m128i cr = _mm_set1_epi8('\r');
    const __m128i lf = _mm_set1_epi8('\n');
    const __m128i nul = _mm_setzero_si128();
    while (end - p >= 16) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        const __m128i stops =
            _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(bytes, quote), _mm_cmpeq_epi8(bytes, backslash)),
                         _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(bytes, cr), _mm_cmpeq_epi8(bytes, lf)),
                                      _mm_cmpeq_epi8(bytes, nul)));
        if (const int mask = _mm_movemask_epi8(stops))
            return p + qCountTrailingZeroBits(quint32(mask));
        p += 16;
    }
#endif
    while (p < end && hasClass(*p, QuotedChar))
        ++p;
    return p;
}

class Parser
{
public:
    Parser(const RawResponse &raw, const ParseLimits &limits);

    // The whole response.
    void parseResponse(Response &response);
    bool failed() const { return m_failed; }
    const ParseError &error() const { return m_error; }

    // --- cursor ---------------------------------------------------------
    char peek() const { return m_pos < m_size ? m_data[m_pos] : '\r'; }
    bool consume(char c)
    {
        if (peek() != c)
            return false;
        ++m_pos;
        return true;
    }
    bool expect(char c, const char *what);
    void skipSpaces()
    {
        while (m_pos < m_size && m_data[m_pos] == ' ')
            ++m_pos;
    }
    // At the final CRLF (spaces before it are tolerated).
    bool atEnd();
    bool expectEnd();
    // Records the first error and stops the cursor; returns false.
    bool fail(const char *message, ParseError::Kind kind = ParseError::Kind::Syntax);
    bool enter();
    void leave() { --m_depth; }

    // --- tokens ---------------------------------------------------------
    QByteArrayView token(CharClass cls, const char *what);
    bool keyword(QByteArrayView upper); // the next atom, if it is this one
    quint32 number();
    quint64 number64();
    // A number that may be negative or too large for RFC 9051 but is only
    // informative (sizes, line counts): clamped, never an error.
    quint64 lenientNumber();
    bool isNil()
    {
        // NIL, in any case, not followed by another atom character. The
        // response ends with CRLF, so m_pos + 3 < m_size covers the look-ahead.
        return m_pos + 3 < m_size && (m_data[m_pos] | 0x20) == 'n' && (m_data[m_pos + 1] | 0x20) == 'i'
            && (m_data[m_pos + 2] | 0x20) == 'l' && !hasClass(m_data[m_pos + 3], AtomChar) && (m_pos += 3, true);
    }
    QByteArray string(); // quoted or literal
    QByteArray nstring(); // NIL, quoted or literal
    // An nstring as a view of the response where possible; escaped quoted
    // strings are unescaped into `scratch`. A null view is NIL.
    QByteArrayView nstringView(QByteArray &scratch)
    {
        // Fast paths: a quoted string without escapes, and NIL.
        if (peek() == '"' && !m_lenientQuotes) {
            const qsizetype start = m_pos + 1;
            const qsizetype end = scanQuoted(m_data + start, m_data + m_size) - m_data;
            if (end < m_size && m_data[end] == '"') {
                m_pos = end + 1;
                return QByteArrayView(m_data + start, end - start);
            }
        } else if (isNil()) {
            return {};
        }
        return nstringViewSlow(scratch);
    }
    QByteArrayView nstringViewSlow(QByteArray &scratch);
    // A quoted string whose inner quotes may be unescaped (see parseEnvelope).
    QByteArrayView lenientQuoted(QByteArray &scratch);
    QByteArray astring(); // atom, quoted or literal
    QByteArray stringOrAtom(CharClass cls); // astring with a custom atom class
    MailboxName mailbox();
    // A literal's data; `streamed` tells whether it went to a LiteralSink.
    QByteArray literal(bool &streamed, quint64 &size);
    QByteArray quoted();
    // Skips one value of any shape (atom, string, literal, parenthesised
    // list, "[...]" suffixes) without recursion; returns its raw bytes.
    QByteArrayView skipValue();
    void skipQuoted();
    void skipLiteral();
    // The rest of the current line, checked for NUL and bare CR.
    QByteArrayView restOfLine();
    // Everything up to the final CRLF, literals included.
    QByteArrayView restOfResponse();
    // "(" atom *(SP atom) ")" or NIL; the atoms upper-cased when asked.
    QList<QByteArray> atomList(bool upper);
    Flags flagList();

    // --- grammar (one file per area) -------------------------------------
    void parseStatus(StatusResponse &status); // responsecodeparser.cpp
    void parseResponseText(StatusResponse &status);
    void parseResponseCode(ResponseCode &code);
    bool parseCodeArguments(ResponseCode &code);
    CapabilityData parseCapabilities();

    void parseFetch(FetchData &fetch); // fetchparser.cpp
    bool parseFetchItem(FetchData &fetch);
    bool parseSection(Section &section);

    Envelope parseEnvelope(); // bodystructureparser.cpp
    Envelope parseEnvelopeFields();
    void parseAddressList(EnvelopeBuilder &builder);
    void parseBody(BodyStructure &body, bool extended);
    void parseBodyFields(BodyStructure &body);
    void parseBodyExtensions(BodyStructure &body);
    QList<BodyParameter> parseParameters();
    QByteArray mimeToken();

    ListData parseList(ListData::Command command); // listparser.cpp
    StatusData parseStatusData();
    NamespaceData parseNamespace();
    QList<NamespaceDescriptor> parseNamespaceList();
    QuotaData parseQuota();
    QuotaRootData parseQuotaRoot();
    AclData parseAcl();
    ListRightsData parseListRights();
    MyRightsData parseMyRights();
    MetadataData parseMetadata();
    IdData parseId();

    SearchData parseSearch(); // searchparser.cpp
    SortData parseSort();
    ESearchData parseESearch();
    ThreadData parseThread();
    VanishedData parseVanished();
    std::optional<SequenceSet> sequenceSet();

private:
    const char *m_data;
    qsizetype m_size;
    qsizetype m_pos = 0;
    const RawResponse &m_raw;
    const ParseLimits &m_limits;
    int m_depth = 0;
    bool m_lenientQuotes = false;
    bool m_failed = false;
    ParseError m_error;
};

// Case-insensitive comparison with an upper-case ASCII constant.
inline bool equalsUpper(QByteArrayView bytes, QByteArrayView upper)
{
    if (bytes.size() != upper.size())
        return false;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        char c = bytes[i];
        if (c >= 'a' && c <= 'z')
            c = char(c - 32);
        if (c != upper[i])
            return false;
    }
    return true;
}

} // namespace Quail::Imap::Detail
