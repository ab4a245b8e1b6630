#include "ui/NewFeatureDialog.h"

#include "model/Dtype.h"
#include "model/features/FeatureStore.h"
#include "ui_NewFeatureDialog.h"

#include <QPushButton>
#include <QRegularExpression>

namespace fd {

NewFeatureDialog::NewFeatureDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::NewFeatureDialog>())
{
    m_ui->setupUi(this);
    m_ui->dtypeCombo->addItems(dtype::vocabulary());
    m_ui->dtypeCombo->setCurrentText(QStringLiteral("str"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &NewFeatureDialog::validate);
    connect(m_ui->dtypeCombo, &QComboBox::currentTextChanged, this, &NewFeatureDialog::validate);
    validate();
}

NewFeatureDialog::~NewFeatureDialog() = default;

NewFeature NewFeatureDialog::feature() const
{
    NewFeature feature;
    feature.name = m_ui->nameEdit->text();
    feature.dtype = m_ui->dtypeCombo->currentText().trimmed();
    feature.unit = m_ui->unitEdit->text().trimmed();
    feature.description = m_ui->descriptionEdit->text().trimmed();
    feature.synonyms = splitSynonyms(m_ui->synonymsEdit->toPlainText());
    return feature;
}

void NewFeatureDialog::setFeature(const NewFeature &feature)
{
    m_ui->nameEdit->setText(feature.name);
    m_ui->dtypeCombo->setCurrentText(feature.dtype);
    m_ui->unitEdit->setText(feature.unit);
    m_ui->descriptionEdit->setText(feature.description);
    m_ui->synonymsEdit->setPlainText(feature.synonyms.join(QStringLiteral(", ")));
}

QStringList NewFeatureDialog::splitSynonyms(const QString &text)
{
    // "|" too: the registry's own separator, as synonyms are shown elsewhere.
    static const QRegularExpression separators(QStringLiteral("[,;|\\n]"));
    QStringList synonyms;
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts))
        if (const QString trimmed = part.trimmed(); !trimmed.isEmpty())
            synonyms.append(trimmed);
    return synonyms;
}

void NewFeatureDialog::validate()
{
    QString problem;
    const NewFeature current = feature();
    if (Status name = FeatureStore::checkName(current.name); !name && !current.name.isEmpty())
        problem = name.error().message;
    else if (!dtype::isValid(current.dtype))
        problem = dtype::explainInvalid(current.dtype);
    m_ui->problemLabel->setText(problem);
    m_ui->problemLabel->setVisible(!problem.isEmpty());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)
        ->setEnabled(problem.isEmpty() && !current.name.trimmed().isEmpty());
}

} // namespace fd
