#include "ui/ChartExport.h"

#include "model/db/OpenRegistryFiles.h"
#include "ui/ErrorPresenter.h"

#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QSvgGenerator>

namespace fd {

namespace {

// The chart as the view shows it, without the view's frame or scroll bars.
void renderChart(QChartView *view, QPainter *painter, const QSize &size)
{
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    view->scene()->render(painter, QRectF(QPointF(0, 0), size), view->sceneRect());
}

Error writeError(const QString &path, const QString &reason)
{
    return Error::make(Error::Code::Io,
                       QCoreApplication::translate(
                           "fd::ChartExport",
                           "Cannot save the chart as %1: %2. Choose another folder or file name.")
                           .arg(QDir::toNativeSeparators(path), reason));
}

// The chart as an SVG drawing or a PNG image (twice the screen's pixels) on file; an empty
// string, or why it failed.
QString drawSvg(QChartView *view, QSize size, QIODevice *file)
{
    QSvgGenerator generator;
    generator.setOutputDevice(file);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setResolution(view->logicalDpiX());
    generator.setTitle(view->chart()->title().isEmpty() ? view->accessibleName()
                                                        : view->chart()->title());
    generator.setDescription(
        QCoreApplication::translate("fd::ChartExport", "Saved by FeatureDesk"));
    QPainter painter;
    if (!painter.begin(&generator))
        return QCoreApplication::translate("fd::ChartExport",
                                           "the SVG drawing could not be started");
    renderChart(view, &painter, size);
    painter.end();
    return {};
}

QString drawPng(QChartView *view, QSize size, QIODevice *file)
{
    // Twice the pixels of the screen: sharp when printed or scaled up on a slide.
    constexpr qreal ratio = 2.0;
    QImage image(size * ratio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    // A chart without a background of its own gets the window's, not transparency, so that
    // its text stays readable wherever the image is pasted.
    image.fill(view->chart()->isBackgroundVisible() ? QColor(Qt::transparent)
                                                    : view->palette().color(QPalette::Window));
    {
        QPainter painter(&image);
        renderChart(view, &painter, size);
    }
    QImageWriter writer(file, "png");
    return writer.write(image) ? QString() : writer.errorString();
}

} // namespace

Status saveChart(QChartView *view, const QString &path)
{
    if (!view || !view->chart() || !view->scene())
        return Error::make(
            Error::Code::Invalid,
            QCoreApplication::translate("fd::ChartExport", "There is no chart to save."));
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool svg = suffix == QLatin1StringView("svg");
    if (!svg && suffix != QLatin1StringView("png"))
        return Error::make(Error::Code::Invalid,
                           QCoreApplication::translate(
                               "fd::ChartExport",
                               "Cannot save the chart as %1: charts are saved as PNG (.png) or SVG "
                               "(.svg) images. Give the file one of these suffixes.")
                               .arg(QDir::toNativeSeparators(path)));
    // The chart view keeps its scene the size of the chart, which is the size of the view.
    const QSize size = view->sceneRect().size().toSize();
    if (size.isEmpty())
        return Error::make(
            Error::Code::Invalid,
            QCoreApplication::translate(
                "fd::ChartExport", "The chart is not shown yet, so there is nothing to save."));

    return OpenRegistryFiles::writeWholeFile(
        path,
        [&](QIODevice &file) {
            return svg ? drawSvg(view, size, &file) : drawPng(view, size, &file);
        },
        [&path](const QString &reason) { return writeError(path, reason); });
}

QString chooseAndSaveChart(QChartView *view, const QString &baseName, QWidget *parent)
{
    const QString png = QCoreApplication::translate("fd::ChartExport", "PNG image (*.png)");
    const QString svg = QCoreApplication::translate("fd::ChartExport", "SVG drawing (*.svg)");
    QString selected = png;
    QString path = QFileDialog::getSaveFileName(
        parent, QCoreApplication::translate("fd::ChartExport", "Save chart"),
        QDir::home().filePath(baseName + QStringLiteral(".png")), png + QStringLiteral(";;") + svg,
        &selected);
    if (path.isEmpty())
        return {};
    if (QFileInfo(path).suffix().isEmpty())
        path += selected == svg ? QStringLiteral(".svg") : QStringLiteral(".png");
    if (Status saved = saveChart(view, path); !saved) {
        ErrorPresenter::show(parent, saved.error());
        return {};
    }
    return path;
}

} // namespace fd
