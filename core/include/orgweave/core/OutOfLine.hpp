#pragma once
// OutOfLine<T>: a group of rarely set fields (a committee's mandate and meetings, a tie's seat or
// RC scores) kept in a separate allocation that exists only once something is written, so the
// struct holding it pays one pointer instead of the whole group. A national network has hundreds
// of thousands of ties and roles, nearly all of which never set these fields.
//
// Reading is as simple as with the fields in line: `tie.details->seat` or `*tie.details` gives the
// stored value, or a shared default-constructed T when nothing was stored (never allocates).
// Writing goes through `edit()` (allocates a default T on the first call) or assignment of a T.
// It is a value: copying copies the T; equality compares values, so "never allocated" equals a
// default T. Cost: sizeof one pointer; reading an absent group costs one branch.

#include <memory>
#include <utility>

namespace orgweave::core {

template <typename T>
class OutOfLine {
public:
    OutOfLine() = default;
    OutOfLine(T value) : m_value(std::make_unique<T>(std::move(value))) {}  // NOLINT: reads like a T
    OutOfLine(const OutOfLine& other)
        : m_value(other.m_value ? std::make_unique<T>(*other.m_value) : nullptr) {}
    OutOfLine(OutOfLine&&) noexcept = default;
    OutOfLine& operator=(const OutOfLine& other) {
        if (this != &other)
            m_value = other.m_value ? std::make_unique<T>(*other.m_value) : nullptr;
        return *this;
    }
    OutOfLine& operator=(OutOfLine&&) noexcept = default;
    OutOfLine& operator=(T value) {
        if (m_value)
            *m_value = std::move(value);
        else
            m_value = std::make_unique<T>(std::move(value));
        return *this;
    }
    ~OutOfLine() = default;

    /// The stored value, or a default T when nothing was stored.
    const T& get() const { return m_value ? *m_value : defaultValue(); }
    const T& operator*() const { return get(); }
    const T* operator->() const { return &get(); }

    /// The value for writing; allocates a default T on the first call.
    T& edit() {
        if (!m_value)
            m_value = std::make_unique<T>();
        return *m_value;
    }

    /// Whether a value has been stored (it may still equal the default).
    bool allocated() const { return m_value != nullptr; }
    /// Frees the stored value: reads give the default again.
    void reset() { m_value.reset(); }

    bool operator==(const OutOfLine& other) const { return get() == other.get(); }

    /// The value read when nothing is stored.
    static const T& defaultValue() {
        static const T value{};
        return value;
    }

private:
    std::unique_ptr<T> m_value;
};

}  // namespace orgweave::core
