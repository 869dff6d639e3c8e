// SKELETON: to be written.
#include <QTest>

class Testmassifseries : public QObject
{
    Q_OBJECT

private slots:
    void notWrittenYet() { QFAIL("tst_massifseries is not written yet"); }
};

QTEST_GUILESS_MAIN(Testmassifseries)
#include "tst_massifseries.moc"
