#pragma once

#include <QString>

#include <optional>
#include <utility>

// A value and the reason it is missing, returned together (qBittorrent's nonstd::expected, C++23's
// std::expected): a caller cannot read the value without having been handed the error next to it, and
// [[nodiscard]] makes ignoring both a warning. `error` is in words for the user.
template <typename T>
class [[nodiscard]] Fallible
{
public:
    Fallible(T value)
        : m_value(std::move(value))
    {
    }
    static Fallible failure(QString error) { return Fallible(std::nullopt, std::move(error)); }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    const T& operator*() const& { return *m_value; }
    const T* operator->() const { return &*m_value; }
    T valueOr(T fallback) const { return m_value.value_or(std::move(fallback)); }
    const QString& error() const { return m_error; }

private:
    Fallible(std::optional<T> value, QString error)
        : m_value(std::move(value))
        , m_error(std::move(error))
    {
    }
    std::optional<T> m_value;
    QString m_error;
};

// For calls that return nothing but can fail: Fallible<void>() is success.
template <>
class [[nodiscard]] Fallible<void>
{
public:
    Fallible() = default;
    static Fallible failure(QString error) { return Fallible(std::move(error)); }
    bool ok() const { return m_error.isEmpty(); }
    explicit operator bool() const { return ok(); }
    const QString& error() const { return m_error; }

private:
    explicit Fallible(QString error)
        : m_error(error.isEmpty() ? QStringLiteral("unknown error") : std::move(error))
    {
    }
    QString m_error;
};
