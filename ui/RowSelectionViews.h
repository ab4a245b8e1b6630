#pragma once

class QTableView;

namespace fd {

// For a table view that selects whole rows of a large model. Its horizontal header gets a
// selection model of its own that never holds anything: a header sharing the view's asks, at
// every repaint after a selection change, whether each column is selected, and Qt answers that by
// asking every row of the column for its flags. With a million rows selected that was 60-120 ms
// of the GUI thread, with or without highlightSections. Call after setModel().
void keepHeaderOutOfSelection(QTableView *view);

} // namespace fd
