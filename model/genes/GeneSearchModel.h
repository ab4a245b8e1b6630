#pragma once

#include "model/genes/GeneIndex.h"

#include <QAbstractTableModel>

#include <memory>

namespace fd {

// What find-as-you-type found: one row per gene, best match first, saying how the text matched
// (the symbol, a synonym, an id). Answers from a GeneIndex in memory, never from SQL.
class GeneSearchModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GeneSearchModel)

public:
    enum Column { Symbol, Matched, EnsemblId, NcbiId, Biotype, Synonyms, Uid, ColumnCount };
    enum Role { UidRole = Qt::UserRole, GeneRole };

    explicit GeneSearchModel(QObject *parent = nullptr);
    ~GeneSearchModel() override; // the index freed on a pool thread

    void setIndex(std::shared_ptr<const GeneIndex> index);
    bool hasIndex() const { return m_index != nullptr; }
    qsizetype indexSize() const { return m_index ? m_index->size() : 0; }
    void setText(const QString &text);
    QString text() const { return m_text; }
    static constexpr int Limit = 200;
    // How a match matched, in words for the user.
    static QString matchKindText(GeneIndex::MatchKind kind);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void search();

    std::shared_ptr<const GeneIndex> m_index;
    QString m_text;
    QList<GeneIndex::Match> m_matches;
};

} // namespace fd
