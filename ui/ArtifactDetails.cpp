#include "ui/ArtifactDetails.h"

#include "model/artifacts/ArtifactStore.h"
#include "model/sets/FeatureSetStore.h"
#include "model/db/Registry.h"
#include "ui/RegistrySession.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fd {

ArtifactDetails::ArtifactDetails(RegistrySession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_title(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_slots(new QTableWidget(0, 4, this))
    , m_showSets(new QPushButton(tr("Show its &sets"), this))
    , m_detach(new QPushButton(tr("De&tach slot"), this))
    , m_placeholder(new QLabel(tr("Select an artifact to see its slots."), this))
    , m_body(new QWidget(this))
{
    setObjectName(QStringLiteral("artifactDetails"));
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_title->setFont(bold);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    m_title->setAccessibleName(tr("Artifact key"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_summary->setAccessibleName(tr("Artifact summary"));
    m_slots->setHorizontalHeaderLabels({tr("Slot"), tr("Feature set"), tr("Members"), tr("Set UID")});
    m_slots->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_slots->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_slots->setSelectionMode(QAbstractItemView::SingleSelection);
    m_slots->verticalHeader()->setVisible(false);
    m_slots->verticalHeader()->setDefaultSectionSize(m_slots->fontMetrics().height() + 8);
    m_slots->horizontalHeader()->setStretchLastSection(true);
    m_slots->setAccessibleName(tr("Slots"));
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
    body->addWidget(m_slots, 1);
    body->addLayout(buttons);

    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 0, 0);
    layout->addWidget(m_placeholder, 1);
    layout->addWidget(m_body, 1);
    m_body->hide();

    connect(m_slots, &QTableWidget::itemSelectionChanged, this, &ArtifactDetails::updateButtons);
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
    const QList<QTableWidgetItem *> selected = m_slots->selectedItems();
    return selected.isEmpty() ? QString() : m_slots->item(selected.constFirst()->row(), 0)->text();
}

void ArtifactDetails::showArtifact(const QString &uid)
{
    Registry *registry = m_session->registry();
    m_uid = uid;
    m_slots->setRowCount(0);
    if (uid.isEmpty() || !registry) {
        m_body->hide();
        m_placeholder->setText(tr("Select an artifact to see its slots."));
        m_placeholder->show();
        return;
    }
    const Result<ArtifactRecord> artifact = ArtifactStore(*registry).findByUid(uid);
    if (!artifact) {
        m_body->hide();
        m_placeholder->setText(artifact.error().message);
        m_placeholder->show();
        return;
    }
    const QLocale locale;
    m_key = artifact->key;
    m_title->setText(artifact->key);
    m_summary->setText(tr("%1, %2 bytes. Registered by %6 on %7.\nUID %3\n%4 hash %5")
                           .arg(artifact->suffix.isEmpty() ? tr("no suffix") : artifact->suffix,
                                locale.toString(artifact->size), artifact->uid, artifact->hashType,
                                artifact->hash, artifact->createdBy,
                                locale.toString(artifact->createdAt.toLocalTime(), QLocale::ShortFormat)));
    FeatureSetStore sets(*registry);
    for (auto it = artifact->slots.cbegin(); it != artifact->slots.cend(); ++it) {
        const int row = m_slots->rowCount();
        m_slots->insertRow(row);
        const Result<FeatureSetRecord> set = sets.findByUid(it.value());
        m_slots->setItem(row, 0, new QTableWidgetItem(it.key()));
        m_slots->setItem(row, 1, new QTableWidgetItem(set ? set->name : set.error().message));
        auto *members = new QTableWidgetItem(set ? locale.toString(set->n) : QString());
        members->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_slots->setItem(row, 2, members);
        m_slots->setItem(row, 3, new QTableWidgetItem(it.value()));
    }
    m_slots->resizeColumnsToContents();
    m_showSets->setEnabled(!artifact->slots.isEmpty());
    m_placeholder->hide();
    m_body->show();
    updateButtons();
}

void ArtifactDetails::updateButtons()
{
    Registry *registry = m_session->registry();
    const bool writable = registry && !registry->isReadOnly();
    m_detach->setEnabled(writable && !selectedSlot().isEmpty());
    m_detach->setToolTip(registry && registry->isReadOnly()
                             ? registry->readOnlyReason()
                             : tr("Remove the set from the selected slot of this artifact"));
}

} // namespace fd
