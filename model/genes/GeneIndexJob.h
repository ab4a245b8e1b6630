#pragma once

#include "model/Result.h"
#include "model/db/RegistryLocation.h"
#include "model/genes/GeneIndex.h"

#include <QObject>
#include <QRunnable>

#include <memory>

namespace fd {

// Builds a GeneIndex (a few hundred milliseconds for a genome) on a pool thread over a registry
// connection of its own, so that the window can find genes as the user types without waiting.
class GeneIndexJob final : public QObject, public QRunnable
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GeneIndexJob)

public:
    GeneIndexJob(RegistryLocation location, QString organism, QObject *parent = nullptr);

    void run() override;
    const QString &organism() const { return m_organism; }

Q_SIGNALS:
    void built(std::shared_ptr<const fd::GeneIndex> index, const QString &organism);
    void failed(const fd::Error &error);

private:
    RegistryLocation m_location;
    QString m_organism;
};

} // namespace fd

Q_DECLARE_METATYPE(std::shared_ptr<const fd::GeneIndex>)
