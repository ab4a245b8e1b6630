#include "ui/PreferencesDialog.h"

#include "model/csv/CsvDecoder.h"
#include "model/db/RegistryLocation.h"
#include "ui/Preferences.h"
#include "ui/RecentRegistries.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace fd {

namespace {
void select(QComboBox *box, const QVariant &value)
{
    const int at = box->findData(value);
    box->setCurrentIndex(at < 0 ? 0 : at);
}
} // namespace

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_registry(new QLineEdit(this))
    , m_language(new QComboBox(this))
    , m_header(new QComboBox(this))
    , m_encoding(new QComboBox(this))
    , m_clearRecent(new QPushButton(tr("&Clear the list"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Preferences"));
    m_registry->setPlaceholderText(RegistryLocation::defaultLocationText());
    m_registry->setToolTip(
        tr("An SQLite file or a postgresql:// location; empty for the built-in default"));
    m_registry->setAccessibleName(tr("Default registry"));
    m_registry->setText(preferences::defaultRegistry());
    auto *browse = new QPushButton(tr("&Browse…"), this);
    m_language->addItem(tr("The system's"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->setAccessibleName(tr("Language"));
    select(m_language, preferences::language());
    m_header->addItem(tr("Detect"), -1);
    m_header->addItem(tr("First row is the header"), 1);
    m_header->addItem(tr("No header row"), 0);
    m_header->setAccessibleName(tr("Header row"));
    select(m_header, preferences::headerRow());
    m_encoding->addItem(tr("Detect"), QString());
    for (const QString &name : CsvDecoder::encodingNames())
        m_encoding->addItem(name, name);
    m_encoding->setAccessibleName(tr("Encoding"));
    select(m_encoding, preferences::encoding());
    m_clearRecent->setEnabled(!RecentRegistries::list().isEmpty());

    auto *registryRow = new QHBoxLayout;
    registryRow->addWidget(m_registry, 1);
    registryRow->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("Default &registry:"), registryRow);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), new QLabel(tr("A new language is used from the next start."), this));
    form->addRow(tr("Import: &header row:"), m_header);
    form->addRow(tr("Import: &encoding:"), m_encoding);
    form->addRow(tr("Recent registries:"), m_clearRecent);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path
            = QFileDialog::getSaveFileName(this, tr("Default registry"), m_registry->text(),
                                           tr("FeatureDesk registries (*.sqlite *.db)"), nullptr,
                                           QFileDialog::DontConfirmOverwrite);
        if (!path.isEmpty())
            m_registry->setText(path);
    });
    connect(m_clearRecent, &QPushButton::clicked, this, [this] {
        for (const QString &location : RecentRegistries::list())
            RecentRegistries::remove(location);
        m_clearRecent->setEnabled(false);
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        save();
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(520, sizeHint().height());
}

void PreferencesDialog::save() const
{
    preferences::setDefaultRegistry(m_registry->text());
    preferences::setLanguage(m_language->currentData().toString());
    preferences::setHeaderRow(m_header->currentData().toInt());
    preferences::setEncoding(m_encoding->currentData().toString());
}

} // namespace fd
