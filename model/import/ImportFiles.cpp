#include "model/import/ImportFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

namespace fd {

bool ImportFiles::isDelimitedName(const QString &fileName)
{
    QString name = fileName.toLower();
    if (name.endsWith(QLatin1StringView(".gz")))
        name.chop(3);
    for (const char *suffix : {".csv", ".tsv", ".txt", ".tab"})
        if (name.endsWith(QLatin1StringView(suffix)))
            return true;
    return false;
}

bool ImportFiles::isAnnDataName(const QString &fileName)
{
    return fileName.endsWith(QLatin1StringView(".h5ad"), Qt::CaseInsensitive);
}

ImportFiles ImportFiles::collect(const QStringList &paths)
{
    ImportFiles result;
    auto add = [&result](const QString &path) {
        if (!result.files.contains(path))
            result.files.append(path);
    };
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.exists()) {
            result.skipped.append(QCoreApplication::translate("ImportFiles", "%1: not found")
                                      .arg(QDir::toNativeSeparators(path)));
        } else if (info.isDir()) {
            QStringList inside;
            QDirIterator it(info.absoluteFilePath(), QDir::Files | QDir::Readable,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString file = it.next();
                if (isDelimitedName(it.fileName()) || isAnnDataName(it.fileName()))
                    inside.append(file);
            }
            inside.sort();
            if (inside.isEmpty())
                result.skipped.append(
                    QCoreApplication::translate("ImportFiles",
                                                "%1: no .csv, .tsv, .txt, .tab or .h5ad files "
                                                "inside")
                        .arg(QDir::toNativeSeparators(info.absoluteFilePath())));
            for (const QString &file : std::as_const(inside))
                add(file);
        } else {
            // A single file is taken whatever its name: the user chose it.
            add(info.absoluteFilePath());
        }
    }
    return result;
}

} // namespace fd
