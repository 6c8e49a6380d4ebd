#pragma once

#include <QString>
#include <QStringView>

#include <optional>

// Numbers in JSON the user typed (--data, --changes, --extras, the app's JSON fields) that would not go out as
// typed. Qt keeps integers up to 2^63 exactly and turns every other number into a double, so 2^64, or
// 9007199254740993.0, or a decimal with 20 significant digits would be rounded without a word. The value is
// compared, not the spelling: 1.50 going out as 1.5 is the same number.
class JsonNumbers
{
public:
    struct Inexact
    {
        QString typed; // the number as typed
        QString sent;  // what would go out instead
    };

    // The first number in `json` that would change on the way out; nothing when every number is kept. Text that
    // is not JSON is left to the JSON parser to report.
    [[nodiscard]] static std::optional<Inexact> firstInexact(QStringView json);
    // How `number` (a JSON number) goes out once parsed and written again; empty when it does not parse.
    static QString asSent(QStringView number);
    // Sign, significant digits and exponent of a JSON number, so two spellings of one value compare equal;
    // empty when `number` is not a JSON number.
    static QString canonical(QStringView number);
};
