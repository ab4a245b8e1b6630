#include "ui/GeneImportController.h"

#include "model/genes/GeneFileReader.h"
#include "model/genes/GeneImportJob.h"
#include "model/genes/OrganismStore.h"
#include "ui/ErrorPresenter.h"
#include "ui/ProgressDialogs.h"
#include "ui/RegistrySession.h"
#include "ui/RegistryWrites.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSet>

namespace fd {

namespace {
} // namespace

QString describeGeneImport(const GeneImportReport &report)
{
    const QLocale locale;
    QString text
        = QCoreApplication::translate(
              "GeneImportController",
              "%1 (%2, %3): %4 genes read.\n\nAdded %5, updated %6, unchanged %7, skipped %8.")
              .arg(QFileInfo(report.file).fileName(), report.format, report.organism,
                   locale.toString(report.genes), locale.toString(report.added),
                   locale.toString(report.updated), locale.toString(report.unchanged),
                   locale.toString(report.skipped));
    if (!report.collisions.isEmpty())
        text += QLatin1Char('\n')
            + QCoreApplication::translate(
                  "GeneImportController",
                  "%1 genes share an Ensembl id or symbol with another gene. FeatureDesk gave each "
                  "of them an identity of its own (symbol + organism, or NCBI id), so that both "
                  "genes can be used; the details list them.")
                  .arg(locale.toString(report.collisions.size()));
    if (report.otherOrganisms > 0)
        text += QLatin1Char('\n')
            + QCoreApplication::translate("GeneImportController",
                                          "%1 rows of other organisms were left out.")
                  .arg(locale.toString(report.otherOrganisms));
    return text;
}

QString listGeneCollisions(const GeneImportReport &report)
{
    QStringList lines;
    lines.reserve(report.collisions.size());
    for (const GeneCollision &gene : report.collisions) {
        const QString name = gene.symbol.isEmpty() ? gene.ensemblGeneId : gene.symbol;
        QString how;
        if (gene.uid.isEmpty())
            how = QCoreApplication::translate("GeneImportController", "skipped");
        else if (gene.keyedBy == QLatin1StringView("ncbi_gene_id"))
            how = QCoreApplication::translate("GeneImportController", "told apart by NCBI id %1")
                      .arg(gene.ncbiGeneId);
        else
            how = QCoreApplication::translate("GeneImportController",
                                              "told apart by symbol + organism");
        lines.append(QCoreApplication::translate("GeneImportController",
                                                 "line %1: %2 shares its id or symbol with %3; %4")
                         .arg(QLocale().toString(gene.line), name, gene.heldBy, how));
    }
    return lines.join(QLatin1Char('\n'));
}

GeneImportController::GeneImportController(RegistrySession *session, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
{
}

GeneImportController::~GeneImportController()
{
    delete m_job; // cancels and waits
}

void GeneImportController::chooseAndImport()
{
    const QString path = QFileDialog::getOpenFileName(
        m_window, QCoreApplication::translate("GeneImportController", "Import genes"), QString(),
        QCoreApplication::translate(
            "GeneImportController",
            "Gene tables (*.gene_info *.tsv *.txt *.csv *.gz);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

QString GeneImportController::askOrganism(const QString &path, const QString &why) const
{
    QStringList names;
    for (const OrganismStore::Known &known : OrganismStore::builtIn())
        names.append(
            QStringLiteral("%1 (%2, %3)")
                .arg(QString::fromLatin1(known.name), QString::fromLatin1(known.scientificName))
                .arg(known.taxonId));
    bool ok = false;
    const QString choice = QInputDialog::getItem(
        m_window, QCoreApplication::translate("GeneImportController", "Organism"),
        QCoreApplication::translate("GeneImportController",
                                    "%1 %2\nWhich organism are these genes of?")
            .arg(QFileInfo(path).fileName(), why),
        names, 0, true, &ok);
    if (!ok || choice.trimmed().isEmpty())
        return {};
    // "mouse lemur (Microcebus murinus, 30608)" -> "mouse lemur"; a typed name or taxon id is
    // taken as it is.
    const qsizetype details = choice.indexOf(QStringLiteral(" ("));
    return (details > 0 ? choice.left(details) : choice).trimmed();
}

void GeneImportController::importFile(const QString &path, const QString &organismGiven)
{
    if (!m_session->location() || m_job)
        return;
    const Result<RegistryLocation> location = RegistryWrites::writableLocation(*m_session);
    if (!location) {
        ErrorPresenter::show(m_window, location.error());
        return;
    }
    QString organism = organismGiven;
    if (organism.isEmpty()) {
        const Result<GeneFile> sniffed = GeneFileReader::sniff(path);
        if (!sniffed) {
            ErrorPresenter::show(m_window, sniffed.error());
            return;
        }
        QSet<qint64> taxa;
        for (qint64 taxon : sniffed->taxa)
            if (taxon != 0)
                taxa.insert(taxon);
        if (taxa.size() != 1) {
            organism = askOrganism(
                path,
                taxa.isEmpty() ? QCoreApplication::translate(
                    "GeneImportController", "does not say which organism it is of.")
                               : QCoreApplication::translate("GeneImportController",
                                                             "holds genes of several organisms."));
            if (organism.isEmpty())
                return;
        }
    }

    GeneStore::ImportOptions options;
    options.organism = organism;
    auto *job = new GeneImportJob(*location, path, options, this);
    m_job = job;
    auto *progress = new QProgressDialog(
        QCoreApplication::translate("GeneImportController", "Importing genes from %1…")
            .arg(QFileInfo(path).fileName()),
        QCoreApplication::translate("GeneImportController", "Cancel"), 0,
        int(GeneImportJob::ProgressTotal), m_window);
    progress->setWindowTitle(QCoreApplication::translate("GeneImportController", "Import genes"));
    progress->setMinimumDuration(0);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setWindowModality(Qt::WindowModal);
    m_progress = progress;
    connect(progress, &QProgressDialog::canceled, job, &GeneImportJob::cancel);
    connect(job, &GeneImportJob::progressChanged, progress,
            [progress](qint64 done, qint64) { progress->setValue(int(done)); });
    connect(job, &GeneImportJob::finished, this, &GeneImportController::onFinished);
    connect(job, &GeneImportJob::failed, this, &GeneImportController::onFailed);
    progress->show();
    job->start();
}

void GeneImportController::onFinished(const GeneImportReport &report)
{
    closeProgress(m_progress);
    if (m_job)
        m_job->deleteLater();
    m_job = nullptr;
    // The job wrote through its own connection and told the other workstations; this window's
    // views are told here.
    m_session->announceChanged(RegistryTable::Genes);
    Q_EMIT importFinished(report);
    QMessageBox box(QMessageBox::Information,
                    QCoreApplication::translate("GeneImportController", "Genes imported"),
                    describeGeneImport(report), QMessageBox::Ok, m_window);
    if (!report.collisions.isEmpty())
        box.setDetailedText(listGeneCollisions(report));
    box.exec();
}

void GeneImportController::onFailed(const Error &error)
{
    closeProgress(m_progress);
    if (m_job)
        m_job->deleteLater();
    m_job = nullptr;
    Q_EMIT importFailed(error);
    if (error.code == Error::Code::Cancelled) {
        QMessageBox::information(
            m_window, QCoreApplication::translate("GeneImportController", "Import cancelled"),
            QCoreApplication::translate(
                "GeneImportController",
                "The gene import was cancelled; the registry is as it was."));
        return;
    }
    ErrorPresenter::show(m_window, error);
}

} // namespace fd
