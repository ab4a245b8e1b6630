#pragma once

#include "model/validation/Curation.h"
#include "model/validation/Validation.h"

#include <QSet>
#include <QString>

namespace fd {

// Which review rows to show: some statuses (none chosen: all), text the row must contain (in its
// value, standard name, candidates, suggestions or decision, ignoring case), and optionally only
// the rows still waiting for a decision. A plain predicate, tested on its own; the proxy asks it.
class ValidationFilter
{
public:
    void setStatuses(const QSet<ValidationStatus> &statuses) { m_statuses = statuses; }
    const QSet<ValidationStatus> &statuses() const { return m_statuses; }
    void setText(const QString &text) { m_text = text.trimmed(); }
    const QString &text() const { return m_text; }
    void setOpenOnly(bool open) { m_openOnly = open; }
    bool openOnly() const { return m_openOnly; }
    bool isEmpty() const { return m_statuses.isEmpty() && m_text.isEmpty() && !m_openOnly; }

    bool accepts(const ValidationItem &item, const CurationDecision &decision) const;

    friend bool operator==(const ValidationFilter &, const ValidationFilter &) = default;

private:
    QSet<ValidationStatus> m_statuses;
    QString m_text;
    bool m_openOnly = false;
};

} // namespace fd
