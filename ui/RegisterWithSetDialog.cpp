#include "ui/RegisterWithSetDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace fd {

RegisterWithSetDialog::RegisterWithSetDialog(const QString &fileName, bool genes, int members,
                                             const QStringList &leftOut, QWidget *parent)
    : QDialog(parent)
    , m_slot(new QComboBox(this))
    , m_name(new QLineEdit(this))
{
    setWindowTitle(tr("Register %1 with its set").arg(fileName));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("%1 becomes an artifact, and the set this review resolves to is attached to it under "
           "the slot you choose. Decisions not applied yet are applied first. All of it is one "
           "transaction: it is written completely or not at all.")
            .arg(fileName),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_slot->setEditable(true);
    m_slot->addItems({QStringLiteral("columns"), QStringLiteral("var"), QStringLiteral("obs")});
    m_slot->setCurrentText(genes ? QStringLiteral("var") : QStringLiteral("columns"));
    m_slot->setObjectName(QStringLiteral("registerSlot"));
    form->addRow(tr("&Slot:"), m_slot);
    m_name->setObjectName(QStringLiteral("registerSetName"));
    m_name->setPlaceholderText(tr("automatic: slot, number of members and hash"));
    form->addRow(tr("Set &name:"), m_name);
    layout->addLayout(form);
    QString membersText = genes ? tr("%n gene(s) in the set", nullptr, members)
                                : tr("%n feature(s) in the set", nullptr, members);
    if (!leftOut.isEmpty())
        membersText += QLatin1Char('\n')
            + tr("Left out (%n): %1", nullptr, int(leftOut.size()))
                  .arg(leftOut.mid(0, 8).join(QStringLiteral("; "))
                       + (leftOut.size() > 8 ? QStringLiteral("; …") : QString()));
    auto *summary = new QLabel(membersText, this);
    summary->setWordWrap(true);
    summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(summary);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Register"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

QString RegisterWithSetDialog::slot() const
{
    return m_slot->currentText().trimmed();
}

QString RegisterWithSetDialog::setName() const
{
    return m_name->text().trimmed();
}

} // namespace fd
