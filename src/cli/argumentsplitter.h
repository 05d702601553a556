#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace Quail::Cli {

// One argument of a verb, as the user typed it inside an -e string.
struct Word {
    enum class Kind {
        Bare, // typed as is: an atom, a number, a sequence set, a flag…
        Quoted, // typed in double quotes: always a string, never a keyword
        List, // a parenthesized group, kept verbatim with its parentheses
    };

    Kind kind = Kind::Bare;
    QString text; // the word without quotes; a list with its parentheses

    bool isList() const { return kind == Kind::List; }
    bool isQuoted() const { return kind == Kind::Quoted; }
    // A list's contents without the outer parentheses.
    QString listContents() const { return isList() ? text.mid(1, text.size() - 2) : text; }
};

// Splits the arguments of a verb (issue 4): words are separated by spaces;
// double quotes group a word, with \" and \\ as the only escapes inside
// them; a parenthesized group is one argument, kept verbatim (quotes and
// nested groups inside it included) so that `+FLAGS (\Seen \Flagged)` works
// as typed; a bracketed section such as BODY[HEADER.FIELDS (FROM TO)] stays
// in its word. Returns nullopt, with *error set, for an unterminated quote
// or unbalanced parentheses or brackets.
std::optional<QList<Word>> splitArguments(const QString &line, QString *error);

// The line after its first word (the verb), spaces around it trimmed: what
// `raw` sends as is.
QString restOfLine(const QString &line);

} // namespace Quail::Cli
