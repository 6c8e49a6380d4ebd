#pragma once

#include <QList>
#include <QString>

// One problem with one field, found before anything is sent. `field` is the API's field name
// ("email", "identity.id", "channels[1].platform") so forms can show the message next to the right widget.
struct ValidationError
{
    QString field;
    QString message;

    bool operator==(const ValidationError&) const = default;
};

using ValidationErrors = QList<ValidationError>;
