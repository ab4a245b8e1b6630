#include "ui/StatusStyle.h"

#include <QApplication>
#include <QFont>
#include <QHash>
#include <QPainter>
#include <QPalette>
#include <QPixmap>

namespace fd::statusStyle {

namespace {

// Hues chosen to stay apart for the common colour-vision deficiencies (blue/orange rather than
// red/green carry the main difference); the glyph carries it for everyone else.
int hue(ValidationStatus status)
{
    switch (status) {
    case ValidationStatus::Validated:
        return 140; // green
    case ValidationStatus::Standardizable:
        return 210; // blue
    case ValidationStatus::Ambiguous:
        return 40; // orange
    case ValidationStatus::NotValidated:
        return 0; // red
    case ValidationStatus::DtypeMismatch:
        return 290; // purple
    }
    return 0;
}

QPixmap drawIcon(ValidationStatus status, int size, const QPalette &palette)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(accent(status, palette));
    painter.drawEllipse(QRectF(0.5, 0.5, size - 1.0, size - 1.0));
    QFont font = QApplication::font();
    font.setBold(true);
    font.setPixelSize(int(size * 0.72));
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(QRect(0, 0, size, size), Qt::AlignCenter, glyph(status));
    return pixmap;
}

} // namespace

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QString glyph(ValidationStatus status)
{
    switch (status) {
    case ValidationStatus::Validated:
        return QStringLiteral("\u2713");
    case ValidationStatus::Standardizable:
        return QStringLiteral("\u2248");
    case ValidationStatus::Ambiguous:
        return QStringLiteral("?");
    case ValidationStatus::NotValidated:
        return QStringLiteral("\u2717");
    case ValidationStatus::DtypeMismatch:
        return QStringLiteral("\u2260");
    }
    return {};
}

QColor accent(ValidationStatus status, const QPalette &palette)
{
    return isDark(palette) ? QColor::fromHsl(hue(status), 150, 150)
                           : QColor::fromHsl(hue(status), 170, 95);
}

QColor tint(ValidationStatus status, const QPalette &palette)
{
    // Blend a little of the accent into the view's base colour.
    const QColor base = palette.color(QPalette::Base);
    const QColor over = accent(status, palette);
    const double share = isDark(palette) ? 0.22 : 0.14;
    return QColor::fromRgbF(base.redF() * (1 - share) + over.redF() * share,
                            base.greenF() * (1 - share) + over.greenF() * share,
                            base.blueF() * (1 - share) + over.blueF() * share);
}

QIcon icon(ValidationStatus status)
{
    const QPalette palette = QApplication::palette();
    const QString key = QStringLiteral("%1-%2").arg(int(status)).arg(isDark(palette));
    static QHash<QString, QIcon> cache;
    if (const auto it = cache.constFind(key); it != cache.cend())
        return *it;
    QIcon result;
    for (int size : {16, 24, 32})
        result.addPixmap(drawIcon(status, size, palette));
    cache.insert(key, result);
    return result;
}

} // namespace fd::statusStyle
