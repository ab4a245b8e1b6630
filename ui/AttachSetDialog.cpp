#include "ui/AttachSetDialog.h"

#include "model/artifacts/ArtifactStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace fd {

AttachSetDialog::AttachSetDialog(const QList<FeatureSetRecord> &sets, int artifactCount,
                                 QWidget *parent)
    : QDialog(parent)
    , m_sets(new QComboBox(this))
    , m_slot(new QComboBox(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Attach feature set"));
    const QLocale locale;
    for (const FeatureSetRecord &set : sets)
        m_sets->addItem(
            tr("%1 — %2 members, hash %3").arg(set.name, locale.toString(set.n), set.hash),
            set.uid);
    m_sets->setEditable(true); // type to find a set by name among many
    m_sets->setInsertPolicy(QComboBox::NoInsert);
    m_sets->setAccessibleName(tr("Feature set"));
    m_slot->setEditable(true);
    m_slot->addItems({QStringLiteral("columns"), QStringLiteral("var"), QStringLiteral("obs")});
    m_slot->setAccessibleName(tr("Slot"));
    m_slot->lineEdit()->setPlaceholderText(tr("columns, var, obs, or a name of your own"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setAccessibleName(tr("Problem"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Attach"));

    auto *intro = new QLabel(tr("Attach one feature set to %n artifact(s) under a slot. Each "
                                "artifact holds one set per slot; a slot that holds another set is "
                                "only replaced if you confirm it.",
                                nullptr, artifactCount),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Feature &set:"), m_sets);
    form->addRow(tr("S&lot:"), m_slot);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_slot, &QComboBox::currentTextChanged, this, &AttachSetDialog::check);
    connect(m_sets, &QComboBox::currentIndexChanged, this, &AttachSetDialog::check);
    resize(520, sizeHint().height());
    check();
}

QString AttachSetDialog::setUid() const
{
    return m_sets->currentData().toString();
}

QString AttachSetDialog::slot() const
{
    return m_slot->currentText();
}

void AttachSetDialog::setSlot(const QString &slot)
{
    m_slot->setCurrentText(slot);
}

void AttachSetDialog::selectSet(const QString &uid)
{
    const int at = m_sets->findData(uid);
    if (at >= 0)
        m_sets->setCurrentIndex(at);
}

void AttachSetDialog::check()
{
    QString problem;
    if (m_sets->count() == 0)
        problem = tr("There are no feature sets yet: save one from a review, or make one with "
                     "Registry ▸ New feature set….");
    else if (setUid().isEmpty())
        problem = tr("Choose a feature set from the list.");
    else if (const Status valid = ArtifactStore::checkSlot(slot()); !valid)
        problem = valid.error().message;
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace fd
