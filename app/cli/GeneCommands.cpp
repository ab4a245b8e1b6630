#include "app/cli/GeneCommands.h"

#include "app/cli/CliRegistry.h"

#include "model/db/Registry.h"
#include "model/genes/GeneStore.h"
#include "model/genes/ShippedGenes.h"

#include <QJsonArray>

namespace fd::cli {

namespace {

QJsonObject geneJson(const GeneRecord &gene)
{
    return QJsonObject {{QStringLiteral("uid"), gene.uid},
                        {QStringLiteral("symbol"), nullableJson(gene.symbol)},
                        {QStringLiteral("ensembl_gene_id"), nullableJson(gene.ensemblGeneId)},
                        {QStringLiteral("ncbi_gene_id"), nullableJson(gene.ncbiGeneId)},
                        {QStringLiteral("biotype"), nullableJson(gene.biotype)},
                        {QStringLiteral("synonyms"), QJsonArray::fromStringList(gene.synonyms)},
                        {QStringLiteral("other_ensembl_gene_ids"),
                         QJsonArray::fromStringList(gene.otherEnsemblGeneIds)},
                        {QStringLiteral("organism"), nullableJson(gene.organism)},
                        {QStringLiteral("description"), nullableJson(gene.description)}};
}

QJsonObject reportJson(const GeneImportReport &report)
{
    QJsonArray collisions;
    for (const GeneCollision &c : report.collisions)
        collisions.append(
            QJsonObject {{QStringLiteral("line"), c.line},
                         {QStringLiteral("symbol"), nullableJson(c.symbol)},
                         {QStringLiteral("ensembl_gene_id"), nullableJson(c.ensemblGeneId)},
                         {QStringLiteral("ncbi_gene_id"), nullableJson(c.ncbiGeneId)},
                         {QStringLiteral("rule_uid"), c.rawUid},
                         {QStringLiteral("rule_uid_held_by"), c.heldBy},
                         {QStringLiteral("uid"), nullableJson(c.uid)},
                         {QStringLiteral("keyed_by"), nullableJson(c.keyedBy)}});
    QJsonArray skips;
    for (const GeneSkip &skip : report.skips)
        skips.append(QJsonObject {{QStringLiteral("line"), skip.line},
                                  {QStringLiteral("symbol"), nullableJson(skip.symbol)},
                                  {QStringLiteral("reason"), skip.reason}});
    return QJsonObject {{QStringLiteral("file"), report.file},
                        {QStringLiteral("format"), report.format},
                        {QStringLiteral("organism"), report.organism},
                        {QStringLiteral("taxon_id"), report.taxonId},
                        {QStringLiteral("rows"), report.rows},
                        {QStringLiteral("genes"), report.genes},
                        {QStringLiteral("added"), report.added},
                        {QStringLiteral("updated"), report.updated},
                        {QStringLiteral("unchanged"), report.unchanged},
                        {QStringLiteral("skipped"), report.skipped},
                        {QStringLiteral("other_organisms"), report.otherOrganisms},
                        {QStringLiteral("synonyms"), report.synonyms},
                        {QStringLiteral("extra_ensembl_ids"), report.extraEnsemblIds},
                        {QStringLiteral("run_id"), report.runId},
                        {QStringLiteral("elapsed_ms"), report.elapsedMs},
                        {QStringLiteral("collisions"), collisions},
                        {QStringLiteral("skips"), skips},
                        {QStringLiteral("warnings"), QJsonArray::fromStringList(report.warnings)}};
}

int genesImport(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Import genes from an NCBI gene_info file, an Ensembl BioMart export, an HGNC complete "
        "set (tab-separated) or a GENCODE/Ensembl gene list (headerless CSV gene_id,gene_name,"
        "gene_version,gene_length,gene_type, as CELLxGENE's), plain or gzip; or the genes "
        "FeatureDesk ships (--shipped). The organism is the file's (its tax_id, its ids' prefix "
        "such as ENSMUSG, or its name such as genes_mus_musculus.csv.gz) unless --organism names "
        "it. Genes already in the registry are updated in place (matched by Ensembl id, else NCBI "
        "id) and keep their uids."));
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QStringLiteral("The gene table (none with --shipped)."));
    const QCommandLineOption organism(QStringLiteral("organism"),
                                      QStringLiteral("human, mouse, … or a taxon id; needed when "
                                                     "the file does not say."),
                                      QStringLiteral("NAME"));
    const QCommandLineOption shipped(
        QStringLiteral("shipped"),
        QStringLiteral("Import the genes FeatureDesk ships of ORGANISM (%1), offline.")
            .arg(ShippedGenes::names()),
        QStringLiteral("ORGANISM"));
    parser.addOptions({organism, shipped});
    if (const ExitStatus status = parseCommand(parser, args, context); status)
        return *status;
    QString file;
    QString organismName = parser.value(organism);
    if (parser.isSet(shipped)) {
        if (!parser.positionalArguments().isEmpty())
            return context.usage(
                QStringLiteral("genes import takes a FILE or --shipped, not both."));
        const std::optional<ShippedGenes::List> list = ShippedGenes::find(parser.value(shipped));
        if (!list)
            return context.usage(QStringLiteral("FeatureDesk ships the genes of %1, not of '%2'.")
                                     .arg(ShippedGenes::names(), parser.value(shipped)));
        if (!organismName.isEmpty() && organismName.compare(list->organism, Qt::CaseInsensitive))
            return context.usage(QStringLiteral("--shipped %1 imports %1 genes, not %2.")
                                     .arg(list->organism, organismName));
        file = list->resource;
        organismName = list->organism;
    } else if (parser.positionalArguments().size() != 1) {
        return context.usage(QStringLiteral("genes import takes exactly one FILE."));
    } else {
        file = parser.positionalArguments().constFirst();
    }
    OpenedRegistry opened = openRegistry(context);
    if (!opened.registry)
        return opened.exitCode;
    GeneStore::ImportOptions options;
    options.organism = organismName;
    const Result<GeneImportReport> report = GeneStore(*opened.registry).importFile(file, options);
    if (!report)
        return context.fail(messageOf(report.error()));
    if (context.json) {
        context.printJson(QJsonDocument(reportJson(*report)));
        return Success;
    }
    context.out() << "Imported " << report->genes << " " << report->organism << " genes ("
                  << report->format << ") in " << report->elapsedMs << " ms: " << report->added
                  << " added, " << report->updated << " updated, " << report->unchanged
                  << " unchanged, " << report->skipped << " skipped." << Qt::endl;
    if (!report->collisions.isEmpty())
        context.out() << report->collisions.size()
                      << " genes share an Ensembl id or symbol with another gene; FeatureDesk "
                         "gave each of them an identity of its own (symbol + organism, or NCBI "
                         "id), so that both genes can be used (--json lists them)."
                      << Qt::endl;
    for (const GeneSkip &skip : report->skips) {
        context.out() << "  skipped line " << skip.line;
        if (!skip.symbol.isEmpty())
            context.out() << " " << skip.symbol;
        context.out() << ": " << skip.reason << Qt::endl;
    }
    for (const QString &warning : report->warnings)
        context.out() << "  " << warning << Qt::endl;
    return Success;
}

int genesFind(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Find genes by symbol, synonym, Ensembl or NCBI id, or the start of one (any case)."));
    parser.addPositionalArgument(QStringLiteral("TEXT"), QStringLiteral("What to look for."));
    const QCommandLineOption organism(QStringLiteral("organism"),
                                      QStringLiteral("Only this organism's genes."),
                                      QStringLiteral("NAME"));
    const QCommandLineOption limit(QStringLiteral("limit"),
                                   QStringLiteral("At most N genes (default 20)."),
                                   QStringLiteral("N"), QStringLiteral("20"));
    parser.addOptions({organism, limit});
    if (const ExitStatus status = parseCommand(parser, args, context); status)
        return *status;
    if (parser.positionalArguments().size() != 1)
        return context.usage(QStringLiteral("genes find takes exactly one TEXT."));
    bool number = false;
    const int most = parser.value(limit).toInt(&number);
    if (!number || most < 1)
        return context.usage(QStringLiteral("--limit takes a positive number."));
    OpenedRegistry opened = openRegistry(context);
    if (!opened.registry)
        return opened.exitCode;
    const Result<QList<GeneRecord>> genes
        = GeneStore(*opened.registry)
              .find(parser.positionalArguments().constFirst(), parser.value(organism), most);
    if (!genes)
        return context.fail(messageOf(genes.error()));
    if (context.json) {
        QJsonArray array;
        for (const GeneRecord &gene : *genes)
            array.append(geneJson(gene));
        context.printJson(QJsonDocument(array));
        return Success;
    }
    for (const GeneRecord &gene : *genes)
        context.out() << gene.uid << '\t' << gene.symbol << '\t' << gene.ensemblGeneId << '\t'
                      << gene.ncbiGeneId << '\t' << gene.biotype << '\t' << gene.organism << '\t'
                      << gene.synonyms.join(QLatin1Char('|')) << Qt::endl;
    return Success;
}

} // namespace

int runGenes(CliContext &context, const QStringList &args)
{
    const QString sub = args.value(1);
    if (sub == QLatin1StringView("import"))
        return genesImport(context, args.mid(1));
    if (sub == QLatin1StringView("find"))
        return genesFind(context, args.mid(1));
    return context.usage(sub.isEmpty() ? QStringLiteral("genes needs import or find.")
                                       : QStringLiteral("Unknown genes command '%1'.").arg(sub));
}

} // namespace fd::cli
