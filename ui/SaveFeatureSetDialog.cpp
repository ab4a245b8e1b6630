#include "ui/SaveFeatureSetDialog.h"

#include "model/Dtype.h"
#include "model/Identity.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>

namespace fd {

namespace {

QString listed(const QStringList &items, int shown)
{
    QString text = items.mid(0, shown).join(QStringLiteral(", "));
    if (items.size() > shown)
        text += SaveFeatureSetDialog::tr(", … (%1 more)")
                    .arg(QLocale().toString(items.size() - shown));
    return text;
}

} // namespace

SaveFeatureSetDialog::SaveFeatureSetDialog(const std::optional<FeatureSetRecord> &existing,
                                           MemberRegistry members, Checked checked,
                                           const QStringList &uids, const QStringList &names,
                                           const QStringList &leftOut, const QString &suggestedName,
                                           QWidget *parent)
    : QDialog(parent)
    , m_registry(members)
    , m_uids(uids)
    , m_hash(identity::hashSet(uids))
    , m_existing(existing.value_or(FeatureSetRecord()))
    , m_name(new QLineEdit(suggestedName, this))
    , m_dtype(new QComboBox(this))
    , m_existingLabel(new QLabel(this))
    , m_leftOutLabel(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    const bool columns = checked == Checked::ColumnNames;
    setWindowTitle(columns ? tr("Save validated columns as a feature set")
                           : tr("Save validated values as a feature set"));
    // LaminDB: a gene set's dtype defaults to number; a set of features has none.
    if (members == MemberRegistry::Gene) {
        m_dtype->addItems(dtype::vocabulary());
        m_dtype->setCurrentText(QStringLiteral("number"));
    } else {
        m_dtype->addItem(tr("none (features carry their own)"), QString());
        m_dtype->setEnabled(false);
    }
    auto *membersLabel = new QLabel(tr("%n member(s) from %1: %2", nullptr, int(uids.size()))
                                        .arg(memberRegistryName(members), listed(names, 12)),
                                    this);
    membersLabel->setWordWrap(true);
    if (leftOut.isEmpty())
        m_leftOutLabel->setText(columns ? tr("Every column is a member.")
                                        : tr("Every value is a member."));
    else
        m_leftOutLabel->setText((columns
                                     ? tr("%n column(s) left out: %1", nullptr, int(leftOut.size()))
                                     : tr("%n value(s) left out: %1", nullptr, int(leftOut.size())))
                                    .arg(listed(leftOut, 8)));
    m_leftOutLabel->setWordWrap(true);
    m_leftOutLabel->setToolTip(leftOut.join(QLatin1Char('\n')));
    auto *hashLabel = new QLabel(m_hash, this);
    hashLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    hashLabel->setAccessibleName(tr("Set hash"));
    m_existingLabel->setWordWrap(true);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Dtype:"), m_dtype);
    form->addRow(tr("Members:"), membersLabel);
    form->addRow(tr("Left out:"), m_leftOutLabel);
    form->addRow(tr("Hash:"), hashLabel);
    form->addRow(m_existingLabel);
    form->addRow(m_buttons);
    connect(m_name, &QLineEdit::textChanged, this, &SaveFeatureSetDialog::update);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    update();
    resize(560, sizeHint().height());
}

void SaveFeatureSetDialog::update()
{
    QPushButton *save = m_buttons->button(QDialogButtonBox::Save);
    if (!m_existing.uid.isEmpty()) {
        m_existingLabel->setText(tr("The registry already has a set with exactly these members: "
                                    "<b>%1</b> (%2). It is used instead of storing a duplicate.")
                                     .arg(m_existing.name.toHtmlEscaped(), m_existing.uid));
        save->setText(tr("Use the existing set"));
        save->setEnabled(true);
        m_name->setEnabled(false);
        return;
    }
    const Status name = FeatureSetStore::checkName(m_name->text());
    m_existingLabel->setText(name ? QString() : name.error().message.toHtmlEscaped());
    save->setEnabled(name.ok() && !m_uids.isEmpty());
}

QString SaveFeatureSetDialog::outcomeText(const FeatureSetStore::Created &saved)
{
    const FeatureSetRecord &set = saved.set;
    const bool genes = set.registry == MemberRegistry::Gene;
    if (saved.created)
        return (genes ? tr("Saved feature set “%1” (%n gene(s), hash %2).", nullptr, int(set.n))
                      : tr("Saved feature set “%1” (%n feature(s), hash %2).", nullptr, int(set.n)))
            .arg(set.name, set.hash);
    return (genes ? tr("The registry already had this set: “%1” (%n gene(s), hash %2). Nothing "
                       "new was stored; the set that exists is used.",
                       nullptr, int(set.n))
                  : tr("The registry already had this set: “%1” (%n feature(s), hash %2). "
                       "Nothing new was stored; the set that exists is used.",
                       nullptr, int(set.n)))
        .arg(set.name, set.hash);
}

NewFeatureSet SaveFeatureSetDialog::featureSet() const
{
    NewFeatureSet set;
    set.name = m_name->text().trimmed();
    set.registry = m_registry;
    set.memberUids = m_uids;
    set.dtype = m_dtype->currentData().isValid() ? m_dtype->currentData().toString()
                                                 : m_dtype->currentText();
    return set;
}

} // namespace fd
