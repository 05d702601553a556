#pragma once

#include <memory>
#include <optional>
#include <stdexcept>

namespace Quail::Imap {

// An optional, immutable value kept on the heap and shared between copies:
// a FETCH response is copied from the parser to the command's result and on
// to the models, and a BODYSTRUCTURE or ENVELOPE held inline would make
// every response (a listing holds a hundred thousand) several hundred bytes
// larger whether or not it carries one. The interface is std::optional's,
// read-only; emplace() starts a new value for the parser to fill.
template<typename T>
class SharedOptional
{
public:
    SharedOptional() = default;
    SharedOptional(std::nullopt_t) { }
    SharedOptional(T value)
        : m_value(std::make_shared<T>(std::move(value)))
    {
    }
    SharedOptional &operator=(std::nullopt_t)
    {
        m_value.reset();
        return *this;
    }
    SharedOptional &operator=(T value)
    {
        m_value = std::make_shared<T>(std::move(value));
        return *this;
    }

    // A fresh value, not shared with any copy yet.
    T &emplace()
    {
        m_value = std::make_shared<T>();
        return *m_value;
    }
    void reset() { m_value.reset(); }

    bool has_value() const { return m_value != nullptr; }
    explicit operator bool() const { return has_value(); }
    const T &operator*() const { return *m_value; }
    const T *operator->() const { return m_value.get(); }
    const T &value() const
    {
        if (!m_value)
            throw std::bad_optional_access();
        return *m_value;
    }

    friend bool operator==(const SharedOptional &a, const SharedOptional &b)
    {
        return a.m_value == b.m_value || (a.m_value && b.m_value && *a.m_value == *b.m_value);
    }

private:
    std::shared_ptr<T> m_value;
};

} // namespace Quail::Imap
