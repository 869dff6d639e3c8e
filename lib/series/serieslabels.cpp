#include "series/serieslabels.h"

using namespace Qt::StringLiterals;

namespace lr {

namespace {

bool isNameChar(QChar c, bool first)
{
    return c == u'_' || c == u':' || (c.isLetter() && c.unicode() < 128) || (!first && c.isDigit());
}

// Reads "k=v, k2="v2"" up to `end`; false on anything else.
bool parseLabelList(QStringView text, QMap<QString, QString> *labels)
{
    qsizetype at = 0;
    const auto skipSpaces = [&] {
        while (at < text.size() && text[at].isSpace())
            ++at;
    };
    for (;;) {
        skipSpaces();
        if (at == text.size())
            return true;
        const qsizetype keyStart = at;
        while (at < text.size() && text[at] != u'=' && text[at] != u',' && !text[at].isSpace())
            ++at;
        const QString key = text.sliced(keyStart, at - keyStart).toString();
        skipSpaces();
        if (key.isEmpty() || at == text.size() || text[at] != u'=')
            return false;
        ++at;
        skipSpaces();
        QString value;
        if (at < text.size() && (text[at] == u'"' || text[at] == u'\'')) {
            const QChar quote = text[at++];
            for (;; ++at) {
                if (at == text.size())
                    return false;
                if (text[at] == quote)
                    break;
                if (text[at] == u'\\' && at + 1 < text.size()) {
                    ++at;
                    value.append(text[at] == u'n' ? QChar(u'\n') : text[at]);
                    continue;
                }
                value.append(text[at]);
            }
            ++at;
        } else {
            const qsizetype valueStart = at;
            while (at < text.size() && text[at] != u',')
                ++at;
            value = text.sliced(valueStart, at - valueStart).trimmed().toString();
        }
        labels->insert(key, value);
        skipSpaces();
        if (at < text.size()) {
            if (text[at] != u',')
                return false;
            ++at;
        }
    }
}

} // namespace

std::optional<SeriesLabels> SeriesLabels::parse(QStringView text)
{
    text = text.trimmed();
    SeriesLabels result;
    qsizetype at = 0;
    while (at < text.size() && isNameChar(text[at], at == 0))
        ++at;
    if (at == text.size() && at > 0) { // a bare metric name
        result.metric = text.toString();
        return result;
    }
    if (at < text.size() && text[at] == u'{') {
        if (!text.endsWith(u'}'))
            return std::nullopt;
        result.metric = text.first(at).toString();
        if (!parseLabelList(text.sliced(at + 1, text.size() - at - 2), &result.labels))
            return std::nullopt;
        return result;
    }
    if (!parseLabelList(text, &result.labels) || result.labels.isEmpty())
        return std::nullopt;
    return result;
}

bool SeriesLabels::picks(const SeriesLabels &name) const
{
    if (!metric.isEmpty() && metric != name.metric)
        return false;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        const auto found = name.labels.constFind(it.key());
        if (found == name.labels.cend() || *found != it.value())
            return false;
    }
    return true;
}

QList<qsizetype> SeriesPick::matching(const QList<MemorySeries> &series, const QString &wanted)
{
    QList<qsizetype> found;
    for (qsizetype i = 0; i < series.size(); ++i) {
        if (series[i].name == wanted)
            found.append(i);
    }
    if (!found.isEmpty())
        return found;
    const std::optional<SeriesLabels> pick = SeriesLabels::parse(wanted);
    if (!pick)
        return found;
    for (qsizetype i = 0; i < series.size(); ++i) {
        const std::optional<SeriesLabels> name = SeriesLabels::parse(series[i].name);
        if (name && pick->picks(*name))
            found.append(i);
    }
    return found;
}

QString SeriesPick::refusal(const QList<MemorySeries> &series, const QString &wanted, const QString &file,
                            qsizetype matches)
{
    QStringList names;
    for (const MemorySeries &one : series)
        names.append(u"  "_s + one.name);
    //: %1 is what --series says, %2 the file, %3 the list of its series, one per line
    const QString text = matches == 0 ? tr("no series matches \"%1\"; %2 holds:\n%3")
                                      : tr("%n series match \"%1\"; name one of them (or add them all with --all); "
                                           "%2 holds:\n%3", nullptr, int(matches));
    return text.arg(wanted, file, names.join(u'\n'));
}

} // namespace lr
