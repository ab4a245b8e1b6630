#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace fd {

// File ▸ Connect to lab registry…: host, port, database and user of a shared PostgreSQL registry.
// The password may be left empty, for libpq to take it from ~/.pgpass (or the server to need
// none); typed here it travels in the location handed to the session and is never written to
// disk: recent registries remember the location without it.
class ConnectDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectDialog)

public:
    explicit ConnectDialog(QWidget *parent = nullptr);

    // Fills the fields from a location (a postgresql:// URL), e.g. the last one used.
    void setLocation(const QString &locationText);
    // postgresql://user[:password]@host:port/database, the password percent-encoded.
    QString location() const;
    // The same without the password, as shown and remembered.
    QString displayLocation() const;

    QLineEdit *hostEdit() const { return m_host; }
    QSpinBox *portBox() const { return m_port; }
    QLineEdit *databaseEdit() const { return m_database; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void update();

    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLabel *m_preview;
    QDialogButtonBox *m_buttons;
};

} // namespace fd
