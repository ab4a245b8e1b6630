#include "ui/ProgressDialogs.h"

#include <QProgressDialog>

namespace fd {

void closeProgress(QProgressDialog *progress)
{
    if (!progress)
        return;
    progress->reset(); // stops the timer that shows a dialog whose work takes a while
    progress->hide();
    // Later, not now: a modal dialog's setValue() handles events, this call among them.
    progress->deleteLater();
}

} // namespace fd
