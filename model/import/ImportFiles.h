#pragma once

#include <QStringList>

namespace fd {

// What a drop or File ▸ Import… brings in: files as they are, folders as the delimited files inside
// them (.csv .tsv .txt .tab, and .gz of those) and AnnData files (.h5ad), in a stable order, each
// once.
struct ImportFiles
{
    QStringList files; // absolute paths to import, in order
    QStringList skipped; // what was left out, with the reason, for the user to see

    static ImportFiles collect(const QStringList &paths);
    static bool isDelimitedName(const QString &fileName);
    // An AnnData file (.h5ad), told by its name alone: the window decides which page opens it
    // without reading the file.
    static bool isAnnDataName(const QString &fileName);
};

} // namespace fd
