#pragma once

#include "model/Result.h"
#include "model/csv/CsvOptions.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace fd {

class Registry;

// Registering what a user drops or picks: files, and folders as the delimited files inside them.
// Every file is read and hashed first (nothing locked meanwhile; a file that vanished or cannot be
// read is reported and left out), then all are registered in one run. Asked to, it also reads
// each file's header, takes the columns that are registered features as the file's `columns` set
// (stored once per distinct member list: a thousand files with one header share one set) and
// attaches it; columns that are not features are listed for each file, never dropped silently.
// Artifacts, sets and links are written in one transaction: a registration that stops anywhere
// (an error of the registry, a crash, a kill) leaves the registry as it was.
class ArtifactRegistration
{
public:
    struct Source
    {
        QString path;
        QString key; // the file name, or its path relative to the folder it was found in
    };

    // Files as they are; a folder as the delimited files inside it (ImportFiles), keyed by their
    // path relative to that folder. skipped: what was left out and why.
    static QList<Source> sourcesOf(const QStringList &paths, QStringList *skipped = nullptr);

    struct Options
    {
        bool inferColumns = false; // attach each file's columns set under slot
        QString slot = QStringLiteral("columns");
        CsvOptions csv;
    };

    struct FileOutcome
    {
        QString path;
        QString key;
        QString uid; // empty when the file was not registered (see error)
        bool created = false; // false: its content was registered before
        QString error; // why it was not registered, or why no set was attached
        QString setUid; // the columns set attached (inferColumns)
        bool setCreated = false;
        int members = 0;
        QStringList leftOut; // columns that are not features, with why
        QStringList leftOutInWords; // the same with statuses in the review's words
        bool attached = false;
    };

    struct Outcome
    {
        QList<FileOutcome> files;
        int created = 0; // new artifacts
        int recognised = 0; // content registered before
        int failed = 0; // not registered
        int attached = 0; // files whose columns set is attached
        int setsCreated = 0;
        QStringList setUids; // distinct columns sets used, in order of first use
    };

    // done/total in files while reading; return false to cancel (before anything is written).
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    static Result<Outcome> run(Registry &registry, const QList<Source> &sources,
                               const Options &options, const Progress &progress = {});
};

} // namespace fd
