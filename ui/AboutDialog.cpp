#include "ui/AboutDialog.h"

#include "model/db/BackendVersions.h"
#include "model/db/Schema.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QSysInfo>
#include <QVBoxLayout>

#include <algorithm>

namespace fd {

namespace {

QString applicationVersion()
{
    const QString version = QCoreApplication::applicationVersion();
    return version.isEmpty() ? QStringLiteral(FEATUREDESK_VERSION) : version;
}

// The LaminDB releases whose identities (uids, set hashes, file hashes) this build reproduces;
// tests/model/tst_identity.cpp checks them against those releases' own answers.
constexpr const char *lamindbVersions = "lamindb 0.72–0.74, bionty 0.44–0.46";

} // namespace

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_copy(new QPushButton(tr("&Copy"), this))
    , m_copyStatus(new QLabel(this))
{
    setObjectName(QStringLiteral("AboutDialog"));
    setWindowTitle(tr("About FeatureDesk"));

    auto *icon = new QLabel(this);
    const int iconSize = fontMetrics().height() * 4;
    icon->setPixmap(QIcon(QStringLiteral(":/featuredesk.svg")).pixmap(iconSize, iconSize));
    icon->setAlignment(Qt::AlignTop);
    auto *title = new QLabel(
        QStringLiteral("<h2>FeatureDesk %1</h2>").arg(applicationVersion().toHtmlEscaped()), this);
    auto *summary = new QLabel(
        tr("Keeps a registry of the features and genes a lab measures, and curates data files "
           "against it, with identities compatible with LaminDB."),
        this);
    summary->setWordWrap(true);

    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignLeft);
    const auto pairs = facts();
    for (const auto &[label, value] : pairs) {
        auto *valueLabel = new QLabel(value, this);
        valueLabel->setTextFormat(Qt::PlainText);
        valueLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
        valueLabel->setWordWrap(true);
        valueLabel->setAccessibleName(label);
        form->addRow(label + QLatin1Char(':'), valueLabel);
    }

    auto *licence = new QLabel(
        tr("<p>FeatureDesk is built on Qt 6 (LGPL 3; Qt Charts under GPL 3), SQLite (public "
           "domain) and, for shared registries, PostgreSQL's client library libpq (PostgreSQL "
           "Licence). It comes with no warranty.</p>"),
        this);
    licence->setWordWrap(true);
    licence->setAccessibleName(tr("Licences"));

    auto *text = new QVBoxLayout;
    text->setSpacing(fontMetrics().height() / 2);
    text->addWidget(title);
    text->addWidget(summary);
    text->addSpacing(fontMetrics().height() / 2);
    text->addLayout(form);
    text->addSpacing(fontMetrics().height() / 2);
    text->addWidget(licence);
    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addLayout(text, 1);

    m_copy->setAutoDefault(false);
    m_copy->setAccessibleName(tr("Copy"));
    m_copy->setToolTip(tr("Copy these details as text, for a bug report"));
    connect(m_copy, &QPushButton::clicked, this, &AboutDialog::copyToClipboard);
    m_copyStatus->setAccessibleName(tr("Copy status"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_copy, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_copyStatus, 1);
    bottom->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addSpacing(fontMetrics().height());
    layout->addLayout(bottom);
    // As tall as the wrapped text needs at a comfortable width, no taller.
    setMinimumWidth(fontMetrics().averageCharWidth() * 80);
    const int width = std::max(minimumWidth(), minimumSizeHint().width());
    resize(width,
           layout->hasHeightForWidth() ? layout->totalHeightForWidth(width) : sizeHint().height());
}

QList<QPair<QString, QString>> AboutDialog::facts()
{
    const Result<QString> sqlite = BackendVersions::sqliteVersion();
    return {
        {tr("Version"), applicationVersion()},
        {tr("Qt"),
         tr("%1 (built with %2)")
             .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR))},
        {tr("SQLite"), sqlite ? *sqlite : tr("unknown: %1").arg(sqlite.error().message)},
        {tr("PostgreSQL client"),
         BackendVersions::postgresAvailable()
             ? tr("available (Qt's QPSQL driver)")
             : tr("not installed: shared lab registries need Qt's QPSQL driver "
                  "(Debian: libqt6sql6-psql)")},
        {tr("Registry schema"), tr("version %1").arg(Schema::latestVersion())},
        {tr("Identities as in"), QString::fromUtf8(lamindbVersions)},
        {tr("System"),
         tr("%1, %2, Qt platform %3")
             .arg(QSysInfo::prettyProductName(), QSysInfo::currentCpuArchitecture(),
                  QGuiApplication::platformName())},
    };
}

QString AboutDialog::reportText()
{
    QString text = QStringLiteral("FeatureDesk %1\n").arg(applicationVersion());
    const auto pairs = facts();
    for (const auto &[label, value] : pairs)
        text += label + QStringLiteral(": ") + value + QLatin1Char('\n');
    return text;
}

void AboutDialog::showFor(QWidget *window)
{
    auto *about = new AboutDialog(window);
    about->setAttribute(Qt::WA_DeleteOnClose);
    about->open();
}

void AboutDialog::copyToClipboard()
{
    QGuiApplication::clipboard()->setText(reportText());
    m_copyStatus->setText(tr("Copied to the clipboard."));
}

} // namespace fd
