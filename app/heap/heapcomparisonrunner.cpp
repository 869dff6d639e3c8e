#include "heap/heapcomparisonrunner.h"

#include <QThread>

namespace lr {

HeapComparisonRunner::HeapComparisonRunner(CompareFunction compare, QObject *parent)
    : QObject(parent)
    , m_compare(std::move(compare))
{
}

HeapComparisonRunner::~HeapComparisonRunner()
{
    if (m_cancel)
        *m_cancel = true;
    for (const QPointer<QThread> &thread : std::as_const(m_threads)) {
        if (thread)
            thread->wait();
    }
}

void HeapComparisonRunner::start(const QStringList &snapshotFiles)
{
    cancel();
    const quint64 run = ++m_run;
    auto cancelFlag = std::make_shared<std::atomic_bool>(false);
    m_cancel = cancelFlag;
    m_running = true;
    m_threads.removeAll(nullptr);
    QThread *thread = QThread::create([this, run, cancelFlag, snapshotFiles, compare = m_compare] {
        int reported = -1;
        const auto progress = [&](double fractionDone) {
            const int permille = qBound(0, int(fractionDone * 1000), 1000);
            if (permille != reported) { // one queued event per step, not per call
                reported = permille;
                QMetaObject::invokeMethod(this, [this, run, permille] {
                    if (run == m_run && m_running)
                        emit progressChanged(permille);
                }, Qt::QueuedConnection);
            }
            return !*cancelFlag;
        };
        QString error;
        std::optional<HeapComparison> result = compare(snapshotFiles, &error, progress);
        QMetaObject::invokeMethod(this, [this, run, result = std::move(result), error] {
            if (run != m_run || !m_running)
                return; // cancelled, or replaced by a newer run
            m_running = false;
            if (result)
                emit finished(*result);
            else
                emit failed(error);
        }, Qt::QueuedConnection);
    });
    thread->setParent(this); // deleted with the runner at the latest, after its wait
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_threads.append(thread);
    thread->start(QThread::LowPriority);
}

void HeapComparisonRunner::cancel()
{
    if (!m_running)
        return;
    *m_cancel = true;
    m_running = false;
    emit cancelled();
}

} // namespace lr
