#include "charset.h"

#include <QHash>
#include <QStringList>

#include <cstdio>
#include <cstdlib>

namespace MailGen {

namespace {

struct JapanesePhrase {
    const char16_t *text;
    const char *iso2022jp; // hex, generated and checked with iconv
    const char *shiftJis; // hex, likewise
};

// Every Japanese string of the corpus, in both charsets.
constexpr JapanesePhrase japanesePhrases[] = {
    {u"山田 太郎", "1b24423b3345441b2842201b244242404f3a1b2842", "8e5293632091be9859"},
    {u"佐藤 花子", "1b24423a3446231b2842201b244232563b521b2842", "8db293a12089d48e71"},
    {u"会議の議事録", "1b244232713544244e35443b764f3f1b2842", "89ef8b6382cc8b638e96985e"},
    {u"来週の打ち合わせについて", "1b24424d683d35244e424724413967246f243b244b2444242424461b2842",
     "97888f5482cc91c582bf8d8782ed82b982c982c282a282c4"},
    {u"お見積もりのご依頼", "1b2442242a382b40512462246a244e2434304d4d6a1b2842", "82a88ca990cf82e082e882cc82b288cb978a"},
    {u"新年のご挨拶", "1b24423f37472f244e243430273b221b2842", "9056944e82cc82b288a58e41"},
    {u"請求書送付のお知らせ", "1b2442404135613d7141774955244e242a434e2469243b1b2842",
     "90bf8b818f919197957482cc82a8926d82e782b9"},
    {u"写真を送ります", "1b24423c4c3f3f24724177246a245e24391b2842", "8eca905e82f0919782e882dc82b7"},
    {u"東京オフィス移転のお知らせ", "1b2442456c357e252a255525232539305c453e244e242a434e2469243b1b2842",
     "938c8b9e834983748342835888da935d82cc82a8926d82e782b9"},
    // 表 and ソ end in 0x5c ('\\') in Shift_JIS, a classic trap for parsers.
    {u"表計算ソフトの資料", "1b2442493d37573b3b253d25552548244e3b714e411b2842", "955c8c768e5a835c8374836782cc8e9197bf"},
    {u"いつもお世話になっております。", "1b2442242424442462242a40244f43244b244a24432446242a246a245e243921231b2842",
     "82a282c282e082a890a2986282c982c882c182c482a882e882dc82b78142"},
    {u"来週の打ち合わせの件でご連絡いたしました。",
     "1b24424d683d35244e424724413967246f243b244e376f244724344f224d6d2424243f2437245e2437243f21231b2842",
     "97888f5482cc91c582bf8d8782ed82b982cc8c8f82c582b29841978d82a282bd82b582dc82b582bd8142"},
    {u"資料を添付いたしますので、ご確認ください。",
     "1b24423b714e412472453a49552424243f2437245e2439244e244721222434334e4727242f24402435242421231b2842",
     "8e9197bf82f09359957482a282bd82b582dc82b782cc82c5814182b28a6d944682ad82be82b382a28142"},
    {u"ご不明な点がございましたら、お気軽にお問い合わせください。",
     "1b2442243449544c40244a4540242c243424362424245e2437243f24692122242a3524375a244b242a4c6424243967246f243b242f"
     "24402435242421231b2842",
     "82b2957396be82c8935f82aa82b282b482a282dc82b582bd82e7814182a88b438c7982c982a896e282a28d8782ed82b982ad82be82b3"
     "82a28142"},
    {u"よろしくお願いいたします。", "1b24422468246d2437242f242a346a24242424243f2437245e243921231b2842",
     "82e682eb82b582ad82a88ae882a282a282bd82b582dc82b78142"},
    {u"先日はありがとうございました。", "1b24424068467c244f2422246a242c24482426243424362424245e2437243f21231b2842",
     "90e693fa82cd82a082e882aa82c682a482b282b482a282dc82b582bd8142"},
    {u"日程の調整をお願いできますでしょうか。",
     "1b2442467c4478244e443440302472242a346a24242447242d245e24392447243724672426242b21231b2842",
     "93fa92f682cc92b290ae82f082a88ae882a282c582ab82dc82b782c582b582e582a482a98142"},
    {u"東京は今日も暑いです。", "1b2442456c357e244f3a23467c24623d6b24242447243921231b2842",
     "938c8b9e82cd8da193fa82e08f8b82a282c582b78142"},
    {u"京都の紅葉がとてもきれいでした。",
     "1b2442357e4554244e39484d55242c244824462462242d246c242424472437243f21231b2842",
     "8b9e937382cc8d67977482aa82c682c482e082ab82ea82a282c582b582bd8142"},
};

// KOI8-R 0xc0..0xff: the Cyrillic alphabet in KOI8's transliteration order.
constexpr char16_t koi8rLetters[] = u"юабцдефгхийклмнопярстужвьызшэщчъ"
                                    u"ЮАБЦДЕФГХИЙКЛМНОПЯРСТУЖВЬЫЗШЭЩЧЪ";

// Windows-1252 0x80..0x9f; 0 marks the five unassigned bytes.
constexpr char16_t cp1252High[32] = {0x20ac, 0,      0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021,
                                     0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017d, 0,
                                     0,      0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
                                     0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0,      0x017e, 0x0178};

// The eight places where ISO-8859-15 differs from ISO-8859-1.
struct Latin9Change {
    unsigned char byte;
    char16_t latin9;
};
constexpr Latin9Change latin9Changes[] = {{0xa4, 0x20ac}, {0xa6, 0x0160}, {0xa8, 0x0161}, {0xb4, 0x017d},
                                          {0xb8, 0x017e}, {0xbc, 0x0152}, {0xbd, 0x0153}, {0xbe, 0x0178}};

std::optional<QByteArray> encodeSingleByte(QStringView text, Charset charset)
{
    QByteArray out;
    out.reserve(text.size());
    for (const QChar qc : text) {
        const char16_t c = qc.unicode();
        int byte = -1;
        if (c < 0x80) {
            byte = c;
        } else if (charset == Charset::Latin1) {
            if (c <= 0xff)
                byte = c;
        } else if (charset == Charset::Latin9) {
            for (const auto &change : latin9Changes) {
                if (change.latin9 == c)
                    byte = change.byte;
            }
            bool displaced = false;
            for (const auto &change : latin9Changes)
                displaced = displaced || change.byte == c;
            if (byte < 0 && c >= 0xa0 && c <= 0xff && !displaced)
                byte = c;
        } else if (charset == Charset::Windows1252) {
            if (c >= 0xa0 && c <= 0xff)
                byte = c;
            for (int i = 0; i < 32 && byte < 0; ++i) {
                if (cp1252High[i] == c)
                    byte = 0x80 + i;
            }
        } else if (charset == Charset::Koi8R) {
            if (c == u'ё')
                byte = 0xa3;
            else if (c == u'Ё')
                byte = 0xb3;
            for (int i = 0; i < 64 && byte < 0; ++i) {
                if (koi8rLetters[i] == c)
                    byte = 0xc0 + i;
            }
        }
        if (byte < 0)
            return std::nullopt;
        out.append(char(byte));
    }
    return out;
}

const QHash<QString, const JapanesePhrase *> &japaneseIndex()
{
    static const QHash<QString, const JapanesePhrase *> index = [] {
        QHash<QString, const JapanesePhrase *> h;
        for (const auto &phrase : japanesePhrases)
            h.insert(QString::fromUtf16(phrase.text), &phrase);
        return h;
    }();
    return index;
}

} // namespace

QByteArray charsetName(Charset charset)
{
    switch (charset) {
    case Charset::UsAscii:
        return QByteArrayLiteral("us-ascii");
    case Charset::Utf8:
        return QByteArrayLiteral("UTF-8");
    case Charset::Latin1:
        return QByteArrayLiteral("ISO-8859-1");
    case Charset::Latin9:
        return QByteArrayLiteral("ISO-8859-15");
    case Charset::Windows1252:
        return QByteArrayLiteral("windows-1252");
    case Charset::Koi8R:
        return QByteArrayLiteral("KOI8-R");
    case Charset::Iso2022Jp:
        return QByteArrayLiteral("ISO-2022-JP");
    case Charset::ShiftJis:
        return QByteArrayLiteral("Shift_JIS");
    }
    return QByteArrayLiteral("UTF-8");
}

bool isAscii(QStringView text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

bool isLatin1(QStringView text)
{
    for (const QChar c : text) {
        if (c.unicode() > 0xff)
            return false;
    }
    return true;
}

std::optional<EncodedText> encodeText(const QString &text, Charset charset)
{
    EncodedText result{text, charset, {}};
    switch (charset) {
    case Charset::UsAscii:
        if (!isAscii(text))
            return std::nullopt;
        result.bytes = text.toLatin1();
        return result;
    case Charset::Utf8:
        result.bytes = text.toUtf8();
        return result;
    case Charset::Latin1:
    case Charset::Latin9:
    case Charset::Windows1252:
    case Charset::Koi8R: {
        auto bytes = encodeSingleByte(text, charset);
        if (!bytes)
            return std::nullopt;
        result.bytes = *bytes;
        return result;
    }
    case Charset::Iso2022Jp:
    case Charset::ShiftJis: {
        // Line by line, so that bodies can mix ASCII lines and table phrases.
        const QStringList lines = text.split(u'\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (i > 0)
                result.bytes.append('\n');
            const QString &line = lines.at(i);
            if (isAscii(line)) {
                result.bytes.append(line.toLatin1());
                continue;
            }
            const auto *phrase = japaneseIndex().value(line);
            if (!phrase)
                return std::nullopt;
            result.bytes.append(
                QByteArray::fromHex(charset == Charset::Iso2022Jp ? phrase->iso2022jp : phrase->shiftJis));
        }
        return result;
    }
    }
    return std::nullopt;
}

EncodedText encodedOrDie(const QString &text, Charset charset)
{
    auto encoded = encodeText(text, charset);
    if (!encoded) {
        // A corpus bug, not a user error: fail loudly rather than write wrong bytes.
        std::fprintf(stderr, "quail-mailgen: internal error: '%s' does not fit %s\n", qUtf8Printable(text),
                     charsetName(charset).constData());
        std::abort();
    }
    return *encoded;
}

bool isCharacterBoundary(const EncodedText &text, qsizetype pos)
{
    if (pos <= 0 || pos >= text.bytes.size())
        return true;
    const auto byteAt = [&](qsizetype i) { return static_cast<unsigned char>(text.bytes.at(i)); };
    switch (text.charset) {
    case Charset::Utf8:
        return (byteAt(pos) & 0xc0) != 0x80;
    case Charset::Iso2022Jp:
        return false;
    case Charset::ShiftJis: {
        // Walk from the start: trail bytes overlap the ASCII range.
        qsizetype i = 0;
        while (i < pos) {
            const unsigned char b = byteAt(i);
            const bool lead = (b >= 0x81 && b <= 0x9f) || (b >= 0xe0 && b <= 0xfc);
            i += lead ? 2 : 1;
        }
        return i == pos;
    }
    default:
        return true;
    }
}

} // namespace MailGen
