#pragma once

#include "model/Result.h"

#include <QSize>
#include <QString>
#include <QStringList>

#include <functional>

class QWidget;

namespace fd {

class MainWindow;

// Walks the main window through its views on a registry the way a user would leave them (a file
// imported and reviewed, a set and an artifact selected, two artifacts compared) and saves each
// as it looks: <view>-<tag>.png, the top-level window grabbed by its own geometry. The language
// and palette are the application's at the time shoot() is called; the window is made anew, so
// every string is translated.
class ScreenshotTour
{
public:
    struct Options
    {
        QString registry; // an SQLite file, filled already
        QString reviewFile; // the file the import and review views show
        QString outDir;
        QStringList views; // of allViews(); empty: all
        QSize size {1280, 800};
    };

    explicit ScreenshotTour(Options options);

    static QStringList allViews();

    // Saves the views; tag names the language and palette ("de-dark", "en-light-200").
    // Returns the files written, or what went wrong.
    Result<QStringList> shoot(const QString &tag);

private:
    using Step = std::function<Result<QWidget *>(MainWindow &window)>;
    Result<QWidget *> showWelcome(MainWindow &window);
    Result<QWidget *> showImport(MainWindow &window);
    Result<QWidget *> showReview(MainWindow &window);
    Result<QWidget *> showFeatureSets(MainWindow &window);
    Result<QWidget *> showArtifacts(MainWindow &window);
    Result<QWidget *> showCompare(MainWindow &window);

    Options m_options;
};

} // namespace fd
