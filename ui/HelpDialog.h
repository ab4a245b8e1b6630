#pragma once

#include <QDialog>
#include <QLocale>

class QLabel;
class QLineEdit;
class QListWidget;
class QTextBrowser;
class QToolButton;
class QUrl;

namespace fd {

// Help ▸ User guide: the guide shipped in the resources (:/help), in German when the UI language
// is German, else in English. Non-modal, so it can stay open beside the work it explains. A
// contents list of the guide's sections (made from its headings, so it always matches the text),
// Back / Forward / Home through the sections visited and links followed, and Find (Ctrl+F; F3 and
// Shift+F3 for the next and previous match) that highlights every match and jumps to one.
class HelpDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HelpDialog)

public:
    explicit HelpDialog(QWidget *parent = nullptr);
    explicit HelpDialog(QLocale::Language language, QWidget *parent = nullptr);

    // The guide for a language: German, else English.
    static QUrl guideUrl(QLocale::Language language);

    // The window's guide, made on first use and kept (with its history) until the window goes;
    // shown, raised and, if anchor is given, at that section.
    static HelpDialog *showFor(QWidget *window, const QString &anchor = QString());

    // Scrolls to a section (an anchor of the guide), as a step Back can undo.
    void showSection(const QString &anchor);
    // Highlights every match of text and selects the next one after the cursor (or the one
    // before it), wrapping around at the end; false when the guide has none.
    bool find(const QString &text, bool backward = false);

    QTextBrowser *browser() const { return m_browser; }
    QListWidget *contents() const { return m_contents; }
    QLineEdit *findEdit() const { return m_findEdit; }
    QLabel *findStatus() const { return m_findStatus; }
    // The anchors the contents list leads to, in order.
    QStringList sectionAnchors() const;

private:
    QWidget *buildToolBar();
    void fillContents();
    void syncContents(const QUrl &source);
    int highlightAll(const QString &text);

    QTextBrowser *m_browser;
    QListWidget *m_contents;
    QLineEdit *m_findEdit = nullptr;
    QLabel *m_findStatus = nullptr;
    bool m_syncing = false;
};

} // namespace fd
