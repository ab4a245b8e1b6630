#include "ui/RegistryTablePanel.h"

#include "model/PagedTableModel.h"
#include "model/RecordFilterProxyModel.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QSignalBlocker>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace fd {

RegistryTablePanel::RegistryTablePanel(const TableSpec &spec, QWidget *parent)
    : QWidget(parent)
    , m_model(new PagedTableModel(nullptr, spec, this))
    , m_proxy(new RecordFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_count(new QLabel(this))
    , m_empty(new QLabel(this))
    , m_stack(new QStackedWidget(this))
{
    const QString title = QCoreApplication::translate("RegistryTables", spec.title);
    m_proxy->setSourceModel(m_model);

    m_filter->setPlaceholderText(tr("Filter %1 (every word must match)…").arg(title.toLower()));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter %1").arg(title));

    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(spec.defaultSortColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->setAccessibleName(title);

    m_count->setAccessibleName(tr("Record count"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setAccessibleName(tr("No records"));
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);

    auto *top = new QHBoxLayout;
    m_top = top;
    top->addWidget(m_filter, 1);
    top->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    m_layout = layout;
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);

    // Typing filters after a short pause, so a million-row table is not queried per keystroke.
    auto *debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(150);
    connect(m_filter, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(debounce, &QTimer::timeout, this,
            [this] { m_proxy->setFilterText(m_filter->text()); });
    connect(m_model, &PagedTableModel::totalCountChanged, this, &RegistryTablePanel::updateCount);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &RegistryTablePanel::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RegistryTablePanel::updateCount);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RegistryTablePanel::selectionChanged);
    updateCount();
}

QString RegistryTablePanel::tableId() const
{
    return m_model->spec().id;
}

void RegistryTablePanel::addHeaderWidget(QWidget *widget)
{
    m_layout->insertWidget(m_layout->indexOf(m_stack), widget);
}

QComboBox *RegistryTablePanel::addChoiceFilter(const QString &columnKey, const QString &label,
                                               std::function<QStringList()> values)
{
    auto *box = new QComboBox(this);
    box->setAccessibleName(label);
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *caption = new QLabel(label, this);
    caption->setBuddy(box);
    const int at = m_top->indexOf(m_count);
    m_top->insertWidget(at, caption);
    m_top->insertWidget(at + 1, box);
    m_choiceFilters.append({columnKey, box, std::move(values)});
    connect(box, &QComboBox::currentIndexChanged, this, [this, box, columnKey] {
        m_model->setColumnFilter(columnKey, box->currentData().toString());
    });
    reloadChoices();
    return box;
}

void RegistryTablePanel::reloadChoices()
{
    for (const ChoiceFilter &filter : std::as_const(m_choiceFilters)) {
        const QString current = filter.box->currentData().toString();
        const QSignalBlocker blocker(filter.box);
        filter.box->clear();
        filter.box->addItem(tr("All"), QString());
        for (const QString &value : filter.values())
            filter.box->addItem(value, value);
        const int at = filter.box->findData(current);
        filter.box->setCurrentIndex(at < 0 ? 0 : at);
        if (at < 0 && !current.isEmpty())
            m_model->setColumnFilter(filter.columnKey, QString());
    }
}

void RegistryTablePanel::setRegistry(Registry *registry)
{
    m_model->setRegistry(registry);
    reloadChoices();
    m_view->resizeColumnsToContents();
    for (int column = 0; column < m_model->columnCount(); ++column)
        m_view->setColumnWidth(column, std::min(m_view->columnWidth(column), 360));
}

void RegistryTablePanel::refresh()
{
    reloadChoices();
    m_model->refresh();
}

QStringList RegistryTablePanel::selectedUids() const
{
    QStringList uids;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        uids.append(row.data(PagedTableModel::UidRole).toString());
    return uids;
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
    if (total == 0 && filter.isEmpty() && !m_emptyHint.isEmpty()) {
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
