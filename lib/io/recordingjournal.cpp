#include "io/recordingjournal.h"

#include "i18n/plural.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace lr {

namespace {
constexpr qint64 kMaxJournalBytes = 256 * 1024 * 1024; // as ReportFile's limit: beyond it, nothing is read
} // namespace

QString RecordingJournal::pathFor(const QString &reportPath)
{
    return reportPath + u".recording"_s;
}

RecordingJournal::RecordingJournal(const QString &reportPath)
    : m_file(pathFor(reportPath))
{
}

bool RecordingJournal::restart(QString *error)
{
    if (m_file.isOpen()) {
        if (m_file.resize(0) && m_file.seek(0))
            return true;
    } else if (m_file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered)) {
        return true;
    }
    *error = tr("%1: cannot write: %2").arg(QDir::toNativeSeparators(m_file.fileName()), m_file.errorString());
    return false;
}

bool RecordingJournal::append(const QString &seriesName, const MemorySample &sample, QString *error)
{
    // Unbuffered: each line reaches the kernel in one write(), so a kill loses at most the
    // sample being written, and a torn line can only be the last.
    const QByteArray line = QJsonDocument(QJsonObject{{u"series"_s, seriesName},
                                                      {u"time"_s, double(sample.time)},
                                                      {u"bytes"_s, sample.bytes}})
                                .toJson(QJsonDocument::Compact)
        + '\n';
    if (m_file.write(line) == line.size())
        return true;
    *error = tr("%1: cannot write: %2").arg(QDir::toNativeSeparators(m_file.fileName()), m_file.errorString());
    return false;
}

void RecordingJournal::remove()
{
    m_file.close();
    m_file.remove();
}

void RecordingJournal::recoverInto(const QString &reportPath, QList<MemorySeries> *series, QStringList *warnings)
{
    QFile file(pathFor(reportPath));
    if (!file.exists() || file.size() == 0 || file.size() > kMaxJournalBytes || !file.open(QIODevice::ReadOnly))
        return;
    QHash<QString, MemorySeries *> byName;
    for (MemorySeries &one : *series)
        byName.insert(one.name, &one);
    int recovered = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine();
        if (!line.endsWith('\n'))
            break; // the line a kill tore
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        MemorySeries *target = byName.value(o.value(u"series"_s).toString());
        const QJsonValue time = o.value(u"time"_s);
        const QJsonValue bytes = o.value(u"bytes"_s);
        if (!target || !time.isDouble() || !bytes.isDouble())
            continue;
        const MemorySample sample{qint64(time.toDouble()), bytes.toDouble()};
        if (!target->samples.isEmpty() && sample.time <= target->samples.constLast().time)
            continue; // already in the report
        target->samples.append(sample);
        ++recovered;
    }
    if (recovered > 0) {
        //: %1 is the journal file
        warnings->append(withEnglishPlural(tr("%n sample(s) of an interrupted recording recovered from %1", nullptr, recovered),
                                           recovered)
                             .arg(QDir::toNativeSeparators(file.fileName())));
    }
}

} // namespace lr
