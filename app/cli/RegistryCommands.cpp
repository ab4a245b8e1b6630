#include "app/cli/RegistryCommands.h"

#include "app/cli/CliRegistry.h"
#include "app/cli/DialectOptions.h"
#include "app/cli/FileValidation.h"
#include "model/Identity.h"
#include "model/anndata/H5adReader.h"
#include "model/browse/RegistryRoles.h"
#include "model/db/Registry.h"
#include "model/features/FeatureStore.h"
#include "model/sets/FeatureSetStore.h"
#include "model/validation/CuratedMembers.h"

#include <QJsonArray>

namespace fd::cli {

namespace {

QJsonObject featureJson(const FeatureRecord &feature)
{
    return QJsonObject {{QStringLiteral("uid"), feature.uid},
                        {QStringLiteral("name"), feature.name},
                        {QStringLiteral("dtype"), nullableJson(feature.dtype)},
                        {QStringLiteral("unit"), nullableJson(feature.unit)},
                        {QStringLiteral("description"), nullableJson(feature.description)},
                        {QStringLiteral("synonyms"), QJsonArray::fromStringList(feature.synonyms)},
                        {QStringLiteral("created_by"), feature.createdBy},
                        {QStringLiteral("created_at"), isoTime(feature.createdAt)}};
}

QJsonObject setJson(const FeatureSetRecord &set)
{
    return QJsonObject {{QStringLiteral("uid"), set.uid},
                        {QStringLiteral("name"), set.name},
                        {QStringLiteral("hash"), set.hash},
                        {QStringLiteral("n"), set.n},
                        {QStringLiteral("dtype"), nullableJson(set.dtype)},
                        {QStringLiteral("registry"), memberRegistryName(set.registry)},
                        {QStringLiteral("description"), nullableJson(set.description)},
                        {QStringLiteral("artifacts"), set.artifactCount},
                        {QStringLiteral("created_by"), set.createdBy},
                        {QStringLiteral("created_at"), isoTime(set.createdAt)}};
}

int featuresAdd(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Add a feature to the registry."));
    parser.addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("The feature's name."));
    const QCommandLineOption dtype(
        QStringLiteral("dtype"),
        QStringLiteral("number, int, float, "
                       "bool, str, cat, cat[Registry], date, datetime, object."),
        QStringLiteral("DTYPE"));
    const QCommandLineOption unit(QStringLiteral("unit"), QStringLiteral("Unit, e.g. mg."),
                                  QStringLiteral("UNIT"));
    const QCommandLineOption description(QStringLiteral("description"),
                                         QStringLiteral("A description."), QStringLiteral("TEXT"));
    const QCommandLineOption synonyms(QStringLiteral("synonyms"),
                                      QStringLiteral("Other names, |-separated."),
                                      QStringLiteral("A|B"));
    parser.addOptions({dtype, unit, description, synonyms});
    if (const ExitStatus status = parseCommand(parser, args, context); status)
        return *status;
    if (parser.positionalArguments().size() != 1)
        return context.usage(QStringLiteral("features add takes exactly one NAME."));
    // An empty --dtype "" is no dtype either (the GUI's dialog refuses it too).
    if (parser.value(dtype).trimmed().isEmpty())
        return context.usage(QStringLiteral("features add needs --dtype."));

    OpenedRegistry opened = openRegistry(context, false);
    if (!opened.registry)
        return opened.exitCode;
    NewFeature feature;
    feature.name = parser.positionalArguments().constFirst();
    feature.dtype = parser.value(dtype);
    feature.unit = parser.value(unit);
    feature.description = parser.value(description);
    feature.synonyms = parser.values(synonyms);
    const Result<FeatureRecord> added = FeatureStore(*opened.registry).add(feature);
    if (!added)
        return context.fail(messageOf(added.error()));
    if (context.json)
        context.printJson(QJsonDocument(featureJson(*added)));
    else
        context.out() << "Added feature " << added->name << " (" << added->uid << ")" << Qt::endl;
    return Success;
}

// A list command (features list, sets list): no arguments; the records as one JSON array, or one
// tab-separated line each.
template<typename Record, typename Read, typename ToJson, typename ToFields>
int listRecords(CliContext &context, const QStringList &args, const QString &command,
                const QString &description, Read read, ToJson toJson, ToFields toFields)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description);
    if (const ExitStatus status = parseCommand(parser, args, context); status)
        return *status;
    if (!parser.positionalArguments().isEmpty())
        return context.usage(QStringLiteral("%1 takes no arguments.").arg(command));
    OpenedRegistry opened = openRegistry(context, false);
    if (!opened.registry)
        return opened.exitCode;
    const Result<QList<Record>> records = read(*opened.registry);
    if (!records)
        return context.fail(messageOf(records.error()));
    if (context.json) {
        QJsonArray array;
        for (const Record &record : *records)
            array.append(toJson(record));
        context.printJson(QJsonDocument(array));
        return Success;
    }
    for (const Record &record : *records)
        context.out() << toFields(record).join(QLatin1Char('\t')) << Qt::endl;
    return Success;
}

int featuresList(CliContext &context, const QStringList &args)
{
    return listRecords<FeatureRecord>(
        context, args, QStringLiteral("features list"),
        QStringLiteral("List the registry's features."),
        [](Registry &registry) { return FeatureStore(registry).list(); }, featureJson,
        [](const FeatureRecord &feature) {
            return QStringList {feature.uid,
                                feature.name,
                                feature.dtype,
                                feature.unit,
                                feature.synonyms.join(QLatin1Char('|')),
                                feature.description};
        });
}

int setsCreate(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Save a feature set: from member uids, from a file's validated column names "
        "(--from-columns FILE; with --field F the genes they name, for a table with a gene per "
        "column), or from the genes a column's values resolve to "
        "(--from-values FILE --column COL --field F). An AnnData .h5ad: its obs column names as "
        "features (--from-columns), or with --slot var the genes its var ids resolve to "
        "(--from-values FILE [--column C] --field F), with X's dtype. An existing set with the "
        "same members is returned instead of a new one."));
    parser.addPositionalArgument(QStringLiteral("UID"), QStringLiteral("Member uids."),
                                 QStringLiteral("[UID...]"));
    const QCommandLineOption name(QStringLiteral("name"), QStringLiteral("The set's name."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption members(QStringLiteral("members"),
                                     QStringLiteral("core.Feature (default) or bionty.Gene."),
                                     QStringLiteral("REGISTRY"), QStringLiteral("core.Feature"));
    const QCommandLineOption dtype(QStringLiteral("dtype"),
                                   QStringLiteral("The members' dtype (genes: number)."),
                                   QStringLiteral("DTYPE"));
    const QCommandLineOption fromColumns(
        QStringLiteral("from-columns"),
        QStringLiteral("The features (with --field: the genes) a file's column names validate "
                       "to."),
        QStringLiteral("FILE"));
    const QCommandLineOption fromValues(QStringLiteral("from-values"),
                                        QStringLiteral("The genes a column's values validate to."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption column(QStringLiteral("column"),
                                    QStringLiteral("With --from-values: the column (an .h5ad's "
                                                   "var column; its var index when absent)."),
                                    QStringLiteral("COL"));
    const QCommandLineOption slot(QStringLiteral("slot"),
                                  QStringLiteral("An .h5ad file's table: obs (its column names as "
                                                 "features; the default with --from-columns) or "
                                                 "var (its var ids as genes, with --field; the "
                                                 "default with --from-values)."),
                                  QStringLiteral("SLOT"));
    const QCommandLineOption field(QStringLiteral("field"),
                                   QStringLiteral("With --from-values or --from-columns: "
                                                  "gene.symbol, gene.ensembl_gene_id or "
                                                  "gene.ncbi_gene_id."),
                                   QStringLiteral("F"));
    const QCommandLineOption organism(QStringLiteral("organism"),
                                      QStringLiteral("With --field: the genes' organism "
                                                     "(inferred when absent)."),
                                      QStringLiteral("NAME"));
    const QCommandLineOption strict(QStringLiteral("strict"),
                                    QStringLiteral("Refuse (write nothing) when any name or value "
                                                   "does not validate."));
    parser.addOptions(
        {name, members, dtype, fromColumns, fromValues, column, slot, field, organism, strict});
    const DialectOptions dialect;
    dialect.addTo(parser);
    if (const ExitStatus status = parseCommand(parser, args, context); status)
        return *status;
    if (!parser.isSet(name))
        return context.usage(QStringLiteral("sets create needs --name."));
    const bool fromFile = parser.isSet(fromColumns) || parser.isSet(fromValues);
    if (parser.isSet(fromColumns) && parser.isSet(fromValues))
        return context.usage(
            QStringLiteral("--from-columns and --from-values exclude each other."));
    if (fromFile && !parser.positionalArguments().isEmpty())
        return context.usage(QStringLiteral("Give member uids or a file, not both."));
    NewFeatureSet set;
    set.name = parser.value(name);
    set.memberUids = parser.positionalArguments();
    set.dtype = parser.value(dtype);
    if (!parseMemberRegistry(parser.value(members), &set.registry))
        return context.usage(QStringLiteral("--members takes core.Feature or bionty.Gene."));
    const QString path
        = fromFile ? parser.value(parser.isSet(fromColumns) ? fromColumns : fromValues) : QString();
    const bool h5ad = fromFile && H5adReader::looksLikeH5ad(path);
    if (parser.isSet(slot) && !h5ad)
        return context.usage(QStringLiteral("--slot is for an AnnData .h5ad file given to "
                                            "--from-columns or --from-values."));
    if (h5ad && dialect.anySet(parser))
        return context.usage(QStringLiteral("--delimiter, --quote, --no-header and --encoding "
                                            "are for CSV and TSV files, not an .h5ad."));
    FileValidation validation;
    if (h5ad) {
        const QString slotName = parser.isSet(slot) ? parser.value(slot)
            : parser.isSet(fromValues)              ? QStringLiteral("var")
                                                    : QStringLiteral("obs");
        if (slotName == QLatin1StringView("obs")) {
            if (parser.isSet(fromValues))
                return context.usage(QStringLiteral("An .h5ad's obs column names are read with "
                                                    "--from-columns; --from-values reads its var "
                                                    "ids (--slot var)."));
            if (parser.isSet(column) || parser.isSet(field) || parser.isSet(organism))
                return context.usage(QStringLiteral("--slot obs makes a set of the obs column "
                                                    "names as features: --column, --field and "
                                                    "--organism go with --slot var."));
            validation.slot = H5adSlot::Obs;
            set.registry = MemberRegistry::Feature;
        } else if (slotName == QLatin1StringView("var")) {
            if (!parseValidationField(parser.value(field), &validation.field)
                || !isGeneField(validation.field))
                return context.usage(QStringLiteral("--slot var needs --field gene.symbol, "
                                                    "gene.ensembl_gene_id or gene.ncbi_gene_id."));
            validation.slot = H5adSlot::Var;
            validation.column = parser.value(column);
            validation.organism = parser.value(organism);
            set.registry = MemberRegistry::Gene;
        } else {
            return context.usage(
                QStringLiteral("--slot takes obs or var, not '%1'.").arg(slotName));
        }
    } else if (parser.isSet(fromValues)) {
        if (!parser.isSet(column) || !parseValidationField(parser.value(field), &validation.field)
            || validation.field == Validator::Field::FeatureName)
            return context.usage(
                QStringLiteral("--from-values needs --column COL and --field "
                               "gene.symbol, gene.ensembl_gene_id or gene.ncbi_gene_id."));
        validation.column = parser.value(column);
        validation.organism = parser.value(organism);
        set.registry = MemberRegistry::Gene;
    } else if (parser.isSet(fromColumns)) {
        set.registry = MemberRegistry::Feature;
        // --field F: the header names genes (a column per gene), and the set is of genes.
        if (parser.isSet(field)) {
            if (!parseValidationField(parser.value(field), &validation.field)
                || !isGeneField(validation.field))
                return context.usage(QStringLiteral("--from-columns takes --field gene.symbol, "
                                                    "gene.ensembl_gene_id or gene.ncbi_gene_id."));
            validation.organism = parser.value(organism);
            set.registry = MemberRegistry::Gene;
        } else if (parser.isSet(organism)) {
            return context.usage(QStringLiteral("--organism goes with --field F."));
        }
    } else if (set.memberUids.isEmpty()) {
        return context.usage(QStringLiteral("sets create needs member uids, --from-columns FILE or "
                                            "--from-values FILE."));
    }
    CsvOptions csvOptions;
    if (const ExitStatus status = readDialectOptions(context, parser, dialect, csvOptions); status)
        return *status;
    OpenedRegistry opened = openRegistry(context, false);
    if (!opened.registry)
        return opened.exitCode;

    QStringList leftOut;
    if (fromFile) {
        if (const ExitStatus status
            = validateFile(context, *opened.registry, path, csvOptions, validation);
            status)
            return *status;
        // Validated names only: what would need a decision is reported, never silently taken.
        const CuratedMembers curated = validation.outcome.members();
        set.memberUids = curated.uids;
        leftOut = curated.leftOut;
        if (parser.isSet(strict) && !leftOut.isEmpty())
            return context.fail(
                QStringLiteral("%1 of the file's %2 do not validate (%3); "
                               "nothing was saved (--strict).")
                    .arg(leftOut.size())
                    .arg(validation.slot == H5adSlot::Var       ? QStringLiteral("var ids")
                             : validation.slot == H5adSlot::Obs ? QStringLiteral("obs column names")
                             : parser.isSet(fromColumns)        ? QStringLiteral("column names")
                                                                : QStringLiteral("values"))
                    .arg(leftOut.mid(0, 10).join(QStringLiteral(", "))));
        if (set.memberUids.isEmpty())
            return context.fail(
                QStringLiteral("Nothing in %1 validates; no set was saved.").arg(path));
        // An .h5ad's genes measure X: the set's dtype is X's, as artifacts register
        // --anndata-sets gives it (float or int), unless --dtype says otherwise.
        if (validation.slot == H5adSlot::Var && !parser.isSet(dtype)) {
            const Result<H5adSummary> summary = H5adReader(path).summary();
            if (!summary)
                return context.fail(messageOf(summary.error()));
            if (summary->x.present
                && (summary->x.dtype == QLatin1StringView("float")
                    || summary->x.dtype == QLatin1StringView("int")))
                set.dtype = summary->x.dtype;
        }
    }
    const Result<FeatureSetStore::Created> created = FeatureSetStore(*opened.registry).create(set);
    if (!created)
        return context.fail(messageOf(created.error()));
    if (context.json) {
        QJsonObject object = setJson(created->set);
        object.insert(QStringLiteral("created"), created->created);
        if (fromFile)
            object.insert(QStringLiteral("left_out"), QJsonArray::fromStringList(leftOut));
        context.printJson(QJsonDocument(object));
        return Success;
    }
    if (created->created)
        context.out() << "Saved feature set " << created->set.name << " (" << created->set.uid
                      << ", hash " << created->set.hash << ", " << created->set.n << " members)"
                      << Qt::endl;
    else
        context.out() << "A set with these members exists already: " << created->set.name << " ("
                      << created->set.uid << ", hash " << created->set.hash << ")" << Qt::endl;
    for (const QString &left : std::as_const(leftOut))
        context.out() << "left out: " << left << Qt::endl;
    return Success;
}

int setsList(CliContext &context, const QStringList &args)
{
    return listRecords<FeatureSetRecord>(
        context, args, QStringLiteral("sets list"),
        QStringLiteral("List the registry's feature sets."),
        [](Registry &registry) { return FeatureSetStore(registry).list(); }, setJson,
        [](const FeatureSetRecord &set) {
            return QStringList {set.uid, set.name, QString::number(set.n),
                                memberRegistryName(set.registry), set.hash};
        });
}

int setsShowOrDelete(CliContext &context, const QStringList &args, bool remove)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("UID"), QStringLiteral("The set's uid."));
    if (const ExitStatus status = parseCommand(parser, args, context); status)
        return *status;
    if (parser.positionalArguments().size() != 1)
        return context.usage(QStringLiteral("sets %1 takes one UID.")
                                 .arg(remove ? QStringLiteral("delete") : QStringLiteral("show")));
    const QString uid = parser.positionalArguments().constFirst();
    OpenedRegistry opened = openRegistry(context, false);
    if (!opened.registry)
        return opened.exitCode;
    FeatureSetStore store(*opened.registry);
    if (remove) {
        if (Status removed = store.remove(uid); !removed)
            return context.fail(messageOf(removed.error()));
        if (context.json)
            context.printJson(QJsonDocument(QJsonObject {{QStringLiteral("deleted"), uid}}));
        else
            context.out() << "Deleted feature set " << uid << Qt::endl;
        return Success;
    }
    const Result<FeatureSetRecord> set = store.findByUid(uid);
    if (!set)
        return context.fail(messageOf(set.error()));
    const Result<QList<SetMember>> members = store.members(uid);
    if (!members)
        return context.fail(messageOf(members.error()));
    if (context.json) {
        QJsonObject object = setJson(*set);
        QJsonArray array;
        for (const SetMember &member : *members)
            array.append(QJsonObject {{QStringLiteral("uid"), member.uid},
                                      {QStringLiteral("name"), member.name}});
        object.insert(QStringLiteral("members"), array);
        context.printJson(QJsonDocument(object));
        return Success;
    }
    context.out() << set->name << " (" << set->uid << "), " << set->n << " members of "
                  << memberRegistryName(set->registry) << ", hash " << set->hash << Qt::endl;
    for (const SetMember &member : *members)
        context.out() << "  " << member.uid << '\t' << member.name << Qt::endl;
    return Success;
}

} // namespace

int runInit(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Create the registry, or bring an older one to the current schema. On "
                       "PostgreSQL also set up "
                       "the roles featuredesk_reader and featuredesk_writer (needs a user allowed "
                       "to create roles)."));
    if (const ExitStatus status = parseCommand(parser, args, context); status)
        return *status;
    OpenedRegistry opened = openRegistry(context, true);
    if (!opened.registry)
        return opened.exitCode;
    Registry &registry = *opened.registry;
    // Making or updating a registry, and its roles, is the owner's: a reader is told so.
    if (Status writable = registry.checkWritable(); !writable)
        return context.fail(messageOf(writable.error()));
    QJsonObject object {
        {QStringLiteral("location"), registry.location().displayText()},
        {QStringLiteral("backend"),
         registry.location().isPostgres() ? QStringLiteral("postgresql")
                                          : QStringLiteral("sqlite")},
        {QStringLiteral("schema_version"), registry.schemaVersion()},
        {QStringLiteral("user"), registry.userHandle()},
        {QStringLiteral("migration_notes"), QJsonArray::fromStringList(registry.migrationNotes())}};
    QString rolesLine;
    if (registry.location().isPostgres()) {
        // The registry is ready either way; roles the user may not make are a warning, not a
        // failure.
        const Result<RegistryRoles::Report> roles = RegistryRoles::ensure(registry);
        if (roles) {
            object.insert(
                QStringLiteral("roles"),
                QJsonObject {
                    {QStringLiteral("reader"), QString::fromLatin1(RegistryRoles::Reader)},
                    {QStringLiteral("writer"), QString::fromLatin1(RegistryRoles::Writer)},
                    {QStringLiteral("created"), QJsonArray::fromStringList(roles->created)}});
            rolesLine = QStringLiteral("Roles %1 (read) and %2 (read and write) are set up for it.")
                            .arg(QString::fromLatin1(RegistryRoles::Reader),
                                 QString::fromLatin1(RegistryRoles::Writer));
        } else {
            object.insert(QStringLiteral("roles_error"), messageOf(roles.error()));
            context.err() << "warning: " << messageOf(roles.error()) << Qt::endl;
        }
    }
    if (context.json) {
        context.printJson(QJsonDocument(object));
    } else {
        context.out() << "Registry " << registry.location().displayText() << " is ready (schema "
                      << registry.schemaVersion() << ")." << Qt::endl;
        // What bringing an older registry up to date changed in its records.
        for (const QString &note : registry.migrationNotes())
            context.out() << "Updated: " << note << Qt::endl;
        if (!rolesLine.isEmpty())
            context.out() << rolesLine << Qt::endl;
    }
    return Success;
}

int runInfo(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    if (const ExitStatus status = parseCommand(parser, args, context); status)
        return *status;
    OpenedRegistry opened = openRegistry(context, false);
    if (!opened.registry)
        return opened.exitCode;
    const Registry &registry = *opened.registry;
    const Result<Registry::Counts> counts = registry.counts();
    if (!counts)
        return context.fail(messageOf(counts.error()));
    if (context.json) {
        context.printJson(QJsonDocument(
            QJsonObject {{QStringLiteral("location"), registry.location().displayText()},
                         {QStringLiteral("schema_version"), registry.schemaVersion()},
                         {QStringLiteral("read_only"), registry.isReadOnly()},
                         {QStringLiteral("user"), registry.userHandle()},
                         {QStringLiteral("features"), counts->features},
                         {QStringLiteral("feature_sets"), counts->featureSets},
                         {QStringLiteral("artifacts"), counts->artifacts},
                         {QStringLiteral("genes"), counts->genes},
                         {QStringLiteral("organisms"), counts->organisms},
                         {QStringLiteral("migration_notes"),
                          QJsonArray::fromStringList(registry.migrationNotes())}}));
    } else {
        context.out() << "Registry:       " << registry.location().displayText() << Qt::endl
                      << "Schema version: " << registry.schemaVersion() << Qt::endl
                      << "User:           " << registry.userHandle()
                      << (registry.isReadOnly() ? " (read-only)" : "") << Qt::endl
                      << "Features:       " << counts->features << Qt::endl
                      << "Feature sets:   " << counts->featureSets << Qt::endl
                      << "Artifacts:      " << counts->artifacts << Qt::endl
                      << "Genes:          " << counts->genes << Qt::endl;
        for (const QString &note : registry.migrationNotes())
            context.out() << "Updated:        " << note << Qt::endl;
    }
    return Success;
}

int runHashSet(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Print LaminDB's set hash of member uids (MD5 of the sorted uids joined with ':', "
        "URL-safe base64, 20 characters)."));
    parser.addPositionalArgument(QStringLiteral("UID"), QStringLiteral("Member uids."),
                                 QStringLiteral("UID..."));
    if (const ExitStatus status = parseCommand(parser, args, context); status)
        return *status;
    QStringList uids = parser.positionalArguments();
    if (uids.isEmpty())
        return context.usage(QStringLiteral("hash-set needs at least one UID."));
    const QString hash = identity::hashSet(uids);
    uids.removeDuplicates();
    if (context.json)
        context.printJson(QJsonDocument(
            QJsonObject {{QStringLiteral("hash"), hash}, {QStringLiteral("n"), uids.size()}}));
    else
        context.out() << hash << Qt::endl;
    return Success;
}

int runFeatures(CliContext &context, const QStringList &args)
{
    const QString sub = args.value(1);
    if (sub == QLatin1StringView("add"))
        return featuresAdd(context, args.mid(1));
    if (sub == QLatin1StringView("list"))
        return featuresList(context, args.mid(1));
    return context.usage(sub.isEmpty() ? QStringLiteral("features needs add or list.")
                                       : QStringLiteral("Unknown features command '%1'.").arg(sub));
}

int runSets(CliContext &context, const QStringList &args)
{
    const QString sub = args.value(1);
    if (sub == QLatin1StringView("create"))
        return setsCreate(context, args.mid(1));
    if (sub == QLatin1StringView("list"))
        return setsList(context, args.mid(1));
    if (sub == QLatin1StringView("show"))
        return setsShowOrDelete(context, args.mid(1), false);
    if (sub == QLatin1StringView("delete"))
        return setsShowOrDelete(context, args.mid(1), true);
    return context.usage(sub.isEmpty() ? QStringLiteral("sets needs create, list, show or delete.")
                                       : QStringLiteral("Unknown sets command '%1'.").arg(sub));
}

} // namespace fd::cli
