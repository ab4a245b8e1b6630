#pragma once

#include "model/Records.h"

#include <QDialog>

#include <memory>

namespace Ui {
class NewFeatureDialog;
}

namespace fd {

// Asks for a new feature's name, dtype, unit, synonyms and description; checks them as the
// registry will before OK is enabled.
class NewFeatureDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewFeatureDialog)

public:
    explicit NewFeatureDialog(QWidget *parent = nullptr);
    ~NewFeatureDialog() override;

    NewFeature feature() const;
    void setFeature(const NewFeature &feature);

    // Synonyms as typed: separated by commas, semicolons, "|" or line breaks; trimmed, no empties.
    static QStringList splitSynonyms(const QString &text);

private:
    void validate();

    std::unique_ptr<Ui::NewFeatureDialog> m_ui;
};

} // namespace fd
