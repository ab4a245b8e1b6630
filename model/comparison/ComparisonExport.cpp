#include "model/comparison/ComparisonExport.h"

#include "model/db/OpenRegistryFiles.h"

#include "model/csv/CsvWriter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>

namespace fd {

namespace {

Error writeError(const QString &path, const QString &reason)
{
    return Error::make(
        Error::Code::Io,
        QCoreApplication::translate("fd::ComparisonExport",
                                    "Cannot write the differences to %1: %2. Choose a folder you "
                                    "can write to, or free some space, and export again.")
            .arg(path, reason));
}

} // namespace

ComparisonExport::Format ComparisonExport::formatForPath(const QString &path)
{
    return QFileInfo(path).suffix().compare(QLatin1StringView("csv"), Qt::CaseInsensitive) == 0
        ? Format::Csv
        : Format::Tsv;
}

QByteArray ComparisonExport::toDelimited(const QList<SlotComparison> &comparisons, Members members,
                                         char delimiter)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer, delimiter);
    writer.writeRecord(QStringList {QStringLiteral("slot"), QStringLiteral("where"),
                                    QStringLiteral("uid"), QStringLiteral("name")});
    QList<MemberSide> sides {MemberSide::OnlyA, MemberSide::OnlyB};
    if (members == Members::All)
        sides.append(MemberSide::Shared);
    for (const SlotComparison &comparison : comparisons)
        for (MemberSide side : std::as_const(sides))
            for (const SetMember &member : comparison.members(side))
                writer.writeRecord(
                    QStringList {comparison.slot, memberSideKey(side), member.uid, member.name});
    writer.flush();
    return bytes;
}

Status ComparisonExport::write(const QString &path, Format format,
                               const QList<SlotComparison> &comparisons, Members members)
{
    return OpenRegistryFiles::writeWholeFile(
        path,
        [&](QIODevice &file) {
            const QByteArray bytes
                = toDelimited(comparisons, members, format == Format::Csv ? ',' : '\t');
            return file.write(bytes) == bytes.size() ? QString() : file.errorString();
        },
        [&path](const QString &reason) { return writeError(path, reason); });
}

} // namespace fd
