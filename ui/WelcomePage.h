#pragma once

#include "model/Result.h"

#include <QThreadPool>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;

namespace fd {

class RegistrySession;

// The first start: what FeatureDesk does in three steps (import, review, save a set), a sample to
// try them on, and the human and mouse gene registries that ship inside FeatureDesk, each loaded
// with one click and no network. Shown until the user unticks "Show at start"; Help ▸ Welcome
// brings it back.
class WelcomePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePage)

public:
    explicit WelcomePage(RegistrySession *session, QWidget *parent = nullptr);

    // Whether the page opens at start (QSettings "welcome/show", on until unticked).
    static bool showAtStart();
    static void setShowAtStart(bool show);

    // The files shipped inside FeatureDesk, copied to the user's data folder (once) so that they
    // can be imported, re-opened and edited like any file. Returns their paths.
    static Result<QStringList> sampleFiles();
    static Result<QString> humanGenesFile();
    static Result<QString> mouseGenesFile();

    // Reads the registry again (on a worker): whether genes are loaded already.
    void refresh();
    bool isLoading() const { return m_loading; }

    QPushButton *sampleButton() const { return m_sample; }
    QPushButton *genesButton() const { return m_genes; }
    QPushButton *mouseGenesButton() const { return m_mouseGenes; }
    QPushButton *connectButton() const { return m_connect; }
    QCheckBox *showAtStartBox() const { return m_showAtStart; }
    QLabel *genesLabel() const { return m_genesState; }

Q_SIGNALS:
    void importRequested(const QStringList &paths);
    void loadGenesRequested(const QString &path, const QString &organism);
    void connectRequested();

private:
    RegistrySession *m_session;
    QPushButton *m_sample;
    QPushButton *m_genes;
    QPushButton *m_mouseGenes;
    QPushButton *m_connect;
    QLabel *m_genesState;
    QCheckBox *m_showAtStart;
    quint64 m_generation = 0; // of the last read asked for
    bool m_loading = false;
    QThreadPool m_pool; // last: destroyed (waiting for a read) first
};

} // namespace fd
