#pragma once

class QProgressDialog;

namespace fd {

// Closes a progress dialog as its work ends, before the result is shown. Deleting it later is
// not enough: the result's message box runs an event loop of its own, in which the dialog stayed
// shown above it, or was shown there by its own timer when the work had been quick.
void closeProgress(QProgressDialog *progress);

} // namespace fd
