#pragma once

#include "model/Result.h"

#include <QThreadPool>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace fd {

class RegistrySession;
class RegistryWrites;
class SetMembersModel;
struct FeatureSetRecord;

// Beside the feature sets view: the set shown in full (uid, hash, members, dtype, who made it,
// how many artifacts use it), its member list with a filter, and what can be done with it:
// rename, describe, export the members, jump to the artifacts that use it. Read on a worker over
// a connection of its own (the panel shows the last set asked for); written through
// RegistryWrites.
class FeatureSetDetails final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeatureSetDetails)

public:
    explicit FeatureSetDetails(RegistrySession *session, QWidget *parent = nullptr);

    // Empty: nothing selected.
    void showSet(const QString &uid);
    // The set asked for last (its details may still be loading).
    QString setUid() const { return m_uid; }
    bool isLoading() const { return m_loading; }
    // Reads the set again (after the registry changed), keeping an unsaved description.
    void reload();

    // What the buttons do, without their dialogs (for tests and scripts). The writes run on a
    // worker: the Status says whether one was started; its failure is shown when it ends, and
    // the panel reloads when it succeeded.
    Status renameTo(const QString &name);
    Status saveDescription();
    bool isWriting() const;
    Status exportMembersTo(const QString &path);

    SetMembersModel *membersModel() const { return m_members; }
    QSortFilterProxyModel *membersProxy() const { return m_proxy; }
    QLineEdit *memberFilter() const { return m_filter; }
    QPlainTextEdit *descriptionEdit() const { return m_description; }
    QPushButton *saveDescriptionButton() const { return m_saveDescription; }
    QPushButton *showArtifactsButton() const { return m_showArtifacts; }
    QLabel *summaryLabel() const { return m_summary; }

Q_SIGNALS:
    // The artifacts view should show only the artifacts using this set.
    void showArtifactsRequested(const QString &setUid, const QString &what);

private:
    void rename();
    void exportMembers();
    void updateButtons();
    void showPlaceholder(const QString &text);
    void showLoaded(const FeatureSetRecord &set);

    RegistrySession *m_session;
    RegistryWrites *m_writes;
    SetMembersModel *m_members;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_title;
    QLabel *m_summary;
    QLabel *m_identity;
    QPlainTextEdit *m_description;
    QPushButton *m_saveDescription;
    QPushButton *m_rename;
    QPushButton *m_export;
    QPushButton *m_showArtifacts;
    QLineEdit *m_filter;
    QTableView *m_view;
    QLabel *m_placeholder;
    QWidget *m_body;
    QString m_savedDescription;
    QString m_uid;
    quint64 m_generation = 0; // of the last read asked for
    bool m_loading = false;
    QThreadPool m_pool; // last: destroyed (waiting for a read) first
};

} // namespace fd
