#pragma once

#include "model/comparison/ArtifactComparison.h"
#include "model/comparison/ComparisonExport.h"
#include "model/db/RegistryLocation.h"

#include <QDialog>
#include <QThreadPool>

#include <functional>
#include <optional>

class QAbstractItemModel;
class QBarCategoryAxis;
class QChartView;
class QCheckBox;
class QComboBox;
class QHorizontalPercentBarSeries;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QValueAxis;

namespace fd {

class ComparisonMembersModel;
class ComparisonModel;
class Registry;

// The Compare view: two artifacts slot by slot (or two feature sets), whether each slot holds
// the same set (then the two can be concatenated there) or how the sets overlap, as a table, a
// bar per slot divided into shared / only in A / only in B (a percent-stacked bar series bound to
// the table's model through a QVBarModelMapper), and the members of the selected slot, filterable
// by side and text; the differences export as TSV or CSV.
//
// Built from data, never SQL: the caller passes the candidates, where the registry is and a
// function that compares two of them over a registry connection. A is the first candidate; with
// more than two, a combo box chooses B among the others (the second one first). The function runs
// on a worker over a connection of its own (runOnRegistry), when the dialog opens and each time B
// changes; until its answer arrives the dialog says it is comparing, and an answer for a B no
// longer chosen is dropped. location() is asked each time (none: no registry is open).
// MainWindow:
//
//     QList<ComparisonDialog::Candidate> selected = ...; // {uid, key} per selected artifact
//     auto *dialog = new ComparisonDialog(
//         selected, [session] { return session->location(); },
//         [](Registry &registry, const QString &a, const QString &b) {
//             return ArtifactComparison::compare(registry, a, b);
//         },
//         this);
//     dialog->setAttribute(Qt::WA_DeleteOnClose);
//     dialog->open();
//
// For sets: {uid, name} per selected set, and a function returning Result<SlotComparison> from
// ArtifactComparison::compareSets, which picks the second constructor.
class ComparisonDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComparisonDialog)

public:
    struct Candidate
    {
        QString uid;
        QString label; // an artifact's key, a set's name; empty: the uid alone is shown
    };
    // Run on a worker: they may use the registry they are given and nothing of the window.
    using CompareArtifacts = std::function<Result<QList<SlotComparison>>(
        Registry &registry, const QString &uidA, const QString &uidB)>;
    using CompareSets = std::function<Result<SlotComparison>(
        Registry &registry, const QString &setUidA, const QString &setUidB)>;
    using Location = std::function<std::optional<RegistryLocation>()>;
    enum class Subject { Artifacts, FeatureSets };

    // Two or more artifacts, compared slot by slot.
    ComparisonDialog(QList<Candidate> artifacts, Location location, CompareArtifacts compare,
                     QWidget *parent = nullptr);
    // Two or more feature sets, compared directly (one row, no slot).
    ComparisonDialog(QList<Candidate> sets, Location location, CompareSets compare,
                     QWidget *parent = nullptr);
    ~ComparisonDialog() override;

    Subject subject() const { return m_subject; }
    // Whether the comparison asked for last is still running on the worker.
    bool isComparing() const { return m_comparing; }
    // Which candidate is B (an index into the candidates, 1 or more); compares again.
    void setCandidateB(int index);
    int candidateB() const { return m_candidateB; }

    // The differences of the current comparison (and the shared members when the box is
    // checked), as TSV or CSV by the file name's suffix; the Export button asks for the path.
    Status exportTo(const QString &path) const;

    ComparisonModel *comparisonModel() const { return m_model; }
    ComparisonMembersModel *membersModel() const { return m_members; }
    QSortFilterProxyModel *membersProxy() const
    {
        return m_textProxy;
    } // what the members view shows
    QComboBox *candidateBBox() const { return m_candidateBox; }
    QTableView *slotsView() const { return m_slotsView; }
    QTableView *membersView() const { return m_membersView; }
    QChartView *chartView() const { return m_chartView; }
    // What the chart's mapper reads: the slots in reverse, the first one drawn at the top.
    QAbstractItemModel *chartModel() const;
    QLineEdit *filterEdit() const { return m_filter; }
    QComboBox *sideBox() const { return m_side; }
    QCheckBox *includeSharedBox() const { return m_includeShared; }
    QPushButton *exportButton() const { return m_export; }
    QPushButton *saveChartButton() const { return m_saveChart; }
    QLabel *summaryLabel() const { return m_summary; }

private:
    ComparisonDialog(Subject subject, QList<Candidate> candidates, Location location,
                     CompareArtifacts compare, QWidget *parent);
    QWidget *buildHeader();
    QWidget *buildChart();
    QWidget *buildMembers();
    QString candidateText(int index) const;
    void compareNow();
    void showCompared(const Result<QList<SlotComparison>> &compared);
    void updateSummary(const Error *error);
    void updateCategories();
    void fitSlotsView();
    void showSlot(int row);
    void applySide();
    void chooseExportPath();

    Subject m_subject;
    QList<Candidate> m_candidates;
    Location m_location;
    CompareArtifacts m_compare;
    int m_candidateB = 1;
    quint64 m_generation = 0; // of the last comparison asked for
    bool m_comparing = false;

    ComparisonModel *m_model;
    ComparisonMembersModel *m_members;
    QSortFilterProxyModel *m_sideProxy;
    QSortFilterProxyModel *m_textProxy;
    QSortFilterProxyModel *m_chartRows; // the slots bottom-up, for the chart

    QComboBox *m_candidateBox = nullptr;
    QLabel *m_summary = nullptr;
    QTableView *m_slotsView = nullptr;
    QChartView *m_chartView = nullptr;
    QHorizontalPercentBarSeries *m_series = nullptr;
    QBarCategoryAxis *m_categories = nullptr;
    QValueAxis *m_counts = nullptr;
    QLabel *m_membersTitle = nullptr;
    QLineEdit *m_filter = nullptr;
    QComboBox *m_side = nullptr;
    QTableView *m_membersView = nullptr;
    QCheckBox *m_includeShared = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_saveChart = nullptr;
    QLabel *m_exportStatus = nullptr;
    QThreadPool m_pool; // last: destroyed (waiting for a comparison) first
};

} // namespace fd
