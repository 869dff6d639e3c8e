#include "events/oomevent.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace lr {

QString sourceName(OomEvent::Source source)
{
    switch (source) {
    case OomEvent::Source::Kernel:
        return u"kernel"_s;
    case OomEvent::Source::Kubernetes:
        return u"kubernetes"_s;
    case OomEvent::Source::Node:
        return u"node"_s;
    }
    return {};
}

bool sourceFromName(const QString &name, OomEvent::Source *source)
{
    for (const auto candidate : {OomEvent::Source::Kernel, OomEvent::Source::Kubernetes, OomEvent::Source::Node}) {
        if (sourceName(candidate) == name) {
            *source = candidate;
            return true;
        }
    }
    return false;
}

QString describeEvent(const OomEvent &event)
{
    QString who = event.process.isEmpty() ? QCoreApplication::translate("lr::OomEvent", "a process") : event.process;
    if (event.pid >= 0)
        who += QCoreApplication::translate("lr::OomEvent", " (pid %1)").arg(event.pid);
    QString text;
    switch (event.source) {
    case OomEvent::Source::Kernel:
        text = QCoreApplication::translate("lr::OomEvent", "OOM kill: %1 killed by the kernel").arg(who);
        break;
    case OomEvent::Source::Kubernetes:
        text = QCoreApplication::translate("lr::OomEvent", "OOMKilled: container %1").arg(who);
        break;
    case OomEvent::Source::Node:
        text = QCoreApplication::translate("lr::OomEvent", "JavaScript heap out of memory: %1").arg(who);
        break;
    }
    if (!event.where.isEmpty())
        text += u", "_s + event.where;
    if (event.occurrences > 1)
        text += QCoreApplication::translate("lr::OomEvent", " (%1 times)").arg(event.occurrences);
    return text;
}

} // namespace lr
