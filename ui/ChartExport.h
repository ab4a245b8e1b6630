#pragma once

#include "model/Result.h"

#include <QString>

class QChartView;
class QWidget;

namespace fd {

// Saves what a chart view shows as an image for reports and slides: PNG (drawn at twice the
// screen's pixel density, so it stays sharp on a slide) or SVG (vector), chosen by the suffix of
// path. Written through QSaveFile: on any error no file is left behind, and an existing file
// stays as it was.
Status saveChart(QChartView *view, const QString &path);

// Asks where to save (PNG or SVG, suggesting baseName in the home folder), saves, and shows an
// error if that fails. Returns the path written, or an empty string when cancelled or failed.
QString chooseAndSaveChart(QChartView *view, const QString &baseName, QWidget *parent);

} // namespace fd
