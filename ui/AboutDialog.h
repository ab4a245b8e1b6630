#pragma once

#include <QDialog>
#include <QList>
#include <QPair>

class QLabel;
class QPushButton;

namespace fd {

// Help ▸ About FeatureDesk: the version, what it runs on (Qt at run time and at build time, the
// SQLite library, whether the PostgreSQL client is there), the registry schema and the LaminDB
// versions whose identities it follows, and the licences. Copy puts all of it on the clipboard as
// plain text, for a bug report.
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // What the dialog lists, as (label, value) pairs in order.
    static QList<QPair<QString, QString>> facts();
    // Everything the dialog shows, as plain text: what Copy puts on the clipboard.
    static QString reportText();

    // Shows the About box for window (made anew each time, so the facts are current).
    static void showFor(QWidget *window);

    QPushButton *copyButton() const { return m_copy; }
    QLabel *copyStatus() const { return m_copyStatus; }

private:
    void copyToClipboard();

    QPushButton *m_copy;
    QLabel *m_copyStatus;
};

} // namespace fd
