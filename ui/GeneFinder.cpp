#include "ui/GeneFinder.h"

#include "model/WorkerPool.h"
#include "model/db/RegistryWorker.h"
#include "model/genes/GeneIndexJob.h"
#include "model/genes/GeneSearchModel.h"
#include "model/genes/OrganismStore.h"
#include "ui/ErrorPresenter.h"
#include "ui/RegistrySession.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTableView>
#include <QThreadPool>
#include <QVBoxLayout>

namespace fd {

GeneFinder::GeneFinder(RegistrySession *session, std::function<QString()> organism, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_organism(std::move(organism))
    , m_edit(new QLineEdit(this))
    , m_results(new QTableView(this))
    , m_status(new QLabel(this))
    , m_model(new GeneSearchModel(this))
{
    m_edit->setPlaceholderText(tr("Find a gene: symbol, synonym, Ensembl or NCBI id…"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setAccessibleName(tr("Find a gene"));
    m_results->setModel(m_model);
    m_results->setAccessibleName(tr("Genes found"));
    m_results->verticalHeader()->setVisible(false);
    m_results->horizontalHeader()->setStretchLastSection(true);
    m_results->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_results->setWordWrap(false);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setMaximumHeight(220);
    m_results->setVisible(false);
    m_status->setForegroundRole(QPalette::PlaceholderText);

    auto *row = new QHBoxLayout;
    row->addWidget(m_edit, 1);
    row->addWidget(m_status);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_results);

    // No debounce: the index answers a keystroke in well under a millisecond.
    connect(m_edit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_model->setText(text);
        m_results->setVisible(!text.trimmed().isEmpty());
        updateStatus();
    });
    connect(m_session, &RegistrySession::registryChanged, this, &GeneFinder::rebuild);
    connect(m_session, &RegistrySession::recordsChanged, this, [this](RegistryTable table) {
        if (table == RegistryTable::Genes)
            rebuild();
    });
    rebuild();
}

bool GeneFinder::isReady() const
{
    return m_model->hasIndex();
}

void GeneFinder::rebuild()
{
    const int generation = ++m_generation;
    m_model->setIndex(nullptr);
    m_findingOrganism = false;
    const std::optional<RegistryLocation> location = m_session->location();
    if (!location) {
        updateStatus();
        return;
    }
    const QString organism = m_organism ? m_organism() : QString();
    if (!organism.isEmpty()) {
        buildIndex(*location, organism);
        return;
    }
    // The registry's first organism, read on a worker like the index itself.
    m_findingOrganism = true;
    updateStatus();
    runOnRegistry(
        m_pool, *location, this,
        [](Registry &worker) -> Result<QString> {
            const Result<QList<OrganismRecord>> organisms = OrganismStore(worker).list();
            if (!organisms)
                return organisms.error();
            return organisms->isEmpty() ? QString() : organisms->constFirst().name;
        },
        [this, generation, location = *location](const Result<QString> &first) {
            if (generation != m_generation)
                return; // rebuilt meanwhile
            m_findingOrganism = false;
            if (!first || first->isEmpty()) {
                m_organismBuilt.clear();
                updateStatus();
                return;
            }
            buildIndex(location, *first);
        });
}

void GeneFinder::buildIndex(const RegistryLocation &location, const QString &organism)
{
    auto *job = new GeneIndexJob(location, organism);
    const int generation = m_generation;
    connect(job, &GeneIndexJob::built, this,
            [this, generation](std::shared_ptr<const GeneIndex> index, const QString &builtFor) {
                if (generation == m_generation)
                    onBuilt(std::move(index), builtFor);
            });
    connect(job, &GeneIndexJob::failed, this, [this, generation](const Error &error) {
        if (generation == m_generation)
            onFailed(error);
    });
    m_status->setText(tr("indexing %1 genes…").arg(organism));
    workerPool().start(job);
}

void GeneFinder::onBuilt(std::shared_ptr<const GeneIndex> index, const QString &organism)
{
    m_organismBuilt = organism;
    m_model->setIndex(std::move(index));
    updateStatus();
    Q_EMIT indexReady();
}

void GeneFinder::onFailed(const Error &error)
{
    m_status->setText(tr("find unavailable"));
    m_status->setToolTip(ErrorPresenter::text(error)); // with what to do (e.g. import genes)
}

void GeneFinder::updateStatus()
{
    if (!m_model->hasIndex()) {
        if (m_findingOrganism)
            m_status->setText(tr("loading…"));
        else if (m_organismBuilt.isEmpty())
            m_status->setText(m_session->location() ? tr("no genes yet") : QString());
        return;
    }
    const QLocale locale;
    if (m_model->text().trimmed().isEmpty())
        m_status->setText(
            tr("%1 %2 genes").arg(locale.toString(m_model->indexSize()), m_organismBuilt));
    else
        m_status->setText(m_model->rowCount() >= GeneSearchModel::Limit
                              ? tr("first %1 matches").arg(GeneSearchModel::Limit)
                              : tr("%n match(es)", nullptr, m_model->rowCount()));
}

} // namespace fd
