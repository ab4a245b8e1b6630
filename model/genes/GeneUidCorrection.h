#pragma once

#include "model/Result.h"
#include "model/db/SqlDialect.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace fd {

// Schema step 12. Up to schema version 11 FeatureDesk dropped the leading zero bytes of a gene
// key's MD5 digest when it made the gene's uid, where lamin-utils writes them as '0' and their
// count: about 1 gene in 256 got another uid than bionty gives it, and every gene set holding one
// another hash than LaminDB computes. This finds those genes and sets and corrects them.
//
// A gene's uid was made from one of its keys (GeneImporter): its first Ensembl id (kept in
// ensembl_gene_id, or among other_ensembl_gene_ids when another gene held it), else its symbol; on
// a collision its symbol and organism name ("A1BGhuman"), else its NCBI id. A gene whose stored uid
// is the old encoding of one of these keys, and whose key's digest starts with a zero byte, gets
// the uid of that key in the correct encoding; any other uid (made elsewhere, or from a key the
// gene no longer has) stays as it is. Each gene set holding a corrected gene gets identity::hashSet
// of its members' uids. Nothing is written until every new uid and hash is known to be unique: a
// clash fails the whole step with the genes or sets that clash named.
class GeneUidCorrection
{
public:
    struct Outcome
    {
        qint64 genes = 0; // uids corrected
        qint64 featureSets = 0; // sets re-hashed
        QString example; // "DNM1L: m9E5Rc2hGlpH → 01m9E5Rc2hGl", the first corrected gene
    };

    // Runs inside the caller's transaction (the schema step's); doing names the step in messages.
    static Result<Outcome> run(QSqlDatabase db, const SqlDialect &dialect, const QString &doing);

    // What the outcome tells a user opening the registry; empty when nothing changed.
    static QStringList notes(const Outcome &outcome);
};

} // namespace fd
