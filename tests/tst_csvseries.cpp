// SKELETON: to be written.
#include <QTest>

class Testcsvseries : public QObject
{
    Q_OBJECT

private slots:
    void notWrittenYet() { QFAIL("tst_csvseries is not written yet"); }
};

QTEST_GUILESS_MAIN(Testcsvseries)
#include "tst_csvseries.moc"
