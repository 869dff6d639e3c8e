// SKELETON: to be written.
#include <QTest>

class Testtracegcseries : public QObject
{
    Q_OBJECT

private slots:
    void notWrittenYet() { QFAIL("tst_tracegcseries is not written yet"); }
};

QTEST_GUILESS_MAIN(Testtracegcseries)
#include "tst_tracegcseries.moc"
