#include "model/features/FeatureStore.h"

#include "model/Dtype.h"
#include "model/Identity.h"
#include "model/db/RecordReader.h"
#include "model/db/Registry.h"
#include "model/db/SqlErrors.h"
#include "model/db/Transaction.h"
#include "model/features/NameCharacters.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace fd {

namespace {

QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

} // namespace

Status FeatureStore::checkName(const QString &name)
{
    if (name.trimmed().isEmpty())
        return Error::make(
            Error::Code::Invalid,
            QCoreApplication::translate("fd::FeatureStore", "A feature needs a name."));
    if (name != name.trimmed())
        return Error::make(
            Error::Code::Invalid,
            QCoreApplication::translate("fd::FeatureStore",
                                        "The name '%1' starts or ends with white space; "
                                        "use '%2'.")
                .arg(name, name.trimmed()));
    // Refused, not removed: the registry stores a name exactly as given, so the user decides.
    if (const std::optional<names::RefusedCharacter> found = names::findRefusedCharacter(name)) {
        QString where = found->position == 1
            ? QCoreApplication::translate("fd::FeatureStore", "starts with %1")
                  .arg(found->description())
            : QCoreApplication::translate("fd::FeatureStore", "holds %1 at character %2")
                  .arg(found->description())
                  .arg(found->position);
        if (const QString note = found->note(); !note.isEmpty())
            where += QStringLiteral(", %1").arg(note);
        const QString clean = names::withoutRefusedCharacters(name);
        return Error::make(
            Error::Code::Invalid,
            QCoreApplication::translate("fd::FeatureStore",
                                        "The name '%1' %2. Names may not hold control characters "
                                        "or invisible formatting characters; %3.")
                .arg(names::showRefusedCharacters(name), where,
                     clean.isEmpty()
                         ? QCoreApplication::translate("fd::FeatureStore", "remove them")
                         : QCoreApplication::translate("fd::FeatureStore", "use '%1'").arg(clean)));
    }
    return {};
}

Result<FeatureRecord> FeatureStore::add(const NewFeature &feature)
{
    if (Status writable = m_registry.checkWritable(); !writable)
        return writable.error();
    if (Status name = checkName(feature.name); !name)
        return name.error();
    Transaction transaction(m_registry.database());
    if (Status begun
        = transaction.begin(QCoreApplication::translate("fd::FeatureStore", "add the feature '%1'")
                                .arg(feature.name));
        !begun)
        return begun.error();
    const Result<qint64> run = m_registry.startRun(
        QStringLiteral("features.add"), QStringLiteral("Add feature '%1'").arg(feature.name));
    if (!run)
        return run.error();
    const Result<QString> uid = insert(feature, *run);
    if (!uid)
        return uid.error();
    if (Status finished = m_registry.finishRun(*run); !finished)
        return finished.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    m_registry.notifyChanged(RegistryTable::Features);
    return findByUid(*uid);
}

Result<QString> FeatureStore::insert(const NewFeature &feature, qint64 runId)
{
    if (Status name = checkName(feature.name); !name)
        return name.error();
    if (!feature.dtype.isEmpty() && !dtype::isValid(feature.dtype))
        return Error::make(Error::Code::Invalid, dtype::explainInvalid(feature.dtype));
    const QStringList synonyms = normalizeSynonyms(feature.synonyms, feature.name);

    QSqlQuery query(m_registry.database());
    const QString uid = identity::newFeatureUid();
    // ON CONFLICT on the unique name: two workstations adding the same name at once get one row.
    if (!query.prepare(QStringLiteral(
            "INSERT INTO fd_feature (uid, name, dtype, unit, description, synonyms, created_by, "
            "run_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (name) DO NOTHING RETURNING id")))
        return sqlError(query,
                        QCoreApplication::translate("fd::FeatureStore", "add the feature '%1'")
                            .arg(feature.name));
    query.addBindValue(uid);
    query.addBindValue(feature.name);
    query.addBindValue(nullIfEmpty(feature.dtype));
    query.addBindValue(nullIfEmpty(feature.unit));
    query.addBindValue(nullIfEmpty(feature.description));
    query.addBindValue(nullIfEmpty(synonyms.join(QLatin1Char('|'))));
    query.addBindValue(m_registry.userId());
    query.addBindValue(runId);
    if (!query.exec())
        return sqlError(query,
                        QCoreApplication::translate("fd::FeatureStore", "add the feature '%1'")
                            .arg(feature.name));
    if (!query.next()) {
        query.finish();
        const Result<FeatureRecord> existing = findByName(feature.name);
        return Error::make(
            Error::Code::Conflict,
            QCoreApplication::translate("fd::FeatureStore",
                                        "A feature named '%1' already exists%2; nothing was "
                                        "added.")
                .arg(feature.name,
                     existing ? QCoreApplication::translate("fd::FeatureStore", " (uid %1)")
                                    .arg(existing->uid)
                              : QString()));
    }
    query.finish();
    return uid;
}

Status FeatureStore::addSynonym(const QString &featureUid, const QString &synonym)
{
    const QString trimmed = synonym.trimmed();
    if (trimmed.isEmpty() || trimmed.contains(QLatin1Char('|')))
        return Error::make(
            Error::Code::Invalid,
            QCoreApplication::translate("fd::FeatureStore",
                                        "'%1' cannot be a synonym: it is empty or holds '|'.")
                .arg(synonym));
    const Result<QList<FeatureRecord>> all = list();
    if (!all)
        return all.error();
    const FeatureRecord *target = nullptr;
    for (const FeatureRecord &record : *all) {
        if (record.uid == featureUid) {
            target = &record;
            continue;
        }
        const bool taken = record.name.compare(trimmed, Qt::CaseInsensitive) == 0
            || record.synonyms.contains(trimmed, Qt::CaseInsensitive);
        if (taken)
            return Error::make(
                Error::Code::Conflict,
                QCoreApplication::translate("fd::FeatureStore",
                                            "'%1' already names the feature '%2'; it cannot also "
                                            "be a synonym of another.")
                    .arg(trimmed, record.name));
    }
    if (!target)
        return Error::make(
            Error::Code::NotFound,
            QCoreApplication::translate("fd::FeatureStore", "No feature has the uid '%1'.")
                .arg(featureUid));
    const QStringList synonyms
        = normalizeSynonyms(target->synonyms + QStringList {trimmed}, target->name);
    if (synonyms == target->synonyms)
        return {};
    QSqlQuery query(m_registry.database());
    if (!query.prepare(QStringLiteral("UPDATE fd_feature SET synonyms = ? WHERE uid = ?")))
        return sqlError(query,
                        QCoreApplication::translate("fd::FeatureStore", "add a synonym to '%1'")
                            .arg(target->name));
    query.addBindValue(synonyms.join(QLatin1Char('|')));
    query.addBindValue(featureUid);
    if (!query.exec())
        return sqlError(query,
                        QCoreApplication::translate("fd::FeatureStore", "add a synonym to '%1'")
                            .arg(target->name));
    return {};
}

Result<QList<FeatureRecord>> FeatureStore::select(const QString &where, const QVariant &value) const
{
    QSqlQuery query(m_registry.database());
    query.setForwardOnly(true);
    QString sql = RecordReader::features().sql();
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where;
    sql += QStringLiteral(" ORDER BY f.name");
    if (!query.prepare(sql))
        return sqlError(query,
                        QCoreApplication::translate("fd::FeatureStore", "read the features"));
    if (!where.isEmpty())
        query.addBindValue(value);
    if (!query.exec())
        return sqlError(query,
                        QCoreApplication::translate("fd::FeatureStore", "read the features"));
    QList<FeatureRecord> records;
    while (query.next())
        records.append(RecordReader::feature(query));
    return records;
}

Result<QList<FeatureRecord>> FeatureStore::list() const
{
    return select({}, {});
}

Result<FeatureRecord> FeatureStore::findByName(const QString &name) const
{
    Result<QList<FeatureRecord>> found = select(QStringLiteral("f.name = ?"), name);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::make(
            Error::Code::NotFound,
            QCoreApplication::translate("fd::FeatureStore", "No feature is named '%1'.").arg(name));
    return found->constFirst();
}

Result<FeatureRecord> FeatureStore::findByUid(const QString &uid) const
{
    Result<QList<FeatureRecord>> found = select(QStringLiteral("f.uid = ?"), uid);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::make(
            Error::Code::NotFound,
            QCoreApplication::translate("fd::FeatureStore", "No feature has the uid '%1'.")
                .arg(uid));
    return found->constFirst();
}

} // namespace fd
