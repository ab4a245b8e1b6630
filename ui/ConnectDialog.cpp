#include "ui/ConnectDialog.h"

#include "model/db/RegistryLocation.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace fd {

ConnectDialog::ConnectDialog(QWidget *parent)
    : QDialog(parent)
    , m_host(new QLineEdit(QStringLiteral("localhost"), this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(QStringLiteral("featuredesk"), this))
    , m_user(new QLineEdit(qEnvironmentVariable("USER"), this))
    , m_password(new QLineEdit(this))
    , m_preview(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Connect to lab registry"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("empty: from ~/.pgpass"));
    m_host->setAccessibleName(tr("Server host"));
    m_port->setAccessibleName(tr("Server port"));
    m_database->setAccessibleName(tr("Database"));
    m_user->setAccessibleName(tr("User"));
    m_password->setAccessibleName(tr("Password"));
    m_preview->setTextFormat(Qt::PlainText);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setAccessibleName(tr("Location"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));

    auto *intro = new QLabel(tr("A lab's shared registry on a PostgreSQL server. Your work is "
                                "recorded under your database user. The password is never saved; "
                                "leave it empty to use ~/.pgpass."),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(tr("Location:"), m_preview);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_host, m_database, m_user})
        connect(edit, &QLineEdit::textChanged, this, &ConnectDialog::update);
    connect(m_port, &QSpinBox::valueChanged, this, &ConnectDialog::update);
    resize(460, sizeHint().height());
    update();
}

void ConnectDialog::setLocation(const QString &locationText)
{
    const Result<RegistryLocation> location = RegistryLocation::parse(locationText);
    if (!location || !location->isPostgres())
        return;
    m_host->setText(location->host());
    m_port->setValue(location->port());
    m_database->setText(location->database());
    m_user->setText(location->user());
    update();
}

QString ConnectDialog::location() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(m_host->text().trimmed());
    url.setPort(m_port->value());
    url.setPath(QLatin1Char('/') + m_database->text().trimmed());
    url.setUserName(m_user->text().trimmed());
    if (!m_password->text().isEmpty())
        url.setPassword(m_password->text());
    return url.toString(QUrl::FullyEncoded);
}

QString ConnectDialog::displayLocation() const
{
    const Result<RegistryLocation> parsed = RegistryLocation::parse(location());
    return parsed ? parsed->displayText() : QString();
}

void ConnectDialog::update()
{
    const bool complete = !m_host->text().trimmed().isEmpty()
        && !m_database->text().trimmed().isEmpty() && !m_user->text().trimmed().isEmpty();
    const Result<RegistryLocation> parsed = RegistryLocation::parse(location());
    m_preview->setText(complete && parsed ? parsed->displayText()
                                          : tr("(host, database and user are needed)"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(complete && parsed.ok());
}

} // namespace fd
