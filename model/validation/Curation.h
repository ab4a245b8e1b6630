#pragma once

#include "model/validation/Validation.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace fd {

// What the user decided for one checked value. Decisions are plain values so that the model can
// hold, apply, save and load them; the undo stack that edits them lives in ui/ (QUndoStack is Gui).
enum class CurationAction {
    Undecided,
    Rename, // use the registry's name: a standard name accepted, a candidate or suggestion picked
    AddFeature, // register the value as a new feature (column names only)
    AddSynonym, // make the value a synonym of an existing feature (column names only)
    Ignore, // leave the value out of the curated result
};

// "rename", "add_feature", "add_synonym", "ignore" ("" for Undecided): the words recipes use.
QString curationActionKey(CurationAction action);
bool parseCurationAction(const QString &key, CurationAction *action);

struct CurationDecision
{
    CurationAction action = CurationAction::Undecided;
    QString name; // Rename: the name it becomes; AddFeature: the new feature's name;
                  // AddSynonym: the feature it becomes a synonym of
    QString uid; // Rename / AddSynonym: the record meant, when known
    QString dtype; // AddFeature: the new feature's dtype
    QString unit; // AddFeature: the new feature's unit, description and synonyms (all optional)
    QString description;
    QStringList synonyms;

    bool isDecided() const { return action != CurationAction::Undecided; }
    friend bool operator==(const CurationDecision &, const CurationDecision &) = default;

    static CurationDecision rename(const QString &name, const QString &uid = {})
    {
        return {CurationAction::Rename, name, uid, {}, {}, {}, {}};
    }
    static CurationDecision addFeature(const QString &name, const QString &dtype)
    {
        return {CurationAction::AddFeature, name, {}, dtype, {}, {}, {}};
    }
    static CurationDecision addSynonym(const QString &feature, const QString &uid = {})
    {
        return {CurationAction::AddSynonym, feature, uid, {}, {}, {}, {}};
    }
    static CurationDecision ignore() { return {CurationAction::Ignore, {}, {}, {}, {}, {}, {}}; }
};

// A decision for a value as it stands in the file.
struct ValueDecision
{
    QString value;
    CurationDecision decision;

    friend bool operator==(const ValueDecision &, const ValueDecision &) = default;
};

// Plain-language description of a decision, for views, exports and the run's record.
QString describeDecision(const CurationDecision &decision);

// The decision "accept the standard" means for an item, if it has one (standardizable and
// dtype-mismatch items that name one record); Undecided otherwise.
CurationDecision standardDecision(const ValidationItem &item);

// The decisions as they stand once applied: what was written is done. A value made a synonym now
// names that feature, and a feature added under another name than the value is the value's
// feature: both become renames, so the curated set keeps them; a feature added under the value's
// own name validates and needs no decision (an Undecided entry for it). Renames and ignores stay.
QList<ValueDecision> decisionsAfterApply(const QList<ValueDecision> &decisions);

// Whether an action makes sense for a field: adding features and synonyms is for column names.
bool actionAllowed(CurationAction action, ValidationField field);

} // namespace fd

Q_DECLARE_METATYPE(fd::CurationDecision)
