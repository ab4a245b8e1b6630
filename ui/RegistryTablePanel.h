#pragma once

#include "model/Result.h"
#include "model/browse/RegistryTables.h"
#include "model/db/RegistryLocation.h"

#include <QThreadPool>
#include <QWidget>
#include <memory>
#include <optional>

#include <functional>
#include <memory>
#include <optional>
#include <utility>

class QComboBox;
class QHBoxLayout;
class QVBoxLayout;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QSplitter;
class QTableView;

namespace fd {

class PagedTableModel;
class RecordFilterProxyModel;
class Registry;

// One registry table: a filter box, a sortable view and a count. Wires model, proxy and view;
// the model does the SQL.
class RegistryTablePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegistryTablePanel)

public:
    // The rows a column's width is taken from when the first records arrive (those shown first).
    static constexpr int SizingRows = 64;

    explicit RegistryTablePanel(const TableSpec &spec, QWidget *parent = nullptr);

    // The registry whose table is shown (none: empty); the model reads it on a thread of its own.
    void setLocation(const std::optional<RegistryLocation> &location);
    // A menu above the table that shows only rows whose column equals the chosen value; values()
    // lists the choices, read on a worker over the registry location() names, and is asked again
    // whenever the table is refreshed. The menu is filled when they arrive, keeping the choice.
    QComboBox *addChoiceFilter(const QString &columnKey, const QString &label,
                               std::function<std::optional<RegistryLocation>()> location,
                               std::function<Result<QStringList>(Registry &)> values);

    // A widget of the table's own above the table (e.g. find-as-you-type for genes).
    void addHeaderWidget(QWidget *widget);

    // A pane beside the table (details of the current record), in a splitter.
    void addSidePane(QWidget *pane);

    // Jump to related: only the rows related to one record of another table (the artifacts using a
    // set, ...), said in a banner above the table with a button to show everything again.
    void showRelated(const QString &relationKey, const QString &uid, const QString &what);
    void clearRelated();
    bool isShowingRelated() const;
    QString relatedText() const;

    // Shown instead of the empty table: what this table holds and how to fill it.
    void setEmptyHint(const QString &hint);
    bool isShowingEmptyHint() const;
    void refresh();

    RegistryTable tableId() const;
    QTableView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    PagedTableModel *model() const { return m_model; }
    RecordFilterProxyModel *proxy() const { return m_proxy; }
    // The uids of the selected rows that are loaded, in view order.
    QStringList selectedUids() const;
    // Whether the selection holds rows the model has not loaded (their uids need a query:
    // PagedTableModel::uidsInRows over selectedRowRanges()).
    bool selectionHasUnloadedRows() const;
    // The selected rows of the model (first, last; inclusive), in order, adjacent ones merged.
    QList<std::pair<int, int>> selectedRowRanges() const;
    // The uids of every selected row, loaded or not (select all of a million artifacts): at once
    // when all are loaded, else read on a worker; done is called on this thread, not after the
    // panel is gone.
    void resolveSelectedUids(std::function<void(const Result<QStringList> &uids)> done);
    // The uid of the current row (the one details show), empty when none.
    QString currentUid() const;

Q_SIGNALS:
    void selectionChanged();
    void currentChanged(const QString &uid);

private:
    void updateCount();
    void reloadChoices();
    void restoreSelection();
    // Sizes the columns to the rows loaded, once they are there, unless the user sized them.
    void sizeColumns();

    struct ChoiceFilter
    {
        QString columnKey;
        QComboBox *box;
        std::function<std::optional<RegistryLocation>()> location;
        std::function<Result<QStringList>(Registry &)> values;
        std::shared_ptr<quint64> generation; // of the last read asked for: only its answer counts
        std::shared_ptr<QThreadPool> pool; // its reads; waited for when the panel goes
    };
    QList<ChoiceFilter> m_choiceFilters;
    QThreadPool m_pool; // reads the uids of rows not loaded; waited for when the panel goes
    QHBoxLayout *m_top = nullptr;
    QVBoxLayout *m_layout = nullptr;

    PagedTableModel *m_model;
    RecordFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTableView *m_view;
    QLabel *m_count;
    QLabel *m_empty;
    QStackedWidget *m_stack;
    QWidget *m_relatedBar;
    QLabel *m_relatedLabel;
    QString m_emptyHint;
    QStringList m_keptSelection;
    QString m_keptCurrent;
    bool m_columnsSized = false; // to the first page of records
    bool m_sizingColumns = false;
    bool m_userSizedColumns = false;
};

} // namespace fd
