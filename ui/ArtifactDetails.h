#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace fd {

class RegistrySession;

// Beside the artifacts view: the artifact shown in full (key, uid, size, content hash, who
// registered it) and its slots, each with the feature set it holds; a slot can be detached and the
// artifact's sets shown in the feature sets view.
class ArtifactDetails final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArtifactDetails)

public:
    explicit ArtifactDetails(RegistrySession *session, QWidget *parent = nullptr);

    // Empty: nothing selected.
    void showArtifact(const QString &uid);
    QString artifactUid() const { return m_uid; }
    void reload() { showArtifact(m_uid); }

    QTableWidget *slotsTable() const { return m_slots; }
    QLabel *summaryLabel() const { return m_summary; }
    // The slot of the selected row of the slots table, empty when none.
    QString selectedSlot() const;

Q_SIGNALS:
    void showSetsRequested(const QString &artifactUid, const QString &what);
    void detachRequested(const QString &artifactUid, const QString &slot);

private:
    void updateButtons();

    RegistrySession *m_session;
    QString m_uid;
    QString m_key;
    QLabel *m_title;
    QLabel *m_summary;
    QTableWidget *m_slots;
    QPushButton *m_showSets;
    QPushButton *m_detach;
    QLabel *m_placeholder;
    QWidget *m_body;
};

} // namespace fd
