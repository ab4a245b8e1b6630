#include "model/genes/ShippedGenes.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace fd {

const QList<ShippedGenes::List> &ShippedGenes::lists()
{
    static const QList<List> shipped = {
        {QStringLiteral("human"), QStringLiteral(":/genes/Homo_sapiens.gene_info.tsv.gz"),
         QStringLiteral("Homo_sapiens.gene_info.tsv.gz"), 77'614, QStringLiteral("NCBI (2022)")},
        {QStringLiteral("mouse"), QStringLiteral(":/genes/genes_mus_musculus.csv.gz"),
         QStringLiteral("genes_mus_musculus.csv.gz"), 78'317, QStringLiteral("GENCODE M37")},
    };
    return shipped;
}

std::optional<ShippedGenes::List> ShippedGenes::find(const QString &organism)
{
    for (const List &list : lists())
        if (list.organism.compare(organism.trimmed(), Qt::CaseInsensitive) == 0)
            return list;
    return std::nullopt;
}

QString ShippedGenes::names()
{
    QStringList names;
    for (const List &list : lists())
        names.append(list.organism);
    return names.join(QStringLiteral(", "));
}

Result<QString> ShippedGenes::extract(const QString &organism, const QString &folder)
{
    const std::optional<List> list = find(organism);
    if (!list)
        return Error::make(Error::Code::NotFound,
                           QCoreApplication::translate("fd::ShippedGenes",
                                                       "FeatureDesk ships no genes of '%1'; it "
                                                       "ships those of %2.")
                               .arg(organism, names()));
    if (!QDir().mkpath(folder))
        return Error::make(
            Error::Code::Io,
            QCoreApplication::translate("fd::ShippedGenes", "Cannot create the folder %1.")
                .arg(QDir::toNativeSeparators(folder)));
    const QString path = QDir(folder).filePath(list->fileName);
    const QFileInfo existing(path);
    if (existing.exists() && existing.size() == QFileInfo(list->resource).size())
        return path;
    QFile::remove(path);
    QFile source(list->resource);
    if (!source.copy(path))
        return Error::make(Error::Code::Io,
                           QCoreApplication::translate("fd::ShippedGenes", "Cannot write %1: %2")
                               .arg(QDir::toNativeSeparators(path), source.errorString()));
    // Resources are read-only; the copy is the user's to edit.
    QFile::setPermissions(
        path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    return path;
}

} // namespace fd
