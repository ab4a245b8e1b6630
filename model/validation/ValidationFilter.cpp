#include "model/validation/ValidationFilter.h"

#include "model/validation/ValidationModel.h"

namespace fd {

namespace {

bool containsText(const QString &haystack, const QString &needle)
{
    return haystack.contains(needle, Qt::CaseInsensitive);
}

} // namespace

bool ValidationFilter::accepts(const ValidationItem &item, const CurationDecision &decision) const
{
    if (!m_statuses.isEmpty() && !m_statuses.contains(item.status))
        return false;
    if (m_openOnly && (!ValidationModel::needsDecision(item.status) || decision.isDecided()))
        return false;
    if (m_text.isEmpty())
        return true;
    if (containsText(item.value, m_text) || containsText(item.standard, m_text)
        || containsText(describeDecision(decision), m_text))
        return true;
    for (const QString &candidate : item.candidates)
        if (containsText(candidate, m_text))
            return true;
    for (const QString &suggestion : item.suggestions)
        if (containsText(suggestion, m_text))
            return true;
    return false;
}

} // namespace fd
