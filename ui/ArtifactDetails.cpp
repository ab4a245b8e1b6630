#include "ui/ArtifactDetails.h"

#include "model/artifacts/ArtifactSlotsModel.h"
#include "model/db/Registry.h"
#include "model/db/RegistryWorker.h"
#include "ui/DetailsStyle.h"
#include "ui/RegistrySession.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace fd {

ArtifactDetails::ArtifactDetails(RegistrySession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_title(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_slots(new ArtifactSlotsModel(this))
    , m_slotsView(new QTableView(this))
    , m_showSets(new QPushButton(tr("Show its &sets"), this))
    , m_detach(new QPushButton(tr("De&tach slot"), this))
    , m_placeholder(new QLabel(tr("Select an artifact to see its slots."), this))
    , m_body(new QWidget(this))
{
    setObjectName(QStringLiteral("artifactDetails"));
    details::styleTitle(m_title);
    m_title->setAccessibleName(tr("Artifact key"));
    details::styleText(m_summary);
    m_summary->setAccessibleName(tr("Artifact summary"));
    m_slotsView->setModel(m_slots);
    m_slotsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_slotsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_slotsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_slotsView->verticalHeader()->setVisible(false);
    m_slotsView->verticalHeader()->setDefaultSectionSize(m_slotsView->fontMetrics().height() + 8);
    m_slotsView->horizontalHeader()->setStretchLastSection(true);
    m_slotsView->setAccessibleName(tr("Slots"));
    m_showSets->setToolTip(tr("Show the feature sets of this artifact in the Feature sets view"));
    m_detach->setToolTip(tr("Remove the set from the selected slot of this artifact"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_showSets);
    buttons->addStretch(1);
    buttons->addWidget(m_detach);
    auto *body = new QVBoxLayout(m_body);
    body->setContentsMargins(0, 0, 0, 0);
    body->addWidget(m_title);
    body->addWidget(m_summary);
    body->addWidget(new QLabel(tr("Slots — one feature set each:"), m_body));
    body->addWidget(m_slotsView, 1);
    body->addLayout(buttons);

    details::stylePlaceholder(m_placeholder);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 0, 0);
    layout->addWidget(m_placeholder, 1);
    layout->addWidget(m_body, 1);
    m_body->hide();

    connect(m_slotsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ArtifactDetails::updateButtons);
    connect(m_showSets, &QPushButton::clicked, this, [this] {
        Q_EMIT showSetsRequested(m_uid, tr("Feature sets of the artifact “%1”").arg(m_key));
    });
    connect(m_detach, &QPushButton::clicked, this, [this] {
        if (!selectedSlot().isEmpty())
            Q_EMIT detachRequested(m_uid, selectedSlot());
    });
}

QString ArtifactDetails::selectedSlot() const
{
    const QModelIndexList rows = m_slotsView->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_slots->slotAt(rows.constFirst().row());
}

void ArtifactDetails::showPlaceholder(const QString &text)
{
    m_slots->clear();
    m_body->hide();
    m_placeholder->setText(text);
    m_placeholder->show();
}

void ArtifactDetails::showArtifact(const QString &uid)
{
    const std::optional<RegistryLocation> location = m_session->location();
    // The same artifact read again stays as it is until the new read arrives; another one's
    // slots are not known yet, and the last one's must not be shown as if they were.
    const bool sameArtifact
        = !uid.isEmpty() && uid == m_slots->artifact().uid && m_body->isVisibleTo(this);
    m_uid = uid;
    const quint64 generation = ++m_generation;
    if (uid.isEmpty() || !location) {
        m_loading = false;
        showPlaceholder(tr("Select an artifact to see its slots."));
        return;
    }
    m_loading = true;
    if (!sameArtifact)
        showPlaceholder(tr("Loading…"));
    updateButtons();
    runOnRegistry(
        m_pool, *location, this,
        [uid](Registry &worker) { return ArtifactSlotsModel::read(worker, uid); },
        [this, generation](const Result<ArtifactSlotsModel::Slots> &slots) {
            if (generation != m_generation)
                return; // another artifact was asked for meanwhile
            m_loading = false;
            if (!slots) {
                // Deleted meanwhile, or the connection went: said where the details would be.
                showPlaceholder(slots.error().message);
                return;
            }
            const QString kept = selectedSlot();
            m_slots->setSlots(*slots);
            const ArtifactRecord &artifact = slots->artifact;
            const QLocale locale;
            m_key = artifact.key;
            m_title->setText(artifact.key);
            m_summary->setText(
                tr("%1, %2 bytes. Registered by %6 on %7.\nUID %3\n%4 hash %5")
                    .arg(artifact.suffix.isEmpty() ? tr("no suffix") : artifact.suffix,
                         locale.toString(artifact.size), artifact.uid, artifact.hashType,
                         artifact.hash, artifact.createdBy,
                         locale.toString(artifact.createdAt.toLocalTime(), QLocale::ShortFormat)));
            m_slotsView->resizeColumnsToContents();
            for (int row = 0; row < m_slots->rowCount(); ++row)
                if (!kept.isEmpty() && m_slots->slotAt(row) == kept)
                    m_slotsView->selectRow(row);
            m_showSets->setEnabled(!artifact.slots.isEmpty());
            m_placeholder->hide();
            m_body->show();
            updateButtons();
        });
}

void ArtifactDetails::updateButtons()
{
    const bool readOnly = m_session->isReadOnly();
    const bool writable = m_session->location() && !readOnly && !m_loading;
    m_detach->setEnabled(writable && !selectedSlot().isEmpty());
    m_detach->setToolTip(readOnly ? m_session->readOnlyReason()
                                  : tr("Remove the set from the selected slot of this artifact"));
}

} // namespace fd
