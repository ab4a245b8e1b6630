#pragma once

#include <QMetaType>
#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace fd {

// What went wrong, as a value: model code returns it, ui/ and the CLI turn it into words for the
// user.
struct Error
{
    enum class Code {
        None,
        NotFound, // a file, record or server that is not there
        NotARegistry, // a file that is not a FeatureDesk registry
        Corrupt, // truncated or damaged registry
        NewerSchema, // made by a newer FeatureDesk
        ReadOnly, // no permission to write
        Locked, // another process holds the registry
        Unreachable, // a server that cannot be reached
        Invalid, // input that breaks a rule (empty name, bad dtype, ...)
        Conflict, // a unique rule or a reference stands in the way
        Permission, // the database user may not do this
        Database, // any other database error
        Io, // any other file error
        Cancelled,
    };

    // What the user can do about it, where the words depend on the program that shows the error
    // (a menu in the window, a command in the CLI): each presenter adds its own sentence.
    enum class Remedy {
        None,
        CreateRegistry, // no registry is there yet: make one
        NameOrganism, // the genes' organism cannot be told: name (choose) it
        SetUpDatabase, // a server's database is missing or empty: set it up as a registry
        UpdateSchema, // an older schema this opening may not update: open it to update it
        ImportGenes, // the registry has no such organism: import its genes first
        SetUpRoles, // the server's roles need a user who may create roles
    };

    Code code = Code::None;
    // One complete sentence or two, naming the location; what the user can do is in the remedy
    // when the words depend on the program.
    QString message;
    Remedy remedy = Remedy::None;

    static Error make(Code code, QString message, Remedy remedy = Remedy::None)
    {
        return Error {code, std::move(message), remedy};
    }
};

// A value or an Error, in the spirit of std::expected (C++23, which Debian 12's toolchain lacks in
// C++20).
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {
    }
    Result(Error error)
        : m_value(std::move(error))
    {
    }

    bool ok() const { return std::holds_alternative<T>(m_value); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_value); }
    T &value() & { return std::get<T>(m_value); }
    T &&value() && { return std::get<T>(std::move(m_value)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }

    const Error &error() const { return std::get<Error>(m_value); }

private:
    std::variant<T, Error> m_value;
};

// For operations that return nothing but may fail.
class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(Error error)
        : m_error(std::move(error))
    {
    }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace fd

// Errors travel in queued signals from worker threads.
Q_DECLARE_METATYPE(fd::Error)
