#include "model/csv/CsvValueClassifier.h"

#include <QTest>

using namespace fd;

class TestCsvValueClassifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void missing_data();
    void missing();
    void kinds_data();
    void kinds();
    void integers_data();
    void integers();
    void numberMatchesIntAndFloat_data() { kinds_data(); }
    void numberMatchesIntAndFloat();
    void plainNumber_data();
    void plainNumber();
};

void TestCsvValueClassifier::missing_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<bool>("missing");
    for (const char *token :
         {"", "#N/A", "#N/A N/A", "#NA", "-1.#IND", "-1.#QNAN", "-NaN", "-nan", "1.#IND", "1.#QNAN",
          "<NA>", "N/A", "NA", "NULL", "NaN", "None", "n/a", "nan", "null"}) {
        QTest::newRow(token[0] ? token : "empty") << QByteArray(token) << true;
    }
    for (const char *value : {"na", "Null", "NONE", " NA", "0", "-", "1", "N/A ", "nan1", "-1.5",
                              "1.25", "-NA", "1.#INF", "-1.#IN", "-12345", "100000"})
        QTest::newRow(value) << QByteArray(value) << false;
}

void TestCsvValueClassifier::missing()
{
    QFETCH(QByteArray, value);
    QFETCH(bool, missing);
    QCOMPARE(CsvValueClassifier::isMissing(value), missing);
}

void TestCsvValueClassifier::kinds_data()
{
    using K = CsvValueClassifier;
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<unsigned>("kinds");
    QTest::addColumn<bool>("leadingZero");

    QTest::newRow("int") << QByteArray("42") << unsigned(K::Int | K::Float) << false;
    QTest::newRow("negative int") << QByteArray("-7") << unsigned(K::Int | K::Float) << false;
    QTest::newRow("plus sign") << QByteArray("+1") << unsigned(K::Int | K::Float) << false;
    QTest::newRow("spaces around") << QByteArray(" 1 ") << unsigned(K::Int | K::Float) << false;
    QTest::newRow("zero") << QByteArray("0") << unsigned(K::Int | K::Float) << false;
    QTest::newRow("007") << QByteArray("007") << unsigned(K::Int | K::Float) << true;
    QTest::newRow("-007") << QByteArray("-007") << unsigned(K::Int | K::Float) << true;
    QTest::newRow("02139") << QByteArray("02139") << unsigned(K::Int | K::Float) << true;
    QTest::newRow("0.5") << QByteArray("0.5") << unsigned(K::Float) << false;
    QTest::newRow("-0.5") << QByteArray("-0.5") << unsigned(K::Float) << false;
    QTest::newRow("00.5") << QByteArray("00.5") << unsigned(K::Float) << true;
    QTest::newRow(".5") << QByteArray(".5") << unsigned(K::Float) << false;
    QTest::newRow("5.") << QByteArray("5.") << unsigned(K::Float) << false;
    QTest::newRow("1e5") << QByteArray("1e5") << unsigned(K::Float) << false;
    QTest::newRow("1E+05") << QByteArray("1E+05") << unsigned(K::Float) << false;
    QTest::newRow("-2e-3") << QByteArray("-2e-3") << unsigned(K::Float) << false;
    QTest::newRow("inf") << QByteArray("inf") << unsigned(K::Float) << false;
    QTest::newRow("-Infinity") << QByteArray("-Infinity") << unsigned(K::Float) << false;
    QTest::newRow("+INF") << QByteArray("+INF") << unsigned(K::Float) << false;
    QTest::newRow("thousands separator") << QByteArray("1,000") << 0u << false;
    QTest::newRow("1.5e") << QByteArray("1.5e") << 0u << false;
    QTest::newRow("1.5d3") << QByteArray("1.5d3") << 0u << false;
    QTest::newRow("hex") << QByteArray("0x10") << 0u << false;
    QTest::newRow("dot") << QByteArray(".") << 0u << false;
    QTest::newRow("sign only") << QByteArray("-") << 0u << false;
    QTest::newRow("True") << QByteArray("True") << unsigned(K::Bool) << false;
    QTest::newRow("false") << QByteArray("false") << unsigned(K::Bool) << false;
    QTest::newRow("TrUe") << QByteArray("TrUe") << unsigned(K::Bool) << false;
    QTest::newRow("yes") << QByteArray("yes") << 0u << false;
    QTest::newRow("date") << QByteArray("2024-02-29") << unsigned(K::Date | K::Datetime) << false;
    QTest::newRow("no Feb 29 in 2023") << QByteArray("2023-02-29") << 0u << false;
    QTest::newRow("month 13") << QByteArray("2024-13-01") << 0u << false;
    QTest::newRow("US date") << QByteArray("02/29/2024") << 0u << false;
    QTest::newRow("datetime T") << QByteArray("2024-01-02T03:04") << unsigned(K::Datetime) << false;
    QTest::newRow("datetime space seconds")
        << QByteArray("2024-01-02 03:04:05") << unsigned(K::Datetime) << false;
    QTest::newRow("datetime fraction Z")
        << QByteArray("2024-01-02T03:04:05.123Z") << unsigned(K::Datetime) << false;
    QTest::newRow("datetime offset")
        << QByteArray("2024-01-02T03:04:05+02:00") << unsigned(K::Datetime) << false;
    QTest::newRow("datetime negative offset")
        << QByteArray("2024-01-02T03:04-0530") << unsigned(K::Datetime) << false;
    QTest::newRow("hour 24") << QByteArray("2024-01-02T24:00") << 0u << false;
    QTest::newRow("empty fraction") << QByteArray("2024-01-02T03:04:05.") << 0u << false;
    QTest::newRow("text") << QByteArray("alpha") << 0u << false;
}

void TestCsvValueClassifier::kinds()
{
    QFETCH(QByteArray, value);
    QFETCH(unsigned, kinds);
    QFETCH(bool, leadingZero);
    CsvValueClassifier::IntInfo info;
    QCOMPARE(CsvValueClassifier::classify(value, CsvValueClassifier::AllKinds, &info), kinds);
    QCOMPARE(info.leadingZero, leadingZero);
}

void TestCsvValueClassifier::integers_data()
{
    using R = CsvValueClassifier::IntRange;
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<int>("range");
    QTest::addColumn<bool>("negative");
    QTest::newRow("int64 max") << QByteArray("9223372036854775807") << int(R::Int64) << false;
    QTest::newRow("int64 min") << QByteArray("-9223372036854775808") << int(R::Int64) << true;
    QTest::newRow("int64 max + 1") << QByteArray("9223372036854775808") << int(R::UInt64) << false;
    QTest::newRow("uint64 max") << QByteArray("18446744073709551615") << int(R::UInt64) << false;
    QTest::newRow("uint64 max + 1")
        << QByteArray("18446744073709551616") << int(R::Beyond) << false;
    QTest::newRow("int64 min - 1") << QByteArray("-9223372036854775809") << int(R::Beyond) << true;
    QTest::newRow("-0") << QByteArray("-0") << int(R::Int64) << false;
}

void TestCsvValueClassifier::integers()
{
    QFETCH(QByteArray, value);
    QFETCH(int, range);
    QFETCH(bool, negative);
    CsvValueClassifier::IntInfo info;
    QVERIFY(CsvValueClassifier::isInt(value, &info));
    QCOMPARE(int(info.range), range);
    QCOMPARE(info.negative, negative);
}

void TestCsvValueClassifier::numberMatchesIntAndFloat()
{
    // classifyNumber is the one-pass fast path of classify: it must agree with isInt and isFloat.
    using K = CsvValueClassifier;
    QFETCH(QByteArray, value);
    K::IntInfo expectedInfo;
    bool floatLeadingZero = false;
    const bool isInt = K::isInt(value, &expectedInfo);
    const bool isFloat = K::isFloat(value, &floatLeadingZero);
    K::IntInfo info;
    const unsigned kinds = K::classifyNumber(value, &info);
    QCOMPARE(kinds, isInt ? unsigned(K::Int | K::Float) : isFloat ? unsigned(K::Float) : 0u);
    if (isInt) {
        QCOMPARE(int(info.range), int(expectedInfo.range));
        QCOMPARE(info.negative, expectedInfo.negative);
        QCOMPARE(info.leadingZero, expectedInfo.leadingZero);
    } else if (isFloat) {
        QCOMPARE(info.leadingZero, floatLeadingZero);
    }
    // Only the number kinds asked for: an integer read as a float keeps its leading-zero flag.
    K::IntInfo floatInfo;
    QCOMPARE(K::classify(value, K::Float, &floatInfo), isFloat ? unsigned(K::Float) : 0u);
    if (isFloat)
        QCOMPARE(floatInfo.leadingZero, floatLeadingZero);
}

void TestCsvValueClassifier::plainNumber_data()
{
    using K = CsvValueClassifier;
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<unsigned>("plain"); // 0: left to classifyNumber
    const unsigned integer = K::Int | K::Float;
    const unsigned real = K::Float;
    for (const char *value : {"0", "7", "42", "007", "02139", "00", "123456789012345"})
        QTest::newRow(value) << QByteArray(value) << integer;
    for (const char *value : {"0.5", "00.5", "3.125", "1.", ".5", "100.123", "0000000000.0001"})
        QTest::newRow(value) << QByteArray(value) << real;
    // Numbers with a sign, an exponent, spaces or 16 bytes and more, and everything else.
    for (const char *value : {"-0",
                              "+3",
                              "-7",
                              " 4",
                              "4 ",
                              "1e5",
                              "1E-3",
                              "inf",
                              "-Infinity",
                              "1234567890123456",
                              "12345678901234567890",
                              "1234567890.123456",
                              "",
                              ".",
                              "..",
                              "1..2",
                              "1.2.3",
                              "1,000",
                              "0x10",
                              "NaN",
                              "NA",
                              "1.#IND",
                              "-1.#QNAN",
                              "True",
                              "FALSE",
                              "2024-01-01",
                              "12a",
                              "a12",
                              "1/2",
                              "\xd9\xa1",
                              "\"12\""})
        QTest::newRow(value[0] ? value : "empty") << QByteArray(value) << 0u;
}

void TestCsvValueClassifier::plainNumber()
{
    // The SIMD test reads 16 bytes whatever the value's length: what follows the value must not
    // change the answer, and every answer must be classifyNumber's.
    using K = CsvValueClassifier;
    QFETCH(QByteArray, value);
    QFETCH(unsigned, plain);
    for (const char after : {'9', '.', ',', '\n', 'x', '\0'}) {
        const QByteArray buffer = value + QByteArray(16, after);
        const QByteArrayView view(buffer.constData(), value.size());
        K::IntInfo info;
        info.leadingZero = !info.leadingZero; // must be overwritten
        QCOMPARE(K::classifyPlainNumber(view, &info), plain);
        if (plain == 0)
            continue;
        K::IntInfo expected;
        QCOMPARE(K::classifyNumber(view, &expected), plain);
        QCOMPARE(info.leadingZero, expected.leadingZero);
        QCOMPARE(info.negative, expected.negative);
        QCOMPARE(int(info.range), int(expected.range));
        QVERIFY(!K::isMissing(view));
    }
}

QTEST_GUILESS_MAIN(TestCsvValueClassifier)
#include "tst_csvvalueclassifier.moc"
