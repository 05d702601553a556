#include "cli/argumentsplitter.h"

#include <QCoreApplication>

namespace Quail::Cli {

namespace {

// This file's strings: their context in the catalogue, which lupdate reads
// from here (a free tr() function would hide it).
struct ArgumentSplitterText {
    Q_DECLARE_TR_FUNCTIONS(Quail::Cli::ArgumentSplitter)
};

bool isSpace(QChar c)
{
    return c == u' ' || c == u'\t';
}

} // namespace

std::optional<QList<Word>> splitArguments(const QString &line, QString *error)
{
    QList<Word> words;
    qsizetype i = 0;
    const qsizetype n = line.size();
    while (i < n) {
        while (i < n && isSpace(line.at(i)))
            ++i;
        if (i >= n)
            break;

        if (line.at(i) == u'(') {
            // A group: up to the matching parenthesis, skipping quoted text
            // so that a ")" inside quotes does not close it.
            const qsizetype start = i;
            int depth = 0;
            bool inQuotes = false;
            for (; i < n; ++i) {
                const QChar c = line.at(i);
                if (inQuotes) {
                    if (c == u'\\' && i + 1 < n)
                        ++i;
                    else if (c == u'"')
                        inQuotes = false;
                    continue;
                }
                if (c == u'"')
                    inQuotes = true;
                else if (c == u'(')
                    ++depth;
                else if (c == u')' && --depth == 0)
                    break;
            }
            if (i >= n) {
                *error = inQuotes ? ArgumentSplitterText::tr("unterminated quoted string")
                                  : ArgumentSplitterText::tr("unbalanced parentheses");
                return std::nullopt;
            }
            ++i;
            if (i < n && !isSpace(line.at(i))) {
                *error = ArgumentSplitterText::tr("a parenthesized group must be followed by a space: %1")
                             .arg(line.mid(start));
                return std::nullopt;
            }
            words.append({Word::Kind::List, line.mid(start, i - start)});
            continue;
        }

        // A word, possibly with quoted parts and a bracketed section.
        Word word;
        bool quoted = false;
        int brackets = 0;
        while (i < n && (brackets > 0 || !isSpace(line.at(i)))) {
            const QChar c = line.at(i);
            if (c == u'"') {
                quoted = true;
                ++i;
                bool closed = false;
                while (i < n) {
                    const QChar q = line.at(i);
                    if (q == u'\\' && i + 1 < n && (line.at(i + 1) == u'"' || line.at(i + 1) == u'\\')) {
                        word.text += line.at(i + 1);
                        i += 2;
                        continue;
                    }
                    ++i;
                    if (q == u'"') {
                        closed = true;
                        break;
                    }
                    word.text += q;
                }
                if (!closed) {
                    *error = ArgumentSplitterText::tr("unterminated quoted string");
                    return std::nullopt;
                }
                continue;
            }
            if (c == u'[')
                ++brackets;
            else if (c == u']' && --brackets < 0) {
                *error = ArgumentSplitterText::tr("unbalanced brackets");
                return std::nullopt;
            } else if (brackets == 0 && (c == u'(' || c == u')')) {
                *error = ArgumentSplitterText::tr("a parenthesis inside a word: %1").arg(line.mid(i));
                return std::nullopt;
            }
            word.text += c;
            ++i;
        }
        if (brackets > 0) {
            *error = ArgumentSplitterText::tr("unbalanced brackets");
            return std::nullopt;
        }
        word.kind = quoted ? Word::Kind::Quoted : Word::Kind::Bare;
        words.append(word);
    }
    return words;
}

QString restOfLine(const QString &line)
{
    const QString trimmed = line.trimmed();
    qsizetype i = 0;
    while (i < trimmed.size() && !isSpace(trimmed.at(i)))
        ++i;
    return trimmed.mid(i).trimmed();
}

} // namespace Quail::Cli
