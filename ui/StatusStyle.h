#pragma once

#include "model/validation/Validation.h"

#include <QColor>
#include <QIcon>

class QPalette;

namespace fd {

// How a validation status looks wherever it is shown (table, summary strip, chart, legend): an
// icon with its own glyph, so that colour is never the only cue, and colours derived from the
// palette, so that a dark theme gets dark tints and light accents instead of glaring pastels.
namespace statusStyle {

QIcon icon(ValidationStatus status);
QString glyph(ValidationStatus status); // ✓ ≈ ? ✗ ≠
QColor accent(ValidationStatus status, const QPalette &palette); // chart bars, icons
QColor tint(ValidationStatus status, const QPalette &palette); // row backgrounds
bool isDark(const QPalette &palette);

} // namespace statusStyle

} // namespace fd
