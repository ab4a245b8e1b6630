#pragma once

#include "model/Result.h"

#include <QString>
#include <QStringList>

namespace fd {

class Registry;

// A registry as a small lab has it after a few weeks, made through the model's stores only (no
// SQL): features a sample sheet and a QC table measure, feature sets of them (and of genes when a
// gene file is given), and data files written into a folder, registered as artifacts with the
// sets attached under their slots. What the screenshot tool shows.
class DemoRegistry
{
public:
    // folder: where the data files are written (it must exist). genesFile: an NCBI gene_info
    // file to load the human genes from; empty for none (the gene sets are then left out).
    DemoRegistry(QString folder, QString genesFile);

    Status fill(Registry &registry);

    // A sample sheet not registered yet, whose columns review with every status: validated,
    // another case, a synonym, a dtype that does not fit, unknown.
    Result<QString> writeReviewFile() const;

    // The keys of the two artifacts the Compare view shows (they differ in both slots), and the
    // one the Artifacts view selects.
    static QStringList comparedKeys();
    static QString selectedArtifactKey();
    // The name of the set the Feature sets view selects.
    static QString selectedSetName();

private:
    Status addFeatures(Registry &registry);
    Status loadGenes(Registry &registry);
    Result<QString> createSet(Registry &registry, const QString &name, const QString &description,
                              const QStringList &names, bool genes);
    Result<QString> writeFile(const QString &key, const QStringList &lines) const;
    Status registerAndAttach(Registry &registry, const QString &key, const QStringList &lines,
                             const QList<std::pair<QString, QString>> &slotSets);

    QString m_folder;
    QString m_genesFile;
    bool m_hasGenes = false;
};

} // namespace fd
