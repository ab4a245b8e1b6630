#include "model/artifacts/ArtifactFolders.h"

#include "model/Identity.h"
#include "model/db/BoundUidList.h"
#include "model/db/SqlErrors.h"

#include <QSet>
#include <QSqlQuery>

namespace fd {

namespace {

constexpr int Base = 62;

int digit(QChar c)
{
    return int(identity::base62Alphabet().indexOf(c));
}

QChar character(int digit)
{
    return identity::base62Alphabet().at(digit);
}

// Whether text starts with an integer part (a head a..z, then 1..26 digits); its length if so.
qsizetype integerPart(const QString &text)
{
    if (text.isEmpty() || text.at(0) < QLatin1Char('a') || text.at(0) > QLatin1Char('z'))
        return 0;
    const qsizetype length = 2 + (text.at(0).unicode() - 'a');
    return text.size() >= length ? length : 0;
}

// The first integer part with the head after text's first character (one digit more than that
// head's), all digits 1; past head z, anything above text.
QString nextHead(const QString &text)
{
    if (text.at(0) >= QLatin1Char('z'))
        return ArtifactFolders::ordBetween(text, {});
    const QChar head(text.at(0).unicode() + 1);
    return head + QString(1 + (head.unicode() - 'a'), character(1));
}

} // namespace

ArtifactFolders::Key ArtifactFolders::split(const QString &key)
{
    const qsizetype slash = key.lastIndexOf(QLatin1Char('/'));
    return Key {key.left(slash + 1), key.mid(slash + 1)};
}

QString ArtifactFolders::ordAfter(const QString &lower)
{
    static const QString first = QStringLiteral("a1");
    if (lower < first)
        return first;
    if (const qsizetype length = integerPart(lower); length > 0) {
        // Count the integer part up, skipping values that end in '0'.
        QString next = lower.left(length);
        do {
            qsizetype i = length - 1;
            while (i > 0 && next.at(i) == QLatin1Char('z'))
                next[i--] = character(0);
            if (i == 0) // all digits were z: one digit more
                return nextHead(lower);
            next[i] = character(digit(next.at(i)) + 1);
        } while (next.endsWith(character(0)));
        return next;
    }
    // Not an integer part (made by ordBetween): the next head's first value.
    return nextHead(lower);
}

QString ArtifactFolders::ordBetween(const QString &lower, const QString &upper)
{
    QString out;
    bool bounded = !upper.isEmpty();
    for (qsizetype i = 0;; ++i) {
        const int low = i < lower.size() ? digit(lower.at(i)) : 0;
        const int high = bounded ? (i < upper.size() ? digit(upper.at(i)) : 0) : Base;
        if (low < 0 || high < low) {
            Q_ASSERT_X(false, "ArtifactFolders::ordBetween",
                       "lower must be below upper, both base62");
            return {};
        }
        if (high - low >= 2) {
            out += character((low + high) / 2); // above low, so never '0'
            return out;
        }
        out += character(low);
        if (high - low == 1)
            bounded = false; // below upper from here on, whatever follows
    }
}

QStringList ArtifactFolders::ordsBetween(const QString &lower, const QString &upper,
                                         qsizetype count)
{
    QStringList ords;
    if (count <= 0)
        return ords;
    ords.reserve(count);
    if (upper.isEmpty()) {
        QString ord = lower;
        for (qsizetype i = 0; i < count; ++i)
            ords.append(ord = ordAfter(ord));
        return ords;
    }
    const QString prefix = ordBetween(lower, upper);
    if (count == 1)
        return {prefix};
    // prefix differs from upper at a character below upper's, so anything it begins stays below
    // upper: count up behind it instead of halving the gap count times.
    QString suffix;
    for (qsizetype i = 0; i < count; ++i)
        ords.append(prefix + (suffix = ordAfter(suffix)));
    return ords;
}

ArtifactFolders::ArtifactFolders(QSqlDatabase db, const SqlDialect &dialect)
    : m_db(std::move(db))
    , m_dialect(dialect)
{
}

Status ArtifactFolders::readExisting(const QStringList &folders, QHash<QString, QString> &ords,
                                     const QString &doing)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    const BoundTextList list(m_dialect, folders);
    if (!query.prepare(QStringLiteral("SELECT f.path, f.ord FROM fd_artifact_folder f JOIN ")
                       + list.source + QStringLiteral(" ON f.path = j.value")))
        return sqlError(query, doing);
    list.bindTo(query);
    if (!query.exec())
        return sqlError(query, doing);
    while (query.next())
        ords.insert(query.value(0).toString(), query.value(1).toString());
    return {};
}

Status ArtifactFolders::insert(const QStringList &paths, const QStringList &ords,
                               const QString &doing)
{
    QSqlQuery query(m_db);
    const BoundTextPairs rows(m_dialect, ords, paths);
    if (!query.prepare(QStringLiteral("INSERT INTO fd_artifact_folder (ord, path) "
                                      "SELECT j.first, j.second FROM ")
                       + rows.source))
        return sqlError(query, doing);
    rows.bindTo(query);
    return query.exec() ? Status() : Status(sqlError(query, doing));
}

Result<QHash<QString, QString>> ArtifactFolders::ords(const QStringList &folders,
                                                      const QString &doing)
{
    QHash<QString, QString> ords;
    ords.insert(rootOrd(), rootOrd());
    QStringList wanted;
    QSet<QString> seen;
    for (const QString &folder : folders) {
        if (!ords.contains(folder) && !seen.contains(folder)) {
            seen.insert(folder);
            wanted.append(folder);
        }
    }
    const auto missing = [&]() {
        QStringList left;
        for (const QString &folder : std::as_const(wanted))
            if (!ords.contains(folder))
                left.append(folder);
        return left;
    };
    if (wanted.isEmpty())
        return ords;
    if (Status read = readExisting(wanted, ords, doing); !read)
        return read.error();
    QStringList adding = missing();
    if (adding.isEmpty())
        return ords;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (m_dialect.writersOverlap()) {
        // Another workstation may be adding folders: one at a time, then look again.
        if (!query.exec(
                QStringLiteral("LOCK TABLE fd_artifact_folder IN SHARE ROW EXCLUSIVE MODE")))
            return sqlError(query, doing);
        if (Status read = readExisting(adding, ords, doing); !read)
            return read.error();
        adding = missing();
        if (adding.isEmpty())
            return ords;
    }
    // Each new folder with the ords of the folders it comes between, in the registry's order.
    const BoundTextList list(m_dialect, adding);
    if (!query.prepare(QStringLiteral("SELECT j.value, "
                                      "(SELECT f.ord FROM fd_artifact_folder f WHERE f.path < "
                                      "j.value ORDER BY f.path DESC LIMIT 1), "
                                      "(SELECT f.ord FROM fd_artifact_folder f WHERE f.path > "
                                      "j.value ORDER BY f.path LIMIT 1) "
                                      "FROM ")
                       + list.source + QStringLiteral(" ORDER BY j.value")))
        return sqlError(query, doing);
    list.bindTo(query);
    if (!query.exec())
        return sqlError(query, doing);
    struct Gap
    {
        QString lower, upper;
        QStringList paths;
    };
    QList<Gap> gaps;
    while (query.next()) {
        const QString lower = query.value(1).toString(); // the root, "", is below every folder
        const QString upper = query.value(2).toString();
        if (gaps.isEmpty() || gaps.constLast().lower != lower || gaps.constLast().upper != upper)
            gaps.append(Gap {lower, upper, {}});
        gaps.last().paths.append(query.value(0).toString());
    }
    query.finish();
    QStringList paths, newOrds;
    for (const Gap &gap : std::as_const(gaps)) {
        const QStringList made = ordsBetween(gap.lower, gap.upper, gap.paths.size());
        for (qsizetype i = 0; i < made.size(); ++i)
            ords.insert(gap.paths.at(i), made.at(i));
        paths += gap.paths;
        newOrds += made;
    }
    if (Status inserted = insert(paths, newOrds, doing); !inserted)
        return inserted.error();
    return ords;
}

Status ArtifactFolders::addExistingFolders(QSqlDatabase db, const SqlDialect &dialect,
                                           const QString &doing)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(dialect.expand(
            QStringLiteral("SELECT DISTINCT ${FOLDER_OF(key)} AS folder FROM fd_artifact "
                           "WHERE key LIKE '%/%' ORDER BY folder"))))
        return sqlError(query, doing);
    QStringList paths, ords;
    QString ord = rootOrd();
    while (query.next()) {
        paths.append(query.value(0).toString());
        ords.append(ord = ordAfter(ord));
    }
    query.finish();
    return ArtifactFolders(db, dialect).insert(paths, ords, doing);
}

} // namespace fd
