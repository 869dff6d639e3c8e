// SKELETON: to be written.
#include <QTest>

class Testseriesstatistics : public QObject
{
    Q_OBJECT

private slots:
    void notWrittenYet() { QFAIL("tst_seriesstatistics is not written yet"); }
};

QTEST_GUILESS_MAIN(Testseriesstatistics)
#include "tst_seriesstatistics.moc"
