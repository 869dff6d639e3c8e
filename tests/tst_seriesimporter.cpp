// SKELETON: to be written.
#include <QTest>

class Testseriesimporter : public QObject
{
    Q_OBJECT

private slots:
    void notWrittenYet() { QFAIL("tst_seriesimporter is not written yet"); }
};

QTEST_GUILESS_MAIN(Testseriesimporter)
#include "tst_seriesimporter.moc"
