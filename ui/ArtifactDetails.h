#pragma once

#include <QThreadPool>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace fd {

class ArtifactSlotsModel;
class RegistrySession;

// Beside the artifacts view: the artifact shown in full (key, uid, size, content hash, who
// registered it) and its slots, each with the feature set it holds; a slot can be detached and the
// artifact's sets shown in the feature sets view. Read on a worker over a connection of its own;
// the panel shows the last artifact asked for.
class ArtifactDetails final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArtifactDetails)

public:
    explicit ArtifactDetails(RegistrySession *session, QWidget *parent = nullptr);

    // Empty: nothing selected.
    void showArtifact(const QString &uid);
    bool isLoading() const { return m_loading; }
    QString artifactUid() const { return m_uid; }
    void reload() { showArtifact(m_uid); }

    QTableView *slotsView() const { return m_slotsView; }
    ArtifactSlotsModel *slotsModel() const { return m_slots; }
    QLabel *summaryLabel() const { return m_summary; }
    // The slot of the selected row of the slots table, empty when none.
    QString selectedSlot() const;

Q_SIGNALS:
    void showSetsRequested(const QString &artifactUid, const QString &what);
    void detachRequested(const QString &artifactUid, const QString &slot);

private:
    void showPlaceholder(const QString &text);
    void updateButtons();

    RegistrySession *m_session;
    QString m_uid;
    QString m_key;
    QLabel *m_title;
    QLabel *m_summary;
    ArtifactSlotsModel *m_slots;
    QTableView *m_slotsView;
    QPushButton *m_showSets;
    QPushButton *m_detach;
    QLabel *m_placeholder;
    QWidget *m_body;
    quint64 m_generation = 0; // of the last read asked for
    bool m_loading = false;
    QThreadPool m_pool; // last: destroyed (waiting for a read) first
};

} // namespace fd
