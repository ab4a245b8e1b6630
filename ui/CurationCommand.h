#pragma once

#include "model/validation/Curation.h"

#include <QPointer>
#include <QUndoCommand>

namespace fd {

class ValidationModel;

// One curation action on one or more review rows, undoable: it remembers each value's decision
// before and after. Rows are found again by value, so undo works after a re-validation too.
class CurationCommand final : public QUndoCommand
{
public:
    CurationCommand(ValidationModel *model, QList<ValueDecision> decisions, const QString &text);

    void undo() override;
    void redo() override;
    int size() const { return int(m_after.size()); }

private:
    void set(const QList<ValueDecision> &decisions);

    QPointer<ValidationModel> m_model;
    QList<ValueDecision> m_before;
    QList<ValueDecision> m_after;
};

} // namespace fd
