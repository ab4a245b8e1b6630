#include "app/cli/ArtifactCommands.h"

#include "app/cli/CliRegistry.h"
#include "model/artifacts/ArtifactRegistration.h"
#include "model/artifacts/ArtifactStore.h"
#include "model/comparison/ArtifactComparison.h"
#include "model/db/Registry.h"
#include "model/validation/CurationRecipe.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

namespace fd::cli {

namespace {

QJsonObject artifactJson(const ArtifactRecord &artifact)
{
    QJsonObject slots;
    for (auto it = artifact.slots.cbegin(); it != artifact.slots.cend(); ++it)
        slots.insert(it.key(), it.value());
    return QJsonObject {{QStringLiteral("uid"), artifact.uid},
                        {QStringLiteral("key"), artifact.key},
                        {QStringLiteral("suffix"), artifact.suffix},
                        {QStringLiteral("size"), artifact.size},
                        {QStringLiteral("hash"), artifact.hash},
                        {QStringLiteral("hash_type"), artifact.hashType},
                        {QStringLiteral("slots"), slots},
                        {QStringLiteral("created_by"), artifact.createdBy},
                        {QStringLiteral("created_at"), isoTime(artifact.createdAt)}};
}

int artifactsRegister(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Register files as artifacts, identified by their content hash (LaminDB's hash_file); a "
        "file whose content is registered already is recognised, not registered twice. A folder "
        "registers the delimited files inside it, keyed by their path relative to it. All in one "
        "transaction."));
    parser.addPositionalArgument(QStringLiteral("PATH"), QStringLiteral("Files or folders."),
                                 QStringLiteral("PATH..."));
    const QCommandLineOption columns(
        QStringLiteral("columns-set"),
        QStringLiteral("Also check each file's column names as a review does and attach what they "
                       "resolve to as its columns set (one set per distinct header): validated "
                       "names plus the decisions saved for the file's header (a review's, kept "
                       "per header), or a recipe's with --recipe. Dtype mismatches and columns "
                       "without a feature are left out and listed."));
    const QCommandLineOption slot(
        QStringLiteral("slot"),
        QStringLiteral("With --columns-set: the slot (default columns; var with --field)."),
        QStringLiteral("SLOT"), QStringLiteral("columns"));
    const QCommandLineOption recipe(
        QStringLiteral("recipe"),
        QStringLiteral("With --columns-set: curate every file's header with this recipe's "
                       "decisions instead of its saved ones."),
        QStringLiteral("R"));
    const QCommandLineOption apply(
        QStringLiteral("apply"),
        QStringLiteral("With --recipe: write its new features and synonyms first (same "
                       "transaction) and keep its decisions as each file's curation."));
    const QCommandLineOption field(
        QStringLiteral("field"),
        QStringLiteral("With --columns-set: check the column names as gene.symbol, "
                       "gene.ensembl_gene_id or gene.ncbi_gene_id (a panel with a gene per "
                       "column; the set is a bionty.Gene set) instead of features."),
        QStringLiteral("F"));
    const QCommandLineOption organism(
        QStringLiteral("organism"),
        QStringLiteral("With --field: the genes' organism (default: told from the names)."),
        QStringLiteral("O"));
    const QCommandLineOption anndataSets(
        QStringLiteral("anndata-sets"),
        QStringLiteral("AnnData .h5ad files: attach a var set (the genes the var ids resolve to; "
                       "its dtype is X's) and an obs set (the obs columns that are registered "
                       "features), as LaminDB's features.add_from_anndata does. What did not "
                       "resolve is listed; a file that is not AnnData is not registered."));
    const QCommandLineOption varColumn(
        QStringLiteral("var-column"),
        QStringLiteral("With --anndata-sets: the var column holding the genes (default: the "
                       "index)."),
        QStringLiteral("C"));
    const QCommandLineOption varField(
        QStringLiteral("var-field"),
        QStringLiteral("With --anndata-sets: gene.symbol, gene.ensembl_gene_id or "
                       "gene.ncbi_gene_id (default: gene.ensembl_gene_id when most var ids look "
                       "like Ensembl ids, else gene.symbol)."),
        QStringLiteral("F"));
    parser.addOptions(
        {columns, slot, recipe, apply, field, organism, anndataSets, varColumn, varField});
    if (const ExitStatus status = parseCommand(parser, args, context); status)
        return *status;
    if (parser.positionalArguments().isEmpty())
        return context.usage(QStringLiteral("artifacts register needs files or folders."));
    if ((parser.isSet(slot) || parser.isSet(recipe) || parser.isSet(field))
        && !parser.isSet(columns))
        return context.usage(QStringLiteral("--slot, --recipe and --field go with --columns-set."));
    if (parser.isSet(anndataSets) && parser.isSet(columns))
        return context.usage(QStringLiteral("--anndata-sets and --columns-set do not go "
                                            "together."));
    if ((parser.isSet(varColumn) || parser.isSet(varField)) && !parser.isSet(anndataSets))
        return context.usage(QStringLiteral("--var-column and --var-field go with "
                                            "--anndata-sets."));
    if (parser.isSet(organism) && !parser.isSet(field) && !parser.isSet(anndataSets))
        return context.usage(QStringLiteral("--organism goes with --field F or --anndata-sets."));
    if (parser.isSet(apply) && !parser.isSet(recipe))
        return context.usage(QStringLiteral("--apply goes with --recipe R."));
    ArtifactRegistration::Options options;
    options.inferColumns = parser.isSet(columns);
    options.slot = parser.value(slot);
    if (parser.isSet(field)) {
        if (!parseValidationField(parser.value(field), &options.field)
            || !isGeneField(options.field))
            return context.usage(
                QStringLiteral("--field takes gene.symbol, gene.ensembl_gene_id or "
                               "gene.ncbi_gene_id, not '%1'.")
                    .arg(parser.value(field)));
        options.organism = parser.value(organism);
        if (!parser.isSet(slot))
            options.slot = QStringLiteral("var");
    }
    if (parser.isSet(anndataSets)) {
        AnnDataSets::Options &anndata = options.anndata.emplace();
        anndata.varColumn = parser.value(varColumn);
        anndata.organism = parser.value(organism);
        if (parser.isSet(varField)) {
            ValidationField parsed = ValidationField::FeatureName;
            if (!parseValidationField(parser.value(varField), &parsed) || !isGeneField(parsed))
                return context.usage(
                    QStringLiteral("--var-field takes gene.symbol, gene.ensembl_gene_id or "
                                   "gene.ncbi_gene_id, not '%1'.")
                        .arg(parser.value(varField)));
            anndata.varField = parsed;
        }
    }
    if (parser.isSet(recipe)) {
        const Result<CurationRecipe> loaded = CurationRecipe::load(parser.value(recipe));
        if (!loaded)
            return context.fail(messageOf(loaded.error()));
        if (loaded->field != options.field)
            return context.usage(
                QStringLiteral("The recipe is for %1, but this checks %2.")
                    .arg(validationFieldKey(loaded->field), validationFieldKey(options.field)));
        options.decisions = loaded->decisions;
        options.source = QFileInfo(parser.value(recipe)).fileName();
        options.applyDecisions = parser.isSet(apply);
    }
    OpenedRegistry opened = openRegistry(context);
    if (!opened.registry)
        return opened.exitCode;
    QStringList skipped;
    const QList<ArtifactRegistration::Source> sources
        = ArtifactRegistration::sourcesOf(parser.positionalArguments(), &skipped);
    for (const QString &reason : std::as_const(skipped))
        context.err() << "skipped: " << reason << Qt::endl;
    const Result<ArtifactRegistration::Outcome> outcome
        = ArtifactRegistration::run(*opened.registry, sources, options);
    if (!outcome)
        return context.fail(messageOf(outcome.error()));
    ArtifactStore store(*opened.registry);
    QJsonArray list;
    for (const ArtifactRegistration::FileOutcome &file : outcome->files) {
        if (file.uid.isEmpty()) {
            // One unreadable file does not stop the others; it is said, and the exit status says
            // it.
            context.err() << file.error << Qt::endl;
            list.append(QJsonObject {{QStringLiteral("path"), file.path},
                                     {QStringLiteral("error"), file.error}});
            continue;
        }
        const Result<ArtifactRecord> artifact = store.findByUid(file.uid);
        if (!artifact)
            return context.fail(messageOf(artifact.error()));
        QJsonObject object = artifactJson(*artifact);
        object.insert(QStringLiteral("created"), file.created);
        object.insert(QStringLiteral("path"), file.path);
        if (options.inferColumns) {
            object.insert(QStringLiteral("columns_set"), nullableJson(file.setUid));
            object.insert(QStringLiteral("members"), file.members);
            object.insert(QStringLiteral("left_out"), QJsonArray::fromStringList(file.leftOut));
            object.insert(QStringLiteral("attached"), file.attached);
            object.insert(QStringLiteral("decisions"),
                          QJsonObject {{QStringLiteral("count"), file.decisions},
                                       {QStringLiteral("from"), nullableJson(file.decisionsFrom)},
                                       {QStringLiteral("draft"), file.decisionsDraft}});
            if (!file.error.isEmpty())
                object.insert(QStringLiteral("note"), file.error);
        }
        if (options.anndata) {
            // The var and obs sets attached are in the artifact's "slots", read back from the
            // registry; a slot that got none is absent there and says why in "notes".
            QJsonObject leftOut, notes;
            for (const ArtifactRegistration::SlotOutcome &written : file.anndataSlots) {
                leftOut.insert(written.slot, QJsonArray::fromStringList(written.leftOut));
                if (!written.note.isEmpty())
                    notes.insert(written.slot, written.note);
            }
            object.insert(QStringLiteral("left_out"), leftOut);
            if (!notes.isEmpty())
                object.insert(QStringLiteral("notes"), notes);
        }
        list.append(object);
        if (!context.json) {
            context.out() << (file.created ? "registered " : "known      ") << file.uid << '\t'
                          << artifact->key << '\t' << artifact->hash;
            if (options.inferColumns)
                context.out() << '\t'
                              << (file.attached ? QStringLiteral("%1 %2 (%3 %4)")
                                                      .arg(options.slot, file.setUid)
                                                      .arg(file.members)
                                                      .arg(isGeneField(options.field)
                                                               ? QStringLiteral("genes")
                                                               : QStringLiteral("features"))
                                                : file.error);
            context.out() << Qt::endl;
            if (options.inferColumns && file.decisions > 0)
                context.out() << "  curated by " << file.decisions << " decision(s) of "
                              << file.decisionsFrom << (file.decisionsDraft ? " (not applied)" : "")
                              << Qt::endl;
            if (options.inferColumns)
                for (const QString &left : file.leftOutInWords)
                    context.out() << "  left out: " << left << Qt::endl;
            for (const ArtifactRegistration::SlotOutcome &written : file.anndataSlots) {
                context.out() << "  " << written.slot << ": "
                              << (written.attached
                                      ? QStringLiteral("%1 (%2 %3)")
                                            .arg(written.setUid)
                                            .arg(written.members)
                                            .arg(written.slot == QLatin1StringView("var")
                                                     ? QStringLiteral("genes")
                                                     : QStringLiteral("features"))
                                      : written.note)
                              << Qt::endl;
                for (const QString &left : written.leftOut)
                    context.out() << "    left out: " << left << Qt::endl;
            }
        }
    }
    if (outcome->applied && !context.json)
        context.out() << "recipe applied (run " << outcome->applied->runId
                      << "): " << outcome->applied->featuresAdded.size() << " features added, "
                      << outcome->applied->synonymsAdded.size() << " synonyms added" << Qt::endl;
    if (context.json)
        context.printJson(QJsonDocument(list));
    else if (options.inferColumns)
        context.out() << outcome->attached << " of " << outcome->files.size()
                      << " files got a columns set (" << outcome->setUids.size() << " distinct, "
                      << outcome->setsCreated << " new)" << Qt::endl;
    return outcome->failed > 0 || !skipped.isEmpty() ? Failure : Success;
}

int artifactsAttach(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Attach a feature set to artifacts under a slot, in one transaction: all or none."));
    parser.addPositionalArgument(QStringLiteral("UID"), QStringLiteral("Artifact uids."),
                                 QStringLiteral("UID..."));
    const QCommandLineOption slot(QStringLiteral("slot"), QStringLiteral("columns, var, obs, ..."),
                                  QStringLiteral("SLOT"));
    const QCommandLineOption set(QStringLiteral("set"), QStringLiteral("The feature set's uid."),
                                 QStringLiteral("SET_UID"));
    const QCommandLineOption file(QStringLiteral("artifacts-file"),
                                  QStringLiteral("Artifact uids, one per line (for many at once)."),
                                  QStringLiteral("F"));
    const QCommandLineOption replace(
        QStringLiteral("replace"),
        QStringLiteral("Replace a set another one holds the slot with."));
    parser.addOptions({slot, set, file, replace});
    if (const ExitStatus status = parseCommand(parser, args, context); status)
        return *status;
    if (!parser.isSet(slot) || !parser.isSet(set))
        return context.usage(QStringLiteral("artifacts attach needs --slot and --set."));
    QStringList uids = parser.positionalArguments();
    if (parser.isSet(file)) {
        QFile list(parser.value(file));
        if (!list.open(QIODevice::ReadOnly | QIODevice::Text))
            return context.fail(
                QStringLiteral("Cannot read %1: %2").arg(list.fileName(), list.errorString()));
        while (!list.atEnd()) {
            const QString line = QString::fromUtf8(list.readLine()).trimmed();
            if (!line.isEmpty())
                uids.append(line);
        }
    }
    if (uids.isEmpty())
        return context.usage(QStringLiteral("artifacts attach needs artifact uids."));
    OpenedRegistry opened = openRegistry(context);
    if (!opened.registry)
        return opened.exitCode;
    if (Status attached
        = ArtifactStore(*opened.registry)
              .attach(uids, parser.value(slot), parser.value(set), parser.isSet(replace));
        !attached)
        return context.fail(messageOf(attached.error()));
    if (context.json)
        context.printJson(QJsonDocument(QJsonObject {{QStringLiteral("attached"), int(uids.size())},
                                                     {QStringLiteral("slot"), parser.value(slot)},
                                                     {QStringLiteral("set"), parser.value(set)}}));
    else
        context.out() << "Attached " << parser.value(set) << " under '" << parser.value(slot)
                      << "' to " << uids.size() << " artifacts" << Qt::endl;
    return Success;
}

int artifactsShowOrDetach(CliContext &context, const QStringList &args, bool detach)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("UID"), QStringLiteral("The artifact's uid."));
    const QCommandLineOption slot(QStringLiteral("slot"), QStringLiteral("The slot to empty."),
                                  QStringLiteral("SLOT"));
    if (detach)
        parser.addOption(slot);
    if (const ExitStatus status = parseCommand(parser, args, context); status)
        return *status;
    if (parser.positionalArguments().size() != 1 || (detach && !parser.isSet(slot)))
        return context.usage(detach ? QStringLiteral("artifacts detach takes one UID and --slot.")
                                    : QStringLiteral("artifacts show takes one UID."));
    OpenedRegistry opened = openRegistry(context);
    if (!opened.registry)
        return opened.exitCode;
    ArtifactStore store(*opened.registry);
    const QString uid = parser.positionalArguments().constFirst();
    if (detach) {
        if (Status detached = store.detach({uid}, parser.value(slot)); !detached)
            return context.fail(messageOf(detached.error()));
    }
    const Result<ArtifactRecord> artifact = store.findByUid(uid);
    if (!artifact)
        return context.fail(messageOf(artifact.error()));
    if (context.json) {
        context.printJson(QJsonDocument(artifactJson(*artifact)));
        return Success;
    }
    context.out() << artifact->uid << '\t' << artifact->key << '\t' << artifact->size << '\t'
                  << artifact->hash << Qt::endl;
    for (auto it = artifact->slots.cbegin(); it != artifact->slots.cend(); ++it)
        context.out() << "  " << it.key() << '\t' << it.value() << Qt::endl;
    return Success;
}

QJsonArray membersJson(const QList<SetMember> &members)
{
    QJsonArray list;
    for (const SetMember &member : members)
        list.append(QJsonObject {{QStringLiteral("uid"), member.uid},
                                 {QStringLiteral("name"), member.name}});
    return list;
}

} // namespace

int runCompare(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Compare two artifacts slot by slot: the same set (they can be concatenated), or how their "
        "sets overlap."));
    parser.addPositionalArgument(QStringLiteral("UID_A"), QStringLiteral("An artifact."));
    parser.addPositionalArgument(QStringLiteral("UID_B"), QStringLiteral("Another artifact."));
    if (const ExitStatus status = parseCommand(parser, args, context); status)
        return *status;
    if (parser.positionalArguments().size() != 2)
        return context.usage(QStringLiteral("compare takes two artifact uids."));
    OpenedRegistry opened = openRegistry(context);
    if (!opened.registry)
        return opened.exitCode;
    const Result<QList<SlotComparison>> compared = ArtifactComparison::compare(
        *opened.registry, parser.positionalArguments().at(0), parser.positionalArguments().at(1));
    if (!compared)
        return context.fail(messageOf(compared.error()));
    if (context.json) {
        QJsonObject slots;
        for (const SlotComparison &slot : *compared)
            slots.insert(slot.slot,
                         QJsonObject {{QStringLiteral("same"), slot.same},
                                      {QStringLiteral("set_a"), nullableJson(slot.setA)},
                                      {QStringLiteral("set_b"), nullableJson(slot.setB)},
                                      {QStringLiteral("shared"), membersJson(slot.shared)},
                                      {QStringLiteral("only_a"), membersJson(slot.onlyA)},
                                      {QStringLiteral("only_b"), membersJson(slot.onlyB)}});
        context.printJson(QJsonDocument(QJsonObject {{QStringLiteral("slots"), slots}}));
        return Success;
    }
    for (const SlotComparison &slot : *compared) {
        context.out() << slot.slot << ": ";
        if (slot.same)
            context.out() << "same set " << slot.setA << " (" << slot.shared.size()
                          << " members): can be concatenated" << Qt::endl;
        else
            context.out() << slot.shared.size() << " shared, " << slot.onlyA.size()
                          << " only in A, " << slot.onlyB.size() << " only in B" << Qt::endl;
    }
    return Success;
}

int runArtifacts(CliContext &context, const QStringList &args)
{
    const QString sub = args.value(1);
    if (sub == QLatin1StringView("register"))
        return artifactsRegister(context, args.mid(1));
    if (sub == QLatin1StringView("attach"))
        return artifactsAttach(context, args.mid(1));
    if (sub == QLatin1StringView("detach"))
        return artifactsShowOrDetach(context, args.mid(1), true);
    if (sub == QLatin1StringView("show"))
        return artifactsShowOrDetach(context, args.mid(1), false);
    return context.usage(sub.isEmpty()
                             ? QStringLiteral("artifacts needs register, attach, detach or show.")
                             : QStringLiteral("Unknown artifacts command '%1'.").arg(sub));
}

} // namespace fd::cli
