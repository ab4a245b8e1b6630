// H5adReader on files written by the real anndata library (tests/fixtures/h5ad, with the script
// that made them and expected.json, which that script computed from what anndata reads back);
// categorical_07.h5ad is anndata 0.7's layout, which anndata 0.8 reads and cannot write.

#include "model/anndata/H5adReader.h"
#include "tests/support/H5adFixtures.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <unistd.h>

#include <thread>
#include <vector>

using namespace fd;
using namespace Qt::StringLiterals;

namespace {

// What a reader's text should be for what pandas held: missing empty, booleans as Python
// writes them; numbers are compared as numbers.
bool sameValue(const QString &actual, const QJsonValue &expected)
{
    switch (expected.type()) {
    case QJsonValue::Null:
        return actual.isEmpty();
    case QJsonValue::Bool:
        return actual == (expected.toBool() ? u"True"_s : u"False"_s);
    case QJsonValue::Double: {
        bool ok = false;
        const double value = actual.toDouble(&ok);
        return ok && value == expected.toDouble();
    }
    default:
        return actual == expected.toString();
    }
}

QStringList texts(const QJsonArray &array)
{
    QStringList list;
    for (const QJsonValue &value : array)
        list.append(value.toString());
    return list;
}

// Everything the code writes on stderr (file descriptor 2) while `work` runs.
template<typename Work>
QByteArray stderrOf(Work work)
{
    QTemporaryDir dir;
    const QByteArray path = QFile::encodeName(dir.filePath(u"stderr.txt"_s));
    std::fflush(stderr);
    const int saved = ::dup(2);
    const int target = ::open(path.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    ::dup2(target, 2);
    work();
    std::fflush(stderr);
    ::dup2(saved, 2);
    ::close(saved);
    ::close(target);
    QFile file(QFile::decodeName(path));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(unreadable)");
}

} // namespace

class TestH5adReader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void summary_data();
    void summary();
    void values_data() { summary_data(); }
    void values();
    void unknownColumn();
    void badFiles_data();
    void badFiles();
    void badFilesSayNothingOnStderr();
    void looksLikeH5ad();
    void threads();
};

void TestH5adReader::summary_data()
{
    QTest::addColumn<QString>("file");
    const QJsonObject all = test::h5adExpectations();
    QVERIFY2(!all.isEmpty(), "expected.json is missing or empty");
    for (const QString &name : all.keys())
        QTest::newRow(name.toUtf8().constData()) << name;
}

void TestH5adReader::summary()
{
    QFETCH(QString, file);
    const QJsonObject expected = test::h5adExpectations().value(file).toObject();
    const Result<H5adSummary> read = H5adReader(test::h5adFixture(file)).summary();
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message));

    QCOMPARE(read->nObs, expected.value(u"n_obs"_s).toInteger());
    QCOMPARE(read->nVars, expected.value(u"n_vars"_s).toInteger());
    const QJsonValue x = expected.value(u"x"_s);
    QCOMPARE(read->x.present, !x.isNull());
    if (!x.isNull()) {
        const QJsonObject matrix = x.toObject();
        QCOMPARE(read->x.dtype, matrix.value(u"dtype"_s).toString());
        QCOMPARE(read->x.sparse, matrix.value(u"sparse"_s).toBool());
        QCOMPARE(read->x.encoding, matrix.value(u"encoding"_s).toString());
        const QJsonArray shape = matrix.value(u"shape"_s).toArray();
        QCOMPARE(read->x.rows, shape.at(0).toInteger());
        QCOMPARE(read->x.columns, shape.at(1).toInteger());
    }

    const std::pair<const H5adFrame *, QString> frames[]
        = {{&read->obs, u"obs"_s}, {&read->var, u"var"_s}};
    for (const auto &[frame, name] : frames) {
        const QJsonObject want = expected.value(name).toObject();
        QCOMPARE(frame->index, want.value(u"index"_s).toString());
        QCOMPARE(frame->rows, want.value(u"index_values"_s).toArray().size());
        const QJsonArray columns = want.value(u"columns"_s).toArray();
        QCOMPARE(frame->columns.size(), columns.size());
        for (qsizetype i = 0; i < columns.size(); ++i) {
            const QJsonObject column = columns.at(i).toObject();
            const H5adColumn &got = frame->columns.at(i);
            const QByteArray where = (name + u'/' + got.name).toUtf8();
            QVERIFY2(got.name == column.value(u"name"_s).toString(), where.constData());
            QVERIFY2(got.dtype == column.value(u"dtype"_s).toString(),
                     QByteArray(where + " dtype " + got.dtype.toUtf8()).constData());
            QVERIFY2(
                got.missing == column.value(u"n_missing"_s).toInteger(),
                QByteArray(where + " n_missing " + QByteArray::number(got.missing)).constData());
            QVERIFY2(
                got.distinct == column.value(u"n_distinct"_s).toInteger(),
                QByteArray(where + " n_distinct " + QByteArray::number(got.distinct)).constData());
            QVERIFY2(got.note.isEmpty(), QByteArray(where + " " + got.note.toUtf8()).constData());
            QVERIFY2(got.ordered == column.value(u"ordered"_s).toBool(), where.constData());
        }
    }
}

void TestH5adReader::values()
{
    QFETCH(QString, file);
    const QJsonObject expected = test::h5adExpectations().value(file).toObject();
    const H5adReader reader(test::h5adFixture(file));
    for (const H5adSlot slot : {H5adSlot::Obs, H5adSlot::Var}) {
        const QString name = slot == H5adSlot::Obs ? u"obs"_s : u"var"_s;
        const QJsonObject want = expected.value(name).toObject();
        const Result<QStringList> index = reader.values(slot);
        QVERIFY2(index.ok(), qPrintable(index.ok() ? QString() : index.error().message));
        QCOMPARE(*index, texts(want.value(u"index_values"_s).toArray()));
        // The index is also reachable by its own name.
        const Result<QStringList> byName = reader.values(slot, want.value(u"index"_s).toString());
        QVERIFY(byName.ok());
        QCOMPARE(*byName, *index);

        for (const QJsonValue &value : want.value(u"columns"_s).toArray()) {
            const QJsonObject column = value.toObject();
            const QString columnName = column.value(u"name"_s).toString();
            const Result<QStringList> read = reader.values(slot, columnName);
            QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message));
            const QJsonArray cells = column.value(u"values"_s).toArray();
            QCOMPARE(read->size(), cells.size());
            for (qsizetype i = 0; i < cells.size(); ++i) {
                QVERIFY2(
                    sameValue(read->at(i), cells.at(i)),
                    qPrintable(
                        u"%1/%2 row %3: \"%4\""_s.arg(name, columnName).arg(i).arg(read->at(i))));
            }
        }
    }
}

void TestH5adReader::unknownColumn()
{
    const QString path = test::h5adFixture(u"dense_float.h5ad"_s);
    const Result<QStringList> read = H5adReader(path).values(H5adSlot::Var, u"ensembl"_s);
    QVERIFY(!read.ok());
    QCOMPARE(read.error().code, Error::Code::NotFound);
    QVERIFY2(read.error().message.contains(QDir::toNativeSeparators(path)),
             qPrintable(read.error().message));
    // The columns there are, so that the user can pick one.
    QVERIFY2(read.error().message.contains(u"gene_ids"_s), qPrintable(read.error().message));
}

void TestH5adReader::badFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<Error::Code>("code");
    QTest::addColumn<QString>("says");
    QTest::addColumn<QString>("column"); // an obs column whose values() fail the same way

    QTest::newRow("missing") << u"absent.h5ad"_s << Error::Code::NotFound << u"does not exist"_s
                             << u"cell_type"_s;
    QTest::newRow("empty") << u"empty.h5ad"_s << Error::Code::Invalid << u"file is empty"_s
                           << u"cell_type"_s;
    QTest::newRow("not HDF5") << u"not_hdf5.h5ad"_s << Error::Code::Invalid << u"not an HDF5 file"_s
                              << u"cell_type"_s;
    QTest::newRow("truncated") << u"truncated.h5ad"_s << Error::Code::Corrupt
                               << u"file is truncated"_s << u"cell_type"_s;
    QTest::newRow("no obs") << u"no_obs.h5ad"_s << Error::Code::Invalid << u"no \"obs\" group"_s
                            << u"cell_type"_s;
    QTest::newRow("no var") << u"no_var.h5ad"_s << Error::Code::Invalid << u"no \"var\" group"_s
                            << u"cell_type"_s;
    QTest::newRow("LZF") << u"lzf.h5ad"_s << Error::Code::Io
                         << u"compressed with LZF (HDF5 filter 32000)"_s << u"cell_type"_s;
    QTest::newRow("Blosc") << u"blosc.h5ad"_s << Error::Code::Io
                           << u"obs/n_genes is compressed with Blosc (HDF5 filter 32001)"_s
                           << u"n_genes"_s;
    QTest::newRow("before anndata 0.7")
        << u"old_compound.h5ad"_s << Error::Code::Invalid
        << u"obs is a compound table without encoding-type attributes: the file was written by "
           "anndata before 0.7"_s
        << u"n_genes"_s;
}

void TestH5adReader::badFiles()
{
    QFETCH(QString, file);
    QFETCH(Error::Code, code);
    QFETCH(QString, says);
    QFETCH(QString, column);
    // Beside the others, also the one that is not there.
    const QString path
        = QFileInfo(test::h5adFixture(u"expected.json"_s)).absoluteDir().filePath(file);

    const Result<H5adSummary> summary = H5adReader(path).summary();
    QVERIFY(!summary.ok());
    QCOMPARE(summary.error().code, code);
    const QString message = summary.error().message;
    QVERIFY2(message.contains(QDir::toNativeSeparators(path)), qPrintable(message));
    QVERIFY2(message.contains(says), qPrintable(message));

    // Reading the values fails the same way: nothing is misread.
    const Result<QStringList> values = H5adReader(path).values(H5adSlot::Obs, column);
    QVERIFY(!values.ok());
    QCOMPARE(values.error().code, code);
    QVERIFY2(values.error().message.contains(says), qPrintable(values.error().message));
}

void TestH5adReader::badFilesSayNothingOnStderr()
{
    const QByteArray said = stderrOf([] {
        for (const QString &name : {u"truncated.h5ad"_s, u"lzf.h5ad"_s, u"not_hdf5.h5ad"_s,
                                    u"no_obs.h5ad"_s, u"old_compound.h5ad"_s}) {
            const Result<H5adSummary> summary = H5adReader(test::h5adFixture(name)).summary();
            Q_UNUSED(summary);
        }
    });
    QVERIFY2(said.isEmpty(), said.constData());
}

void TestH5adReader::looksLikeH5ad()
{
    QVERIFY(H5adReader::looksLikeH5ad(test::h5adFixture(u"dense_float.h5ad"_s)));
    QVERIFY(H5adReader::looksLikeH5ad(u"/nowhere/cells.H5AD"_s));
    QVERIFY(!H5adReader::looksLikeH5ad(u"/nowhere/cells.csv"_s));

    // An HDF5 file under any other name, by its signature; a text file is not one.
    QTemporaryDir dir;
    const QString renamed = dir.filePath(u"cells.bin"_s);
    QVERIFY(QFile::copy(test::h5adFixture(u"dense_float.h5ad"_s), renamed));
    QVERIFY(H5adReader::looksLikeH5ad(renamed));
    const QString text = dir.filePath(u"cells.txt"_s);
    QVERIFY(QFile::copy(test::h5adFixture(u"not_hdf5.h5ad"_s), text));
    QVERIFY(!H5adReader::looksLikeH5ad(text));
    const Result<H5adSummary> read = H5adReader(renamed).summary();
    QVERIFY(read.ok());
    QCOMPARE(read->nObs, 6);
}

void TestH5adReader::threads()
{
    // Several readers at once, on one file and on different ones, as workers may run them.
    const QStringList files {u"dense_float.h5ad"_s, u"sparse_csr_int.h5ad"_s,
                             u"gzip_dense_float.h5ad"_s, u"lzf.h5ad"_s};
    std::vector<QString> outcomes(8);
    std::vector<std::thread> workers;
    for (std::size_t i = 0; i < outcomes.size(); ++i) {
        workers.emplace_back([&outcomes, &files, i] {
            for (int round = 0; round < 10; ++round) {
                const Result<H5adSummary> read
                    = H5adReader(test::h5adFixture(files.at(qsizetype(i % 4)))).summary();
                outcomes[i]
                    = read.ok() ? QString::number(read->obs.columns.size()) : read.error().message;
            }
        });
    }
    for (std::thread &worker : workers)
        worker.join();
    for (std::size_t i = 0; i < outcomes.size(); ++i) {
        const Result<H5adSummary> alone
            = H5adReader(test::h5adFixture(files.at(qsizetype(i % 4)))).summary();
        QCOMPARE(outcomes[i],
                 alone.ok() ? QString::number(alone->obs.columns.size()) : alone.error().message);
    }
}

QTEST_GUILESS_MAIN(TestH5adReader)
#include "tst_h5adreader.moc"
