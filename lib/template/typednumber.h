#pragma once

#include <QString>

#include <optional>

namespace lr {

// A number field's value as typed, split where the number ends: "~402 MB (growth)" is the mark
// "~", the number "402" and the rest "MB (growth)". The one place that says what a typed number
// looks like, so that the writer (the unit goes only after a bare number) and the checks (a unit
// and a remark may follow the number) agree.
struct TypedNumber
{
    QString mark;   // "~", "≈", "<", ">", "≤" or "≥" before the number; empty for none
    QString number; // "402", "-3.25", ".5"
    QString rest;   // what follows, trimmed: a unit, a remark or both ("MB (growth)", "% per day")

    // Empty when `trimmedValue` does not start with a number, or when the number runs on into
    // digits or separators ("1,840", "210,5", "1 840", "12.5.1", "1e6"): those are not one
    // number followed by words.
    static std::optional<TypedNumber> parse(const QString &trimmedValue);

    bool isBare() const { return rest.isEmpty(); }
    bool isWhole() const { return !number.contains(u'.'); }
    // The first word of the rest, up to a space or "(": "MB" of "MB (growth)", "%" of "% per day",
    // "crashes" of "crashes"; empty when the rest starts with a remark ("(growth)").
    QString firstWord() const;
};

} // namespace lr
