#include "ui/ErrorPresenter.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace fd {

QString ErrorPresenter::title(const Error &error)
{
    auto tr = [](const char *text) { return QCoreApplication::translate("ErrorPresenter", text); };
    switch (error.code) {
    case Error::Code::NotFound:
        return tr("Not found");
    case Error::Code::NotARegistry:
        return tr("Not a registry");
    case Error::Code::Corrupt:
        return tr("Damaged registry");
    case Error::Code::NewerSchema:
        return tr("Registry from a newer FeatureDesk");
    case Error::Code::ReadOnly:
        return tr("Read-only");
    case Error::Code::Locked:
        return tr("Registry is busy");
    case Error::Code::Unreachable:
        return tr("Server unreachable");
    case Error::Code::Invalid:
        return tr("Check your input");
    case Error::Code::Conflict:
        return tr("Already there");
    case Error::Code::Permission:
        return tr("Not permitted");
    case Error::Code::Cancelled:
        return tr("Cancelled");
    default:
        return tr("FeatureDesk");
    }
}

void ErrorPresenter::show(QWidget *parent, const Error &error)
{
    QMessageBox box(QMessageBox::Warning, title(error), error.message, QMessageBox::Ok, parent);
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    box.exec();
}

} // namespace fd
