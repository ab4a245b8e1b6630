#include "ui/WelcomePage.h"

#include "model/db/Registry.h"
#include "model/db/RegistryWorker.h"
#include "model/genes/GeneStore.h"
#include "model/genes/ShippedGenes.h"
#include "ui/ErrorPresenter.h"
#include "ui/RegistrySession.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace fd {

namespace {

const QString ShowKey = QStringLiteral("welcome/show");

QString starterFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/starter");
}

// Copies a resource into the user's data folder unless a copy of the same size is there.
Result<QString> extract(const QString &resource, const QString &fileName)
{
    const QString folder = starterFolder();
    if (!QDir().mkpath(folder))
        return Error::make(Error::Code::Io, QStringLiteral("Cannot create %1.").arg(folder));
    const QString path = folder + QLatin1Char('/') + fileName;
    const QFileInfo existing(path);
    if (existing.exists() && existing.size() == QFileInfo(resource).size())
        return path;
    QFile::remove(path);
    QFile source(resource);
    if (!source.copy(path))
        return Error::make(Error::Code::Io,
                           QStringLiteral("Cannot write %1: %2").arg(path, source.errorString()));
    // Resources are read-only; the copy is the user's to edit.
    QFile::setPermissions(
        path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    return path;
}

QLabel *step(const QString &number, const QString &title, const QString &text, QWidget *parent)
{
    auto *label = new QLabel(
        QStringLiteral("<p><b>%1&nbsp;&nbsp;%2</b></p><p>%3</p>").arg(number, title, text), parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    return label;
}

} // namespace

bool WelcomePage::showAtStart()
{
    return QSettings().value(ShowKey, true).toBool();
}

void WelcomePage::setShowAtStart(bool show)
{
    QSettings().setValue(ShowKey, show);
}

Result<QStringList> WelcomePage::sampleFiles()
{
    QStringList paths;
    for (const char *name : {"sample_sheet.csv", "expression_panel.tsv"}) {
        const Result<QString> path = extract(
            QStringLiteral(":/samples/") + QString::fromLatin1(name), QString::fromLatin1(name));
        if (!path)
            return path.error();
        paths.append(*path);
    }
    return paths;
}

Result<QString> WelcomePage::humanGenesFile()
{
    return ShippedGenes::extract(QStringLiteral("human"), starterFolder());
}

Result<QString> WelcomePage::mouseGenesFile()
{
    return ShippedGenes::extract(QStringLiteral("mouse"), starterFolder());
}

WelcomePage::WelcomePage(RegistrySession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_sample(new QPushButton(tr("Try the &sample files"), this))
    , m_genes(new QPushButton(tr("Load the &human genes"), this))
    , m_mouseGenes(new QPushButton(tr("Load the &mouse genes"), this))
    , m_connect(new QPushButton(tr("Connect to a &lab registry…"), this))
    , m_genesState(new QLabel(this))
    , m_showAtStart(new QCheckBox(tr("Show this page at start"), this))
{
    setObjectName(QStringLiteral("welcomePage"));
    auto *title
        = new QLabel(tr("<h2>Welcome to FeatureDesk</h2><p>FeatureDesk keeps a registry of the "
                        "features your lab measures — the columns of your sample sheets, the "
                        "genes of your panels — and helps you curate data files against it, "
                        "in three steps.</p>"),
                     this);
    title->setWordWrap(true);
    auto *steps = new QGridLayout;
    steps->setHorizontalSpacing(24);
    steps->addWidget(
        step(QStringLiteral("1"), tr("Import"),
             tr("Drop a CSV or TSV file on the window (or File ▸ Import…). FeatureDesk "
                "recognises its delimiter, quoting and encoding, and shows every column "
                "with its type."),
             this),
        0, 0);
    steps->addWidget(
        step(QStringLiteral("2"), tr("Review"),
             tr("On the Review tab each column name (or each gene in a column) is "
                "checked against the registry: validated, fixable, ambiguous or not "
                "validated. Accept the fixes, add new features, undo anything, apply."),
             this),
        0, 1);
    steps->addWidget(step(QStringLiteral("3"), tr("Save a set"),
                          tr("Save the validated columns (or genes) as a feature set: stored once, "
                             "identified by its hash as LaminDB does. Register your files as "
                             "artifacts and attach the set by slot."),
                          this),
                     0, 2);
    for (int column = 0; column < 3; ++column)
        steps->setColumnStretch(column, 1);

    auto *sampleText
        = new QLabel(tr("A sample sheet (8 samples, 7 columns) and an expression panel "
                        "(10 genes, one a synonym and one a typo) to try the steps on."),
                     this);
    auto *genesText
        = new QLabel(tr("The 77,614 human genes of NCBI (2022), shipped inside FeatureDesk: "
                        "load them once to validate gene symbols and Ensembl or NCBI ids, "
                        "offline."),
                     this);
    auto *mouseText
        = new QLabel(tr("The 78,317 mouse genes of GENCODE M37, also shipped inside FeatureDesk, "
                        "for validating Ensembl ids (ENSMUSG…) and symbols of mouse data."),
                     this);
    auto *connectText
        = new QLabel(tr("Your lab keeps a shared registry on a PostgreSQL server? Work on "
                        "it together with your colleagues."),
                     this);
    for (QLabel *label : {sampleText, genesText, mouseText, connectText, m_genesState})
        label->setWordWrap(true);
    m_genesState->setForegroundRole(QPalette::PlaceholderText);
    m_genesState->setAccessibleName(tr("Gene registry state"));
    auto *actions = new QGridLayout;
    actions->addWidget(m_sample, 0, 0);
    actions->addWidget(sampleText, 0, 1);
    actions->addWidget(m_genes, 1, 0);
    auto *genesColumn = new QVBoxLayout;
    genesColumn->addWidget(genesText);
    genesColumn->addWidget(m_genesState);
    actions->addLayout(genesColumn, 1, 1);
    actions->addWidget(m_mouseGenes, 2, 0);
    actions->addWidget(mouseText, 2, 1);
    actions->addWidget(m_connect, 3, 0);
    actions->addWidget(connectText, 3, 1);
    actions->setColumnStretch(1, 1);
    actions->setVerticalSpacing(14);

    m_showAtStart->setChecked(showAtStart());
    auto *content = new QWidget(this);
    content->setMaximumWidth(980);
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(title);
    layout->addLayout(steps);
    layout->addSpacing(12);
    layout->addLayout(actions);
    layout->addStretch(1);
    layout->addWidget(m_showAtStart);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(12, 12, 12, 12);
    outer->addWidget(scroll);

    connect(m_showAtStart, &QCheckBox::toggled, this, &WelcomePage::setShowAtStart);
    connect(m_sample, &QPushButton::clicked, this, [this] {
        const Result<QStringList> paths = sampleFiles();
        if (!paths) {
            ErrorPresenter::show(this, paths.error());
            return;
        }
        Q_EMIT importRequested(*paths);
    });
    connect(m_genes, &QPushButton::clicked, this, [this] {
        const Result<QString> path = humanGenesFile();
        if (!path) {
            ErrorPresenter::show(this, path.error());
            return;
        }
        Q_EMIT loadGenesRequested(*path, QStringLiteral("human"));
    });
    connect(m_mouseGenes, &QPushButton::clicked, this, [this] {
        const Result<QString> path = mouseGenesFile();
        if (!path) {
            ErrorPresenter::show(this, path.error());
            return;
        }
        Q_EMIT loadGenesRequested(*path, QStringLiteral("mouse"));
    });
    connect(m_connect, &QPushButton::clicked, this, &WelcomePage::connectRequested);
    connect(m_session, &RegistrySession::registryChanged, this, &WelcomePage::refresh);
    connect(m_session, &RegistrySession::recordsChanged, this, [this](RegistryTable table) {
        if (table == RegistryTable::Genes)
            refresh();
    });
    refresh();
}

void WelcomePage::refresh()
{
    const std::optional<RegistryLocation> location = m_session->location();
    const quint64 generation = ++m_generation;
    m_sample->setEnabled(location.has_value());
    if (!location) {
        m_loading = false;
        m_genes->setEnabled(false);
        m_mouseGenes->setEnabled(false);
        m_genesState->setText(tr("No registry is open."));
        return;
    }
    // How many genes there are is asked on a worker; until then the button waits.
    m_loading = true;
    m_genes->setEnabled(false);
    m_mouseGenes->setEnabled(false);
    m_genesState->setText(tr("Looking for genes in the registry…"));
    runOnRegistry(
        m_pool, *location, this,
        [](Registry &worker) -> Result<std::pair<qint64, qint64>> {
            const Result<Registry::Counts> counts = worker.counts();
            if (!counts)
                return counts.error();
            const Result<qint64> mouse = GeneStore(worker).count(QStringLiteral("mouse"));
            if (!mouse)
                return mouse.error();
            return std::pair {counts->genes, *mouse};
        },
        [this, generation](const Result<std::pair<qint64, qint64>> &counts) {
            if (generation != m_generation)
                return; // asked again meanwhile
            m_loading = false;
            const qint64 genes = counts ? counts->first : 0;
            const qint64 mouse = counts ? counts->second : 0;
            const bool writable = !m_session->isReadOnly();
            m_genes->setEnabled(writable && genes == 0);
            // Mouse beside human (or any other organism's genes), but once.
            m_mouseGenes->setEnabled(writable && mouse == 0);
            if (genes > 0)
                m_genesState->setText(
                    tr("This registry holds %1 genes already.").arg(QLocale().toString(genes)));
            else if (!writable)
                m_genesState->setText(m_session->readOnlyReason());
            else
                m_genesState->setText(
                    tr("This registry has no genes yet (a few seconds to load)."));
        });
}

} // namespace fd
