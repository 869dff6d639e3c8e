#pragma once

// Series names as label sets, so that a series can be picked however its labels are spelled:
// `{pod="a",job="b"}`, `job=b, pod=a` and `metric{job="b", pod="a"}` name the same series.

#include "series/memoryseries.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

#include <optional>

namespace lr {

struct SeriesLabels
{
    QString metric; // empty when the text names none
    QMap<QString, QString> labels;

    // `metric`, `metric{k="v", ...}`, `{k="v", ...}` or `k=v, k2=v2`; values quoted with " or ',
    // or bare up to the next comma. Nothing when the text is none of these.
    static std::optional<SeriesLabels> parse(QStringView text);
    // Whether a series named `name` is what this picks: the same metric (when given) and at least
    // these labels with these values.
    bool picks(const SeriesLabels &name) const;
};

class SeriesPick
{
    Q_DECLARE_TR_FUNCTIONS(lr::SeriesPick)

public:
    // The series `wanted` names: its exact name first, else every series whose label set it picks.
    static QList<qsizetype> matching(const QList<MemorySeries> &series, const QString &wanted);
    // Why `wanted` picks no single series of `file`, with the list of those it holds.
    static QString refusal(const QList<MemorySeries> &series, const QString &wanted, const QString &file,
                           qsizetype matches);
};

} // namespace lr
