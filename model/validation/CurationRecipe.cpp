#include "model/validation/CurationRecipe.h"

#include "model/db/OpenRegistryFiles.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fd {

namespace {

const QLatin1StringView formatName("featuredesk.curation-recipe");

Error invalid(const QString &where, const QString &what)
{
    return Error::make(
        Error::Code::Invalid,
        QCoreApplication::translate("fd::CurationRecipe", "%1 is not a usable curation recipe: %2")
            .arg(where, what));
}

} // namespace

QByteArray CurationRecipe::toJson() const
{
    QJsonArray list;
    for (const ValueDecision &entry : decisions) {
        if (!entry.decision.isDecided())
            continue;
        QJsonObject object {{QStringLiteral("value"), entry.value},
                            {QStringLiteral("action"), curationActionKey(entry.decision.action)}};
        if (!entry.decision.name.isEmpty())
            object.insert(QStringLiteral("name"), entry.decision.name);
        if (!entry.decision.uid.isEmpty())
            object.insert(QStringLiteral("uid"), entry.decision.uid);
        if (!entry.decision.dtype.isEmpty())
            object.insert(QStringLiteral("dtype"), entry.decision.dtype);
        if (!entry.decision.unit.isEmpty())
            object.insert(QStringLiteral("unit"), entry.decision.unit);
        if (!entry.decision.description.isEmpty())
            object.insert(QStringLiteral("description"), entry.decision.description);
        if (!entry.decision.synonyms.isEmpty())
            object.insert(QStringLiteral("synonyms"),
                          QJsonArray::fromStringList(entry.decision.synonyms));
        list.append(object);
    }
    QJsonObject root {{QStringLiteral("format"), QString(formatName)},
                      {QStringLiteral("version"), Version},
                      {QStringLiteral("field"), validationFieldKey(field)},
                      {QStringLiteral("decisions"), list}};
    if (!source.isEmpty())
        root.insert(QStringLiteral("source"), source);
    if (createdAt.isValid())
        root.insert(QStringLiteral("created_at"), createdAt.toUTC().toString(Qt::ISODate));
    if (!createdBy.isEmpty())
        root.insert(QStringLiteral("created_by"), createdBy);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<CurationRecipe> CurationRecipe::fromJson(const QByteArray &json, const QString &where)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return invalid(
            where,
            QCoreApplication::translate("fd::CurationRecipe", "the JSON is broken at byte %1 (%2).")
                .arg(parseError.offset)
                .arg(parseError.errorString()));
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != formatName)
        return invalid(
            where,
            QCoreApplication::translate("fd::CurationRecipe", "it does not say \"format\": \"%1\".")
                .arg(formatName));
    const int version = root.value(QStringLiteral("version")).toInt();
    if (version < 1 || version > Version)
        return invalid(
            where,
            QCoreApplication::translate("fd::CurationRecipe",
                                        "it is version %1; this FeatureDesk reads version %2.")
                .arg(version)
                .arg(Version));
    CurationRecipe recipe;
    const QString fieldKey = root.value(QStringLiteral("field")).toString();
    if (fieldKey.isEmpty())
        return invalid(where,
                       QCoreApplication::translate("fd::CurationRecipe", "it names no field."));
    if (!parseValidationField(fieldKey, &recipe.field))
        return invalid(
            where,
            QCoreApplication::translate("fd::CurationRecipe",
                                        "its field '%1' is none of feature.name, gene.symbol, "
                                        "gene.ensembl_gene_id, gene.ncbi_gene_id.")
                .arg(fieldKey));
    recipe.source = root.value(QStringLiteral("source")).toString();
    recipe.createdAt
        = QDateTime::fromString(root.value(QStringLiteral("created_at")).toString(), Qt::ISODate);
    recipe.createdBy = root.value(QStringLiteral("created_by")).toString();
    const QJsonArray list = root.value(QStringLiteral("decisions")).toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject object = list.at(i).toObject();
        const QString value = object.value(QStringLiteral("value")).toString();
        CurationDecision decision;
        if (!parseCurationAction(object.value(QStringLiteral("action")).toString(),
                                 &decision.action))
            return invalid(where,
                           QCoreApplication::translate("fd::CurationRecipe",
                                                       "decision %1 has the unknown action '%2'.")
                               .arg(i + 1)
                               .arg(object.value(QStringLiteral("action")).toString()));
        decision.name = object.value(QStringLiteral("name")).toString();
        decision.uid = object.value(QStringLiteral("uid")).toString();
        decision.dtype = object.value(QStringLiteral("dtype")).toString();
        // Optional (recipes written before they existed have none).
        decision.unit = object.value(QStringLiteral("unit")).toString();
        decision.description = object.value(QStringLiteral("description")).toString();
        const QJsonValue synonyms = object.value(QStringLiteral("synonyms"));
        if (!synonyms.isUndefined() && !synonyms.isArray())
            return invalid(where,
                           QCoreApplication::translate("fd::CurationRecipe",
                                                       "decision %1 lists its synonyms not as "
                                                       "a list of texts.")
                               .arg(i + 1));
        for (const QJsonValue &synonym : synonyms.toArray())
            decision.synonyms.append(synonym.toString());
        const bool needsName = decision.action == CurationAction::Rename
            || decision.action == CurationAction::AddSynonym;
        if (value.isEmpty() || (needsName && decision.name.isEmpty()))
            return invalid(where,
                           QCoreApplication::translate("fd::CurationRecipe",
                                                       "decision %1 lacks a value or a name.")
                               .arg(i + 1));
        if (!actionAllowed(decision.action, recipe.field))
            return invalid(where,
                           QCoreApplication::translate(
                               "fd::CurationRecipe", "decision %1 (%2) does not fit the field %3.")
                               .arg(i + 1)
                               .arg(curationActionKey(decision.action), fieldKey));
        recipe.decisions.append({value, decision});
    }
    return recipe;
}

Result<CurationRecipe> CurationRecipe::load(const QString &path)
{
    if (Status allowed = OpenRegistryFiles::refuseRegistryFile(
            path, QCoreApplication::translate("fd::CurationRecipe", "read it as a recipe"));
        !allowed)
        return allowed.error();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(
            Error::Code::NotFound,
            QCoreApplication::translate("fd::CurationRecipe", "Cannot read the recipe %1: %2")
                .arg(path, file.errorString()));
    // A recipe is a few kilobytes; a huge file is a mistake, not a recipe.
    if (file.size() > (16 << 20))
        return invalid(
            path, QCoreApplication::translate("fd::CurationRecipe", "it is larger than 16 MiB."));
    return fromJson(file.readAll(), path);
}

Status CurationRecipe::save(const QString &path) const
{
    return OpenRegistryFiles::writeWholeFile(
        path,
        [this](QIODevice &file) {
            file.write(toJson());
            return QString(); // a failed write is the file's error
        },
        [&path](const QString &reason) {
            return Error::make(
                Error::Code::Io,
                QCoreApplication::translate("fd::CurationRecipe", "Cannot write the recipe %1: %2")
                    .arg(path, reason));
        });
}

CurationRecipe::Match CurationRecipe::matchTo(const ValidationReport &report) const
{
    QHash<QString, int> rows;
    for (int row = 0; row < report.items.size(); ++row)
        rows.insert(report.items.at(row).value, row);
    Match match;
    for (const ValueDecision &entry : decisions) {
        const auto it = rows.constFind(entry.value);
        if (it == rows.cend()) {
            ++match.notInFile;
            continue;
        }
        if (report.items.at(*it).status == ValidationStatus::Validated) {
            ++match.alreadyValidated;
            continue;
        }
        match.rows.append({*it, entry.decision});
    }
    return match;
}

} // namespace fd
