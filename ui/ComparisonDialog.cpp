#include "ui/ComparisonDialog.h"

#include "model/comparison/ComparisonMembersModel.h"
#include "model/comparison/ComparisonModel.h"
#include "model/db/RegistryWorker.h"
#include "ui/ChartExport.h"
#include "ui/ErrorPresenter.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QCursor>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalPercentBarSeries>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLegend>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QToolTip>
#include <QVBarModelMapper>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace fd {

namespace {

// Okabe–Ito colours, told apart with any colour vision. Colour is never the only cue: the legend
// names each one, the table has the counts, and hovering a part of a bar tells its count.
QColor sideColor(MemberSide side)
{
    switch (side) {
    case MemberSide::Shared:
        return QColor(0x99, 0x99, 0x99); // grey: what the two have in common
    case MemberSide::OnlyA:
        return QColor(0xE6, 0x9F, 0x00); // orange
    case MemberSide::OnlyB:
        return QColor(0x00, 0x72, 0xB2); // blue
    }
    return {};
}

QTableView *makeTable(QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->setVisible(false);
    view->horizontalHeader()->setHighlightSections(false);
    return view;
}

} // namespace

ComparisonDialog::ComparisonDialog(QList<Candidate> artifacts, Location location,
                                   CompareArtifacts compare, QWidget *parent)
    : ComparisonDialog(Subject::Artifacts, std::move(artifacts), std::move(location),
                       std::move(compare), parent)
{
}

ComparisonDialog::ComparisonDialog(QList<Candidate> sets, Location location, CompareSets compare,
                                   QWidget *parent)
    : ComparisonDialog(
        Subject::FeatureSets, std::move(sets), std::move(location),
        [compare = std::move(compare)](Registry &registry, const QString &a,
                                       const QString &b) -> Result<QList<SlotComparison>> {
            Result<SlotComparison> compared = compare(registry, a, b);
            if (!compared)
                return compared.error();
            return QList<SlotComparison> {std::move(compared).value()};
        },
        parent)
{
}

ComparisonDialog::ComparisonDialog(Subject subject, QList<Candidate> candidates, Location location,
                                   CompareArtifacts compare, QWidget *parent)
    : QDialog(parent)
    , m_subject(subject)
    , m_candidates(std::move(candidates))
    , m_location(std::move(location))
    , m_compare(std::move(compare))
    , m_model(new ComparisonModel(this))
    , m_members(new ComparisonMembersModel(this))
    , m_sideProxy(new QSortFilterProxyModel(this))
    , m_textProxy(new QSortFilterProxyModel(this))
    , m_chartRows(new QSortFilterProxyModel(this))
{
    setWindowTitle(m_subject == Subject::Artifacts ? tr("Compare artifacts")
                                                   : tr("Compare feature sets"));
    // By side first, then by text: the members view shows the second proxy.
    m_sideProxy->setSourceModel(m_members);
    m_sideProxy->setFilterRole(ComparisonMembersModel::SideRole);
    m_textProxy->setSourceModel(m_sideProxy);
    m_textProxy->setFilterRole(ComparisonMembersModel::SearchRole);
    m_textProxy->setFilterKeyColumn(-1);
    m_textProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_textProxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    // A horizontal bar chart draws its first category at the bottom (and a category axis cannot
    // be reversed for bars): the chart reads the slots bottom-up, so that they read top-down as in
    // the table. The comparison lists slots by name, so by name descending is exactly reversed.
    m_chartRows->setSourceModel(m_model);
    m_chartRows->sort(ComparisonModel::Slot, Qt::DescendingOrder);

    m_slotsView = makeTable(this);
    m_slotsView->setModel(m_model);
    m_slotsView->setAccessibleName(m_subject == Subject::Artifacts ? tr("Slots compared")
                                                                   : tr("Sets compared"));
    // Slot, verdict and counts as wide as they need (a long slot name within reason); the set
    // names share the rest, elided, with the whole name and uid in their tooltip.
    QHeaderView *slotsHeader = m_slotsView->horizontalHeader();
    slotsHeader->setMaximumSectionSize(fontMetrics().averageCharWidth() * 40);
    slotsHeader->setSectionResizeMode(QHeaderView::ResizeToContents);
    slotsHeader->setSectionResizeMode(ComparisonModel::SetA, QHeaderView::Stretch);
    slotsHeader->setSectionResizeMode(ComparisonModel::SetB, QHeaderView::Stretch);
    // Two sets have no slot.
    m_slotsView->setColumnHidden(ComparisonModel::Slot, m_subject == Subject::FeatureSets);
    connect(m_slotsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showSlot(current.row()); });

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(buildChart());
    split->addWidget(buildMembers());
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setSizes({480, 480}); // half and half to start with
    split->setChildrenCollapsible(false);

    m_includeShared = new QCheckBox(tr("Include &shared members"), this);
    m_includeShared->setToolTip(
        tr("Export the members both have as well, not only the differences."));
    m_export = new QPushButton(tr("&Export differences…"), this);
    m_export->setAccessibleName(tr("Export differences"));
    m_export->setToolTip(
        tr("Save the members only in A or only in B, slot by slot, as TSV or CSV."));
    m_exportStatus = new QLabel(this);
    m_exportStatus->setTextFormat(Qt::PlainText);
    m_saveChart = new QPushButton(tr("Save char&t…"), this);
    m_saveChart->setAccessibleName(tr("Save chart"));
    m_saveChart->setToolTip(tr("Save the chart as a PNG or SVG image"));
    m_saveChart->setAutoDefault(false); // Return in the filter box must not open a file dialog
    connect(m_saveChart, &QPushButton::clicked, this, [this] {
        QString base = tr("comparison");
        for (int index : {0, m_candidateB})
            if (index < m_candidates.size()) {
                const Candidate &candidate = m_candidates.at(index);
                base += QLatin1Char('-')
                    + (candidate.label.isEmpty() ? candidate.uid : candidate.label);
            }
        base.replace(QRegularExpression(QStringLiteral("[^\\w.-]+")), QStringLiteral("_"));
        if (const QString path = chooseAndSaveChart(m_chartView, base, this); !path.isEmpty())
            m_exportStatus->setText(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_saveChart, QDialogButtonBox::ActionRole);
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_export, &QPushButton::clicked, this, &ComparisonDialog::chooseExportPath);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_includeShared);
    bottom->addWidget(m_exportStatus, 1);
    bottom->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildHeader());
    layout->addWidget(m_slotsView);
    layout->addWidget(split, 1);
    layout->addLayout(bottom);

    resize(960, 680);
    compareNow();
}

ComparisonDialog::~ComparisonDialog() = default;

QAbstractItemModel *ComparisonDialog::chartModel() const
{
    return m_chartRows;
}

QString ComparisonDialog::candidateText(int index) const
{
    const Candidate &candidate = m_candidates.at(index);
    if (candidate.label.isEmpty() || candidate.label == candidate.uid)
        return candidate.uid;
    return tr("%1 (%2)").arg(candidate.label, candidate.uid);
}

QWidget *ComparisonDialog::buildHeader()
{
    auto *header = new QWidget(this);
    auto *form = new QFormLayout(header);
    form->setContentsMargins(0, 0, 0, 0);
    const bool artifacts = m_subject == Subject::Artifacts;
    auto *a
        = new QLabel(m_candidates.isEmpty() ? tr("nothing selected") : candidateText(0), header);
    a->setTextFormat(Qt::PlainText);
    a->setTextInteractionFlags(Qt::TextSelectableByMouse);
    a->setAccessibleName(artifacts ? tr("Artifact A") : tr("Set A"));
    form->addRow(artifacts ? tr("Artifact A:") : tr("Set A:"), a);

    m_candidateBox = new QComboBox(header);
    m_candidateBox->setAccessibleName(artifacts ? tr("Artifact B") : tr("Set B"));
    m_candidateBox->setToolTip(tr("A is the first one selected; choose which of the others is B."));
    m_candidateBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (int i = 1; i < m_candidates.size(); ++i)
        m_candidateBox->addItem(candidateText(i), i);
    connect(m_candidateBox, &QComboBox::activated, this,
            [this](int item) { setCandidateB(m_candidateBox->itemData(item).toInt()); });
    if (m_candidates.size() > 2) {
        auto *row = new QHBoxLayout;
        row->addWidget(m_candidateBox);
        row->addStretch(1);
        form->addRow(artifacts ? tr("Artifact &B:") : tr("Set &B:"), row);
        // QFormLayout made the label; its buddy is the box, for the mnemonic.
        if (auto *label = qobject_cast<QLabel *>(form->labelForField(row)))
            label->setBuddy(m_candidateBox);
    } else {
        // With exactly two there is nothing to choose: B is shown as text.
        m_candidateBox->setVisible(false);
        auto *b = new QLabel(m_candidates.size() > 1 ? candidateText(1) : tr("nothing selected"),
                             header);
        b->setTextFormat(Qt::PlainText);
        b->setTextInteractionFlags(Qt::TextSelectableByMouse);
        b->setAccessibleName(artifacts ? tr("Artifact B") : tr("Set B"));
        form->addRow(artifacts ? tr("Artifact B:") : tr("Set B:"), b);
    }

    m_summary = new QLabel(header);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setAccessibleName(tr("Verdict"));
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    form->addRow(m_summary);
    return header;
}

QWidget *ComparisonDialog::buildChart()
{
    // Percent bars: each slot's bar is that slot's members, divided into shared, only in A and only
    // in B. Slots differ in size by orders of magnitude (20,000 genes beside 12 columns), and on
    // one count scale the small ones would vanish; the counts are on the bars and in the table.
    m_series = new QHorizontalPercentBarSeries;
    m_series->setLabelsVisible(true);
    m_series->setLabelsPosition(QAbstractBarSeries::LabelsCenter);
    // One bar set per count column, labelled by the column header; a bar per slot (row).
    auto *mapper = new QVBarModelMapper(this);
    mapper->setFirstBarSetColumn(ComparisonModel::Shared);
    mapper->setLastBarSetColumn(ComparisonModel::OnlyB);
    mapper->setFirstRow(0);
    mapper->setRowCount(-1);
    mapper->setSeries(m_series);
    mapper->setModel(m_chartRows);
    // Colour the sets the mapper makes; never relabel them (the mapper would write the label
    // back to the model and rebuild its sets under us).
    const auto styleSets = [this](const QList<QBarSet *> &added) {
        const QList<QBarSet *> sets = m_series->barSets();
        for (QBarSet *set : added) {
            const MemberSide side
                = ComparisonModel::sideOfColumn(ComparisonModel::Shared + int(sets.indexOf(set)));
            const QColor color = sideColor(side);
            set->setColor(color);
            set->setBorderColor(palette().color(QPalette::Base));
            // Black on the light bars, white on the dark one: by perceived brightness.
            const int brightness
                = (299 * color.red() + 587 * color.green() + 114 * color.blue()) / 1000;
            set->setLabelColor(brightness > 128 ? Qt::black : Qt::white);
        }
    };
    connect(m_series, &QAbstractBarSeries::barsetsAdded, this, styleSets);
    connect(m_series, &QAbstractBarSeries::hovered, this, [this](bool over, int bar, QBarSet *set) {
        if (!over || bar < 0 || bar >= m_chartRows->rowCount()) {
            QToolTip::hideText();
            return;
        }
        const QString slot = m_chartRows->index(bar, ComparisonModel::Slot).data().toString();
        const QString count = QLocale().toString(qRound(set->at(bar)));
        QToolTip::showText(QCursor::pos(),
                           slot.isEmpty() ? tr("%1: %2").arg(set->label(), count)
                                          : tr("%1, %2: %3").arg(slot, set->label(), count),
                           m_chartView);
    });
    styleSets(m_series->barSets());

    auto *chart = new QChart;
    chart->setTheme(palette().color(QPalette::Base).lightness() < 128 ? QChart::ChartThemeDark
                                                                      : QChart::ChartThemeLight);
    chart->addSeries(m_series);
    styleSets(m_series->barSets()); // the theme recoloured them
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
    m_categories = new QBarCategoryAxis(chart);
    m_counts = new QValueAxis(chart);
    m_counts->setLabelFormat(QStringLiteral("%d%%"));
    m_counts->setTitleText(tr("Share of the slot's members"));
    m_counts->setRange(0, 100);
    m_counts->setTickCount(5);
    chart->addAxis(m_categories, Qt::AlignLeft);
    chart->addAxis(m_counts, Qt::AlignBottom);
    m_series->attachAxis(m_categories);
    m_series->attachAxis(m_counts);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    chart->setAnimationOptions(QChart::NoAnimation);
    connect(m_chartRows, &QAbstractItemModel::modelReset, this,
            &ComparisonDialog::updateCategories);

    m_chartView = new QChartView(chart, this);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumSize(320, 180);
    m_chartView->setAccessibleName(tr("Chart of shared and differing members per slot"));
    m_chartView->setToolTip(tr("Per slot: members in both sets, only in A and only in B."));
    return m_chartView;
}

void ComparisonDialog::updateCategories()
{
    QStringList categories;
    for (int row = 0; row < m_chartRows->rowCount(); ++row) {
        const QString slot = m_chartRows->index(row, ComparisonModel::Slot).data().toString();
        // The axis needs a name per bar: two sets have no slot (and one row).
        categories.append(slot.isEmpty() ? tr("members") : slot);
    }
    m_categories->setCategories(categories);
    // Counts on the bars only while every part is wide enough to hold one; else they would pile
    // up on the thin ones (the table has them all, and hovering a part tells its count).
    bool roomForLabels = true;
    for (const SlotComparison &comparison : m_model->comparisons()) {
        const qsizetype total
            = comparison.shared.size() + comparison.onlyA.size() + comparison.onlyB.size();
        for (MemberSide side : {MemberSide::Shared, MemberSide::OnlyA, MemberSide::OnlyB}) {
            const qsizetype count = comparison.members(side).size();
            if (count > 0 && count * 12 < total)
                roomForLabels = false;
        }
    }
    m_series->setLabelsVisible(roomForLabels);
}

void ComparisonDialog::fitSlotsView()
{
    // Tall enough for the slots (up to eight), so that the chart and the members get the rest.
    const int rows = std::clamp(m_model->rowCount(), 1, 8);
    const int height = m_slotsView->horizontalHeader()->sizeHint().height()
        + rows * m_slotsView->verticalHeader()->defaultSectionSize()
        + 2 * m_slotsView->frameWidth();
    m_slotsView->setFixedHeight(height);
}

QWidget *ComparisonDialog::buildMembers()
{
    auto *panel = new QWidget(this);
    m_membersTitle = new QLabel(panel);
    m_membersTitle->setTextFormat(Qt::PlainText);
    m_membersTitle->setWordWrap(true);

    m_filter = new QLineEdit(panel);
    m_filter->setPlaceholderText(tr("Filter by name or uid"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter members"));
    connect(m_filter, &QLineEdit::textChanged, m_textProxy,
            &QSortFilterProxyModel::setFilterFixedString);

    m_side = new QComboBox(panel);
    m_side->setAccessibleName(tr("Show members"));
    m_side->addItem(QString(), QString());
    m_side->addItem(QString(), memberSideKey(MemberSide::OnlyA));
    m_side->addItem(QString(), memberSideKey(MemberSide::OnlyB));
    m_side->addItem(QString(), memberSideKey(MemberSide::Shared));
    m_side->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_side, &QComboBox::currentIndexChanged, this, &ComparisonDialog::applySide);

    auto *filterLabel = new QLabel(tr("&Filter:"), panel);
    filterLabel->setBuddy(m_filter);
    auto *sideLabel = new QLabel(tr("S&how:"), panel);
    sideLabel->setBuddy(m_side);
    auto *controls = new QHBoxLayout;
    controls->addWidget(filterLabel);
    controls->addWidget(m_filter, 1);
    controls->addWidget(sideLabel);
    controls->addWidget(m_side);

    m_membersView = makeTable(panel);
    m_membersView->setModel(m_textProxy);
    m_membersView->setSortingEnabled(true);
    m_membersView->sortByColumn(-1, Qt::AscendingOrder); // the model's order until a click
    m_membersView->setAccessibleName(tr("Members of the selected slot"));
    m_membersView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_membersView->horizontalHeader()->setStretchLastSection(true);

    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_membersTitle);
    layout->addLayout(controls);
    layout->addWidget(m_membersView, 1);
    return panel;
}

void ComparisonDialog::setCandidateB(int index)
{
    if (index < 1 || index >= m_candidates.size())
        return;
    m_candidateB = index;
    m_candidateBox->setCurrentIndex(m_candidateBox->findData(index));
    compareNow();
}

void ComparisonDialog::compareNow()
{
    m_exportStatus->clear();
    if (m_candidates.size() < 2 || !m_compare) {
        ++m_generation;
        m_comparing = false;
        m_model->setComparisons({});
        const Error error
            = Error::make(Error::Code::Invalid, tr("Select at least two to compare."));
        updateSummary(&error);
        showSlot(-1);
        fitSlotsView();
        return;
    }
    const quint64 generation = ++m_generation;
    const std::optional<RegistryLocation> location = m_location ? m_location() : std::nullopt;
    if (!location) {
        m_comparing = false;
        showCompared(Error::make(Error::Code::NotFound, tr("No registry is open.")));
        return;
    }
    // What the last B showed is not this comparison: cleared until the answer arrives.
    m_comparing = true;
    m_model->setComparisons({});
    showSlot(-1);
    m_export->setEnabled(false);
    m_summary->setText(tr("Comparing…"));
    fitSlotsView();
    runOnRegistry(
        m_pool, *location, this,
        [compare = m_compare, a = m_candidates.at(0).uid, b = m_candidates.at(m_candidateB).uid](
            Registry &registry) { return compare(registry, a, b); },
        [this, generation](const Result<QList<SlotComparison>> &compared) {
            if (generation != m_generation)
                return; // another B was chosen meanwhile
            m_comparing = false;
            showCompared(compared);
        });
}

void ComparisonDialog::showCompared(const Result<QList<SlotComparison>> &compared)
{
    m_model->setComparisons(compared ? *compared : QList<SlotComparison>());
    updateSummary(compared ? nullptr : &compared.error());
    if (m_model->rowCount() > 0) {
        // The first slot that differs is the interesting one.
        int row = 0;
        for (int i = 0; i < m_model->rowCount(); ++i)
            if (!m_model->comparison(i).same) {
                row = i;
                break;
            }
        m_slotsView->setCurrentIndex(m_model->index(row, ComparisonModel::Verdict));
    } else {
        showSlot(-1);
    }
    fitSlotsView();
}

void ComparisonDialog::updateSummary(const Error *error)
{
    m_export->setEnabled(error == nullptr && m_model->rowCount() > 0);
    if (error) {
        m_summary->setText(tr("Could not compare: %1").arg(error->message));
        return;
    }
    const int slots = m_model->rowCount();
    const int same = m_model->sameCount();
    if (m_subject == Subject::FeatureSets) {
        m_summary->setText(same > 0 ? tr("The same set: the same members.")
                                    : tr("Different sets: see below what each has that the other "
                                         "has not."));
        return;
    }
    if (slots == 0)
        m_summary->setText(tr("Neither has a feature set attached: there is nothing to compare."));
    else if (same == slots)
        m_summary->setText(
            tr("The same set in every slot (%n): A and B can be concatenated.", nullptr, slots));
    else
        m_summary->setText(tr("Different in %1 of %n slot(s): A and B cannot be concatenated "
                              "as they are.",
                              nullptr, slots)
                               .arg(QLocale().toString(slots - same)));
}

void ComparisonDialog::showSlot(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        m_members->clear();
        m_membersTitle->setText(tr("No slot selected."));
    } else {
        const SlotComparison &comparison = m_model->comparison(row);
        m_members->setComparison(comparison);
        const QString counts = tr("%1 shared, %2 only in A, %3 only in B")
                                   .arg(QLocale().toString(m_members->count(MemberSide::Shared)),
                                        QLocale().toString(m_members->count(MemberSide::OnlyA)),
                                        QLocale().toString(m_members->count(MemberSide::OnlyB)));
        m_membersTitle->setText(comparison.slot.isEmpty()
                                    ? tr("Members: %1").arg(counts)
                                    : tr("Members in slot %1: %2").arg(comparison.slot, counts));
    }
    const auto itemText = [this](const QString &label, MemberSide side) {
        return tr("%1 (%2)").arg(label, QLocale().toString(m_members->count(side)));
    };
    m_side->setItemText(0, tr("all (%1)").arg(QLocale().toString(m_members->rowCount())));
    m_side->setItemText(
        1, itemText(ComparisonMembersModel::sideLabel(MemberSide::OnlyA), MemberSide::OnlyA));
    m_side->setItemText(
        2, itemText(ComparisonMembersModel::sideLabel(MemberSide::OnlyB), MemberSide::OnlyB));
    m_side->setItemText(
        3, itemText(ComparisonMembersModel::sideLabel(MemberSide::Shared), MemberSide::Shared));
    m_membersView->resizeColumnToContents(ComparisonMembersModel::Name);
    m_membersView->resizeColumnToContents(ComparisonMembersModel::Uid);
}

void ComparisonDialog::applySide()
{
    const QString key = m_side->currentData().toString();
    m_sideProxy->setFilterRegularExpression(
        key.isEmpty() ? QString() : QStringLiteral("^%1$").arg(QRegularExpression::escape(key)));
}

Status ComparisonDialog::exportTo(const QString &path) const
{
    if (m_comparing)
        return Error::make(Error::Code::Invalid,
                           tr("The comparison is still running; export it when it is shown."));
    return ComparisonExport::write(
        path, ComparisonExport::formatForPath(path), m_model->comparisons(),
        m_includeShared->isChecked() ? ComparisonExport::Members::All
                                     : ComparisonExport::Members::Differences);
}

void ComparisonDialog::chooseExportPath()
{
    // A name that says what was compared, without characters a file system refuses.
    QString base = m_candidates.isEmpty() ? QString() : m_candidates.at(0).label;
    if (m_candidateB < m_candidates.size())
        base += QStringLiteral("-vs-") + m_candidates.at(m_candidateB).label;
    base.replace(QRegularExpression(QStringLiteral("[^\\w.-]+")), QStringLiteral("_"));
    QString selected;
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export differences"),
        QDir::home().filePath(tr("differences") + QLatin1Char('-') + base + QStringLiteral(".tsv")),
        tr("Tab-separated values (*.tsv);;Comma-separated values (*.csv)"), &selected);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += selected.contains(QStringLiteral("*.csv")) ? QStringLiteral(".csv")
                                                           : QStringLiteral(".tsv");
    if (Status written = exportTo(path); !written) {
        ErrorPresenter::show(this, written.error());
        return;
    }
    m_exportStatus->setText(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
}

} // namespace fd
