// The main window's dialogs, offscreen on both backends: new feature set (members, hash, an
// existing set offered), add feature, delete feature set (asks first, keeps sets in use), driven as
// a user would answer them; F1 opens the user guide, and every menu action is reachable from the
// keyboard in English and German.

#include "model/Identity.h"
#include "model/browse/PagedTableModel.h"
#include "model/browse/RecordFilterProxyModel.h"
#include "model/db/Registry.h"
#include "model/db/RegistryLocation.h"
#include "model/db/Schema.h"
#include "model/features/FeatureStore.h"
#include "model/sets/FeatureSetStore.h"
#include "tests/support/BackendTest.h"
#include "tests/ui/WindowFixture.h"
#include "ui/ConnectDialog.h"
#include "ui/HelpDialog.h"
#include "ui/ImportPage.h"
#include "ui/MainWindow.h"
#include "ui/NewFeatureDialog.h"
#include "ui/NewFeatureSetDialog.h"
#include "ui/Preferences.h"
#include "ui/PreferencesDialog.h"
#include "ui/RecentRegistries.h"
#include "ui/RecordActions.h"
#include "ui/RegistrySession.h"
#include "ui/RegistryTablePanel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTranslator>

#include <functional>
#include <memory>
#include <vector>

class TestMainWindowDialogs final : public QObject, public fd::test::WindowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { fd::test::addBackendRows(); }
    void init() { FD_WINDOW_INIT(); }
    void cleanup() { FD_WINDOW_CLEANUP(); }

    void newFeatureSetDialog();
    void newFeatureSetSaves();
    void newFeatureSetExistingShowsMessage();
    void addFeatureThroughDialog();
    void addFeatureDialogChecksNamesAsTheCliDoes();
    void deleteFeatureSetAsksFirst();
    void connectDialogBuildsLocations();
    void recentRegistriesWithoutPasswords();
    void connectThroughTheDialog();
    void preferencesAreKeptAndFollowed();
    void f1OpensTheUserGuide();
    void menusReachableFromKeyboard_data();
    void menusReachableFromKeyboard();
};

using fd::RegistryTable;
using fd::RegistryTablePanel;
using namespace fd::test;

void TestMainWindowDialogs::newFeatureSetDialog()
{
    const QStringList uids = addFeatures({QStringLiteral("cd4"), QStringLiteral("cd8"),
                                          QStringLiteral("cd19"), QStringLiteral("foxp3")});
    QCOMPARE(uids.size(), 4);
    fd::NewFeatureSetDialog dialog(fd::FeatureStore(db()).list(), m_window.get());
    QListWidget *list = dialog.memberList();
    QCOMPARE(list->count(), 4);
    QPushButton *save = saveButton(&dialog);
    QVERIFY(save);
    QVERIFY(!save->isEnabled());
    QVERIFY(dialog.hashPreview().isEmpty());

    QListWidgetItem *cd4 = itemForFeature(list, QStringLiteral("cd4"));
    QListWidgetItem *foxp3 = itemForFeature(list, QStringLiteral("foxp3"));
    QVERIFY(cd4 && foxp3);
    QVERIFY(cd4->flags() & Qt::ItemIsUserCheckable);
    cd4->setCheckState(Qt::Checked);
    foxp3->setCheckState(Qt::Checked);
    // Members but no name: still no save.
    QVERIFY(!save->isEnabled());
    QCOMPARE(dialog.hashPreview(), fd::identity::hashSet({uids.at(0), uids.at(3)}));
    QCOMPARE(dialog.hashPreview(), fd::identity::hashSet({uids.at(3), uids.at(0)}));
    const QList<QLabel *> labels = dialog.findChildren<QLabel *>();
    QVERIFY2(std::any_of(labels.cbegin(), labels.cend(),
                         [&dialog](const QLabel *label) {
                             return label->text().contains(dialog.hashPreview());
                         }),
             "the hash is shown in the dialog");

    QTest::keyClicks(dialog.nameEdit(), QStringLiteral("   "));
    QVERIFY2(!save->isEnabled(), "a blank name must not save");
    dialog.nameEdit()->clear();
    QTest::keyClicks(dialog.nameEdit(), QStringLiteral("T cells"));
    QVERIFY(save->isEnabled());

    // Changing the members changes the preview; unticking all disables saving again.
    QListWidgetItem *cd8 = itemForFeature(list, QStringLiteral("cd8"));
    QVERIFY(cd8);
    cd8->setCheckState(Qt::Checked);
    QCOMPARE(dialog.hashPreview(), fd::identity::hashSet({uids.at(0), uids.at(1), uids.at(3)}));
    const fd::NewFeatureSet set = dialog.featureSet();
    QCOMPARE(set.name, QStringLiteral("T cells"));
    QStringList members = set.memberUids;
    members.sort();
    QStringList expected {uids.at(0), uids.at(1), uids.at(3)};
    expected.sort();
    QCOMPARE(members, expected);
    for (QListWidgetItem *item : {cd4, cd8, foxp3})
        item->setCheckState(Qt::Unchecked);
    QVERIFY(!save->isEnabled());
    QVERIFY(dialog.hashPreview().isEmpty());
}

void TestMainWindowDialogs::newFeatureSetSaves()
{
    const QStringList uids
        = addFeatures({QStringLiteral("il2"), QStringLiteral("il6"), QStringLiteral("tnf")});
    QCOMPARE(uids.size(), 3);
    QAction *newSet = action(QStringLiteral("New feature &set…"));
    QVERIFY(newSet);
    QString previewSeen;
    ModalDriver driver({[&previewSeen](QWidget *modal) {
        auto *dialog = qobject_cast<fd::NewFeatureSetDialog *>(modal);
        if (!dialog)
            return false;
        QTest::keyClicks(dialog->nameEdit(), QStringLiteral("Cytokines"));
        for (const QString &name : {QStringLiteral("il2"), QStringLiteral("tnf")})
            if (QListWidgetItem *item = itemForFeature(dialog->memberList(), name))
                item->setCheckState(Qt::Checked);
        previewSeen = dialog->hashPreview();
        if (QPushButton *save = saveButton(dialog); save && save->isEnabled())
            save->click();
        else
            dialog->reject();
        return true;
    }});
    newSet->trigger();
    // The write runs on a worker; its outcome (and any dialog after it) comes later.
    QTRY_VERIFY_WITH_TIMEOUT(driver.finished() && !m_window->recordActions()->isBusy(), 15000);
    QVERIFY2(driver.unexpected().isEmpty(), qPrintable(driver.unexpected().join(u'\n')));

    const QString hash = fd::identity::hashSet({uids.at(0), uids.at(2)});
    QCOMPARE(previewSeen, hash);
    const fd::Result<QList<fd::FeatureSetRecord>> sets = fd::FeatureSetStore(db()).list();
    FD_VERIFY_OK(sets);
    QCOMPARE(sets->size(), 1);
    QCOMPARE(sets->constFirst().name, QStringLiteral("Cytokines"));
    QCOMPARE(sets->constFirst().hash, hash);
    QCOMPARE(sets->constFirst().n, 2);

    RegistryTablePanel *setsPanel = m_window->panel(RegistryTable::FeatureSets);
    QCOMPARE(m_window->tabs()->currentWidget(), setsPanel);
    FD_PANELS_LOADED();
    QCOMPARE(setsPanel->proxy()->rowCount(), 1);
    QCOMPARE(setsPanel->proxy()->index(0, 0).data().toString(), QStringLiteral("Cytokines"));
    QVERIFY2(m_window->statusBar()->currentMessage().contains(hash),
             qPrintable(m_window->statusBar()->currentMessage()));
}

void TestMainWindowDialogs::newFeatureSetExistingShowsMessage()
{
    const QStringList uids
        = addFeatures({QStringLiteral("ki67"), QStringLiteral("pcna"), QStringLiteral("mcm2")});
    QCOMPARE(uids.size(), 3);
    fd::NewFeatureSet existing;
    existing.name = QStringLiteral("Proliferation");
    existing.memberUids = {uids.at(2), uids.at(0)};
    const fd::Result<fd::FeatureSetStore::Created> stored
        = fd::FeatureSetStore(db()).create(existing);
    FD_VERIFY_OK(stored);
    QVERIFY(stored->created);

    QAction *newSet = action(QStringLiteral("New feature &set…"));
    QVERIFY(newSet);
    CapturedBox box;
    ModalDriver driver(
        {[](QWidget *modal) {
             auto *dialog = qobject_cast<fd::NewFeatureSetDialog *>(modal);
             if (!dialog)
                 return false;
             QTest::keyClicks(dialog->nameEdit(), QStringLiteral("Cycling again"));
             // The same members, ticked in the other order.
             for (const QString &name : {QStringLiteral("ki67"), QStringLiteral("mcm2")})
                 if (QListWidgetItem *item = itemForFeature(dialog->memberList(), name))
                     item->setCheckState(Qt::Checked);
             if (QPushButton *save = saveButton(dialog); save && save->isEnabled())
                 save->click();
             else
                 dialog->reject();
             return true;
         },
         answerMessageBox(&box)});
    newSet->trigger();
    // The write runs on a worker; its outcome (and any dialog after it) comes later.
    QTRY_VERIFY_WITH_TIMEOUT(driver.finished() && !m_window->recordActions()->isBusy(), 15000);
    QVERIFY2(driver.unexpected().isEmpty(), qPrintable(driver.unexpected().join(u'\n')));

    QVERIFY2(box.title.contains(QLatin1StringView("exists")), qPrintable(box.title));
    QVERIFY2(box.text.contains(QLatin1StringView("stored already")), qPrintable(box.text));
    QVERIFY2(box.text.contains(QStringLiteral("\"Proliferation\"")), qPrintable(box.text));
    QVERIFY2(box.text.contains(stored->set.uid), qPrintable(box.text));
    QVERIFY2(box.text.contains(stored->set.hash), qPrintable(box.text));
    QVERIFY2(!box.text.contains(QLatin1StringView("Cycling again")), qPrintable(box.text));

    // Nothing new was written.
    const fd::Result<QList<fd::FeatureSetRecord>> sets = fd::FeatureSetStore(db()).list();
    FD_VERIFY_OK(sets);
    QCOMPARE(sets->size(), 1);
    QCOMPARE(sets->constFirst().name, QStringLiteral("Proliferation"));
    QCOMPARE(m_window->panel(RegistryTable::FeatureSets)->proxy()->rowCount(), 1);
}

void TestMainWindowDialogs::addFeatureThroughDialog()
{
    QAction *addFeature = action(QStringLiteral("Add &feature…"));
    QVERIFY(addFeature);
    bool okDisabledWhenEmpty = false;
    bool okDisabledForBadDtype = false;
    ModalDriver driver({[&](QWidget *modal) {
        auto *dialog = qobject_cast<fd::NewFeatureDialog *>(modal);
        if (!dialog)
            return false;
        const auto *buttons = dialog->findChild<QDialogButtonBox *>();
        QPushButton *ok = buttons ? buttons->button(QDialogButtonBox::Ok) : nullptr;
        if (!ok) {
            dialog->reject();
            return true;
        }
        okDisabledWhenEmpty = !ok->isEnabled();
        dialog->setFeature({QStringLiteral("dose"), QStringLiteral("integer64"), {}, {}, {}});
        okDisabledForBadDtype = !ok->isEnabled();
        dialog->setFeature({QStringLiteral("dose"),
                            QStringLiteral("float"),
                            QStringLiteral("mg"),
                            QStringLiteral("Dose given"),
                            {QStringLiteral("amount | qty")}});
        if (ok->isEnabled())
            ok->click();
        else
            dialog->reject();
        return true;
    }});
    addFeature->trigger();
    // The write runs on a worker; its outcome (and any dialog after it) comes later.
    QTRY_VERIFY_WITH_TIMEOUT(driver.finished() && !m_window->recordActions()->isBusy(), 15000);
    QVERIFY2(driver.unexpected().isEmpty(), qPrintable(driver.unexpected().join(u'\n')));
    QVERIFY(okDisabledWhenEmpty);
    QVERIFY(okDisabledForBadDtype);

    const fd::Result<fd::FeatureRecord> dose
        = fd::FeatureStore(db()).findByName(QStringLiteral("dose"));
    FD_VERIFY_OK(dose);
    QCOMPARE(dose->dtype, QStringLiteral("float"));
    QCOMPARE(dose->unit, QStringLiteral("mg"));
    QCOMPARE(dose->description, QStringLiteral("Dose given"));
    QCOMPARE(dose->synonyms, (QStringList {QStringLiteral("amount"), QStringLiteral("qty")}));
    QCOMPARE(features()->proxy()->rowCount(), 1);
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QLatin1StringView("dose")),
             qPrintable(m_window->statusBar()->currentMessage()));

    // The same name again: the error is shown, then the dialog comes back with what was typed.
    CapturedBox box;
    QString nameOnReturn;
    ModalDriver again(
        {[](QWidget *modal) {
             auto *dialog = qobject_cast<fd::NewFeatureDialog *>(modal);
             if (!dialog)
                 return false;
             dialog->setFeature({QStringLiteral("dose"), QStringLiteral("int"), {}, {}, {}});
             const auto *buttons = dialog->findChild<QDialogButtonBox *>();
             if (QPushButton *ok = buttons ? buttons->button(QDialogButtonBox::Ok) : nullptr)
                 ok->click();
             else
                 dialog->reject();
             return true;
         },
         answerMessageBox(&box),
         [&nameOnReturn](QWidget *modal) {
             auto *dialog = qobject_cast<fd::NewFeatureDialog *>(modal);
             if (!dialog)
                 return false;
             nameOnReturn = dialog->feature().name;
             dialog->reject();
             return true;
         }});
    addFeature->trigger();
    // The write runs on a worker; its outcome (and any dialog after it) comes later.
    QTRY_VERIFY_WITH_TIMEOUT(again.finished() && !m_window->recordActions()->isBusy(), 15000);
    QVERIFY2(again.unexpected().isEmpty(), qPrintable(again.unexpected().join(u'\n')));
    QVERIFY2(box.text.contains(QLatin1StringView("'dose'")), qPrintable(box.text));
    QVERIFY2(box.text.contains(dose->uid), qPrintable(box.text));
    QCOMPARE(nameOnReturn, QStringLiteral("dose"));
    const fd::Result<QList<fd::FeatureRecord>> all = fd::FeatureStore(db()).list();
    FD_VERIFY_OK(all);
    QCOMPARE(all->size(), 1);
    QCOMPARE(all->constFirst().dtype, QStringLiteral("float"));
}

// The window's dialog and featuredesk-cli refuse and allow the same names with the same message:
// a leading byte order mark is named, never taken out; a joined emoji is a name.
void TestMainWindowDialogs::addFeatureDialogChecksNamesAsTheCliDoes()
{
    QAction *addFeature = action(QStringLiteral("Add &feature…"));
    QVERIFY(addFeature);
    const QString marked = QStringLiteral("\uFEFFCD4");
    const QString emoji = QStringLiteral("\U0001F469\u200D\U0001F52C");
    bool okForMarked = true;
    bool okForEmoji = false;
    QString problemForMarked;
    ModalDriver driver({[&](QWidget *modal) {
        auto *dialog = qobject_cast<fd::NewFeatureDialog *>(modal);
        if (!dialog)
            return false;
        const auto *buttons = dialog->findChild<QDialogButtonBox *>();
        QPushButton *ok = buttons ? buttons->button(QDialogButtonBox::Ok) : nullptr;
        const auto *problem = dialog->findChild<QLabel *>(QStringLiteral("problemLabel"));
        if (!ok || !problem) {
            dialog->reject();
            return true;
        }
        dialog->setFeature({marked, QStringLiteral("str"), {}, {}, {}});
        okForMarked = ok->isEnabled();
        problemForMarked = problem->text();
        dialog->setFeature({emoji, QStringLiteral("str"), {}, {}, {}});
        okForEmoji = ok->isEnabled();
        if (ok->isEnabled())
            ok->click();
        else
            dialog->reject();
        return true;
    }});
    addFeature->trigger();
    // The write runs on a worker; its outcome (and any dialog after it) comes later.
    QTRY_VERIFY_WITH_TIMEOUT(driver.finished() && !m_window->recordActions()->isBusy(), 15000);
    QVERIFY2(driver.unexpected().isEmpty(), qPrintable(driver.unexpected().join(u'\n')));
    QVERIFY(!okForMarked);
    QVERIFY2(problemForMarked.contains(QLatin1StringView("byte order mark (U+FEFF)")),
             qPrintable(problemForMarked));
    QCOMPARE(problemForMarked, fd::FeatureStore::checkName(marked).error().message);
    QVERIFY(okForEmoji);
    const fd::Result<fd::FeatureRecord> added = fd::FeatureStore(db()).findByName(emoji);
    FD_VERIFY_OK(added);
    QCOMPARE(added->name, emoji);
}

void TestMainWindowDialogs::deleteFeatureSetAsksFirst()
{
    const QStringList uids = addFeatures({QStringLiteral("a1"), QStringLiteral("a2")});
    QCOMPARE(uids.size(), 2);
    fd::FeatureSetStore store(db());
    fd::NewFeatureSet first;
    first.name = QStringLiteral("first");
    first.memberUids = {uids.at(0)};
    fd::NewFeatureSet second;
    second.name = QStringLiteral("second");
    second.memberUids = uids;
    FD_VERIFY_OK(store.create(first));
    FD_VERIFY_OK(store.create(second));
    RegistryTablePanel *sets = m_window->panel(RegistryTable::FeatureSets);
    FD_PANELS_LOADED();
    QCOMPARE(sets->proxy()->rowCount(), 2);
    QAction *deleteSet = action(QStringLiteral("&Delete feature set"));
    QVERIFY(deleteSet);

    // Nothing selected: nothing is asked and nothing deleted.
    sets->view()->clearSelection();
    deleteSet->trigger();
    QCOMPARE(sets->proxy()->rowCount(), 2);

    const auto selectSet = [sets](const QString &name) {
        for (int row = 0; row < sets->proxy()->rowCount(); ++row)
            if (sets->proxy()->index(row, 0).data().toString() == name)
                sets->view()->selectRow(row);
    };
    const auto answer = [](CapturedBox *captured, QMessageBox::StandardButton button) {
        return [captured, button](QWidget *modal) {
            auto *box = qobject_cast<QMessageBox *>(modal);
            if (!box)
                return false;
            captured->title = box->windowTitle();
            captured->text = box->text();
            if (QAbstractButton *pressed = box->button(button))
                pressed->click();
            else
                box->reject();
            return true;
        };
    };

    selectSet(QStringLiteral("second"));
    QCOMPARE(sets->selectedUids().size(), 1);
    CapturedBox declined;
    ModalDriver no({answer(&declined, QMessageBox::No)});
    deleteSet->trigger();
    QVERIFY(no.finished());
    QVERIFY2(declined.text.contains(QLatin1StringView("Delete")), qPrintable(declined.text));
    QCOMPARE(sets->proxy()->rowCount(), 2);

    selectSet(QStringLiteral("second"));
    CapturedBox accepted;
    ModalDriver yes({answer(&accepted, QMessageBox::Yes)});
    deleteSet->trigger();
    // The write runs on a worker; its outcome (and any dialog after it) comes later.
    QTRY_VERIFY_WITH_TIMEOUT(yes.finished() && !m_window->recordActions()->isBusy(), 15000);
    QVERIFY2(yes.unexpected().isEmpty(), qPrintable(yes.unexpected().join(u'\n')));
    FD_PANELS_LOADED();
    QCOMPARE(sets->proxy()->rowCount(), 1);
    QCOMPARE(sets->proxy()->index(0, 0).data().toString(), QStringLiteral("first"));
    const fd::Result<QList<fd::FeatureSetRecord>> left = store.list();
    FD_VERIFY_OK(left);
    QCOMPARE(left->size(), 1);
    QCOMPARE(left->constFirst().name, QStringLiteral("first"));
}

void TestMainWindowDialogs::connectDialogBuildsLocations()
{
    fd::ConnectDialog dialog(m_window.get());
    dialog.hostEdit()->setText(QStringLiteral("db.lab.example"));
    dialog.portBox()->setValue(5433);
    dialog.databaseEdit()->setText(QStringLiteral("registry"));
    dialog.userEdit()->setText(QStringLiteral("alice"));
    QCOMPARE(dialog.displayLocation(),
             QStringLiteral("postgresql://alice@db.lab.example:5433/registry"));
    // A password with URL characters travels encoded, and never into what is shown or kept.
    dialog.passwordEdit()->setText(QStringLiteral("p@ss:w/rd"));
    const fd::Result<fd::RegistryLocation> parsed = fd::RegistryLocation::parse(dialog.location());
    QVERIFY(parsed);
    QCOMPARE(parsed->password(), QStringLiteral("p@ss:w/rd"));
    QCOMPARE(parsed->user(), QStringLiteral("alice"));
    QVERIFY(!dialog.displayLocation().contains(QStringLiteral("ss:w")));
    QVERIFY(dialog.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
    dialog.userEdit()->clear();
    QVERIFY(!dialog.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
    dialog.setLocation(QStringLiteral("postgresql://bob@server:6000/other"));
    QCOMPARE(dialog.hostEdit()->text(), QStringLiteral("server"));
    QCOMPARE(dialog.portBox()->value(), 6000);
    QCOMPARE(dialog.userEdit()->text(), QStringLiteral("bob"));
}

void TestMainWindowDialogs::recentRegistriesWithoutPasswords()
{
    // The registry the fixture opened is the most recent one.
    const QString shown = fd::RegistryLocation::parse(m_location)->displayText();
    QCOMPARE(fd::RecentRegistries::list().value(0), shown);
    for (int i = 0; i < fd::RecentRegistries::Kept + 3; ++i)
        fd::RecentRegistries::add(QStringLiteral("/tmp/registry-%1.sqlite").arg(i));
    QCOMPARE(fd::RecentRegistries::list().size(), fd::RecentRegistries::Kept);
    QCOMPARE(fd::RecentRegistries::list().constFirst(),
             QStringLiteral("/tmp/registry-%1.sqlite").arg(fd::RecentRegistries::Kept + 2));
    if (m_backend == QLatin1StringView("postgresql")) {
        // Opened with a password in the URL (the test server trusts anyone): kept without it.
        QUrl url(m_location);
        url.setPassword(QStringLiteral("hunter2"));
        QVERIFY(m_session->open(url.toString(), false));
        QCOMPARE(fd::RecentRegistries::list().constFirst(), shown);
        QVERIFY(!fd::RecentRegistries::list()
                     .join(QLatin1Char(' '))
                     .contains(QStringLiteral("hunter2")));
    }
    // File ▸ Open recent lists them.
    QMenu *recent = nullptr;
    for (QMenu *candidate : m_window->findChildren<QMenu *>())
        if (candidate->title() == QStringLiteral("Open &recent"))
            recent = candidate;
    QVERIFY(recent);
    QMetaObject::invokeMethod(recent, "aboutToShow");
    QCOMPARE(recent->actions().size(), fd::RecentRegistries::Kept);
}

void TestMainWindowDialogs::connectThroughTheDialog()
{
    if (m_backend != QLatin1StringView("postgresql"))
        QSKIP("Connecting is for a PostgreSQL server.");
    const fd::Result<fd::RegistryLocation> target = fd::RegistryLocation::parse(m_location);
    m_session->close();
    QVERIFY(!m_session->isOpen());
    ModalDriver driver({[&target](QWidget *modal) {
        auto *dialog = qobject_cast<fd::ConnectDialog *>(modal);
        if (!dialog)
            return false;
        dialog->hostEdit()->setText(target->host());
        dialog->portBox()->setValue(target->port());
        dialog->databaseEdit()->setText(target->database());
        dialog->userEdit()->setText(target->user());
        dialog->buttons()->button(QDialogButtonBox::Ok)->click();
        return true;
    }});
    action(QStringLiteral("&Connect to lab registry…"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(driver.finished(), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(m_session->isOpen(), 15000);
    QCOMPARE(m_session->location()->displayText(), target->displayText());
    QVERIFY(m_window->windowTitle().contains(target->database()));
}

void TestMainWindowDialogs::preferencesAreKeptAndFollowed()
{
    QSettings().clear(); // the settings folder outlives one backend row
    {
        fd::PreferencesDialog dialog(m_window.get());
        QVERIFY(dialog.registryEdit()->text().isEmpty());
        dialog.registryEdit()->setText(QStringLiteral("/tmp/lab/registry.sqlite"));
        dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(QStringLiteral("de")));
        dialog.headerBox()->setCurrentIndex(dialog.headerBox()->findData(0));
        dialog.encodingBox()->setCurrentIndex(
            dialog.encodingBox()->findData(QStringLiteral("Windows-1252")));
        dialog.buttons()->button(QDialogButtonBox::Ok)->click();
    }
    QCOMPARE(fd::preferences::defaultRegistry(), QStringLiteral("/tmp/lab/registry.sqlite"));
    QCOMPARE(fd::preferences::language(), QStringLiteral("de"));
    QCOMPARE(fd::preferences::headerRow(), 0);
    QCOMPARE(fd::preferences::encoding(), QStringLiteral("Windows-1252"));
    {
        // Shown again: as saved. Cancel changes nothing.
        fd::PreferencesDialog dialog(m_window.get());
        QCOMPARE(dialog.headerBox()->currentData().toInt(), 0);
        dialog.languageBox()->setCurrentIndex(0);
        dialog.buttons()->button(QDialogButtonBox::Cancel)->click();
    }
    QCOMPARE(fd::preferences::language(), QStringLiteral("de"));

    // A new import page reads the file as the preferences say, until told otherwise.
    const QString path = m_registries.tempPath(QStringLiteral("prefs-%1.csv").arg(m_backend));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("a,b\n1,2\n");
    }
    m_window->importPaths({path});
    fd::ImportPage *page = m_window->importPages().constLast();
    const fd::CsvOptions options = page->options();
    QVERIFY(options.hasHeader.has_value() && !*options.hasHeader);
    QCOMPARE(options.encoding, QStringLiteral("Windows-1252"));
    fd::preferences::setHeaderRow(-1);
    fd::preferences::setEncoding(QString());

    // The window's size and place come back.
    const QSize size = m_window->size() + QSize(60, 40);
    m_window->resize(size);
    m_window->close();
    fd::MainWindow again(m_session.get());
    QCOMPARE(again.size(), size);
}

void TestMainWindowDialogs::f1OpensTheUserGuide()
{
    QVERIFY(!m_window->findChild<fd::HelpDialog *>());
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    // The key itself, as a user presses it: the shortcut, not the action triggered by hand.
    QTest::keyClick(m_window.get(), Qt::Key_F1);
    auto *help = m_window->findChild<fd::HelpDialog *>();
    QVERIFY2(help, "F1 opened no user guide");
    QTRY_VERIFY(help->isVisible());
    QVERIFY(!help->isModal()); // it stays open beside the work
    QCOMPARE(help->windowTitle(), QStringLiteral("FeatureDesk user guide"));
    QVERIFY(help->browser()->toPlainText().contains(QLatin1StringView("feature set")));

    // Escape closes it; the window stays.
    QVERIFY(QTest::qWaitForWindowActive(help));
    QTest::keyClick(help, Qt::Key_Escape);
    QTRY_VERIFY(!help->isVisible());
    QVERIFY(m_window->isVisible());

    // F1 again: the same guide comes back, not a second one.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_F1);
    QTRY_VERIFY(help->isVisible());
    QCOMPARE(m_window->findChildren<fd::HelpDialog *>().size(), 1);
    help->close();
    QVERIFY(!help->isVisible());
}

void TestMainWindowDialogs::menusReachableFromKeyboard_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QStringLiteral("en");
    QTest::newRow("German") << QStringLiteral("de");
}

namespace {

// What keeps a menu's actions from the keyboard, found by walking it and its submenus.
struct KeyboardReach
{
    QStringList problems;
    QHash<QKeySequence, QString> shortcutOwners; // shortcut -> where the action is
    int actions = 0;

    void walk(const QMenu *menu, const QString &path)
    {
        const QList<QAction *> all = menu->actions();
        // Two items of one menu with the same letter: the letter only moves between them.
        QHash<QKeySequence, QString> letters;
        for (const QAction *action : all) {
            if (action->isSeparator())
                continue;
            const QString where = path + QStringLiteral(" ▸ ") + action->text();
            ++actions;
            const QKeySequence letter = QKeySequence::mnemonic(action->text());
            const bool mnemonic = !letter.isEmpty();
            if (mnemonic && letters.contains(letter))
                problems.append(where + QStringLiteral(": its letter ") + letter.toString()
                                + QStringLiteral(" is ") + letters.value(letter)
                                + QStringLiteral("'s too"));
            if (mnemonic)
                letters.insert(letter, action->text());
            if (action->menu()) {
                if (!mnemonic)
                    problems.append(where + QStringLiteral(": a submenu without a letter"));
                walk(action->menu(), where);
                continue;
            }
            if (!mnemonic && action->shortcuts().isEmpty())
                problems.append(where + QStringLiteral(": neither a letter nor a shortcut"));
            const QList<QKeySequence> shortcuts = action->shortcuts();
            for (const QKeySequence &shortcut : shortcuts) {
                if (shortcutOwners.contains(shortcut))
                    problems.append(where + QStringLiteral(": ") + shortcut.toString()
                                    + QStringLiteral(" is ") + shortcutOwners.value(shortcut)
                                    + QStringLiteral("'s too"));
                shortcutOwners.insert(shortcut, where);
            }
        }
    }
};

} // namespace

// Alt and a letter opens each menu, and in it every action has a letter or a shortcut; no
// shortcut is given twice (Qt then triggers neither). Checked in German too, whose translation
// has to keep an '&' in each text.
void TestMainWindowDialogs::menusReachableFromKeyboard()
{
    QFETCH(QString, language);
    QTranslator german;
    std::unique_ptr<fd::MainWindow> germanWindow;
    fd::MainWindow *window = m_window.get();
    if (language == QLatin1StringView("de")) {
        QVERIFY(german.load(QStringLiteral(":/i18n/featuredesk_de.qm")));
        QCoreApplication::installTranslator(&german);
        germanWindow = std::make_unique<fd::MainWindow>(m_session.get());
        QCoreApplication::removeTranslator(&german);
        window = germanWindow.get();
        QCOMPARE(window->menuBar()->actions().constFirst()->text(), QStringLiteral("&Datei"));
    }

    KeyboardReach reach;
    QHash<QKeySequence, QString> menuLetters;
    const QList<QAction *> menus = window->menuBar()->actions();
    QCOMPARE(menus.size(), 5); // File, Edit, Registry, Artifacts, Help
    for (const QAction *menuAction : menus) {
        QVERIFY(menuAction->menu());
        const QKeySequence letter = QKeySequence::mnemonic(menuAction->text());
        if (letter.isEmpty())
            reach.problems.append(menuAction->text() + QStringLiteral(": a menu without a letter"));
        else if (menuLetters.contains(letter))
            reach.problems.append(menuAction->text() + QStringLiteral(": ") + letter.toString()
                                  + QStringLiteral(" opens ") + menuLetters.value(letter)
                                  + QStringLiteral(" too"));
        menuLetters.insert(letter, menuAction->text());
        reach.walk(menuAction->menu(), menuAction->text());
    }
    QVERIFY2(reach.actions > 20, qPrintable(QString::number(reach.actions)));
    QVERIFY2(reach.problems.isEmpty(), qPrintable(reach.problems.join(QLatin1Char('\n'))));
    // The shortcuts the user guide names.
    QVERIFY(reach.shortcutOwners.contains(QKeySequence(QKeySequence::HelpContents)));
    QVERIFY(reach.shortcutOwners.contains(QKeySequence(Qt::CTRL | Qt::Key_I)));
}

QTEST_MAIN(TestMainWindowDialogs)
#include "tst_mainwindowdialogs.moc"
