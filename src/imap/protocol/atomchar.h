#pragma once

namespace Quail::Imap {

// ATOM-CHAR (RFC 9051 §9): printable ASCII except the atom-specials
// ( ) { SP CTL % * " \ ].
constexpr bool isAtomChar(char c)
{
    const auto u = static_cast<unsigned char>(c);
    if (u <= 0x20 || u >= 0x7f)
        return false;
    switch (c) {
    case '(':
    case ')':
    case '{':
    case '%':
    case '*':
    case '"':
    case '\\':
    case ']':
        return false;
    default:
        return true;
    }
}

} // namespace Quail::Imap
