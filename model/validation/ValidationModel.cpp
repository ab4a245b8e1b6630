#include "model/validation/ValidationModel.h"

#include "model/ReleaseOnWorker.h"

namespace fd {

ValidationModel::ValidationModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

// A review of 20,000 names holds that many items, keys and hash entries: the old ones are freed on
// a pool thread, not on the GUI thread while the view resets or the page closes.
void ValidationModel::releaseRows()
{
    releaseOnWorker(m_report.items);
    releaseOnWorker(m_rows);
    releaseOnWorker(m_sortKeys);
}

ValidationModel::~ValidationModel()
{
    releaseRows();
}

void ValidationModel::setReport(const ValidationReport &report)
{
    beginResetModel();
    ValidationReport next = report; // report may be this model's own
    releaseRows();
    m_report = std::move(next);
    m_rows.clear();
    m_rows.reserve(m_report.items.size());
    m_sortKeys.clear();
    m_sortKeys.reserve(m_report.items.size());
    m_counts = m_report.summary();
    for (int row = 0; row < m_report.items.size(); ++row) {
        m_rows.insert(m_report.items.at(row).value, row);
        m_sortKeys.append(m_report.items.at(row).value.toCaseFolded());
    }
    // Keep decisions for values still present; a value the file no longer has has none to keep.
    for (auto it = m_decisions.begin(); it != m_decisions.end();) {
        if (m_rows.contains(it.key()))
            ++it;
        else
            it = m_decisions.erase(it);
    }
    endResetModel();
    Q_EMIT decisionsChanged();
}

CurationDecision ValidationModel::decision(int row) const
{
    if (row < 0 || row >= m_report.items.size())
        return {};
    return m_decisions.value(m_report.items.at(row).value);
}

void ValidationModel::setDecision(int row, const CurationDecision &decision)
{
    if (row < 0 || row >= m_report.items.size())
        return;
    const QString &value = m_report.items.at(row).value;
    if (m_decisions.value(value) == decision)
        return;
    if (decision.isDecided())
        m_decisions.insert(value, decision);
    else
        m_decisions.remove(value);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    Q_EMIT decisionsChanged();
}

void ValidationModel::setDecisions(const QList<ValueDecision> &decisions)
{
    int first = -1;
    int last = -1;
    for (const ValueDecision &entry : decisions) {
        const int row = rowOfValue(entry.value);
        if (row < 0 || m_decisions.value(entry.value) == entry.decision)
            continue;
        if (entry.decision.isDecided())
            m_decisions.insert(entry.value, entry.decision);
        else
            m_decisions.remove(entry.value);
        first = first < 0 ? row : std::min(first, row);
        last = std::max(last, row);
    }
    if (first < 0)
        return;
    Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
    Q_EMIT decisionsChanged();
}

QList<ValueDecision> ValidationModel::decisions() const
{
    QList<ValueDecision> list;
    list.reserve(m_decisions.size());
    for (const ValidationItem &item : m_report.items)
        if (const auto it = m_decisions.constFind(item.value); it != m_decisions.cend())
            list.append({item.value, *it});
    return list;
}

void ValidationModel::markRestored(const QList<ValueDecision> &restored, const QString &from)
{
    m_restored.clear();
    for (const ValueDecision &entry : restored)
        if (entry.decision.isDecided())
            m_restored.insert(entry.value, entry.decision);
    m_restoredFrom = from;
    if (!m_report.items.isEmpty())
        Q_EMIT dataChanged(index(0, Decision), index(rowCount() - 1, Decision));
}

bool ValidationModel::isRestored(int row) const
{
    if (row < 0 || row >= m_report.items.size())
        return false;
    const QString &value = m_report.items.at(row).value;
    const auto restored = m_restored.constFind(value);
    return restored != m_restored.cend() && m_decisions.value(value) == *restored;
}

void ValidationModel::clearDecisions()
{
    m_restored.clear();
    if (m_decisions.isEmpty())
        return;
    m_decisions.clear();
    if (!m_report.items.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT decisionsChanged();
}

bool ValidationModel::needsDecision(ValidationStatus status)
{
    return status != ValidationStatus::Validated;
}

int ValidationModel::openCount() const
{
    int open = 0;
    for (const ValidationItem &item : m_report.items)
        if (needsDecision(item.status) && !m_decisions.contains(item.value))
            ++open;
    return open;
}

QString ValidationModel::statusLabel(ValidationStatus status)
{
    switch (status) {
    case ValidationStatus::Validated:
        return tr("validated");
    case ValidationStatus::Standardizable:
        return tr("standardizable");
    case ValidationStatus::Ambiguous:
        return tr("ambiguous");
    case ValidationStatus::NotValidated:
        return tr("not validated");
    case ValidationStatus::DtypeMismatch:
        return tr("dtype mismatch");
    }
    return {};
}

QString ValidationModel::statusExplanation(ValidationStatus status)
{
    switch (status) {
    case ValidationStatus::Validated:
        return tr("The registry has exactly this name. Nothing to do.");
    case ValidationStatus::Standardizable:
        return tr("The registry knows it in another spelling: other letter case, a synonym, extra "
                  "spaces or another Unicode form. Accept the standard name to use the registry's "
                  "spelling.");
    case ValidationStatus::Ambiguous:
        return tr("It is a synonym of several records. Pick the one that is meant.");
    case ValidationStatus::NotValidated:
        return tr("The registry does not know it. Pick a \"did you mean\" suggestion, add it as a "
                  "new feature, make it a synonym of an existing feature, or ignore it.");
    case ValidationStatus::DtypeMismatch:
        return tr("The name is known, but the column's values do not fit the feature's registered "
                  "type (for example text in a number feature). Check the file, or ignore the "
                  "column.");
    }
    return {};
}

int ValidationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_report.items.size());
}

int ValidationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ValidationModel::optionsText(const ValidationItem &item) const
{
    if (item.hint && !item.hint->symbol.isEmpty())
        return tr("looks like %1: %2").arg(validationFieldKey(item.hint->field), item.hint->symbol);
    if (item.hint)
        return tr("looks like %1").arg(validationFieldKey(item.hint->field));
    if (!item.candidates.isEmpty())
        return item.candidates.join(QStringLiteral(", "));
    if (!item.suggestions.isEmpty())
        return tr("did you mean %1?").arg(item.suggestions.join(QStringLiteral(", ")));
    return {};
}

QString ValidationModel::optionsDescribed(const ValidationItem &item)
{
    // Genes: each option with its description and type, one a line.
    QStringList lines;
    if (item.hint && !item.hint->uid.isEmpty())
        lines.append(item.note);
    for (qsizetype i = 0; i < item.candidates.size() && !item.candidateDescriptions.isEmpty(); ++i)
        lines.append(describeGene(item.candidates.at(i), item.candidateDescriptions.value(i),
                                  item.candidateTypes.value(i)));
    for (qsizetype i = 0; i < item.suggestions.size() && !item.suggestionDescriptions.isEmpty();
         ++i)
        lines.append(describeGene(item.suggestions.at(i), item.suggestionDescriptions.value(i),
                                  item.suggestionTypes.value(i)));
    return lines.join(QLatin1Char('\n'));
}

QString ValidationModel::dtypeText(const ValidationItem &item) const
{
    if (item.registeredDtype.isEmpty() || item.registeredDtype == item.columnDtype)
        return item.columnDtype;
    return tr("%1 (registered: %2)").arg(item.columnDtype, item.registeredDtype);
}

QVariant ValidationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ValidationItem &item = m_report.items.at(index.row());
    switch (role) {
    case ItemRole:
        return QVariant::fromValue(item);
    case StatusRole:
        return int(item.status);
    case StatusKeyRole:
        return validationStatusKey(item.status);
    case DecisionRole:
        return QVariant::fromValue(m_decisions.value(item.value));
    case SearchTextRole:
        return QStringList {item.value, item.standard, item.candidates.join(QLatin1Char(' ')),
                            item.suggestions.join(QLatin1Char(' ')),
                            describeDecision(m_decisions.value(item.value))}
            .join(QLatin1Char('\n'));
    case SortRole:
        switch (index.column()) {
        case Status:
            return int(item.status);
        case Count:
            return item.count;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::ToolTipRole:
        if (index.column() == Status)
            return statusExplanation(item.status);
        if (index.column() == Decision && isRestored(index.row()))
            return tr("Restored from the decisions saved for this header: %1").arg(m_restoredFrom);
        if (index.column() == Options && !optionsDescribed(item).isEmpty())
            return optionsDescribed(item);
        if (!item.note.isEmpty())
            return item.note;
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Count)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Value:
        return item.value;
    case Status:
        return statusLabel(item.status);
    case Standard:
        return item.standard == item.value ? QString() : item.standard;
    case Options:
        return optionsText(item);
    case Count:
        return item.count;
    case Dtype:
        return dtypeText(item);
    case Decision:
        return isRestored(index.row())
            ? tr("%1 (restored)").arg(describeDecision(m_decisions.value(item.value)))
            : describeDecision(m_decisions.value(item.value));
    case Note:
        return item.note;
    default:
        return {};
    }
}

QVariant ValidationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Value:
        return m_report.field == ValidationField::FeatureName || m_report.columnNames ? tr("Column")
                                                                                      : tr("Value");
    case Status:
        return tr("Status");
    case Standard:
        return tr("Standard name");
    case Options:
        return tr("Candidates / did you mean");
    case Count:
        return tr("Count");
    case Dtype:
        return tr("Dtype");
    case Decision:
        return tr("Decision");
    case Note:
        return tr("Note");
    default:
        return {};
    }
}

} // namespace fd
