// Schema step 12: a registry whose gene uids were made without the leading zero bytes of the digest
// (FeatureDesk up to schema version 11) gets LaminDB's uids for those genes, and the gene sets
// holding them LaminDB's hashes, in one step that writes nothing when a new uid or hash would
// clash. The answers come from LaminDB's own code (../shared/data/identity/vectors.json).

#include "model/Identity.h"
#include "model/db/Registry.h"
#include "model/db/Schema.h"
#include "model/sets/FeatureSetStore.h"
#include "tests/support/BackendTest.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

using namespace fd;

namespace {

constexpr int VersionBefore = 11;

// A gene as FeatureDesk of schema version 11 stored it.
struct OldGene
{
    qint64 id;
    QString uid;
    QString symbol;
    QString ensembl;
    QString otherEnsembl;
    QString ncbi;
};

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

// The first text with a digest starting with a zero byte among pattern.arg(1), .arg(2), ...
QString keyWithZeroByte(const QString &pattern, const QString &suffix = {})
{
    for (int i = 1;; ++i) {
        const QString key = pattern.arg(i);
        if (QCryptographicHash::hash((key + suffix).toUtf8(), QCryptographicHash::Md5).at(0) == 0)
            return key;
    }
}

} // namespace

class TestGeneUidMigration : public QObject
{
    Q_OBJECT

private:
    test::TestRegistries m_registries;
    QString m_location;
    QHash<QString, QString> m_laminUid; // key → LaminDB's uid, from the vectors

    QString laminUid(const char *key) const { return m_laminUid.value(QString::fromLatin1(key)); }

    // Fills a registry at VersionBefore with genes of the human organism and gene sets of them (as
    // member rows on SQLite, one id array on PostgreSQL), each set's hash made from the stored
    // uids.
    static Status fill(QSqlQuery &query, const QList<OldGene> &genes,
                       const QList<QList<qint64>> &sets, const QStringList &setHashes = {})
    {
        const auto exec = [&query](const QString &sql, const QVariantList &values = {}) -> Status {
            if (!query.prepare(sql))
                return Error::make(Error::Code::Database,
                                   sql + QStringLiteral(": ") + query.lastError().text());
            for (const QVariant &value : values)
                query.addBindValue(value);
            if (!query.exec())
                return Error::make(Error::Code::Database,
                                   sql + QStringLiteral(": ") + query.lastError().text());
            return {};
        };
        if (Status done = exec(QStringLiteral("INSERT INTO fd_user (handle) VALUES ('old-user')"));
            !done)
            return done;
        if (Status done
            = exec(QStringLiteral("INSERT INTO fd_organism (name, taxon_id, created_by) "
                                  "VALUES ('human', 9606, 1)"));
            !done)
            return done;
        QHash<qint64, QString> uidOf;
        for (const OldGene &gene : genes) {
            uidOf.insert(gene.id, gene.uid);
            if (Status done = exec(
                    QStringLiteral("INSERT INTO fd_gene (id, uid, symbol, ensembl_gene_id, "
                                   "other_ensembl_gene_ids, ncbi_gene_id, organism_id, created_by) "
                                   "VALUES (?, ?, ?, ?, ?, ?, 1, 1)"),
                    {gene.id, gene.uid, textOrNull(gene.symbol), textOrNull(gene.ensembl),
                     textOrNull(gene.otherEnsembl), textOrNull(gene.ncbi)});
                !done)
                return done;
        }
        const bool postgres = query.driver()->dbmsType() == QSqlDriver::PostgreSQL;
        for (qsizetype s = 0; s < sets.size(); ++s) {
            const qint64 setId = s + 1;
            QStringList uids;
            QStringList ids;
            for (const qint64 gene : sets.at(s)) {
                uids << uidOf.value(gene);
                ids << QString::number(gene);
            }
            const QString hash = s < setHashes.size() ? setHashes.at(s) : identity::hashSet(uids);
            if (Status done = exec(
                    QStringLiteral("INSERT INTO fd_feature_set (id, uid, name, n, registry, hash, "
                                   "created_by) VALUES (?, ?, ?, ?, 'bionty.Gene', ?, 1)"),
                    {setId,
                     QStringLiteral("SetSetSetSetSetSet%1").arg(setId, 2, 10, QLatin1Char('0')),
                     QStringLiteral("set %1").arg(setId), qint64(ids.size()), hash});
                !done)
                return done;
            if (postgres) {
                if (Status done
                    = exec(QStringLiteral(
                               "INSERT INTO fd_feature_set_genes (feature_set_id, gene_ids) "
                               "VALUES (?, CAST(? AS BIGINT[]))"),
                           {setId,
                            QString(QLatin1Char('{') + ids.join(QLatin1Char(','))
                                    + QLatin1Char('}'))});
                    !done)
                    return done;
                continue;
            }
            for (const QString &gene : std::as_const(ids)) {
                if (Status done = exec(
                        QStringLiteral("INSERT INTO fd_feature_set_gene (feature_set_id, gene_id) "
                                       "VALUES (?, ?)"),
                        {setId, gene.toLongLong()});
                    !done)
                    return done;
            }
        }
        return {};
    }

    static QHash<qint64, QString> uids(const QSqlDatabase &db)
    {
        QHash<qint64, QString> out;
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("SELECT id, uid FROM fd_gene")))
            qWarning("%s", qPrintable(query.lastError().text()));
        while (query.next())
            out.insert(query.value(0).toLongLong(), query.value(1).toString());
        return out;
    }

    static QString setHash(const QSqlDatabase &db, qint64 set)
    {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("SELECT hash FROM fd_feature_set WHERE id = %1").arg(set))
            || !query.next())
            return QStringLiteral("(%1)").arg(query.lastError().text());
        return query.value(0).toString();
    }

    // The set's member uids as the registry has them now (a view over the array on PostgreSQL).
    static QStringList memberUids(const QSqlDatabase &db, qint64 set)
    {
        QStringList out;
        QSqlQuery query(db);
        if (!query.exec(
                QStringLiteral(
                    "SELECT g.uid FROM fd_feature_set_gene m JOIN fd_gene g ON g.id = m.gene_id "
                    "WHERE m.feature_set_id = %1")
                    .arg(set)))
            qWarning("%s", qPrintable(query.lastError().text()));
        while (query.next())
            out << query.value(0).toString();
        return out;
    }

private Q_SLOTS:
    void initTestCase_data() { test::addBackendRows(); }

    void initTestCase()
    {
        QFile file(test::sharedData(QStringLiteral("identity/vectors.json")));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        const QJsonObject vectors = QJsonDocument::fromJson(file.readAll()).object();
        for (const char *list : {"gene_uid", "gene_uid_leading_zero"}) {
            for (const QJsonValue &value : vectors.value(QLatin1StringView(list)).toArray()) {
                const QJsonObject entry = value.toObject();
                m_laminUid.insert(entry.value(QLatin1StringView("encoded")).toString(),
                                  entry.value(QLatin1StringView("uid")).toString());
            }
        }
        for (const char *key :
             {"ENSG00000087470", "ENSMUSG00000027953", "ENSG00000021269", "FRA10D",
              "ENSG00000100280", "ENSG00000143437", "ENSG00000114013", "ENSG00000255374"})
            QVERIFY2(m_laminUid.contains(QString::fromLatin1(key)), key);
    }

    void init() { FD_BACKEND_INIT(m_registries, m_location); }

    void correctsGenesKeyedEachWayAndRehashesTheirSets()
    {
        const auto old
            = [](const QString &key) { return identity::geneUidWithoutLeadingZeros(key); };
        const auto oldOf = [&old](const char *key) { return old(QString::fromLatin1(key)); };
        // Genes keyed by symbol + organism, or by NCBI id, after a collision (GeneImporter).
        const QString bySymbolAndOrganism
            = keyWithZeroByte(QStringLiteral("FDSYM%1"), QStringLiteral("human"));
        const QString byNcbi = keyWithZeroByte(QStringLiteral("9900%1"));
        const QList<OldGene> genes {
            // One zero byte, by Ensembl id: DNM1L.
            {1,
             oldOf("ENSG00000087470"),
             QStringLiteral("DNM1L"),
             QStringLiteral("ENSG00000087470"),
             {},
             QStringLiteral("10059")},
            // Two zero bytes, mouse and the synthetic id.
            {2,
             oldOf("ENSMUSG00000027953"),
             QStringLiteral("Slc50a1"),
             QStringLiteral("ENSMUSG00000027953"),
             {},
             {}},
            {3, oldOf("ENSG00000021269"), {}, QStringLiteral("ENSG00000021269"), {}, {}},
            // By symbol: no Ensembl id then, one now (an update keeps the uid).
            {4,
             oldOf("FRA10D"),
             QStringLiteral("FRA10D"),
             QStringLiteral("ENSG00000999001"),
             {},
             {}},
            // By its first Ensembl id, kept among the other ids (another gene held it).
            {5,
             oldOf("ENSG00000100280"),
             QStringLiteral("AP1B1-like"),
             {},
             QStringLiteral("ENSG00000100280|ENSG00000999002"),
             {}},
            {6,
             old(bySymbolAndOrganism + QStringLiteral("human")),
             bySymbolAndOrganism,
             QStringLiteral("ENSG00000999003"),
             {},
             {}},
            {7, old(byNcbi), QStringLiteral("SHARED"), {}, {}, byNcbi},
            // Uids not made from a key by the old encoding stay: one from elsewhere, one already
            // LaminDB's, one whose digest has no zero byte.
            {8,
             QStringLiteral("ArntFromElse"),
             QStringLiteral("ARNT"),
             QStringLiteral("ENSG00000143437"),
             {},
             {}},
            {9,
             laminUid("ENSG00000114013"),
             QStringLiteral("CD86"),
             QStringLiteral("ENSG00000114013"),
             {},
             {}},
            {10,
             oldOf("ENSG00000255374"),
             QStringLiteral("TAS2R43"),
             QStringLiteral("ENSG00000255374"),
             {},
             {}},
        };
        const QList<QList<qint64>> sets {{1, 2, 8, 10}, {3, 4, 5, 6, 7, 9}, {8, 9, 10}, {1}};
        Result<std::unique_ptr<Registry>> opened = test::openMigrated(
            m_location, VersionBefore, [&](QSqlQuery &query) { return fill(query, genes, sets); });
        FD_VERIFY_OK(opened);
        const std::unique_ptr<Registry> registry = std::move(opened).value();
        QCOMPARE(registry->schemaVersion(), Schema::latestVersion());
        const QSqlDatabase db = registry->database();
        const QHash<qint64, QString> now = uids(db);
        QCOMPARE(now.value(1), laminUid("ENSG00000087470"));
        QCOMPARE(now.value(1), QStringLiteral("01m9E5Rc2hGl"));
        QCOMPARE(now.value(2), laminUid("ENSMUSG00000027953"));
        QCOMPARE(now.value(3), laminUid("ENSG00000021269"));
        QCOMPARE(now.value(4), laminUid("FRA10D"));
        QCOMPARE(now.value(5), laminUid("ENSG00000100280"));
        QCOMPARE(now.value(6), identity::geneUid(bySymbolAndOrganism + QStringLiteral("human")));
        QCOMPARE(now.value(7), identity::geneUid(byNcbi));
        QCOMPARE(now.value(8), QStringLiteral("ArntFromElse"));
        QCOMPARE(now.value(9), laminUid("ENSG00000114013"));
        QCOMPARE(now.value(10), laminUid("ENSG00000255374"));
        for (qint64 gene = 1; gene <= 7; ++gene)
            QVERIFY2(now.value(gene) != genes.at(gene - 1).uid, qPrintable(now.value(gene)));

        // Every set's hash is its members' as they are now; set 3 holds no corrected gene.
        for (qint64 set = 1; set <= sets.size(); ++set) {
            const QStringList members = memberUids(db, set);
            QCOMPARE(members.size(), sets.at(set - 1).size());
            QCOMPARE(setHash(db, set), identity::hashSet(members));
        }
        QCOMPARE(setHash(db, 4), identity::hashSet({QStringLiteral("01m9E5Rc2hGl")}));
        // Saving the same genes again finds the set, as LaminDB would by its hash.
        const Result<FeatureSetRecord> found = FeatureSetStore(*registry).findByHash(
            identity::hashSet({now.value(1), now.value(2), now.value(8), now.value(10)}));
        FD_VERIFY_OK(found);
        QCOMPARE(found->name, QStringLiteral("set 1"));

        // What init and the window report.
        QCOMPARE(registry->migrationNotes().size(), 1);
        const QString note = registry->migrationNotes().constFirst();
        QVERIFY2(note.startsWith(QLatin1StringView("7 gene uids corrected to LaminDB's encoding")),
                 qPrintable(note));
        QVERIFY2(note.contains(QStringView(u"m9E5Rc2hGlpH → 01m9E5Rc2hGl")), qPrintable(note));
        QVERIFY2(note.endsWith(QLatin1StringView("3 feature sets re-hashed.")), qPrintable(note));

        // Opening it again migrates nothing and reports nothing.
        const Result<std::unique_ptr<Registry>> again
            = Registry::open(*RegistryLocation::parse(m_location));
        FD_VERIFY_OK(again);
        QVERIFY(again.value()->migrationNotes().isEmpty());
    }

    void nothingToCorrectReportsNothing()
    {
        const QList<OldGene> genes {{1,
                                     laminUid("ENSG00000255374"),
                                     QStringLiteral("TAS2R43"),
                                     QStringLiteral("ENSG00000255374"),
                                     {},
                                     {}}};
        Result<std::unique_ptr<Registry>> opened = test::openMigrated(
            m_location, VersionBefore, [&](QSqlQuery &query) { return fill(query, genes, {{1}}); });
        FD_VERIFY_OK(opened);
        QVERIFY(opened.value()->migrationNotes().isEmpty());
        QCOMPARE(uids(opened.value()->database()).value(1), laminUid("ENSG00000255374"));
    }

    void clashChangesNothing_data()
    {
        QTest::addColumn<QString>("clash");
        QTest::newRow("uid") << QStringLiteral("uid");
        QTest::newRow("set hash") << QStringLiteral("hash");
    }

    void clashChangesNothing()
    {
        QFETCH(QString, clash);
        const QString dnm1l = laminUid("ENSG00000087470");
        const QString oldDnm1l
            = identity::geneUidWithoutLeadingZeros(QStringLiteral("ENSG00000087470"));
        const QString oldSlc
            = identity::geneUidWithoutLeadingZeros(QStringLiteral("ENSMUSG00000027953"));
        QList<OldGene> genes {
            {1, oldDnm1l, QStringLiteral("DNM1L"), QStringLiteral("ENSG00000087470"), {}, {}},
            {2, oldSlc, QStringLiteral("Slc50a1"), QStringLiteral("ENSMUSG00000027953"), {}, {}},
            {3, QStringLiteral("OtherOther01"), QStringLiteral("OTHER"), {}, {}, {}},
        };
        const QList<QList<qint64>> sets {{1, 2}, {3}};
        QStringList hashes {identity::hashSet({oldDnm1l, oldSlc})};
        if (clash == QLatin1StringView("uid"))
            genes[2].uid = dnm1l; // a gene from elsewhere holds DNM1L's true uid
        else // a set whose stored hash is the one set 1 is to get
            hashes << identity::hashSet({dnm1l, laminUid("ENSMUSG00000027953")});
        const Result<std::unique_ptr<Registry>> opened
            = test::openMigrated(m_location, VersionBefore, [&](QSqlQuery &query) {
                  return fill(query, genes, sets, hashes);
              });
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, Error::Code::Conflict);
        // Still version 11, every uid and hash as it was (the step's writes, had there been any,
        // rolled back), and the message says why.
        {
            const QSqlDatabase db = test::rawDatabase(*RegistryLocation::parse(m_location),
                                                      QStringLiteral("after-clash"));
            QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
            const Result<int> version = Schema::currentVersion(db);
            FD_VERIFY_OK(version);
            QCOMPARE(*version, VersionBefore);
            const QHash<qint64, QString> now = uids(db);
            QCOMPARE(now.value(1), oldDnm1l);
            QCOMPARE(now.value(2), oldSlc);
            QCOMPARE(now.value(3), genes.at(2).uid);
            QCOMPARE(setHash(db, 1), hashes.constFirst());
        }
        QSqlDatabase::removeDatabase(QStringLiteral("after-clash"));
        const QString message = opened.error().message;
        QVERIFY2(message.contains(QLatin1StringView("schema version 12")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1StringView("has not been changed")), qPrintable(message));
        QVERIFY2(message.contains(clash == QLatin1StringView("uid") ? dnm1l : hashes.constLast()),
                 qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(TestGeneUidMigration)
#include "tst_geneuidmigration.moc"
