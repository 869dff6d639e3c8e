#include "events/oomeventreader.h"

#include "series/seriesinput.h"
#include "series/tracegcseriesreader.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QHash>

#include <cmath>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace lr {

namespace {

// A kill and the kernel's one-line summary of it are one incident when this close.
constexpr qint64 kSameIncidentSeconds = 60;

struct LineTime
{
    QDateTime time;       // UTC
    bool zoneless = false; // the format has no zone (dmesg -T, journalctl short): read as UTC
    QString problem;      // why the line has no usable time
};

int monthNumber(const QString &name)
{
    static const QStringList months = {u"Jan"_s, u"Feb"_s, u"Mar"_s, u"Apr"_s, u"May"_s, u"Jun"_s,
                                       u"Jul"_s, u"Aug"_s, u"Sep"_s, u"Oct"_s, u"Nov"_s, u"Dec"_s};
    return int(months.indexOf(name)) + 1;
}

QTime clockTime(const QString &hms, const QString &fraction)
{
    // Milliseconds are the fraction's first three digits, as the tools themselves truncate.
    const QTime time = QTime::fromString(hms, u"HH:mm:ss"_s);
    return fraction.isEmpty() ? time : time.addMSecs(QString(fraction + u"00"_s).left(3).toInt());
}

// The time a log line starts with, in the formats kernel logs and log collectors print.
LineTime leadingTime(const QString &line, const OomEventReader::Options &options)
{
    LineTime result;
    // journalctl -o short-iso(-precise), dmesg --time-format iso, rsyslog (Debian 12), kubectl logs --timestamps
    static const QRegularExpression iso(
        u"^(\\d{4}-\\d\\d-\\d\\d)[T ](\\d\\d:\\d\\d:\\d\\d)(?:[.,](\\d+))?(Z|[+-]\\d\\d:?\\d\\d)?(?=\\s)"_s);
    // dmesg -T: "[Mon Dec  7 05:35:29 2026]"
    static const QRegularExpression dmesgT(u"^\\[\\w{3} (\\w{3}) +(\\d+) (\\d\\d:\\d\\d:\\d\\d) (\\d{4})\\]"_s);
    // journalctl -k (short, short-precise): "Dec 07 05:35:29 host kernel:"
    static const QRegularExpression journal(u"^(\\w{3}) +(\\d+) (\\d\\d:\\d\\d:\\d\\d)(?:\\.(\\d+))? "_s);
    static const QRegularExpression bootTime(u"^\\[ *\\d+\\.\\d+\\]"_s);

    if (const auto m = iso.match(line); m.hasMatch()) {
        const QDate date = QDate::fromString(m.captured(1), Qt::ISODate);
        const QTime time = clockTime(m.captured(2), m.captured(3));
        if (!date.isValid() || !time.isValid()) {
            result.problem = OomEventReader::tr("\"%1\" is not a date and time").arg(m.captured(0));
            return result;
        }
        QString zone = m.captured(4);
        if (zone.isEmpty()) {
            result.problem = OomEventReader::tr("the time \"%1\" has no zone").arg(m.captured(0));
            return result;
        }
        int offsetSeconds = 0;
        if (zone != u"Z") {
            zone.remove(u':');
            offsetSeconds = (zone.mid(1, 2).toInt() * 3600 + zone.mid(3, 2).toInt() * 60) * (zone.startsWith(u'-') ? -1 : 1);
        }
        result.time = QDateTime(date, time, Qt::OffsetFromUTC, offsetSeconds).toUTC();
        return result;
    }
    if (const auto m = dmesgT.match(line); m.hasMatch()) {
        const QDate date(m.captured(4).toInt(), monthNumber(m.captured(1)), m.captured(2).toInt());
        result.time = QDateTime(date, clockTime(m.captured(3), {}), Qt::UTC);
        result.zoneless = true;
    } else if (const auto j = journal.match(line); j.hasMatch() && monthNumber(j.captured(1)) > 0) {
        if (options.year <= 0) {
            result.problem = OomEventReader::tr("journalctl's short format has no year: give it (--year) or "
                                                "export with journalctl -k -o short-iso");
            return result;
        }
        const QDate date(options.year, monthNumber(j.captured(1)), j.captured(2).toInt());
        result.time = QDateTime(date, clockTime(j.captured(3), j.captured(4)), Qt::UTC);
        result.zoneless = true;
    } else if (bootTime.match(line).hasMatch()) {
        result.problem = OomEventReader::tr("dmesg without -T counts seconds since boot, not a time: use "
                                            "dmesg --time-format iso or journalctl -k -o short-iso");
        return result;
    } else {
        result.problem = OomEventReader::tr("no time at the start of the line");
        return result;
    }
    if (!result.time.isValid())
        result.problem = OomEventReader::tr("the time at the start of the line is not a valid date");
    return result;
}

// "anon-rss:812345kB" -> "anon-rss 832 MB" (the kernel's kB are KiB; the report's MB are 10^6 bytes).
QString rssDetail(const QString &rest)
{
    static const QRegularExpression anonRss(u"anon-rss:(\\d+)kB"_s);
    const auto m = anonRss.match(rest);
    if (!m.hasMatch())
        return {};
    return u"anon-rss %1 MB"_s.arg(std::llround(m.captured(1).toDouble() * 1024.0 / 1e6));
}

class LogScanner
{
public:
    LogScanner(const QString &displayName, const OomEventReader::Options &options)
        : m_name(displayName), m_options(options)
    {
    }

    // False with m_result.error set on the first line that cannot be read.
    bool scan(QIODevice &device)
    {
        LineSource lines(device);
        while (lines.next()) {
            m_line = lines.number();
            if (!readLine(QString::fromUtf8(lines.line())))
                return false;
        }
        if (lines.failed())
            return fail(lines.problem());
        if (m_zoneless)
            m_result.notes.append(OomEventReader::tr("%1: dmesg -T and journalctl print the machine's local time "
                                                     "without a zone; read as UTC").arg(m_name));
        if (m_processTimeOnly)
            m_result.notes.append(OomEventReader::tr("%1: Node's out-of-memory crash has no wall-clock time in this "
                                                     "log; kept with its time since the process started").arg(m_name));
        return true;
    }

    OomImportResult take() { return std::move(m_result); }

private:
    bool fail(const QString &reason)
    {
        m_result.error = u"%1:%2: %3"_s.arg(m_name).arg(m_line).arg(reason);
        return false;
    }

    OomEvent newEvent(OomEvent::Source source) const
    {
        OomEvent event;
        event.source = source;
        event.fileName = QFileInfo(m_name).fileName();
        event.line = m_line;
        return event;
    }

    bool timed(const QString &line, OomEvent *event)
    {
        const LineTime time = leadingTime(line, m_options);
        if (!time.problem.isEmpty())
            return fail(time.problem);
        event->time = time.time;
        m_zoneless |= time.zoneless;
        return true;
    }

    // The kernel's summary and its kill line name one incident: the second adds to the first.
    OomEvent *sameIncident(qint64 pid, const QDateTime &time)
    {
        for (auto it = m_result.events.rbegin(); it != m_result.events.rend(); ++it) {
            if (it->source == OomEvent::Source::Kernel && it->pid == pid && std::abs(it->time.secsTo(time)) <= kSameIncidentSeconds)
                return &*it;
        }
        return nullptr;
    }

    bool readLine(const QString &line)
    {
        static const QRegularExpression killed(
            u"(?:Memory cgroup out of memory|Out of memory)(?: \\([^)]*\\))?: Killed process (\\d+) \\(([^)]*)\\)(.*)"_s);
        static const QRegularExpression summary(u"oom-kill:(constraint=.*)$"_s);
        if (const auto m = killed.match(line); m.hasMatch())
            return kernelKill(line, m.captured(1).toLongLong(), m.captured(2), rssDetail(m.captured(3)));
        if (const auto m = summary.match(line); m.hasMatch())
            return kernelSummary(line, m.captured(1));
        if (line.contains(u"FATAL ERROR"_s) && line.contains(u"JavaScript heap out of memory"_s))
            return nodeCrash(line);
        // Node's crash report repeats the last GCs, sometimes two on one line: the log body has them.
        if (line.startsWith(u"<---"_s)) {
            m_inRepeatedGcs = line.contains(u"Last few GCs"_s);
            return true;
        }
        if (m_inRepeatedGcs)
            return true;
        if (const std::optional<TraceGcSeriesReader::GcLine> gc = TraceGcSeriesReader::gcLine(line.toUtf8())) {
            static const QRegularExpression pid(u"\\[(\\d+)(?::[0-9a-fA-Fx]+)?\\]"_s);
            m_lastGcTime = gc->timeMs;
            m_lastGcPid = pid.match(line).hasMatch() ? pid.match(line).captured(1).toLongLong() : -1;
            return true;
        }
        if (line.startsWith(u"LAST SEEN"_s) && line.contains(u"REASON"_s))
            return fail(OomEventReader::tr("kubectl get events prints ages (\"5m\"), not times: "
                                           "use kubectl get events -o json"));
        return describePodLine(line);
    }

    bool kernelKill(const QString &line, qint64 pid, const QString &name, const QString &detail)
    {
        OomEvent event = newEvent(OomEvent::Source::Kernel);
        if (!timed(line, &event))
            return false;
        if (OomEvent *known = sameIncident(pid, event.time)) {
            known->process = name;
            known->detail = detail;
            return true;
        }
        event.pid = pid;
        event.process = name;
        event.detail = detail;
        m_result.events.append(event);
        return true;
    }

    bool kernelSummary(const QString &line, const QString &pairs)
    {
        QHash<QString, QString> values;
        for (const QString &pair : pairs.split(u',')) {
            const qsizetype equals = pair.indexOf(u'=');
            if (equals > 0)
                values.insert(pair.first(equals), pair.sliced(equals + 1).trimmed());
        }
        bool pidOk = false;
        const qint64 pid = values.value(u"pid"_s).toLongLong(&pidOk);
        if (!pidOk)
            return fail(OomEventReader::tr("an oom-kill summary without pid="));
        OomEvent event = newEvent(OomEvent::Source::Kernel);
        if (!timed(line, &event))
            return false;
        const QString cgroup = values.value(u"task_memcg"_s);
        if (OomEvent *known = sameIncident(pid, event.time)) {
            known->where = cgroup;
            return true;
        }
        event.pid = pid;
        event.process = values.value(u"task"_s);
        event.where = cgroup;
        m_result.events.append(event);
        return true;
    }

    bool nodeCrash(const QString &line)
    {
        OomEvent event = newEvent(OomEvent::Source::Node);
        event.process = u"node"_s;
        event.pid = m_lastGcPid;
        event.processTimeMs = m_lastGcTime;
        const LineTime time = leadingTime(line, m_options);
        if (time.problem.isEmpty()) {
            event.time = time.time;
            m_zoneless |= time.zoneless;
        } else {
            m_processTimeOnly = true;
        }
        m_result.events.append(event);
        return true;
    }

    // kubectl describe pod: "Name:", "Namespace:", then per container "  name:" and its states.
    bool describePodLine(const QString &line)
    {
        static const QRegularExpression field(u"^(\\s*)([A-Za-z0-9 ._-]+):\\s*(.*)$"_s);
        const auto m = field.match(line);
        if (!m.hasMatch())
            return true;
        const qsizetype indent = m.capturedLength(1);
        const QString key = m.captured(2);
        const QString value = m.captured(3).trimmed();
        if (indent == 0 && key == u"Name")
            m_pod = value;
        else if (indent == 0 && key == u"Namespace")
            m_namespace = value;
        else if (indent == 2 && value.isEmpty() && !key.contains(u' '))
            m_container = key;
        else if (key == u"State" || key == u"Last State") {
            m_terminated = value == u"Terminated";
            m_oomKilled = false;
        } else if (m_terminated && key == u"Reason")
            m_oomKilled = value == u"OOMKilled";
        else if (m_terminated && key == u"Exit Code")
            m_exitCode = value;
        else if (m_terminated && m_oomKilled && key == u"Finished") {
            const QDateTime finished = QDateTime::fromString(value, Qt::RFC2822Date);
            if (!finished.isValid())
                return fail(OomEventReader::tr("\"%1\" is not a time (kubectl prints \"Mon, 07 Dec 2026 05:20:44 +0000\")").arg(value));
            OomEvent event = newEvent(OomEvent::Source::Kubernetes);
            event.time = finished.toUTC();
            event.process = m_container;
            event.where = m_namespace.isEmpty() ? m_pod : m_namespace + u'/' + m_pod;
            if (!m_exitCode.isEmpty())
                event.detail = OomEventReader::tr("exit code %1").arg(m_exitCode);
            m_result.events.append(event);
            m_terminated = m_oomKilled = false;
        }
        return true;
    }

    QString m_name;
    OomEventReader::Options m_options;
    OomImportResult m_result;
    qint64 m_line = 0;
    bool m_zoneless = false;
    bool m_processTimeOnly = false;
    bool m_inRepeatedGcs = false;
    qint64 m_lastGcTime = -1;
    qint64 m_lastGcPid = -1;
    QString m_pod, m_namespace, m_container, m_exitCode;
    bool m_terminated = false;
    bool m_oomKilled = false;
};

// kubectl get events -o json: {"items": [{"reason": "OOMKilling", "lastTimestamp": ..., ...}]}
OomImportResult readEventsJson(const QByteArray &data, const QString &displayName)
{
    OomImportResult result;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.error = OomEventReader::tr("%1: not valid JSON at offset %2: %3").arg(displayName).arg(parseError.offset)
                           .arg(parseError.errorString());
        return result;
    }
    const QJsonValue items = doc.object().value("items"_L1);
    if (!items.isArray()) {
        result.error = OomEventReader::tr("%1: items: expected the list of kubectl get events -o json").arg(displayName);
        return result;
    }
    static const QStringList oomReasons = {u"OOMKilling"_s, u"SystemOOM"_s, u"OOMKilled"_s};
    static const QRegularExpression killed(u"Killed process (\\d+) \\(([^)]*)\\)"_s);
    static const QRegularExpression victim(u"victim process: ([^,]+), pid: (\\d+)"_s); // kubelet's SystemOOM
    const QJsonArray array = items.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject item = array[i].toObject();
        if (!oomReasons.contains(item.value("reason"_L1).toString()))
            continue;
        const QString path = u"items[%1]"_s.arg(i);
        QString stamp;
        for (const auto key : {"lastTimestamp"_L1, "eventTime"_L1, "firstTimestamp"_L1}) {
            stamp = item.value(key).toString();
            if (!stamp.isEmpty())
                break;
        }
        const QDateTime time = QDateTime::fromString(stamp, Qt::ISODateWithMs);
        if (!time.isValid() || time.timeSpec() == Qt::LocalTime) {
            result.error = OomEventReader::tr("%1: %2.lastTimestamp: expected a time such as 2026-12-07T05:20:44Z")
                               .arg(displayName, path);
            return result;
        }
        OomEvent event;
        event.source = OomEvent::Source::Kubernetes;
        event.time = time.toUTC();
        event.occurrences = std::max(1, item.value("count"_L1).toInt(1));
        const QJsonObject object = item.value("involvedObject"_L1).toObject();
        const QString ns = object.value("namespace"_L1).toString();
        const QString name = object.value("name"_L1).toString();
        event.where = ns.isEmpty() ? name : ns + u'/' + name;
        const QString message = item.value("message"_L1).toString();
        if (const auto m = killed.match(message); m.hasMatch()) {
            event.pid = m.captured(1).toLongLong();
            event.process = m.captured(2);
        } else if (const auto v = victim.match(message); v.hasMatch()) {
            event.process = v.captured(1);
            event.pid = v.captured(2).toLongLong();
        }
        event.detail = item.value("reason"_L1).toString();
        event.fileName = QFileInfo(displayName).fileName();
        result.events.append(event);
    }
    return result;
}

} // namespace

OomImportResult OomEventReader::read(QIODevice &device, const QString &displayName, const Options &options)
{
    OomImportResult result;
    // kubectl's JSON starts with "{"; logs are read line by line from the device itself.
    if (device.peek(4096).trimmed().startsWith('{')) {
        QByteArray data;
        if (!readLimited(device, &data)) {
            result.error = tooLargeFailure(displayName).error;
            return result;
        }
        result = readEventsJson(data, displayName);
    } else {
        LogScanner scanner(displayName, options);
        scanner.scan(device);
        result = scanner.take();
    }
    if (result.ok() && result.events.isEmpty())
        result.error = tr("%1: no out-of-memory events (kernel \"Killed process\", kubectl OOMKilled or OOMKilling, "
                          "Node \"JavaScript heap out of memory\")").arg(displayName);
    return result;
}

} // namespace lr
