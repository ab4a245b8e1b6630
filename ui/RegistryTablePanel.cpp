#include "ui/RegistryTablePanel.h"

#include "model/browse/PagedTableModel.h"
#include "model/browse/RecordFilterProxyModel.h"
#include "model/db/RegistryWorker.h"
#include "ui/RowSelectionViews.h"

#include <algorithm>

#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace fd {

namespace {

// The selected rows that are loaded: the selected ranges met with the loaded ones, both few.
QList<std::pair<int, int>> loadedAmong(const QList<std::pair<int, int>> &selected,
                                       const QList<std::pair<int, int>> &loaded)
{
    QList<std::pair<int, int>> both;
    for (const auto &[first, last] : selected)
        for (const auto &[loadedFirst, loadedLast] : loaded)
            if (std::max(first, loadedFirst) <= std::min(last, loadedLast))
                both.append({std::max(first, loadedFirst), std::min(last, loadedLast)});
    return both;
}

} // namespace

RegistryTablePanel::RegistryTablePanel(const TableSpec &spec, QWidget *parent)
    : QWidget(parent)
    , m_model(new PagedTableModel(spec, this))
    , m_proxy(new RecordFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_count(new QLabel(this))
    , m_empty(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_relatedBar(new QWidget(this))
    , m_relatedLabel(new QLabel(m_relatedBar))
{
    const QString title = QCoreApplication::translate("RegistryTables", spec.title);
    // Once counted, a table has all its rows, those not read yet as placeholders that fill in as
    // they come into view: the scroll bar is the table's, and Ctrl+End reads the last page only.
    m_model->setPlaceholderRows(true);
    m_proxy->setSourceModel(m_model);

    // The title as it is: German nouns keep their capital.
    m_filter->setPlaceholderText(tr("Filter %1 (every word must match)…").arg(title));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter %1").arg(title));

    m_view->setModel(m_proxy);
    keepHeaderOutOfSelection(m_view);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(spec.defaultSortColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false); // rows are selected, not cells: Tab leaves the table
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    // The columns take what their values need (sizeColumns), no more: a last column stretched
    // over the rest took half the view while the keys and names beside it were cut.
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionsMovable(true);
    // Sized from the rows shown first (sizeColumns), not the whole first page: Qt reads up to 1,000
    // rows a column, and the first page's 256 rows of eight columns took 10-20 ms of text layout on
    // the GUI thread while a registry opened.
    m_view->horizontalHeader()->setResizeContentsPrecision(SizingRows);
    m_view->setAccessibleName(title);

    m_count->setAccessibleName(tr("Record count"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setAccessibleName(tr("No records"));
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);

    // The banner of a jump to related records.
    m_relatedBar->setObjectName(QStringLiteral("relatedBar"));
    m_relatedBar->setAutoFillBackground(true);
    m_relatedBar->setBackgroundRole(QPalette::AlternateBase);
    m_relatedLabel->setTextFormat(Qt::PlainText);
    m_relatedLabel->setAccessibleName(tr("Related records shown"));
    auto *showAll = new QPushButton(tr("Show &all"), m_relatedBar);
    showAll->setObjectName(QStringLiteral("showAllButton"));
    showAll->setToolTip(tr("Show every record again, not only the related ones"));
    auto *relatedLayout = new QHBoxLayout(m_relatedBar);
    relatedLayout->setContentsMargins(6, 3, 6, 3);
    relatedLayout->addWidget(m_relatedLabel, 1);
    relatedLayout->addWidget(showAll);
    m_relatedBar->hide();
    connect(showAll, &QPushButton::clicked, this, &RegistryTablePanel::clearRelated);

    auto *top = new QHBoxLayout;
    m_top = top;
    top->addWidget(m_filter, 1);
    top->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    m_layout = layout;
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(top);
    layout->addWidget(m_relatedBar);
    layout->addWidget(m_stack, 1);

    // Typing filters after a short pause, so a million-row table is not queried per keystroke.
    auto *debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(150);
    connect(m_filter, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(debounce, &QTimer::timeout, this, [this] { m_proxy->setFilterText(m_filter->text()); });
    connect(m_model, &PagedTableModel::totalCountChanged, this, &RegistryTablePanel::updateCount);
    connect(m_model, &PagedTableModel::loadingChanged, this, &RegistryTablePanel::updateCount);
    connect(m_model, &PagedTableModel::loadFailed, this, &RegistryTablePanel::updateCount);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &RegistryTablePanel::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RegistryTablePanel::updateCount);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RegistryTablePanel::selectionChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { Q_EMIT currentChanged(currentUid()); });
    // A reset (a refresh after a write, a sort, a filter) keeps the selection and the current row
    // where those rows are still loaded, so that acting on a selection twice works. The reset
    // comes with the new first page, later than the request: the old rows (and the selection)
    // stay until then.
    connect(m_proxy, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_keptSelection = selectedUids();
        m_keptCurrent = currentUid();
    });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &RegistryTablePanel::restoreSelection);
    // Records arrive page by page, the first with a reset.
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &RegistryTablePanel::sizeColumns);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &RegistryTablePanel::sizeColumns);
    connect(m_view->horizontalHeader(), &QHeaderView::sectionResized, this, [this] {
        if (!m_sizingColumns)
            m_userSizedColumns = true;
    });
    updateCount();
}

RegistryTable RegistryTablePanel::tableId() const
{
    return m_model->spec().id;
}

void RegistryTablePanel::addHeaderWidget(QWidget *widget)
{
    m_layout->insertWidget(m_layout->indexOf(m_stack), widget);
}

QComboBox *
RegistryTablePanel::addChoiceFilter(const QString &columnKey, const QString &label,
                                    std::function<std::optional<RegistryLocation>()> location,
                                    std::function<Result<QStringList>(Registry &)> values)
{
    auto *box = new QComboBox(this);
    box->setAccessibleName(label);
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    box->addItem(tr("All"), QString());
    auto *caption = new QLabel(label, this);
    caption->setBuddy(box);
    const int at = m_top->indexOf(m_count);
    m_top->insertWidget(at, caption);
    m_top->insertWidget(at + 1, box);
    m_choiceFilters.append({columnKey, box, std::move(location), std::move(values),
                            std::make_shared<quint64>(0), std::make_shared<QThreadPool>()});
    connect(box, &QComboBox::currentIndexChanged, this, [this, box, columnKey] {
        m_model->setColumnFilter(columnKey, box->currentData().toString());
    });
    reloadChoices();
    return box;
}

void RegistryTablePanel::reloadChoices()
{
    for (const ChoiceFilter &filter : std::as_const(m_choiceFilters)) {
        // Filled with what the last read asked for found, the choice kept when it is still
        // among them (else the filter is lifted).
        // Unreadable (a lost connection, say): the values offered stay.
        auto fill = [this, box = filter.box,
                     key = filter.columnKey](const std::optional<QStringList> &values) {
            box->setEnabled(true);
            box->setToolTip({});
            if (!values)
                return;
            const QString current = box->currentData().toString();
            const QSignalBlocker blocker(box);
            box->clear();
            box->addItem(tr("All"), QString());
            for (const QString &value : *values)
                box->addItem(value, value);
            const int at = box->findData(current);
            box->setCurrentIndex(at < 0 ? 0 : at);
            if (at < 0 && !current.isEmpty())
                m_model->setColumnFilter(key, QString());
        };
        const quint64 generation = ++*filter.generation;
        const std::optional<RegistryLocation> location
            = filter.location ? filter.location() : std::nullopt;
        if (!location) {
            fill(QStringList());
            continue;
        }
        // Until the values arrive the menu keeps what it offers; a menu that offers nothing yet
        // says it is loading rather than that there is nothing to choose.
        if (filter.box->count() <= 1) {
            filter.box->setEnabled(false);
            filter.box->setToolTip(tr("loading…"));
        }
        runOnRegistry(
            *filter.pool, *location, this, filter.values,
            [fill, generation, counter = filter.generation](const Result<QStringList> &values) {
                if (generation != *counter)
                    return; // asked again meanwhile
                fill(values ? std::optional<QStringList>(*values) : std::nullopt);
            });
    }
}

void RegistryTablePanel::setLocation(const std::optional<RegistryLocation> &location)
{
    m_model->setLocation(location);
    // Another registry's records: sized again to them, unless the user has sized the columns.
    m_columnsSized = m_userSizedColumns;
    reloadChoices();
    sizeColumns();
}

void RegistryTablePanel::sizeColumns()
{
    if (m_columnsSized || m_proxy->rowCount() == 0)
        return;
    m_columnsSized = true;
    m_sizingColumns = true;
    // Long values (descriptions, paths) stop at about 50 characters; the tooltip has the rest.
    const int widest = m_view->fontMetrics().averageCharWidth() * 50;
    for (int column = 0; column < m_proxy->columnCount(); ++column) {
        m_view->resizeColumnToContents(column);
        m_view->setColumnWidth(column, std::min(m_view->columnWidth(column), widest));
    }
    m_sizingColumns = false;
}

void RegistryTablePanel::refresh()
{
    reloadChoices();
    m_model->refresh();
}

// The selection's ranges are read as they are: the view selects whole rows, and asking
// QItemSelectionModel::selectedRows() for a million selected rows asks every cell of each.
QList<std::pair<int, int>> RegistryTablePanel::selectedRowRanges() const
{
    QList<std::pair<int, int>> rows;
    const QItemSelection selection = m_view->selectionModel()->selection();
    for (const QItemSelectionRange &range : selection) {
        if (range.parent().isValid())
            continue;
        if (m_proxy->keepsSourceRows()) {
            rows.append({range.top(), range.bottom()});
            continue;
        }
        for (int row = range.top(); row <= range.bottom(); ++row) {
            const int source = m_proxy->mapToSource(m_proxy->index(row, 0)).row();
            rows.append({source, source});
        }
    }
    std::sort(rows.begin(), rows.end());
    QList<std::pair<int, int>> ranges;
    for (const auto &[first, last] : std::as_const(rows)) {
        if (!ranges.isEmpty() && ranges.constLast().second + 1 >= first)
            ranges.last().second = std::max(ranges.constLast().second, last);
        else
            ranges.append({first, last});
    }
    return ranges;
}

QStringList RegistryTablePanel::selectedUids() const
{
    QStringList uids;
    for (const auto &[first, last] : loadedAmong(selectedRowRanges(), m_model->loadedRowRanges()))
        for (int row = first; row <= last; ++row)
            uids.append(m_model->index(row, 0).data(PagedTableModel::UidRole).toString());
    return uids;
}

bool RegistryTablePanel::selectionHasUnloadedRows() const
{
    const auto count = [](const QList<std::pair<int, int>> &ranges) {
        qint64 rows = 0;
        for (const auto &[first, last] : ranges)
            rows += last - first + 1;
        return rows;
    };
    const QList<std::pair<int, int>> selected = selectedRowRanges();
    return count(selected) > count(loadedAmong(selected, m_model->loadedRowRanges()));
}

void RegistryTablePanel::restoreSelection()
{
    const QString currentBefore = m_keptCurrent;
    QItemSelectionModel *selection = m_view->selectionModel();
    if (!m_keptSelection.isEmpty() || !m_keptCurrent.isEmpty()) {
        const QSignalBlocker blocker(selection);
        const QSet<QString> kept(m_keptSelection.cbegin(), m_keptSelection.cend());
        QItemSelection rows;
        // Only rows already there: asking a placeholder would fetch its page.
        for (const auto &[first, last] : m_model->loadedRowRanges()) {
            for (int row = first; row <= last; ++row) {
                const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
                const QString uid = index.data(PagedTableModel::UidRole).toString();
                if (kept.contains(uid))
                    rows.select(index, index);
                if (uid == m_keptCurrent)
                    selection->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
            }
        }
        selection->select(rows, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    m_keptSelection.clear();
    m_keptCurrent.clear();
    m_view->viewport()->update();
    Q_EMIT selectionChanged();
    // The details beside follow a current row that changed, not every refresh of the rows.
    if (const QString current = currentUid(); current != currentBefore)
        Q_EMIT currentChanged(current);
}

void RegistryTablePanel::resolveSelectedUids(
    std::function<void(const Result<QStringList> &uids)> done)
{
    const std::optional<RegistryLocation> location = m_model->location();
    if (!selectionHasUnloadedRows() || !location) {
        done(selectedUids());
        return;
    }
    runOnRegistry(
        m_pool, *location, this,
        [query = m_model->currentQuery(), ranges = selectedRowRanges()](Registry &registry) {
            return PagedTableModel::uidsInRows(registry, query, ranges);
        },
        std::move(done));
}

QString RegistryTablePanel::currentUid() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? current.data(PagedTableModel::UidRole).toString() : QString();
}

void RegistryTablePanel::addSidePane(QWidget *pane)
{
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    // The layout's item for the table is ours once replaced: it leaked with every panel.
    delete m_layout->replaceWidget(m_stack, splitter);
    splitter->addWidget(m_stack);
    splitter->addWidget(pane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    // Three fifths and two, whatever the window's width: sized by their hints, the table took
    // three quarters of a 1024-pixel window and the details beside it were cut.
    splitter->setSizes({3000, 2000});
}

void RegistryTablePanel::showRelated(const QString &relationKey, const QString &uid,
                                     const QString &what)
{
    m_relatedLabel->setText(what);
    m_relatedBar->show();
    m_model->setRelation(relationKey, uid);
    updateCount();
}

void RegistryTablePanel::clearRelated()
{
    m_relatedBar->hide();
    m_relatedLabel->clear();
    m_model->setRelation(QString(), QString());
    updateCount();
}

bool RegistryTablePanel::isShowingRelated() const
{
    return !m_model->relationUid().isEmpty();
}

QString RegistryTablePanel::relatedText() const
{
    return isShowingRelated() ? m_relatedLabel->text() : QString();
}

void RegistryTablePanel::setEmptyHint(const QString &hint)
{
    m_emptyHint = hint;
    updateCount();
}

bool RegistryTablePanel::isShowingEmptyHint() const
{
    return m_stack->currentWidget() == m_empty;
}

void RegistryTablePanel::updateCount()
{
    const qint64 total = m_model->totalCount();
    const QLocale locale;
    const QString filter = m_model->filter().text().simplified();
    if (m_model->isCounting()) {
        // Neither "Nothing matches" nor the empty hint before the count says so: what shows
        // stays (the old rows, until the new ones come).
        m_count->setText(tr("counting…"));
        m_count->setToolTip(QString());
        return;
    }
    if (total == 0 && isShowingRelated()) {
        m_empty->setText(filter.isEmpty() ? tr("No records are related.")
                                          : tr("Nothing related matches “%1”.").arg(filter));
        m_stack->setCurrentWidget(m_empty);
    } else if (total == 0 && filter.isEmpty() && !m_emptyHint.isEmpty()) {
        m_empty->setText(m_emptyHint);
        m_stack->setCurrentWidget(m_empty);
    } else if (total == 0 && !filter.isEmpty()) {
        m_empty->setText(tr("Nothing matches “%1”.").arg(filter));
        m_stack->setCurrentWidget(m_empty);
    } else {
        m_stack->setCurrentWidget(m_view);
    }
    if (total < 0) {
        m_count->setText(m_model->lastError().isEmpty() ? QString() : tr("could not load"));
        m_count->setToolTip(m_model->lastError());
        return;
    }
    const qint64 shown = m_model->rowCount();
    m_count->setToolTip(m_model->lastError());
    if (shown >= total)
        m_count->setText(tr("%n record(s)", nullptr, int(std::min<qint64>(total, INT_MAX))));
    else
        m_count->setText(tr("%1 of %2 loaded").arg(locale.toString(shown), locale.toString(total)));
}

} // namespace fd
