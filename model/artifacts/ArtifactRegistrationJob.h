#pragma once

#include "model/artifacts/ArtifactRegistration.h"
#include "model/db/RegistryLocation.h"

#include <QObject>
#include <QRunnable>

#include <atomic>

namespace fd {

// ArtifactRegistration on a pool thread over a registry connection of its own, with progress (in
// files) and cancel; hashing a folder of large files never blocks the window.
class ArtifactRegistrationJob final : public QObject, public QRunnable
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArtifactRegistrationJob)

public:
    ArtifactRegistrationJob(RegistryLocation location, QList<ArtifactRegistration::Source> sources,
                            ArtifactRegistration::Options options, QObject *parent = nullptr);

    void run() override;
    void cancel() { m_cancelled.store(true); }

Q_SIGNALS:
    void progressed(qint64 done, qint64 total);
    void finished(const fd::ArtifactRegistration::Outcome &outcome);
    void failed(const fd::Error &error);

private:
    RegistryLocation m_location;
    QList<ArtifactRegistration::Source> m_sources;
    ArtifactRegistration::Options m_options;
    std::atomic<bool> m_cancelled {false};
};

} // namespace fd

Q_DECLARE_METATYPE(fd::ArtifactRegistration::Outcome)
