#include "ui/ErrorPresenter.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace fd {

QString ErrorPresenter::title(const Error &error)
{
    switch (error.code) {
    case Error::Code::NotFound:
        return QCoreApplication::translate("ErrorPresenter", "Not found");
    case Error::Code::NotARegistry:
        return QCoreApplication::translate("ErrorPresenter", "Not a registry");
    case Error::Code::Corrupt:
        return QCoreApplication::translate("ErrorPresenter", "Damaged registry");
    case Error::Code::NewerSchema:
        return QCoreApplication::translate("ErrorPresenter", "Registry from a newer FeatureDesk");
    case Error::Code::ReadOnly:
        return QCoreApplication::translate("ErrorPresenter", "Read-only");
    case Error::Code::Locked:
        return QCoreApplication::translate("ErrorPresenter", "Registry is busy");
    case Error::Code::Unreachable:
        return QCoreApplication::translate("ErrorPresenter", "Server unreachable");
    case Error::Code::Invalid:
        return QCoreApplication::translate("ErrorPresenter", "Check your input");
    case Error::Code::Conflict:
        return QCoreApplication::translate("ErrorPresenter", "Already there");
    case Error::Code::Permission:
        return QCoreApplication::translate("ErrorPresenter", "Not permitted");
    case Error::Code::Cancelled:
        return QCoreApplication::translate("ErrorPresenter", "Cancelled");
    default:
        return QCoreApplication::translate("ErrorPresenter", "FeatureDesk");
    }
}

QString ErrorPresenter::remedyText(Error::Remedy remedy)
{
    switch (remedy) {
    case Error::Remedy::CreateRegistry:
        return QCoreApplication::translate("ErrorPresenter",
                                           "Use File ▸ New registry… to create one.");
    case Error::Remedy::NameOrganism:
        return QCoreApplication::translate("ErrorPresenter", "Choose the organism.");
    case Error::Remedy::SetUpDatabase:
        // The window makes SQLite files only; a server's registry is set up by its administrator.
        return QCoreApplication::translate("ErrorPresenter",
                                           "Ask the server's administrator to set it up as a "
                                           "FeatureDesk registry (README: a shared lab registry).");
    case Error::Remedy::UpdateSchema:
        return QCoreApplication::translate("ErrorPresenter",
                                           "Open it with File ▸ Open registry… to update it.");
    case Error::Remedy::ImportGenes:
        return QCoreApplication::translate("ErrorPresenter",
                                           "Import its genes with Registry ▸ Import genes…, or "
                                           "choose one of the organisms the registry has.");
    case Error::Remedy::SetUpRoles:
        return QCoreApplication::translate("ErrorPresenter",
                                           "Ask the server's administrator to set them up "
                                           "(README: a shared lab registry).");
    case Error::Remedy::None:
        break;
    }
    return {};
}

QString ErrorPresenter::text(const Error &error)
{
    const QString remedy = remedyText(error.remedy);
    return remedy.isEmpty() ? error.message : error.message + QLatin1Char(' ') + remedy;
}

void ErrorPresenter::show(QWidget *parent, const Error &error)
{
    QMessageBox box(QMessageBox::Warning, title(error), text(error), QMessageBox::Ok, parent);
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    box.exec();
}

} // namespace fd
