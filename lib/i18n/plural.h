#pragma once

#include <QString>

namespace lr {

// Counts are translated with Qt's plural forms, `tr("%n problem(s)", nullptr, n)`, whose source
// text marks the English plural with "(s)". A translation supplies every form of its language;
// where there is none (English, or a text not translated yet) this picks the English form, so
// English needs no translation file of its own.
inline QString withEnglishPlural(QString text, qint64 n)
{
    return text.replace(QStringLiteral("(s)"), n == 1 ? QString() : QStringLiteral("s"));
}

} // namespace lr
