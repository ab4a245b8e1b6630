#include "model/csv/CsvColumnRef.h"

#include "model/csv/CsvHeader.h"

#include <QCoreApplication>
#include <QDir>

namespace fd {

namespace {

} // namespace

CsvColumnRef CsvColumnRef::named(QString name)
{
    CsvColumnRef column;
    column.m_name = std::move(name);
    return column;
}

CsvColumnRef CsvColumnRef::at(qsizetype index)
{
    CsvColumnRef column;
    column.m_index = index;
    return column;
}

CsvColumnRef CsvColumnRef::fromText(const QString &text)
{
    CsvColumnRef column = named(text);
    bool number = false;
    const qlonglong index = text.toLongLong(&number);
    if (number && index >= 0)
        column.m_index = qsizetype(index);
    return column;
}

Result<qsizetype> CsvColumnRef::resolve(const QStringList &firstRecord, bool hasHeader,
                                        const QString &path) const
{
    const QString file = QDir::toNativeSeparators(path);
    if (hasHeader && !m_name.isEmpty()) {
        if (const qsizetype found = firstRecord.indexOf(m_name); found >= 0)
            return found;
        if (const qsizetype found = CsvHeader::uniqueNames(firstRecord).indexOf(m_name); found >= 0)
            return found;
        return Error::make(Error::Code::NotFound,
                           QCoreApplication::translate(
                               "CsvReader",
                               "%1 has no column named '%2'. Check the spelling against the file's "
                               "header.")
                               .arg(file, m_name));
    }
    if (m_index < 0) {
        return Error::make(Error::Code::Invalid,
                           QCoreApplication::translate(
                               "CsvReader",
                               "%1 has no header, so its columns have no names; name the column by "
                               "its position, counted from 0.")
                               .arg(file));
    }
    if (m_index >= firstRecord.size()) {
        return Error::make(Error::Code::NotFound,
                           QCoreApplication::translate("CsvReader",
                                                       "%1 has %n column(s); there is no column %2 "
                                                       "(counted from 0).",
                                                       nullptr, int(firstRecord.size()))
                               .arg(file)
                               .arg(m_index));
    }
    return m_index;
}

} // namespace fd
