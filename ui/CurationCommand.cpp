#include "ui/CurationCommand.h"

#include "model/validation/ValidationModel.h"

namespace fd {

CurationCommand::CurationCommand(ValidationModel *model, QList<ValueDecision> decisions,
                                 const QString &text)
    : QUndoCommand(text)
    , m_model(model)
    , m_after(std::move(decisions))
{
    m_before.reserve(m_after.size());
    for (const ValueDecision &entry : std::as_const(m_after))
        m_before.append({entry.value, model->decision(model->rowOfValue(entry.value))});
}

void CurationCommand::set(const QList<ValueDecision> &decisions)
{
    if (m_model)
        m_model->setDecisions(decisions);
}

void CurationCommand::undo()
{
    set(m_before);
}

void CurationCommand::redo()
{
    set(m_after);
}

} // namespace fd
