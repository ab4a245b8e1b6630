#include "model/validation/CurationStore.h"

#include "model/db/Registry.h"
#include "model/db/SqlErrors.h"
#include "model/db/Transaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

namespace fd {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fd::CurationStore", text);
}

QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

// Qt binds a null QString as NULL; these columns hold '' for none.
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

// The three values that name a curation, in the order of "header_key = ? AND field = ? AND
// column_name = ?".
void bindKey(QSqlQuery &query, const CurationStore::Key &key)
{
    query.addBindValue(key.header);
    query.addBindValue(validationFieldKey(key.field));
    query.addBindValue(notNull(key.column));
}

} // namespace

CurationStore::Key CurationStore::Key::forColumnNames(const QStringList &names,
                                                      ValidationField field)
{
    return {headerKey(names), field, {}};
}

CurationStore::Key CurationStore::Key::forValues(const QStringList &names, const QString &column,
                                                 ValidationField field)
{
    return {headerKey(names), field, column};
}

QString CurationStore::headerKey(const QStringList &names)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(names.join(QLatin1Char('\n')).toUtf8(), QCryptographicHash::Md5)
            .toHex());
}

Result<std::optional<CurationStore::Saved>> CurationStore::load(const Key &key) const
{
    const QString doing = tr("read the file's saved decisions");
    QSqlQuery query(m_registry.database());
    query.setForwardOnly(true);
    if (!query.prepare(m_registry.dialect().expand(
            QStringLiteral("SELECT c.id, c.has_draft, c.file_name, c.updated_at, u.handle, "
                           "c.applied_run_id FROM fd_curation c "
                           "JOIN fd_user u ON u.id = c.updated_by "
                           "WHERE c.header_key = ? AND c.field = ? AND c.column_name = ?"))))
        return sqlError(query, doing);
    bindKey(query, key);
    if (!query.exec())
        return sqlError(query, doing);
    if (!query.next())
        return std::optional<Saved>();
    const qint64 id = query.value(0).toLongLong();
    Saved saved;
    saved.draft = query.value(1).toInt() != 0;
    saved.fileName = query.value(2).toString();
    saved.updatedAt = query.value(3).toDateTime();
    saved.updatedBy = query.value(4).toString();
    saved.appliedRunId = query.value(5).toLongLong();
    query.finish();
    if (!query.prepare(QStringLiteral("SELECT value, action, name, record_uid, dtype, unit, "
                                      "description, synonyms FROM fd_curation_decision "
                                      "WHERE curation_id = ? AND draft = ? ORDER BY position")))
        return sqlError(query, doing);
    query.addBindValue(id);
    query.addBindValue(saved.draft ? 1 : 0);
    if (!query.exec())
        return sqlError(query, doing);
    while (query.next()) {
        ValueDecision entry;
        entry.value = query.value(0).toString();
        if (!parseCurationAction(query.value(1).toString(), &entry.decision.action))
            continue; // the schema allows only known actions
        entry.decision.name = query.value(2).toString();
        entry.decision.uid = query.value(3).toString();
        entry.decision.dtype = query.value(4).toString();
        entry.decision.unit = query.value(5).toString();
        entry.decision.description = query.value(6).toString();
        const QString synonyms = query.value(7).toString();
        if (!synonyms.isEmpty())
            entry.decision.synonyms = synonyms.split(QLatin1Char('|'));
        saved.decisions.append(entry);
    }
    return std::optional<Saved>(std::move(saved));
}

Result<qint64> CurationStore::curationId(const Key &key, const QString &fileName,
                                         const QString &doing)
{
    QSqlQuery query(m_registry.database());
    if (!query.prepare(m_registry.dialect().expand(QStringLiteral(
            "INSERT INTO fd_curation (header_key, field, column_name, file_name, updated_by) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (header_key, field, column_name) DO UPDATE SET "
            "file_name = excluded.file_name, updated_by = excluded.updated_by, "
            "updated_at = ${NOW}"))))
        return sqlError(query, doing);
    bindKey(query, key);
    query.addBindValue(notNull(fileName));
    query.addBindValue(m_registry.userId());
    if (!query.exec())
        return sqlError(query, doing);
    if (!query.prepare(QStringLiteral("SELECT id FROM fd_curation WHERE header_key = ? AND "
                                      "field = ? AND column_name = ?")))
        return sqlError(query, doing);
    bindKey(query, key);
    if (!query.exec())
        return sqlError(query, doing);
    if (!query.next())
        return Error::make(Error::Code::Database, doing);
    return query.value(0).toLongLong();
}

Status CurationStore::writeDecisions(qint64 curationId, bool draft,
                                     const QList<ValueDecision> &decisions, const QString &doing)
{
    QSqlQuery query(m_registry.database());
    if (!query.prepare(
            QStringLiteral("DELETE FROM fd_curation_decision WHERE curation_id = ? AND draft = ?")))
        return sqlError(query, doing);
    query.addBindValue(curationId);
    query.addBindValue(draft ? 1 : 0);
    if (!query.exec())
        return sqlError(query, doing);
    QList<QVariantList> rows;
    QSet<QString> written;
    for (const ValueDecision &entry : decisions) {
        // One decision per value (the model holds one); undecided ones are none.
        if (!entry.decision.isDecided() || written.contains(entry.value))
            continue;
        written.insert(entry.value);
        const CurationDecision &decision = entry.decision;
        rows.append({curationId, draft ? 1 : 0, int(rows.size()), entry.value,
                     curationActionKey(decision.action), nullIfEmpty(decision.name),
                     nullIfEmpty(decision.uid), nullIfEmpty(decision.dtype),
                     nullIfEmpty(decision.unit), nullIfEmpty(decision.description),
                     nullIfEmpty(decision.synonyms.join(QLatin1Char('|')))});
    }
    // Many rows a statement: a review of 20,000 genes saves in a few round trips, also to a server
    // across the campus (11 values a row stay far below both backends' limit of bound values).
    constexpr qsizetype RowsPerStatement = 250;
    const QString insert = QStringLiteral(
        "INSERT INTO fd_curation_decision (curation_id, draft, position, value, action, name, "
        "record_uid, dtype, unit, description, synonyms) VALUES ");
    const QString oneRow = QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (qsizetype first = 0; first < rows.size(); first += RowsPerStatement) {
        const qsizetype count = std::min(RowsPerStatement, rows.size() - first);
        QStringList placeholders(count, oneRow);
        if (!query.prepare(insert + placeholders.join(QStringLiteral(", "))))
            return sqlError(query, doing);
        for (qsizetype i = first; i < first + count; ++i)
            for (const QVariant &value : std::as_const(rows.at(i)))
                query.addBindValue(value);
        if (!query.exec())
            return sqlError(query, doing);
    }
    return {};
}

Status CurationStore::saveDraft(const Key &key, const QList<ValueDecision> &decisions,
                                const QString &fileName)
{
    return keep(key, decisions, fileName, std::nullopt);
}

Status CurationStore::saveApplied(const Key &key, const QList<ValueDecision> &decisions,
                                  const QString &fileName, qint64 runId)
{
    return keep(key, decisions, fileName, runId);
}

Status CurationStore::keep(const Key &key, const QList<ValueDecision> &decisions,
                           const QString &fileName, std::optional<qint64> appliedIn)
{
    if (Status writable = m_registry.checkWritable(); !writable)
        return writable;
    const bool draft = !appliedIn;
    const QString doing = draft ? tr("save the file's decisions")
                                : tr("keep the applied decisions as the file's curation");
    Transaction transaction(m_registry.database());
    if (Status begun = transaction.begin(doing); !begun)
        return begun;
    const Result<qint64> id = curationId(key, fileName, doing);
    if (!id)
        return id.error();
    if (Status written = writeDecisions(*id, draft, decisions, doing); !written)
        return written;
    QSqlQuery query(m_registry.database());
    if (!draft) {
        // What is applied is what the review stands at: no draft beside it.
        if (!query.prepare(QStringLiteral(
                "DELETE FROM fd_curation_decision WHERE curation_id = ? AND draft = 1")))
            return sqlError(query, doing);
        query.addBindValue(*id);
        if (!query.exec())
            return sqlError(query, doing);
    }
    if (!query.prepare(draft ? QStringLiteral("UPDATE fd_curation SET has_draft = 1 WHERE id = ?")
                             : QStringLiteral("UPDATE fd_curation SET has_draft = 0, "
                                              "applied_run_id = ? WHERE id = ?")))
        return sqlError(query, doing);
    if (!draft)
        query.addBindValue(*appliedIn > 0 ? QVariant(*appliedIn)
                                          : QVariant(QMetaType(QMetaType::LongLong)));
    query.addBindValue(*id);
    if (!query.exec())
        return sqlError(query, doing);
    return transaction.commit();
}

Status CurationStore::discardDraft(const Key &key)
{
    if (Status writable = m_registry.checkWritable(); !writable)
        return writable;
    const QString doing = tr("discard the file's unapplied decisions");
    Transaction transaction(m_registry.database());
    if (Status begun = transaction.begin(doing); !begun)
        return begun;
    QSqlQuery query(m_registry.database());
    // A curation never applied is nothing without its draft.
    const QString where = QStringLiteral(" WHERE header_key = ? AND field = ? AND column_name = ?");
    const QString statements[] = {
        QStringLiteral("DELETE FROM fd_curation_decision WHERE draft = 1 AND curation_id IN "
                       "(SELECT id FROM fd_curation")
            + where + QLatin1Char(')'),
        QStringLiteral("DELETE FROM fd_curation") + where
            + QStringLiteral(" AND applied_run_id IS NULL"),
        QStringLiteral("UPDATE fd_curation SET has_draft = 0") + where,
    };
    for (const QString &statement : statements) {
        if (!query.prepare(statement))
            return sqlError(query, doing);
        bindKey(query, key);
        if (!query.exec())
            return sqlError(query, doing);
    }
    return transaction.commit();
}

} // namespace fd
