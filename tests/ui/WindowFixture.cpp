#include "tests/ui/WindowFixture.h"

#include <QSettings>
#include <QThread>
#include <QTranslator>

namespace fd::test {

bool WindowFixture::setUpWindow()
{
    // What a user sees: the app's English translation, which holds the plural forms ("1 artifact",
    // "3 artifacts"), as app/gui/main.cpp installs it.
    static QTranslator *english = [] {
        auto *translator = new QTranslator(qApp);
        if (translator->load(QStringLiteral(":/i18n/featuredesk_en.qm")))
            QCoreApplication::installTranslator(translator);
        else
            qWarning("the English translation is not in the resources");
        return translator;
    }();
    Q_UNUSED(english)
    // Preferences (recent registries ...) of the tests' own, never the user's.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                       m_registries.tempPath(QStringLiteral("settings")));
    QCoreApplication::setOrganizationName(QStringLiteral("FeatureDeskTests"));
    // Every statement the window runs on its own thread is reported, and fails the test.
    m_guiThreadQueries.clear();
    QueryThreadCheck::watch(QThread::currentThread(), [this](const QString &what) {
        if (m_guiThreadQueries.size() < 1000)
            m_guiThreadQueries.append(what);
    });
    m_session = std::make_unique<RegistrySession>();
    m_window = std::make_unique<MainWindow>(m_session.get());
    if (const Status opened = m_session->open(m_location, true); !opened) {
        qWarning("opening %s: %s", qPrintable(m_location), qPrintable(opened.error().message));
        return false;
    }
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get()))
        return false;
    for (RegistryTable id : PanelIds) {
        RegistryTablePanel *panel = m_window->panel(id);
        if (!panel)
            return false;
        for (QAbstractItemModel *model : {static_cast<QAbstractItemModel *>(panel->model()),
                                          static_cast<QAbstractItemModel *>(panel->proxy())})
            m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
                model, QAbstractItemModelTester::FailureReportingMode::QtTest));
    }
    return panelsLoaded();
}

bool WindowFixture::panelsLoaded() const
{
    return QTest::qWaitFor(
        [this] {
            return std::none_of(PanelIds.cbegin(), PanelIds.cend(), [this](RegistryTable id) {
                return m_window->panel(id)->model()->isLoading();
            });
        },
        30000);
}

void WindowFixture::tearDownWindow()
{
    m_testers.clear();
    m_window.reset();
    m_session.reset();
    QueryThreadCheck::watch(nullptr, {});
    m_db.reset();
}

Registry &WindowFixture::db()
{
    // On the registry the window has open (a test may open another one).
    const std::optional<RegistryLocation> open = m_session ? m_session->location() : std::nullopt;
    const Result<RegistryLocation> location
        = open ? Result<RegistryLocation>(*open) : RegistryLocation::parse(m_location);
    if (m_db && location && m_db->location().displayText() != location->displayText())
        m_db.reset();
    if (!m_db) {
        Registry::OpenOptions options;
        options.migrate = false;
        options.mayRunOnWatchedThread = true;
        if (!location)
            qFatal("the test's registry: %s", qPrintable(location.error().message));
        Result<std::unique_ptr<Registry>> opened = Registry::open(*location, options);
        if (!opened)
            qFatal("the test's connection: %s", qPrintable(opened.error().message));
        m_db = std::move(opened).value();
        // What the test writes through it, the window's views are told of, as of its own writes.
        if (m_session)
            QObject::connect(m_db.get(), &Registry::recordsChanged, m_session.get(),
                             &RegistrySession::announceChanged);
    }
    return *m_db;
}

QStringList WindowFixture::addFeatures(const QStringList &names, const QString &dtype)
{
    QStringList uids;
    FeatureStore store(db());
    for (const QString &name : names) {
        NewFeature feature;
        feature.name = name;
        feature.dtype = dtype;
        const Result<FeatureRecord> added = store.add(feature);
        if (!added) {
            qWarning("adding %s: %s", qPrintable(name), qPrintable(added.error().message));
            return {};
        }
        uids.append(added->uid);
    }
    m_session->announceChanged(RegistryTable::Features); // as the window's own writes do
    // The views refresh at once; their rows come from their workers.
    if (!panelsLoaded()) {
        qWarning("the views are still loading");
        return {};
    }
    return uids;
}

QAction *WindowFixture::action(const QString &text) const
{
    const QList<QAction *> actions = m_window->findChildren<QAction *>();
    for (QAction *candidate : actions)
        if (candidate->text() == text)
            return candidate;
    return nullptr;
}

} // namespace fd::test
