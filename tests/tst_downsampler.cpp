// SKELETON: to be written.
#include <QTest>

class Testdownsampler : public QObject
{
    Q_OBJECT

private slots:
    void notWrittenYet() { QFAIL("tst_downsampler is not written yet"); }
};

QTEST_GUILESS_MAIN(Testdownsampler)
#include "tst_downsampler.moc"
