#include "ui/NewFeatureSetDialog.h"

#include "model/Identity.h"
#include "model/browse/RecordFilter.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace fd {

namespace {
constexpr int UidRole = Qt::UserRole;
}

NewFeatureSetDialog::NewFeatureSetDialog(const Result<QList<FeatureRecord>> &features,
                                         QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_filter(new QLineEdit(this))
    , m_members(new QListWidget(this))
    , m_hash(new QLabel(this))
{
    setWindowTitle(tr("New feature set"));
    m_name->setAccessibleName(tr("Set name"));
    m_filter->setPlaceholderText(tr("Filter features…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter features"));
    m_members->setAccessibleName(tr("Features"));
    m_hash->setTextInteractionFlags(Qt::TextSelectableByMouse);

    if (features) {
        for (const FeatureRecord &feature : *features) {
            auto *item = new QListWidgetItem(
                feature.dtype.isEmpty()
                    ? feature.name
                    : QStringLiteral("%1  (%2)").arg(feature.name, feature.dtype),
                m_members);
            item->setData(UidRole, feature.uid);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
    } else {
        m_hash->setText(features.error().message);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = buttons->addButton(tr("&Save set"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Members:"), m_filter);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_members, 1);
    layout->addWidget(m_hash);
    layout->addWidget(buttons);

    connect(m_name, &QLineEdit::textChanged, this, &NewFeatureSetDialog::update);
    connect(m_members, &QListWidget::itemChanged, this, &NewFeatureSetDialog::update);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        const RecordFilter filter(text);
        for (int row = 0; row < m_members->count(); ++row)
            m_members->item(row)->setHidden(!filter.matches({m_members->item(row)->text()}));
    });
    resize(460, 520);
    update();
}

NewFeatureSet NewFeatureSetDialog::featureSet() const
{
    NewFeatureSet set;
    set.name = m_name->text().trimmed();
    set.registry = MemberRegistry::Feature;
    for (int row = 0; row < m_members->count(); ++row) {
        const QListWidgetItem *item = m_members->item(row);
        if (item->checkState() == Qt::Checked)
            set.memberUids.append(item->data(UidRole).toString());
    }
    return set;
}

QString NewFeatureSetDialog::hashPreview() const
{
    const NewFeatureSet set = featureSet();
    return set.memberUids.isEmpty() ? QString() : identity::hashSet(set.memberUids);
}

void NewFeatureSetDialog::update()
{
    const NewFeatureSet set = featureSet();
    if (set.memberUids.isEmpty())
        m_hash->setText(tr("Tick the features that belong to the set."));
    else
        m_hash->setText(
            tr("%n member(s), hash %1", nullptr, int(set.memberUids.size())).arg(hashPreview()));
    m_save->setEnabled(!set.name.isEmpty() && !set.memberUids.isEmpty());
}

} // namespace fd
