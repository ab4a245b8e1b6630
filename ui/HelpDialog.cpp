#include "ui/HelpDialog.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSplitter>
#include <QStyle>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace fd {

namespace {

// Enough to show that a word is everywhere; more would only slow typing down.
constexpr int maxHighlights = 500;

QToolButton *toolButton(QAction *action, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setAutoRaise(true);
    return button;
}

} // namespace

HelpDialog::HelpDialog(QWidget *parent)
    : HelpDialog(QLocale().language(), parent)
{
}

HelpDialog::HelpDialog(QLocale::Language language, QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
    , m_contents(new QListWidget(this))
{
    setObjectName(QStringLiteral("HelpDialog"));
    setModal(false);
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    setSizeGripEnabled(true);

    m_browser->setOpenExternalLinks(true);
    m_browser->setAccessibleName(tr("User guide"));
    m_browser->setSource(guideUrl(language));
    // The guide's own title, so that it is in the guide's language.
    setWindowTitle(m_browser->documentTitle().isEmpty() ? tr("FeatureDesk user guide")
                                                        : m_browser->documentTitle());

    m_contents->setAccessibleName(tr("Contents"));
    m_contents->setToolTip(tr("Sections of the guide"));
    fillContents();
    connect(m_contents, &QListWidget::currentRowChanged, this, [this](int row) {
        if (!m_syncing && row >= 0)
            showSection(m_contents->item(row)->data(Qt::UserRole).toString());
    });
    // A click on the section already marked goes back to its start as well.
    connect(m_contents, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { showSection(item->data(Qt::UserRole).toString()); });
    connect(m_browser, &QTextBrowser::sourceChanged, this, &HelpDialog::syncContents);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_contents);
    split->addWidget(m_browser);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    // The contents as wide as their longest title, so that none is cut off.
    m_contents->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    const int contentsWidth = m_contents->sizeHintForColumn(0) + 2 * m_contents->frameWidth()
        + style()->pixelMetric(QStyle::PM_ScrollBarExtent) + fontMetrics().averageCharWidth() * 2;
    m_contents->setMinimumWidth(std::min(contentsWidth, fontMetrics().averageCharWidth() * 40));
    split->setSizes({contentsWidth, 900 - contentsWidth});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildToolBar());
    layout->addWidget(split, 1);
    resize(900, 640);
}

QUrl HelpDialog::guideUrl(QLocale::Language language)
{
    return QUrl(language == QLocale::German ? QStringLiteral("qrc:/help/guide_de.html")
                                            : QStringLiteral("qrc:/help/guide.html"));
}

HelpDialog *HelpDialog::showFor(QWidget *window, const QString &anchor)
{
    auto *help
        = window ? window->findChild<HelpDialog *>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
    if (!help)
        help = new HelpDialog(window);
    if (!anchor.isEmpty())
        help->showSection(anchor);
    help->show();
    help->raise();
    help->activateWindow();
    return help;
}

QWidget *HelpDialog::buildToolBar()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);

    auto *back = new QAction(style()->standardIcon(QStyle::SP_ArrowBack), tr("&Back"), this);
    back->setShortcut(QKeySequence::Back);
    back->setToolTip(tr("Back (%1)").arg(back->shortcut().toString(QKeySequence::NativeText)));
    back->setEnabled(false);
    connect(back, &QAction::triggered, m_browser, &QTextBrowser::backward);
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QAction::setEnabled);
    auto *forward
        = new QAction(style()->standardIcon(QStyle::SP_ArrowForward), tr("&Forward"), this);
    forward->setShortcut(QKeySequence::Forward);
    forward->setToolTip(
        tr("Forward (%1)").arg(forward->shortcut().toString(QKeySequence::NativeText)));
    forward->setEnabled(false);
    connect(forward, &QAction::triggered, m_browser, &QTextBrowser::forward);
    connect(m_browser, &QTextBrowser::forwardAvailable, forward, &QAction::setEnabled);
    auto *home = new QAction(style()->standardIcon(QStyle::SP_DirHomeIcon), tr("&Start"), this);
    home->setToolTip(tr("The beginning of the guide"));
    connect(home, &QAction::triggered, m_browser, &QTextBrowser::home);
    addActions({back, forward, home});
    for (QAction *action : {back, forward, home}) {
        QToolButton *button = toolButton(action, bar);
        button->setAccessibleName(action->text().remove(QLatin1Char('&')));
        row->addWidget(button);
    }
    row->addStretch(1);

    m_findEdit = new QLineEdit(bar);
    m_findEdit->setClearButtonEnabled(true);
    m_findEdit->setPlaceholderText(tr("Find in the guide"));
    m_findEdit->setAccessibleName(tr("Find in the guide"));
    m_findEdit->setMinimumWidth(fontMetrics().averageCharWidth() * 24);
    auto *findLabel = new QLabel(tr("F&ind:"), bar);
    findLabel->setBuddy(m_findEdit);
    m_findStatus = new QLabel(bar);
    m_findStatus->setAccessibleName(tr("Matches found"));
    m_findStatus->setMinimumWidth(fontMetrics().averageCharWidth() * 14);

    auto *focusFind = new QAction(tr("Find"), this);
    focusFind->setShortcut(QKeySequence::Find);
    connect(focusFind, &QAction::triggered, this, [this] {
        m_findEdit->setFocus(Qt::ShortcutFocusReason);
        m_findEdit->selectAll();
    });
    auto *previous = new QAction(style()->standardIcon(QStyle::SP_ArrowUp), tr("&Previous"), this);
    previous->setShortcut(QKeySequence::FindPrevious);
    previous->setToolTip(
        tr("Previous match (%1)").arg(previous->shortcut().toString(QKeySequence::NativeText)));
    connect(previous, &QAction::triggered, this, [this] { find(m_findEdit->text(), true); });
    auto *next = new QAction(style()->standardIcon(QStyle::SP_ArrowDown), tr("&Next"), this);
    next->setShortcut(QKeySequence::FindNext);
    next->setToolTip(
        tr("Next match (%1)").arg(next->shortcut().toString(QKeySequence::NativeText)));
    connect(next, &QAction::triggered, this, [this] { find(m_findEdit->text()); });
    addActions({focusFind, previous, next});

    // As you type, the first match from where the last one began; Return goes on to the next.
    connect(m_findEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
        QTextCursor cursor = m_browser->textCursor();
        cursor.setPosition(cursor.selectionStart());
        m_browser->setTextCursor(cursor);
        find(text);
    });
    connect(m_findEdit, &QLineEdit::returnPressed, next, &QAction::trigger);

    row->addWidget(findLabel);
    row->addWidget(m_findEdit);
    for (QAction *action : {previous, next}) {
        QToolButton *button = toolButton(action, bar);
        button->setToolButtonStyle(Qt::ToolButtonIconOnly);
        button->setAccessibleName(action->text().remove(QLatin1Char('&')));
        row->addWidget(button);
    }
    row->addWidget(m_findStatus);
    return bar;
}

void HelpDialog::fillContents()
{
    m_contents->clear();
    for (QTextBlock block = m_browser->document()->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() != 2)
            continue;
        QString anchor;
        for (auto it = block.begin(); !it.atEnd() && anchor.isEmpty(); ++it)
            anchor = it.fragment().charFormat().anchorNames().value(0);
        if (anchor.isEmpty())
            continue;
        auto *item = new QListWidgetItem(block.text().simplified(), m_contents);
        item->setData(Qt::UserRole, anchor);
    }
}

QStringList HelpDialog::sectionAnchors() const
{
    QStringList anchors;
    for (int row = 0; row < m_contents->count(); ++row)
        anchors.append(m_contents->item(row)->data(Qt::UserRole).toString());
    return anchors;
}

void HelpDialog::showSection(const QString &anchor)
{
    QUrl url = m_browser->source();
    url.setFragment(anchor);
    m_browser->setSource(url);
}

void HelpDialog::syncContents(const QUrl &source)
{
    // The section shown is marked in the contents, without navigating again. (The browser's
    // source() is still the previous one while it says that the source changed.)
    const QString anchor = source.fragment();
    const int row = int(sectionAnchors().indexOf(anchor));
    m_syncing = true;
    if (row >= 0)
        m_contents->setCurrentRow(row);
    else
        m_contents->setCurrentRow(-1);
    m_syncing = false;
}

bool HelpDialog::find(const QString &text, bool backward)
{
    const int matches = highlightAll(text);
    if (text.isEmpty()) {
        m_findStatus->clear();
        return false;
    }
    const QTextDocument::FindFlags flags
        = backward ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    // From the part of the guide on screen, when the last match (or click) is out of sight:
    // after choosing a section, Find looks there first.
    const QRect shown = m_browser->viewport()->rect();
    if (!shown.intersects(m_browser->cursorRect())) {
        const QPoint from = backward ? shown.bottomRight() : shown.topLeft();
        m_browser->setTextCursor(m_browser->cursorForPosition(from));
    }
    bool found = m_browser->find(text, flags);
    if (!found && matches > 0) {
        // Past the last match: go round to the first (or the last).
        QTextCursor cursor = m_browser->textCursor();
        cursor.movePosition(backward ? QTextCursor::End : QTextCursor::Start);
        m_browser->setTextCursor(cursor);
        found = m_browser->find(text, flags);
    }
    if (!found)
        m_findStatus->setText(tr("Not found"));
    else if (matches >= maxHighlights)
        m_findStatus->setText(tr("Matches: %1+").arg(maxHighlights));
    else
        m_findStatus->setText(tr("Matches: %1").arg(matches));
    return found;
}

int HelpDialog::highlightAll(const QString &text)
{
    QList<QTextEdit::ExtraSelection> selections;
    if (!text.isEmpty()) {
        // The palette's highlight, faint, so that it works on dark themes too and the current
        // match (the selection proper) still stands out.
        QColor colour = palette().color(QPalette::Highlight);
        colour.setAlpha(90);
        QTextCursor cursor(m_browser->document());
        while (selections.size() < maxHighlights) {
            cursor = m_browser->document()->find(text, cursor);
            if (cursor.isNull())
                break;
            QTextEdit::ExtraSelection selection;
            selection.cursor = cursor;
            selection.format.setBackground(colour);
            selections.append(selection);
        }
    }
    m_browser->setExtraSelections(selections);
    return int(selections.size());
}

} // namespace fd
