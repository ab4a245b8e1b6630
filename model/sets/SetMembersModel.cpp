#include "model/sets/SetMembersModel.h"

#include "model/db/OpenRegistryFiles.h"

#include "model/csv/CsvWriter.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace fd {

SetMembersModel::SetMembersModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SetMembersModel::setMembers(const FeatureSetRecord &set, QList<SetMember> members)
{
    beginResetModel();
    m_set = set;
    m_members = std::move(members);
    endResetModel();
}

void SetMembersModel::clear()
{
    setMembers({}, {});
}

int SetMembersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_members.size());
}

int SetMembersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SetMembersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)
        || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const SetMember &member = m_members.at(index.row());
    return index.column() == Name ? member.name : member.uid;
}

QVariant SetMembersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return m_set.registry == MemberRegistry::Gene ? tr("Symbol") : tr("Name");
    case Uid:
        return tr("UID");
    default:
        return {};
    }
}

Status SetMembersModel::exportTo(const QString &path) const
{
    const bool csv
        = QFileInfo(path).suffix().compare(QLatin1StringView("csv"), Qt::CaseInsensitive) == 0;
    return OpenRegistryFiles::writeWholeFile(
        path,
        [this, csv](QIODevice &file) {
            CsvWriter writer(&file, csv ? ',' : '\t');
            bool ok = writer.writeRecord(QStringList {QStringLiteral("uid"),
                                                      m_set.registry == MemberRegistry::Gene
                                                          ? QStringLiteral("symbol")
                                                          : QStringLiteral("name")});
            for (qsizetype i = 0; ok && i < m_members.size(); ++i)
                ok = writer.writeRecord(QStringList {m_members.at(i).uid, m_members.at(i).name});
            return ok && writer.flush() ? QString() : writer.errorString();
        },
        [&path](const QString &reason) {
            return Error::make(
                Error::Code::Io,
                QCoreApplication::translate("fd::SetMembersModel", "Cannot write %1: %2")
                    .arg(path, reason));
        });
}

} // namespace fd
