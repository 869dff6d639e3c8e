#pragma once

#include "template/fielddef.h"

#include <QList>
#include <QString>

#include <optional>

namespace lr {

// A size or a rate typed in the report ("38 MB/hour", "0.6 MiB per minute", "1.2 GB"), read
// with TypedNumber so that the checks and the template's number rules agree on what a number is.
struct TypedQuantity
{
    qsizetype start = 0;  // where the number starts in the text it was found in (after any mark)
    qsizetype length = 0; // through the unit
    QString mark;         // "~", "<", ... as TypedNumber reads it
    QString number;       // as typed
    double value = 0;
    QString sizeUnit;     // "MB", "MiB", "GB", "kB"; as typed
    QString perUnit;      // "hour", "minute", "second", "day"; empty for a size
    bool peak = false;    // named as a peak ("peaked at 1.2 GB", "peak: 760 MB")

    bool isRate() const { return !perUnit.isEmpty(); }
    bool isBinary() const { return sizeUnit.contains(u'i'); } // MiB, GiB, KiB
    bool isPerHour() const { return perUnit == u"hour"; }
    bool isBound() const { return !mark.isEmpty() && mark != u"~" && mark != u"≈"; }
    double megabytes() const;   // value in MB (10^6 bytes)
    double mbPerHour() const;   // a rate in MB/hour
    // Whether `measured` agrees with this typed value: within kClaimTolerance of it, or on the
    // right side of a bound ("<5" holds 4).
    bool agreesWith(double measured, double tolerance) const;

    // Every size and rate in free text.
    static QList<TypedQuantity> findIn(const QString &text);
    // A number field's value: a bare number carries the field's unit ("38" in an MB/hour field);
    // none when the value or the unit is no size or rate ("11 crashes", a % field).
    static std::optional<TypedQuantity> ofField(const FieldDef &field, const QString &trimmedValue);
    // `text` with this quantity's number and unit replaced by `replacement`.
    QString replacedIn(const QString &text, const QString &replacement) const;
};

} // namespace lr
