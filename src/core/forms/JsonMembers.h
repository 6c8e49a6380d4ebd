#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The members of a JSON object as typed: in their order, and every one of a repeated key. QJsonDocument keeps
// only the last of a repeated key and sorts the keys, so the property editor would silently drop what was typed
// first and reorder the rest.
class JsonMembers
{
public:
    struct Member
    {
        QString key;
        QJsonValue value;
        bool operator==(const Member&) const = default;
    };

    // The members of `text` in the order typed; nullopt when `text` is not a JSON object.
    static std::optional<QList<Member>> read(const QString& text);
    // The keys that appear more than once, in the order they first appear.
    static QStringList repeatedKeys(const QList<Member>& members);
    // `members` as JSON object text, in their order: compact, or one member a line.
    static QString write(const QList<Member>& members, bool indented);
};
