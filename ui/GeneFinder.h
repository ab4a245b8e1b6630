#pragma once

#include "model/Result.h"

#include <QThreadPool>
#include <QWidget>

#include <functional>
#include <memory>

class QLabel;
class QLineEdit;
class QTableView;

namespace fd {

class GeneIndex;
class GeneSearchModel;
class RegistryLocation;
class RegistrySession;

// Find-as-you-type over the gene registry: every keystroke asks an in-memory GeneIndex (built in
// the background when the registry's genes change) for genes whose symbol, synonym or id starts
// with the text, best match first.
class GeneFinder final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GeneFinder)

public:
    // organism() names the organism to search; empty: the registry's first.
    GeneFinder(RegistrySession *session, std::function<QString()> organism,
               QWidget *parent = nullptr);

    QLineEdit *findEdit() const { return m_edit; }
    QTableView *resultsView() const { return m_results; }
    GeneSearchModel *model() const { return m_model; }
    bool isReady() const;

public Q_SLOTS:
    // Builds the index again (after an import, another organism, another registry).
    void rebuild();

Q_SIGNALS:
    void indexReady();

private:
    void buildIndex(const RegistryLocation &location, const QString &organism);
    void onBuilt(std::shared_ptr<const GeneIndex> index, const QString &organism);
    void onFailed(const Error &error);
    void updateStatus();

    RegistrySession *m_session;
    std::function<QString()> m_organism;
    QLineEdit *m_edit;
    QTableView *m_results;
    QLabel *m_status;
    GeneSearchModel *m_model;
    QString m_organismBuilt;
    int m_generation = 0;
    bool m_findingOrganism = false; // the registry's first organism is being read
    QThreadPool m_pool; // last: destroyed (waiting for a read) first
};

} // namespace fd
