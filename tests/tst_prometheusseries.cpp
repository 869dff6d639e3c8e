// SKELETON: to be written.
#include <QTest>

class Testprometheusseries : public QObject
{
    Q_OBJECT

private slots:
    void notWrittenYet() { QFAIL("tst_prometheusseries is not written yet"); }
};

QTEST_GUILESS_MAIN(Testprometheusseries)
#include "tst_prometheusseries.moc"
