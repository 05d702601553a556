#include "models/htmlsanitizer.h"

#include <QList>
#include <QSet>

namespace Quail::Models {

namespace {

// Formatting that Qt's rich text understands and that loads nothing by itself.
const QSet<QString> &keptElements()
{
    static const QSet<QString> names = [] {
        QSet<QString> set;
        for (const char *name :
             {"a",   "abbr",  "b",    "big",   "blockquote", "br",     "caption", "center", "cite", "code",  "dd",
              "del", "div",   "dl",   "dt",    "em",         "font",   "h1",      "h2",     "h3",   "h4",    "h5",
              "h6",  "hr",    "i",    "img",   "ins",        "kbd",    "li",      "nobr",   "ol",   "p",     "pre",
              "q",   "s",     "samp", "small", "span",       "strike", "strong",  "sub",    "sup",  "table", "tbody",
              "td",  "tfoot", "th",   "thead", "tr",         "tt",     "u",       "ul",     "var"})
            set.insert(QString::fromLatin1(name));
        return set;
    }();
    return names;
}

// Elements whose content is not shown either.
const QSet<QString> &droppedWithContent()
{
    static const QSet<QString> names = [] {
        QSet<QString> set;
        for (const char *name : {"head", "object", "applet", "embed", "svg", "math", "select", "button", "audio",
                                 "video", "canvas", "template", "frameset", "datalist", "map"})
            set.insert(QString::fromLatin1(name));
        return set;
    }();
    return names;
}

// Elements whose content is raw text up to their end tag, never markup.
bool isRawText(const QString &name)
{
    for (const char *raw :
         {"script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext"}) {
        if (name == QLatin1StringView(raw))
            return true;
    }
    return false;
}

bool isVoid(const QString &name)
{
    for (const char *element : {"area", "base", "br", "col", "embed", "hr", "img", "input", "keygen", "link", "meta",
                                "param", "source", "track", "wbr", "basefont", "frame"}) {
        if (name == QLatin1StringView(element))
            return true;
    }
    return false;
}

bool isAllowedAttribute(const QString &element, const QString &name)
{
    for (const char *attribute :
         {"align", "valign", "dir", "lang", "title", "width", "height", "bgcolor", "color", "border", "colspan",
          "rowspan", "nowrap", "face", "size", "cellpadding", "cellspacing", "start", "type"}) {
        if (name == QLatin1StringView(attribute))
            return true;
    }
    if (element == u"a")
        return name == u"href" || name == u"name";
    if (element == u"img")
        return name == u"src" || name == u"alt";
    return false;
}

// A style attribute is kept only when it cannot load anything.
bool isHarmlessStyle(const QString &style)
{
    const QString lower = style.toLower();
    if (lower.contains(u'\\') || lower.contains(u"/*"))
        return false; // escapes and comments can hide the words below
    for (const char *word : {"url", "@import", "expression", "behavior", "binding", "image", "javascript"}) {
        if (lower.contains(QLatin1StringView(word)))
            return false;
    }
    return true;
}

bool isNameStart(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f';
}

// Character references in an attribute value: numeric ones and the few
// named ones that matter for URLs; anything else stays as written.
QString decodeReferences(QStringView value)
{
    QString out;
    out.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value[i] != u'&') {
            out += value[i];
            continue;
        }
        qsizetype end = i + 1;
        if (end < value.size() && value[end] == u'#') {
            ++end;
            const bool hex = end < value.size() && (value[end] == u'x' || value[end] == u'X');
            if (hex)
                ++end;
            const qsizetype digits = end;
            while (end < value.size() && end - digits < 8
                   && (hex ? QChar::isLetterOrNumber(value[end].unicode()) && value[end].unicode() < 0x80
                           : value[end].isDigit()))
                ++end;
            bool ok = false;
            const uint code = value.mid(digits, end - digits).toUInt(&ok, hex ? 16 : 10);
            if (ok && code > 0 && code <= 0x10FFFF && !(code >= 0xD800 && code <= 0xDFFF)) {
                out += QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1);
                i = (end < value.size() && value[end] == u';') ? end : end - 1;
                continue;
            }
            out += value[i];
            continue;
        }
        struct Named {
            const char *name;
            char16_t character;
        };
        static constexpr Named named[] = {{"amp;", u'&'},   {"lt;", u'<'},    {"gt;", u'>'},
                                          {"quot;", u'"'},  {"apos;", u'\''}, {"nbsp;", u'\u00a0'},
                                          {"colon;", u':'}, {"tab;", u'\t'},  {"newline;", u'\n'}};
        bool matched = false;
        for (const Named &entity : named) {
            const QLatin1StringView name(entity.name);
            if (value.mid(i + 1).startsWith(name, Qt::CaseInsensitive)) {
                out += QChar(entity.character);
                i += name.size();
                matched = true;
                break;
            }
        }
        if (!matched)
            out += value[i];
    }
    return out;
}

QString escapeAttribute(const QString &value)
{
    QString out = value.toHtmlEscaped();
    out.replace(u'\'', QLatin1StringView("&#39;"));
    return out;
}

// Text between tags: '<' and '>' escaped, well-formed character references
// kept, any other '&' escaped.
void appendText(QString &out, QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'<') {
            out += QLatin1StringView("&lt;");
        } else if (c == u'>') {
            out += QLatin1StringView("&gt;");
        } else if (c == u'&') {
            qsizetype end = i + 1;
            while (end < text.size() && end - i < 34 && (text[end].isLetterOrNumber() || text[end] == u'#'))
                ++end;
            const bool reference = end > i + 1 && end < text.size() && text[end] == u';' && text[end].unicode() < 0x80;
            bool ascii = true;
            for (qsizetype k = i + 1; k < end; ++k)
                ascii = ascii && text[k].unicode() < 0x80;
            out += (reference && ascii) ? QStringLiteral("&") : QStringLiteral("&amp;");
        } else {
            out += c;
        }
    }
}

class Sanitizer
{
public:
    explicit Sanitizer(QStringView html)
        : m_in(html)
    {
    }

    QString run()
    {
        while (m_pos < m_in.size()) {
            const qsizetype lt = m_in.indexOf(u'<', m_pos);
            text(m_in.mid(m_pos, (lt < 0 ? m_in.size() : lt) - m_pos));
            if (lt < 0)
                break;
            m_pos = lt;
            markup();
        }
        while (!m_open.isEmpty())
            m_out += QStringLiteral("</%1>").arg(m_open.takeLast());
        return m_out;
    }

private:
    void text(QStringView chunk)
    {
        if (m_suppressed.isEmpty())
            appendText(m_out, chunk);
    }

    // At a '<'.
    void markup()
    {
        const QStringView rest = m_in.mid(m_pos);
        if (rest.startsWith(u"<!--")) {
            const qsizetype end = m_in.indexOf(u"-->", m_pos + 4);
            m_pos = end < 0 ? m_in.size() : end + 3;
            return;
        }
        if (rest.size() > 1 && (rest[1] == u'!' || rest[1] == u'?')) {
            const qsizetype end = m_in.indexOf(u'>', m_pos);
            m_pos = end < 0 ? m_in.size() : end + 1;
            return;
        }
        if (rest.size() > 2 && rest[1] == u'/' && isNameStart(rest[2])) {
            m_pos += 2;
            const QString name = tagName();
            const qsizetype end = m_in.indexOf(u'>', m_pos);
            if (end < 0) {
                m_pos = m_in.size(); // end of input inside a tag: the tag is dropped
                return;
            }
            m_pos = end + 1;
            endTag(name);
            return;
        }
        if (rest.size() > 1 && isNameStart(rest[1])) {
            m_pos += 1;
            startTag();
            return;
        }
        text(u"<");
        m_pos += 1;
    }

    QString tagName()
    {
        const qsizetype start = m_pos;
        while (m_pos < m_in.size() && !isSpace(m_in[m_pos]) && m_in[m_pos] != u'/' && m_in[m_pos] != u'>')
            ++m_pos;
        return m_in.mid(start, m_pos - start).toString().toLower();
    }

    void skipSpace()
    {
        while (m_pos < m_in.size() && (isSpace(m_in[m_pos]) || m_in[m_pos] == u'/'))
            ++m_pos;
    }

    void startTag()
    {
        const QString name = tagName();
        QList<std::pair<QString, QString>> attributes;
        for (;;) {
            skipSpace();
            if (m_pos >= m_in.size())
                return; // end of input inside a tag: dropped
            if (m_in[m_pos] == u'>') {
                ++m_pos;
                break;
            }
            const qsizetype nameStart = m_pos++;
            while (m_pos < m_in.size() && !isSpace(m_in[m_pos]) && m_in[m_pos] != u'/' && m_in[m_pos] != u'>'
                   && m_in[m_pos] != u'=')
                ++m_pos;
            const QString attribute = m_in.mid(nameStart, m_pos - nameStart).toString().toLower();
            while (m_pos < m_in.size() && isSpace(m_in[m_pos]))
                ++m_pos;
            QString value;
            if (m_pos < m_in.size() && m_in[m_pos] == u'=') {
                ++m_pos;
                while (m_pos < m_in.size() && isSpace(m_in[m_pos]))
                    ++m_pos;
                if (m_pos < m_in.size() && (m_in[m_pos] == u'"' || m_in[m_pos] == u'\'')) {
                    const QChar quote = m_in[m_pos];
                    const qsizetype close = m_in.indexOf(quote, m_pos + 1);
                    if (close < 0) {
                        m_pos = m_in.size(); // an unterminated value swallows nothing: dropped
                        return;
                    }
                    value = m_in.mid(m_pos + 1, close - m_pos - 1).toString();
                    m_pos = close + 1;
                } else {
                    const qsizetype start = m_pos;
                    while (m_pos < m_in.size() && !isSpace(m_in[m_pos]) && m_in[m_pos] != u'>')
                        ++m_pos;
                    value = m_in.mid(start, m_pos - start).toString();
                }
            }
            attributes.append({attribute, decodeReferences(value)});
        }
        element(name, attributes);
    }

    void element(const QString &name, const QList<std::pair<QString, QString>> &attributes)
    {
        if (isRawText(name)) {
            // Its content ends only at its own end tag; none of it is shown.
            const QString close = QStringLiteral("</") + name;
            const qsizetype end = m_in.indexOf(close, m_pos, Qt::CaseInsensitive);
            const qsizetype gt = end < 0 ? -1 : m_in.indexOf(u'>', end);
            m_pos = gt < 0 ? m_in.size() : gt + 1;
            return;
        }
        if (droppedWithContent().contains(name)) {
            if (!isVoid(name))
                m_suppressed.append(name);
            return;
        }
        if (!m_suppressed.isEmpty() || !keptElements().contains(name))
            return; // the tag goes, its content stays
        QString tag = u'<' + name;
        for (const auto &[attribute, value] : attributes) {
            if (!isAllowedAttribute(name, attribute) && !(attribute == u"style" && isHarmlessStyle(value)))
                continue;
            tag += u' ' + attribute + QStringLiteral("=\"") + escapeAttribute(value) + u'"';
        }
        tag += u'>';
        m_out += tag;
        if (!isVoid(name))
            m_open.append(name);
    }

    void endTag(const QString &name)
    {
        if (!m_suppressed.isEmpty()) {
            const qsizetype at = m_suppressed.lastIndexOf(name);
            if (at >= 0)
                m_suppressed.resize(at);
            return;
        }
        const qsizetype at = m_open.lastIndexOf(name);
        if (at < 0)
            return;
        while (m_open.size() > at)
            m_out += QStringLiteral("</%1>").arg(m_open.takeLast());
    }

    QStringView m_in;
    qsizetype m_pos = 0;
    QString m_out;
    QList<QString> m_open;
    QList<QString> m_suppressed;
};

} // namespace

QString sanitizeHtml(QStringView html)
{
    return Sanitizer(html).run();
}

QString plainTextToHtml(QStringView text)
{
    // Mail ends its lines with CR LF (RFC 5322 §2.3); QTextDocument would
    // break a pre-wrap line at the CR and again at the LF.
    QString lines = text.toString();
    lines.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    lines.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return QStringLiteral("<div style=\"white-space: pre-wrap\">") + lines.toHtmlEscaped() + QStringLiteral("</div>");
}

} // namespace Quail::Models
