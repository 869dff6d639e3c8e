#include "testsupport.h"

#include "series/axisscale.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace lr;

// The unit a span reads in, and the round tick steps of the chart's x axis.
class TestAxisScale : public QObject
{
    Q_OBJECT

private slots:
    void forSpan_picksTheUnitThatFits_data();
    void forSpan_picksTheUnitThatFits();
    void tickStep_isRoundAndFitsTheIntervals_data();
    void tickStep_isRoundAndFitsTheIntervals();
    void untranslated_isEnglish();
};

void TestAxisScale::forSpan_picksTheUnitThatFits_data()
{
    using Unit = MemorySeries::TimeUnit;
    QTest::addColumn<Unit>("kind");
    QTest::addColumn<double>("span");
    QTest::addColumn<double>("unitSize");
    QTest::addColumn<QString>("text");

    // Time: at least two of the unit, so 90 min stays minutes.
    QTest::newRow("0 ms") << Unit::Milliseconds << 0.0 << 1.0 << u"0 ms"_s;
    QTest::newRow("596 ms") << Unit::Milliseconds << 596.0 << 1.0 << u"596 ms"_s;
    QTest::newRow("1.999 s") << Unit::Milliseconds << 1999.0 << 1.0 << u"1999 ms"_s;
    QTest::newRow("2 s") << Unit::Milliseconds << 2000.0 << 1e3 << u"2 s"_s;
    QTest::newRow("90 s") << Unit::Milliseconds << 90e3 << 1e3 << u"90 s"_s;
    QTest::newRow("5 min") << Unit::Milliseconds << 300e3 << 6e4 << u"5 min"_s;
    QTest::newRow("90 min") << Unit::Milliseconds << 5.4e6 << 6e4 << u"90 min"_s;
    QTest::newRow("7 h") << Unit::Milliseconds << 7 * 3.6e6 << 3.6e6 << u"7 h"_s;
    QTest::newRow("47.5 h") << Unit::Milliseconds << 47.5 * 3.6e6 << 3.6e6 << u"47.5 h"_s;
    QTest::newRow("174 days") << Unit::Milliseconds << 174 * 8.64e7 << 8.64e7 << u"174 d"_s;
    // Counts: at least one of the unit.
    QTest::newRow("999 instructions") << Unit::Instructions << 999.0 << 1.0 << u"999 instructions"_s;
    QTest::newRow("328097 instructions") << Unit::Instructions << 328097.0 << 1e3 << u"328 thousand instructions"_s;
    QTest::newRow("2.4e9 instructions") << Unit::Instructions << 2.4e9 << 1e9 << u"2.4 billion instructions"_s;
    QTest::newRow("5e15 instructions") << Unit::Instructions << 5e15 << 1e12 << u"5000 trillion instructions"_s;
    QTest::newRow("371008 B allocated") << Unit::BytesAllocated << 371008.0 << 1e3 << u"371 kB allocated"_s;
    QTest::newRow("1.5 GB allocated") << Unit::BytesAllocated << 1.5e9 << 1e9 << u"1.5 GB allocated"_s;
}

void TestAxisScale::forSpan_picksTheUnitThatFits()
{
    QFETCH(MemorySeries::TimeUnit, kind);
    QFETCH(double, span);
    QFETCH(double, unitSize);
    QFETCH(QString, text);
    const AxisScale scale = AxisScale::forSpan(kind, span);
    QCOMPARE(scale.kind(), kind);
    QCOMPARE(scale.unitSize(), unitSize);
    QCOMPARE(scale.format(span), text);
    QCOMPARE(AxisScale::formatSpan(kind, span), text);
}

void TestAxisScale::tickStep_isRoundAndFitsTheIntervals_data()
{
    QTest::addColumn<double>("visible");
    QTest::addColumn<int>("intervals");
    QTest::addColumn<double>("step");
    QTest::addColumn<int>("decimals");

    QTest::newRow("7 in 8") << 7.0 << 8 << 1.0 << 0;
    QTest::newRow("7 in 3") << 7.0 << 3 << 5.0 << 0;   // 7 / 3 = 2.33: 2 is too small
    QTest::newRow("0.3 in 3") << 0.3 << 3 << 0.1 << 1; // 0.3 / 3 is 0.0999...: still 0.1
    QTest::newRow("0.01 in 8") << 0.01 << 8 << 0.002 << 3;
    QTest::newRow("90 in 8") << 90.0 << 8 << 20.0 << 0;
    QTest::newRow("174 in 10") << 174.0 << 10 << 20.0 << 0;
    QTest::newRow("328.097 in 8") << 328.097 << 8 << 50.0 << 0;
    QTest::newRow("0.25 in 5") << 0.25 << 5 << 0.05 << 2;
    QTest::newRow("nothing visible") << 0.0 << 8 << 1.0 << 0;
}

void TestAxisScale::tickStep_isRoundAndFitsTheIntervals()
{
    QFETCH(double, visible);
    QFETCH(int, intervals);
    QFETCH(double, step);
    QFETCH(int, decimals);
    const double actual = AxisScale::tickStep(visible, intervals);
    QVERIFY2(std::abs(actual - step) < 1e-12, qPrintable(QString::number(actual, 'g', 17)));
    QCOMPARE(AxisScale::decimals(actual), decimals);
}

void TestAxisScale::untranslated_isEnglish()
{
    const AxisScale scale = AxisScale::forSpan(MemorySeries::TimeUnit::BytesAllocated, 2e6);
    QCOMPARE(scale.title(false), u"Bytes allocated since the series started (MB)"_s);
    QCOMPARE(scale.format(2e6, false), u"2 MB allocated"_s);
    QCOMPARE(AxisScale::quantity(MemorySeries::TimeUnit::Instructions, false), u"instructions"_s);
    QCOMPARE(AxisScale::quantity(MemorySeries::TimeUnit::Milliseconds, false), u"time"_s);
}

QTEST_GUILESS_MAIN(TestAxisScale)
#include "tst_axisscale.moc"
