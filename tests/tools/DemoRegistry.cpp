#include "tests/tools/DemoRegistry.h"

#include "model/artifacts/ArtifactStore.h"
#include "model/db/Registry.h"
#include "model/features/FeatureStore.h"
#include "model/genes/GeneStore.h"
#include "model/sets/FeatureSetStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace fd {

namespace {

const QStringList SampleSheet {QStringLiteral("sample_id"),   QStringLiteral("cell_type"),
                               QStringLiteral("dose_mg"),     QStringLiteral("donor"),
                               QStringLiteral("timepoint_h"), QStringLiteral("treated"),
                               QStringLiteral("collected_on")};
// The pilot's sheet, before the time points and dates were recorded: it overlaps SampleSheet.
const QStringList PilotSheet {QStringLiteral("sample_id"), QStringLiteral("cell_type"),
                              QStringLiteral("dose_mg"), QStringLiteral("donor"),
                              QStringLiteral("batch")};
const QStringList TCellMarkers {QStringLiteral("CD3E"), QStringLiteral("CD4"),
                                QStringLiteral("CD8A"), QStringLiteral("IL7R"),
                                QStringLiteral("CCR7"), QStringLiteral("GZMB"),
                                QStringLiteral("PRF1"), QStringLiteral("FOXP3")};
const QStringList PilotMarkers {QStringLiteral("CD3E"), QStringLiteral("CD4"),
                                QStringLiteral("CD8A"), QStringLiteral("GZMB"),
                                QStringLiteral("MKI67")};

Error failure(const QString &doing, const Error &error)
{
    return Error::make(error.code, doing + QStringLiteral(": ") + error.message);
}

// Rows of a sample sheet with the given columns, made up but plausible.
QStringList sheetLines(const QStringList &columns, int firstSample, int rows,
                       const QString &separator)
{
    static const QStringList cellTypes {QStringLiteral("T cell"), QStringLiteral("B cell"),
                                        QStringLiteral("NK cell"), QStringLiteral("monocyte")};
    QStringList lines {columns.join(separator)};
    for (int row = 0; row < rows; ++row) {
        const int sample = firstSample + row;
        QStringList values;
        for (const QString &column : columns) {
            if (column == QLatin1StringView("sample_id"))
                values.append(QStringLiteral("S%1").arg(sample, 3, 10, QLatin1Char('0')));
            else if (column.compare(QLatin1StringView("cell_type"), Qt::CaseInsensitive) == 0
                     || column == QLatin1StringView("celltype"))
                values.append(cellTypes.at(sample % cellTypes.size()));
            else if (column == QLatin1StringView("dose_mg"))
                values.append(QString::number(0.5 * (1 + sample % 4), 'f', 1));
            else if (column == QLatin1StringView("donor"))
                values.append(QStringLiteral("D%1").arg(1 + sample / 4, 2, 10, QLatin1Char('0')));
            else if (column == QLatin1StringView("batch"))
                values.append(QString::number(1 + sample / 6));
            else if (column == QLatin1StringView("timepoint_h"))
                values.append(QString::number(6 * (sample % 5) + (sample % 2 ? 0.5 : 0.0)));
            else if (column == QLatin1StringView("treated"))
                values.append(sample % 3 ? QStringLiteral("true") : QStringLiteral("false"));
            else if (column == QLatin1StringView("collected_on"))
                values.append(
                    QStringLiteral("2024-03-%1").arg(4 + sample % 20, 2, 10, QLatin1Char('0')));
            else if (column == QLatin1StringView("tissue"))
                values.append(sample % 2 ? QStringLiteral("blood") : QStringLiteral("spleen"));
            else
                values.append(QString::number(sample * 37 % 1000));
        }
        lines.append(values.join(separator));
    }
    return lines;
}

// Expression of genes (rows) in samples (columns), as a TSV.
QStringList expressionLines(const QStringList &genes, int samples)
{
    QStringList header {QStringLiteral("gene")};
    for (int sample = 1; sample <= samples; ++sample)
        header.append(QStringLiteral("S%1").arg(sample, 3, 10, QLatin1Char('0')));
    QStringList lines {header.join(QLatin1Char('\t'))};
    for (int g = 0; g < genes.size(); ++g) {
        QStringList values {genes.at(g)};
        for (int sample = 1; sample <= samples; ++sample)
            values.append(QString::number(((g + 3) * (sample + 7) * 13) % 500 / 4.0, 'f', 2));
        lines.append(values.join(QLatin1Char('\t')));
    }
    return lines;
}

} // namespace

DemoRegistry::DemoRegistry(QString folder, QString genesFile)
    : m_folder(std::move(folder))
    , m_genesFile(std::move(genesFile))
{
}

QStringList DemoRegistry::comparedKeys()
{
    return {QStringLiteral("2024-03/expression_batch1.tsv"),
            QStringLiteral("2024-02/expression_pilot.tsv")};
}

QString DemoRegistry::selectedArtifactKey()
{
    return QStringLiteral("2024-03/expression_batch1.tsv");
}

QString DemoRegistry::selectedSetName()
{
    return QStringLiteral("Sample sheet");
}

Status DemoRegistry::fill(Registry &registry)
{
    if (Status added = addFeatures(registry); !added)
        return added;
    if (Status loaded = loadGenes(registry); !loaded)
        return loaded;

    const Result<QString> sheet
        = createSet(registry, QStringLiteral("Sample sheet"),
                    QStringLiteral("The columns every sample sheet has had since March 2024."),
                    SampleSheet, false);
    const Result<QString> pilot
        = createSet(registry, QStringLiteral("Pilot sample sheet"),
                    QStringLiteral("The February pilot's columns."), PilotSheet, false);
    const Result<QString> qc = createSet(
        registry, QStringLiteral("QC metrics"), QStringLiteral("Per-sample quality control."),
        {QStringLiteral("sample_id"), QStringLiteral("n_genes"), QStringLiteral("total_counts"),
         QStringLiteral("pct_mito")},
        false);
    for (const Result<QString> *made : {&sheet, &pilot, &qc})
        if (!*made)
            return made->error();

    QList<std::pair<QString, QString>> batchSlots {{QStringLiteral("obs"), *sheet}};
    QList<std::pair<QString, QString>> pilotSlots {{QStringLiteral("obs"), *pilot}};
    if (m_hasGenes) {
        const Result<QString> markers
            = createSet(registry, QStringLiteral("T cell markers"),
                        QStringLiteral("The panel of the March runs."), TCellMarkers, true);
        const Result<QString> pilotMarkers
            = createSet(registry, QStringLiteral("Pilot marker panel"),
                        QStringLiteral("The February pilot's smaller panel."), PilotMarkers, true);
        if (!markers)
            return markers.error();
        if (!pilotMarkers)
            return pilotMarkers.error();
        batchSlots.append({QStringLiteral("var"), *markers});
        pilotSlots.append({QStringLiteral("var"), *pilotMarkers});
    }

    const QString comma = QStringLiteral(",");
    const QList<std::pair<QString, QStringList>> sheets {
        {QStringLiteral("2024-03/sample_sheet_batch1.csv"), sheetLines(SampleSheet, 1, 12, comma)},
        {QStringLiteral("2024-03/sample_sheet_batch2.csv"), sheetLines(SampleSheet, 13, 12, comma)},
    };
    for (const auto &[key, lines] : sheets)
        if (Status done
            = registerAndAttach(registry, key, lines, {{QStringLiteral("columns"), *sheet}});
            !done)
            return done;
    if (Status done = registerAndAttach(registry, QStringLiteral("2024-02/sample_sheet_pilot.csv"),
                                        sheetLines(PilotSheet, 1, 8, comma),
                                        {{QStringLiteral("columns"), *pilot}});
        !done)
        return done;
    if (Status done
        = registerAndAttach(registry, QStringLiteral("2024-03/qc_metrics.tsv"),
                            sheetLines({QStringLiteral("sample_id"), QStringLiteral("n_genes"),
                                        QStringLiteral("total_counts"), QStringLiteral("pct_mito")},
                                       1, 24, QStringLiteral("\t")),
                            {{QStringLiteral("columns"), *qc}});
        !done)
        return done;
    if (Status done = registerAndAttach(registry, comparedKeys().at(0),
                                        expressionLines(TCellMarkers, 12), batchSlots);
        !done)
        return done;
    return registerAndAttach(registry, comparedKeys().at(1), expressionLines(PilotMarkers, 8),
                             pilotSlots);
}

Status DemoRegistry::addFeatures(Registry &registry)
{
    struct Spec
    {
        const char *name;
        const char *dtype;
        const char *unit;
        const char *description;
        QStringList synonyms;
    };
    const QList<Spec> specs {
        {"sample_id", "str", "", "The lab's sample identifier.", {}},
        {"cell_type", "cat", "", "Cell type as sorted.", {QStringLiteral("celltype")}},
        {"dose_mg", "float", "mg", "Dose given.", {QStringLiteral("dose")}},
        {"donor", "cat", "", "Donor identifier.", {}},
        {"batch", "cat", "", "Processing batch.", {}},
        {"timepoint_h", "int", "h", "Hours after treatment.", {QStringLiteral("time_h")}},
        {"treated", "bool", "", "Whether the sample was treated.", {}},
        {"collected_on", "date", "", "Day of collection.", {}},
        {"n_genes", "int", "", "Genes detected.", {}},
        {"total_counts", "int", "", "Reads counted.", {}},
        {"pct_mito", "float", "%", "Share of mitochondrial reads.", {}},
    };
    FeatureStore store(registry);
    for (const Spec &spec : specs) {
        NewFeature feature;
        feature.name = QString::fromLatin1(spec.name);
        feature.dtype = QString::fromLatin1(spec.dtype);
        feature.unit = QString::fromLatin1(spec.unit);
        feature.description = QString::fromLatin1(spec.description);
        feature.synonyms = spec.synonyms;
        if (const Result<FeatureRecord> added = store.add(feature); !added)
            return failure(QStringLiteral("adding the feature ") + feature.name, added.error());
    }
    return {};
}

Status DemoRegistry::loadGenes(Registry &registry)
{
    if (m_genesFile.isEmpty())
        return {};
    GeneStore::ImportOptions options;
    options.organism = QStringLiteral("human");
    const Result<GeneImportReport> imported = GeneStore(registry).importFile(m_genesFile, options);
    if (!imported)
        return failure(QStringLiteral("importing ") + m_genesFile, imported.error());
    m_hasGenes = true;
    return {};
}

Result<QString> DemoRegistry::createSet(Registry &registry, const QString &name,
                                        const QString &description, const QStringList &names,
                                        bool genes)
{
    NewFeatureSet set;
    set.name = name;
    set.description = description;
    set.registry = genes ? MemberRegistry::Gene : MemberRegistry::Feature;
    for (const QString &member : names) {
        if (genes) {
            const Result<QList<GeneRecord>> found
                = GeneStore(registry).find(member, QStringLiteral("human"), 1);
            if (!found || found->isEmpty() || found->constFirst().symbol != member)
                return Error::make(Error::Code::NotFound,
                                   QStringLiteral("no human gene %1").arg(member));
            set.memberUids.append(found->constFirst().uid);
        } else {
            const Result<FeatureRecord> found = FeatureStore(registry).findByName(member);
            if (!found)
                return failure(QStringLiteral("finding the feature ") + member, found.error());
            set.memberUids.append(found->uid);
        }
    }
    const Result<FeatureSetStore::Created> created = FeatureSetStore(registry).create(set);
    if (!created)
        return failure(QStringLiteral("creating the set ") + name, created.error());
    return created->set.uid;
}

Result<QString> DemoRegistry::writeFile(const QString &key, const QStringList &lines) const
{
    const QString path = QDir(m_folder).filePath(key);
    if (!QDir().mkpath(QFileInfo(path).path()))
        return Error::make(Error::Code::Io, QStringLiteral("cannot make the folder of ") + path);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write((lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8()) < 0)
        return Error::make(Error::Code::Io, QStringLiteral("cannot write ") + path);
    return path;
}

Status DemoRegistry::registerAndAttach(Registry &registry, const QString &key,
                                       const QStringList &lines,
                                       const QList<std::pair<QString, QString>> &slotSets)
{
    const Result<QString> path = writeFile(key, lines);
    if (!path)
        return path.error();
    ArtifactStore store(registry);
    const Result<ArtifactStore::Registered> registered = store.registerFile(*path, key);
    if (!registered)
        return failure(QStringLiteral("registering ") + key, registered.error());
    for (const auto &[slot, setUid] : slotSets)
        if (Status attached = store.attach({registered->artifact.uid}, slot, setUid); !attached)
            return failure(QStringLiteral("attaching to ") + key, attached.error());
    return {};
}

Result<QString> DemoRegistry::writeReviewFile() const
{
    // Cell_Type: another case; dose: a synonym; timepoint_h holds fractions though registered as
    // int; tissue is no feature yet.
    const QStringList columns {QStringLiteral("sample_id"),   QStringLiteral("Cell_Type"),
                               QStringLiteral("dose"),        QStringLiteral("donor"),
                               QStringLiteral("timepoint_h"), QStringLiteral("treated"),
                               QStringLiteral("tissue"),      QStringLiteral("collected_on")};
    QStringList lines = sheetLines(columns, 25, 16, QStringLiteral(","));
    // sheetLines knows "dose" by its feature's name only.
    for (qsizetype i = 1; i < lines.size(); ++i) {
        QStringList values = lines.at(i).split(QLatin1Char(','));
        values[2] = QString::number(0.25 * (1 + i % 6), 'f', 2);
        lines[i] = values.join(QLatin1Char(','));
    }
    return writeFile(QStringLiteral("incoming/sample_sheet_batch3.csv"), lines);
}

} // namespace fd
