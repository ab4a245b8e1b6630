#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QPushButton;

namespace fd {

// Edit ▸ Preferences…: the default registry, the language, how import pages read files at first,
// and the list of recent registries (cleared here). Saved on OK.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    void save() const;

    QLineEdit *registryEdit() const { return m_registry; }
    QComboBox *languageBox() const { return m_language; }
    QComboBox *headerBox() const { return m_header; }
    QComboBox *encodingBox() const { return m_encoding; }
    QPushButton *clearRecentButton() const { return m_clearRecent; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    QLineEdit *m_registry;
    QComboBox *m_language;
    QComboBox *m_header;
    QComboBox *m_encoding;
    QPushButton *m_clearRecent;
    QDialogButtonBox *m_buttons;
};

} // namespace fd
