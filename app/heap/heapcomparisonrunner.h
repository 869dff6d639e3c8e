#pragma once

#include "heap/heapcomparer.h"

#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>

class QThread;

namespace lr {

// Compares snapshots on a worker thread, so the window stays responsive while a large snapshot is
// read: reports progress in thousandths, can be cancelled, and hands the result back on the thread
// that started it. A new start() cancels the run before it; a cancelled run reports nothing more.
class HeapComparisonRunner : public QObject
{
    Q_OBJECT

public:
    using CompareFunction = std::function<std::optional<HeapComparison>(
        const QStringList &files, QString *error, const HeapComparer::ProgressCallback &progress)>;

    explicit HeapComparisonRunner(CompareFunction compare, QObject *parent = nullptr);
    ~HeapComparisonRunner() override; // cancels a run and waits for its thread

    void start(const QStringList &snapshotFiles);
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    void progressChanged(int permille);
    void finished(const lr::HeapComparison &comparison);
    void failed(const QString &error);
    void cancelled();

private:
    CompareFunction m_compare;
    std::shared_ptr<std::atomic_bool> m_cancel; // of the current run
    QList<QPointer<QThread>> m_threads;         // runs not yet returned, cancelled ones too
    quint64 m_run = 0;                          // results of an older run are dropped
    bool m_running = false;
};

} // namespace lr
