#pragma once

#include "model/Result.h"

class QWidget;

namespace fd {

// The one place where an Error from the model becomes a message box.
class ErrorPresenter
{
public:
    static QString title(const Error &error);
    // The error's message with the window's words for its remedy (a menu to use).
    static QString text(const Error &error);
    // The window's words for what the user can do (empty for Remedy::None).
    static QString remedyText(Error::Remedy remedy);
    static void show(QWidget *parent, const Error &error);
};

} // namespace fd
