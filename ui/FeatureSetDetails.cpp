#include "ui/FeatureSetDetails.h"

#include "model/db/Registry.h"
#include "model/db/RegistryWorker.h"
#include "model/sets/FeatureSetStore.h"
#include "model/sets/SetMembersModel.h"
#include "ui/DetailsStyle.h"
#include "ui/ErrorPresenter.h"
#include "ui/RegistrySession.h"
#include "ui/RegistryWrites.h"

#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace fd {

namespace {

// What the panel reads of a set, in one go on the worker.
struct LoadedSet
{
    FeatureSetRecord set;
    QList<SetMember> members;
};

Result<LoadedSet> readSet(Registry &registry, const QString &uid)
{
    const FeatureSetStore store(registry);
    Result<FeatureSetRecord> set = store.findByUid(uid);
    if (!set)
        return set.error();
    Result<QList<SetMember>> members = store.members(uid);
    if (!members)
        return members.error();
    return LoadedSet {std::move(set).value(), std::move(members).value()};
}

} // namespace

FeatureSetDetails::FeatureSetDetails(RegistrySession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_writes(new RegistryWrites(session, this, tr("Feature set")))
    , m_members(new SetMembersModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_title(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_identity(new QLabel(this))
    , m_description(new QPlainTextEdit(this))
    , m_saveDescription(new QPushButton(tr("Save &description"), this))
    , m_rename(new QPushButton(tr("Re&name…"), this))
    , m_export(new QPushButton(tr("E&xport members…"), this))
    , m_showArtifacts(new QPushButton(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_placeholder(new QLabel(tr("Select a feature set to see its members."), this))
    , m_body(new QWidget(this))
{
    setObjectName(QStringLiteral("featureSetDetails"));
    details::styleTitle(m_title);
    m_title->setAccessibleName(tr("Feature set name"));
    details::styleText(m_summary);
    details::styleText(m_identity);
    m_summary->setAccessibleName(tr("Feature set summary"));
    m_identity->setAccessibleName(tr("Feature set uid and hash"));
    m_identity->setWordWrap(false); // a hash may start with "-": never break it there
    m_description->setPlaceholderText(tr("What this panel is, where it comes from…"));
    m_description->setAccessibleName(tr("Description"));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(m_description->fontMetrics().height() * 5);
    m_showArtifacts->setObjectName(QStringLiteral("showArtifactsButton"));
    m_showArtifacts->setToolTip(tr("Show the artifacts that use this set in the Artifacts view"));
    m_filter->setPlaceholderText(tr("Filter members…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter members"));

    m_proxy->setSourceModel(m_members);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // the set's own order until a header is clicked
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    m_view->setAccessibleName(tr("Members"));

    auto *form = new QFormLayout;
    form->addRow(tr("Description:"), m_description);
    auto *descriptionButtons = new QHBoxLayout;
    descriptionButtons->addStretch(1);
    descriptionButtons->addWidget(m_saveDescription);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_showArtifacts);
    buttons->addStretch(1);
    buttons->addWidget(m_rename);
    buttons->addWidget(m_export);
    auto *body = new QVBoxLayout(m_body);
    body->setContentsMargins(0, 0, 0, 0);
    body->addWidget(m_title);
    body->addWidget(m_summary);
    body->addWidget(m_identity);
    body->addLayout(buttons);
    body->addLayout(form);
    body->addLayout(descriptionButtons);
    body->addWidget(m_filter);
    body->addWidget(m_view, 1);

    details::stylePlaceholder(m_placeholder);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 0, 0);
    layout->addWidget(m_placeholder, 1);
    layout->addWidget(m_body, 1);
    m_body->hide();

    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_description, &QPlainTextEdit::textChanged, this, &FeatureSetDetails::updateButtons);
    connect(m_saveDescription, &QPushButton::clicked, this, [this] {
        if (Status saved = saveDescription(); !saved)
            ErrorPresenter::show(this, saved.error());
    });
    connect(m_rename, &QPushButton::clicked, this, &FeatureSetDetails::rename);
    connect(m_export, &QPushButton::clicked, this, &FeatureSetDetails::exportMembers);
    connect(m_showArtifacts, &QPushButton::clicked, this, [this] {
        Q_EMIT showArtifactsRequested(
            setUid(), tr("Artifacts using the set “%1”").arg(m_members->set().name));
    });
    connect(m_writes, &RegistryWrites::busyChanged, this, &FeatureSetDetails::updateButtons);
}

void FeatureSetDetails::showPlaceholder(const QString &text)
{
    m_members->clear();
    m_body->hide();
    m_placeholder->setText(text);
    m_placeholder->show();
}

void FeatureSetDetails::showSet(const QString &uid)
{
    const std::optional<RegistryLocation> location = m_session->location();
    const bool sameSet = !uid.isEmpty() && uid == m_members->set().uid && m_body->isVisibleTo(this);
    m_uid = uid;
    const quint64 generation = ++m_generation;
    if (uid.isEmpty() || !location) {
        m_loading = false;
        showPlaceholder(tr("Select a feature set to see its members."));
        return;
    }
    m_loading = true;
    // Another set: its name and members are not known yet, and the last one's must not be shown
    // as if they were. The same set read again stays as it is until the new read arrives.
    if (!sameSet)
        showPlaceholder(tr("Loading…"));
    updateButtons();
    runOnRegistry(
        m_pool, *location, this, [uid](Registry &worker) { return readSet(worker, uid); },
        [this, generation](const Result<LoadedSet> &loaded) {
            if (generation != m_generation)
                return; // another set was asked for meanwhile
            m_loading = false;
            if (!loaded) {
                // Deleted meanwhile, or the connection went: said where the details would be.
                showPlaceholder(loaded.error().message);
                updateButtons();
                return;
            }
            const bool sameSet = loaded->set.uid == m_members->set().uid;
            const QString unsaved = m_description->toPlainText();
            const bool keepUnsaved = sameSet && unsaved != m_savedDescription;
            m_members->setMembers(loaded->set, loaded->members);
            showLoaded(loaded->set);
            if (!keepUnsaved)
                m_description->setPlainText(loaded->set.description);
            updateButtons();
        });
}

void FeatureSetDetails::showLoaded(const FeatureSetRecord &set)
{
    const QLocale locale;
    m_title->setText(set.name);
    const QString kind = set.registry == MemberRegistry::Gene
        ? tr("%n gene(s)", nullptr, int(set.n))
        : tr("%n feature(s)", nullptr, int(set.n));
    m_summary->setText(
        tr("%1 (%2), dtype %3. Created by %4 on %5.")
            .arg(kind, memberRegistryName(set.registry),
                 set.dtype.isEmpty() ? tr("none") : set.dtype, set.createdBy,
                 locale.toString(set.createdAt.toLocalTime(), QLocale::ShortFormat)));
    m_identity->setText(tr("UID %1\nHash %2").arg(set.uid, set.hash));
    m_showArtifacts->setText(tr("Used by %n artifact(s)", nullptr, int(set.artifactCount)));
    m_showArtifacts->setEnabled(set.artifactCount > 0);
    m_savedDescription = set.description;
    m_placeholder->hide();
    m_body->show();
}

void FeatureSetDetails::reload()
{
    showSet(setUid());
}

bool FeatureSetDetails::isWriting() const
{
    return m_writes->isBusy();
}

void FeatureSetDetails::updateButtons()
{
    const bool readOnly = m_session->isReadOnly();
    // The set shown is the one asked for (typing goes on while it is read again); saved or
    // renamed once that read is in and no write of it is running.
    const bool shown = !setUid().isEmpty() && setUid() == m_members->set().uid;
    const bool editable = m_session->location() && !readOnly && shown;
    const bool writable = editable && !m_loading && !m_writes->isBusy();
    m_saveDescription->setEnabled(writable && m_description->toPlainText() != m_savedDescription);
    m_rename->setEnabled(writable);
    m_description->setReadOnly(!editable);
    const QString why = readOnly ? m_session->readOnlyReason() : QString();
    for (QWidget *widget :
         {static_cast<QWidget *>(m_saveDescription), static_cast<QWidget *>(m_rename)})
        widget->setToolTip(why);
    m_export->setEnabled(m_members->rowCount() > 0);
}

Status FeatureSetDetails::renameTo(const QString &name)
{
    const QString uid = setUid();
    if (!m_session->location() || uid.isEmpty())
        return Error::make(Error::Code::NotFound, tr("No feature set is selected."));
    const QString trimmed = name.trimmed();
    m_writes->write(
        tr("Renaming the feature set…"), {RegistryTable::FeatureSets},
        [uid, trimmed](Registry &registry) {
            return FeatureSetStore(registry).rename(uid, trimmed);
        },
        [this, uid](const Status &renamed) {
            if (!renamed)
                ErrorPresenter::show(this, renamed.error());
            else if (uid == setUid())
                reload();
        });
    return {};
}

Status FeatureSetDetails::saveDescription()
{
    const QString uid = setUid();
    if (!m_session->location() || uid.isEmpty())
        return Error::make(Error::Code::NotFound, tr("No feature set is selected."));
    const QString text = m_description->toPlainText();
    m_writes->write(
        tr("Saving the description…"), {RegistryTable::FeatureSets},
        [uid, text](Registry &registry) {
            return FeatureSetStore(registry).setDescription(uid, text);
        },
        [this, uid, text](const Status &saved) {
            if (!saved) {
                ErrorPresenter::show(this, saved.error());
                return;
            }
            if (uid != setUid())
                return;
            m_savedDescription = text.trimmed();
            reload();
        });
    return {};
}

Status FeatureSetDetails::exportMembersTo(const QString &path)
{
    return m_members->exportTo(path);
}

void FeatureSetDetails::rename()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename feature set"), tr("New name:"),
                                               QLineEdit::Normal, m_members->set().name, &ok);
    if (!ok || name.trimmed() == m_members->set().name)
        return;
    if (Status renamed = renameTo(name); !renamed)
        ErrorPresenter::show(this, renamed.error());
}

void FeatureSetDetails::exportMembers()
{
    QString base = m_members->set().name;
    base.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]+")), QStringLiteral("_"));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export members"), base + QStringLiteral("-members.tsv"),
        tr("Tab-separated (*.tsv);;Comma-separated (*.csv)"));
    if (path.isEmpty())
        return;
    if (Status written = exportMembersTo(path); !written)
        ErrorPresenter::show(this, written.error());
}

} // namespace fd
