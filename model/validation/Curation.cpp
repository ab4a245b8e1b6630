#include "model/validation/Curation.h"

#include <QCoreApplication>

namespace fd {

namespace {

struct ActionName
{
    CurationAction action;
    const char *key;
};

constexpr ActionName actionNames[] = {
    {CurationAction::Rename, "rename"},
    {CurationAction::AddFeature, "add_feature"},
    {CurationAction::AddSynonym, "add_synonym"},
    {CurationAction::Ignore, "ignore"},
};

} // namespace

QString curationActionKey(CurationAction action)
{
    for (const ActionName &name : actionNames)
        if (name.action == action)
            return QString::fromLatin1(name.key);
    return {};
}

bool parseCurationAction(const QString &key, CurationAction *action)
{
    for (const ActionName &name : actionNames) {
        if (key == QLatin1StringView(name.key)) {
            *action = name.action;
            return true;
        }
    }
    return false;
}

QString describeDecision(const CurationDecision &decision)
{
    switch (decision.action) {
    case CurationAction::Undecided:
        return {};
    case CurationAction::Rename:
        return QCoreApplication::translate("Curation", "Use %1").arg(decision.name);
    case CurationAction::AddFeature: {
        QStringList details;
        if (!decision.dtype.isEmpty())
            details.append(decision.dtype);
        if (!decision.unit.isEmpty())
            details.append(QCoreApplication::translate("Curation", "unit %1").arg(decision.unit));
        if (!decision.synonyms.isEmpty())
            details.append(QCoreApplication::translate("Curation", "synonyms %1")
                               .arg(decision.synonyms.join(QStringLiteral(", "))));
        if (!decision.description.isEmpty())
            details.append(
                QCoreApplication::translate("Curation", "“%1”").arg(decision.description));
        return details.isEmpty()
            ? QCoreApplication::translate("Curation", "Add feature %1").arg(decision.name)
            : QCoreApplication::translate("Curation", "Add feature %1 (%2)")
                  .arg(decision.name, details.join(QStringLiteral("; ")));
    }
    case CurationAction::AddSynonym:
        return QCoreApplication::translate("Curation", "Synonym of %1").arg(decision.name);
    case CurationAction::Ignore:
        return QCoreApplication::translate("Curation", "Ignore");
    }
    return {};
}

CurationDecision standardDecision(const ValidationItem &item)
{
    if ((item.status == ValidationStatus::Standardizable
         || item.status == ValidationStatus::DtypeMismatch)
        && !item.standard.isEmpty() && item.standard != item.value)
        return CurationDecision::rename(item.standard, item.uid);
    return {};
}

QList<ValueDecision> decisionsAfterApply(const QList<ValueDecision> &decisions)
{
    QList<ValueDecision> after;
    for (const ValueDecision &entry : decisions) {
        switch (entry.decision.action) {
        case CurationAction::AddSynonym:
            after.append({entry.value, CurationDecision::rename(entry.decision.name)});
            break;
        case CurationAction::AddFeature:
            after.append(
                {entry.value,
                 !entry.decision.name.isEmpty() && entry.decision.name != entry.value.trimmed()
                     ? CurationDecision::rename(entry.decision.name)
                     : CurationDecision()});
            break;
        case CurationAction::Rename:
        case CurationAction::Ignore:
            after.append(entry);
            break;
        case CurationAction::Undecided:
            break;
        }
    }
    return after;
}

bool actionAllowed(CurationAction action, ValidationField field)
{
    if (action == CurationAction::AddFeature || action == CurationAction::AddSynonym)
        return field == ValidationField::FeatureName;
    return true;
}

} // namespace fd
