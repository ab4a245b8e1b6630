#include "model/genes/GeneSearchModel.h"

#include "model/ReleaseOnWorker.h"

#include <QCoreApplication>

namespace fd {

GeneSearchModel::GeneSearchModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

GeneSearchModel::~GeneSearchModel()
{
    releaseOnWorker(m_index);
}

void GeneSearchModel::setIndex(std::shared_ptr<const GeneIndex> index)
{
    releaseOnWorker(m_index);
    m_index = std::move(index);
    search();
}

void GeneSearchModel::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    search();
}

void GeneSearchModel::search()
{
    beginResetModel();
    const QString text = m_text.trimmed();
    m_matches
        = m_index && !text.isEmpty() ? m_index->search(text, Limit) : QList<GeneIndex::Match>();
    endResetModel();
}

int GeneSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_matches.size());
}

int GeneSearchModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GeneSearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const GeneIndex::Match &match = m_matches.at(index.row());
    const GeneRecord &gene = m_index->gene(match.gene);
    if (role == UidRole)
        return gene.uid;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Symbol:
        return gene.symbol;
    case Matched:
        return QCoreApplication::translate("GeneSearchModel", "%1 — %2")
            .arg(match.matched, matchKindText(match.kind));
    case EnsemblId:
        return gene.ensemblGeneId;
    case NcbiId:
        return gene.ncbiGeneId;
    case Biotype:
        return gene.biotype;
    case Synonyms:
        return gene.synonyms.join(QLatin1Char('|'));
    case Uid:
        return gene.uid;
    default:
        return {};
    }
}

QString GeneSearchModel::matchKindText(GeneIndex::MatchKind kind)
{
    auto tr = [](const char *text) { return QCoreApplication::translate("GeneSearchModel", text); };
    switch (kind) {
    case GeneIndex::MatchKind::Symbol:
        return tr("symbol");
    case GeneIndex::MatchKind::EnsemblId:
        return tr("Ensembl id");
    case GeneIndex::MatchKind::NcbiId:
        return tr("NCBI id");
    case GeneIndex::MatchKind::OtherEnsemblId:
        return tr("further Ensembl id");
    case GeneIndex::MatchKind::SymbolCaseInsensitive:
        return tr("symbol, other case");
    case GeneIndex::MatchKind::Synonym:
        return tr("synonym");
    case GeneIndex::MatchKind::SynonymCaseInsensitive:
        return tr("synonym, other case");
    case GeneIndex::MatchKind::SymbolPrefix:
        return tr("start of the symbol");
    case GeneIndex::MatchKind::SynonymPrefix:
        return tr("start of a synonym");
    case GeneIndex::MatchKind::IdPrefix:
        return tr("start of an id");
    }
    return {};
}

QVariant GeneSearchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    auto tr = [](const char *text) { return QCoreApplication::translate("GeneSearchModel", text); };
    switch (section) {
    case Symbol:
        return tr("Symbol");
    case Matched:
        return tr("Matched");
    case EnsemblId:
        return tr("Ensembl ID");
    case NcbiId:
        return tr("NCBI ID");
    case Biotype:
        return tr("Biotype");
    case Synonyms:
        return tr("Synonyms");
    case Uid:
        return tr("UID");
    default:
        return {};
    }
}

} // namespace fd
