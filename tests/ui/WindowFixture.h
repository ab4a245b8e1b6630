#pragma once

// What the main window's test programs share: a window over a fresh registry of the current
// backend row (init/cleanup), model testers on every panel, and drivers for the modal dialogs a
// call opens.

#include "model/browse/PagedTableModel.h"
#include "model/browse/RecordFilterProxyModel.h"
#include "model/db/QueryThreadCheck.h"
#include "model/db/Registry.h"
#include "model/features/FeatureStore.h"
#include "tests/support/BackendTest.h"
#include "ui/MainWindow.h"
#include "ui/RegistrySession.h"
#include "ui/RegistryTablePanel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

#include <functional>
#include <memory>
#include <vector>

namespace fd::test {

inline const QList<RegistryTable> PanelIds = allRegistryTables();

// Answers the modal dialogs a call opens, one step per dialog, in order: each step gets the
// active modal widget and returns true once it has dealt with it. A modal nobody expected is
// closed after a while so that a failing test ends instead of hanging.
class ModalDriver final : public QObject
{
public:
    using Step = std::function<bool(QWidget *modal)>;

    explicit ModalDriver(QList<Step> steps)
        : m_steps(std::move(steps))
    {
        m_timer.setInterval(20);
        connect(&m_timer, &QTimer::timeout, this, &ModalDriver::poll);
        m_timer.start();
    }

    bool finished() const { return m_steps.isEmpty(); }
    QStringList unexpected() const { return m_unexpected; }

private:
    void poll()
    {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal) {
            m_waited = 0;
            return;
        }
        if (!m_steps.isEmpty() && m_steps.first()(modal)) {
            m_steps.removeFirst();
            m_waited = 0;
            return;
        }
        if (++m_waited * m_timer.interval() > 10000) {
            m_unexpected.append(QString::fromLatin1(modal->metaObject()->className())
                                + QStringLiteral(": ") + modal->windowTitle());
            if (auto *dialog = qobject_cast<QDialog *>(modal))
                dialog->reject();
            else
                modal->close();
            m_waited = 0;
        }
    }

    QList<Step> m_steps;
    QStringList m_unexpected;
    QTimer m_timer;
    int m_waited = 0;
};

struct CapturedBox
{
    QString title;
    QString text;
};

// A step that records a QMessageBox's title and text and presses its OK (or escape) button.
inline ModalDriver::Step answerMessageBox(CapturedBox *captured)
{
    return [captured](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        if (!box)
            return false;
        captured->title = box->windowTitle();
        captured->text = box->text();
        if (QAbstractButton *ok = box->button(QMessageBox::Ok))
            ok->click();
        else
            box->reject();
        return true;
    };
}

inline QListWidgetItem *itemForFeature(QListWidget *list, const QString &name)
{
    for (int row = 0; row < list->count(); ++row) {
        QListWidgetItem *item = list->item(row);
        if (item->text() == name || item->text().startsWith(name + QStringLiteral("  (")))
            return item;
    }
    return nullptr;
}

inline QPushButton *saveButton(QDialog *dialog)
{
    const auto *buttons = dialog->findChild<QDialogButtonBox *>();
    if (!buttons)
        return nullptr;
    const QList<QAbstractButton *> all = buttons->buttons();
    for (QAbstractButton *button : all)
        if (buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            return qobject_cast<QPushButton *>(button);
    return nullptr;
}

inline QStringList columnValues(const QAbstractItemModel *model, int column)
{
    QStringList values;
    for (int row = 0; row < model->rowCount(); ++row)
        values.append(model->index(row, column).data().toString());
    return values;
}

class WindowFixture
{
protected:
    // After FD_BACKEND_INIT: a session on a fresh registry, a window shown, testers attached.
    bool setUpWindow();
    void tearDownWindow();
    QStringList addFeatures(const QStringList &names,
                            const QString &dtype = QStringLiteral("float"));
    QAction *action(const QString &text) const;
    // The test's own connection to the window's registry, to set up and check records (the only
    // one allowed on the window's thread).
    Registry &db();
    // What ran SQL on the window's thread since setUpWindow (QueryThreadCheck): nothing may.
    QStringList guiThreadQueries() const { return m_guiThreadQueries; }
    // Waits until every panel's model has what it asked its worker for (rows, count).
    bool panelsLoaded() const;
    RegistryTablePanel *features() const { return m_window->panel(RegistryTable::Features); }

    TestRegistries m_registries;
    QString m_backend;
    QString m_location;
    std::unique_ptr<RegistrySession> m_session;
    std::unique_ptr<MainWindow> m_window;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
    std::unique_ptr<Registry> m_db;
    QStringList m_guiThreadQueries;
};

} // namespace fd::test

// The cleanup() of every window test: the window closed, and no SQL ran on its thread meanwhile.
#define FD_WINDOW_CLEANUP()                                                                        \
    do {                                                                                           \
        const QStringList queries = guiThreadQueries();                                            \
        tearDownWindow();                                                                          \
        QVERIFY2(queries.isEmpty(),                                                                \
                 qPrintable(QStringLiteral("SQL on the window's thread:\n")                        \
                            + queries.mid(0, 20).join(QLatin1Char('\n'))));                        \
    } while (false)
// Rows come from each view's worker: wait for them before looking.
#define FD_PANELS_LOADED() QVERIFY2(panelsLoaded(), "the views are still loading")

// The init() of every window test.
#define FD_WINDOW_INIT()                                                                           \
    do {                                                                                           \
        FD_BACKEND_INIT(m_registries, m_location);                                                 \
        QFETCH_GLOBAL(QString, backend);                                                           \
        m_backend = backend;                                                                       \
        QVERIFY(setUpWindow());                                                                    \
    } while (false)
