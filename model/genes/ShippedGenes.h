#pragma once

#include "model/Result.h"

#include <QList>
#include <QString>

#include <optional>

namespace fd {

// The gene lists FeatureDesk ships inside itself (resources/genes), so that a new workstation can
// validate genes offline: human (NCBI gene_info) and mouse (GENCODE M37). The window's welcome
// page and `featuredesk-cli genes import --shipped ORGANISM` load them.
class ShippedGenes
{
public:
    struct List
    {
        QString organism; // "human"
        QString resource; // ":/genes/…", readable by GeneFileReader as it is
        QString fileName; // the name a copy on disk gets
        qint64 genes = 0; // how many genes the list holds
        QString source; // "NCBI (2022)", for a label
    };

    static const QList<List> &lists();
    // The shipped list of an organism (by name, any case), or nullopt.
    static std::optional<List> find(const QString &organism);
    // The shipped organisms' names, as "human, mouse".
    static QString names();

    // Copies the organism's list into folder, unless a copy of the same size is there, and
    // returns the copy's path: the user's own file, to import, re-open or edit.
    static Result<QString> extract(const QString &organism, const QString &folder);
};

} // namespace fd
