#include "ui/RowSelectionViews.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QTableView>

namespace fd {

void keepHeaderOutOfSelection(QTableView *view)
{
    QHeaderView *header = view->horizontalHeader();
    header->setHighlightSections(false); // nothing to show: rows are selected, never columns
    header->setSelectionModel(new QItemSelectionModel(view->model(), header));
}

} // namespace fd
