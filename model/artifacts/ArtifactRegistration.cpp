#include "model/artifacts/ArtifactRegistration.h"

#include "model/Identity.h"
#include "model/artifacts/ArtifactStore.h"
#include "model/db/Registry.h"
#include "model/db/Transaction.h"
#include "model/import/ImportFiles.h"
#include "model/sets/FeatureSetStore.h"
#include "model/validation/FileValidator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>

#include <optional>

namespace fd {

QList<ArtifactRegistration::Source> ArtifactRegistration::sourcesOf(const QStringList &paths,
                                                                    QStringList *skipped)
{
    QList<Source> sources;
    QStringList seen;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.exists()) {
            // Said by the registration, with the other files' outcomes.
            sources.append(Source {path, info.fileName()});
            continue;
        }
        const ImportFiles found = ImportFiles::collect({path});
        if (skipped)
            skipped->append(found.skipped);
        const QDir folder(info.absoluteFilePath());
        for (const QString &file : found.files) {
            if (seen.contains(file))
                continue;
            seen.append(file);
            sources.append(Source {
                file, info.isDir() ? folder.relativeFilePath(file) : QFileInfo(file).fileName()});
        }
    }
    return sources;
}

namespace {

struct Read
{
    std::optional<ArtifactStore::HashedFile> file;
    QStringList members; // feature uids, in column order
};

// Whether a set or link that could not be written is a matter of these files (a slot holding
// another set, a rule the data breaks), said for each file while the rest are registered; or of
// the registry (a full disk, a lost connection, a lock), which stops the whole registration.
bool concernsTheFiles(const Error &error)
{
    switch (error.code) {
    case Error::Code::Invalid:
    case Error::Code::Conflict:
    case Error::Code::NotFound:
        return true;
    default:
        return false;
    }
}

// The file's `columns` set: its header's columns that are registered features.
void readColumns(FileValidator &columns, const QString &path, const CsvOptions &csv,
                 ArtifactRegistration::FileOutcome &file, Read &read)
{
    FileValidator::Request request;
    request.path = path;
    request.options = csv;
    request.names = FileValidator::Names::HeaderOnly;
    const Result<FileValidator::Outcome> checked = columns.validate(request);
    if (!checked) {
        file.error = QCoreApplication::translate("fd::ArtifactRegistration", "No columns set: %1")
                         .arg(checked.error().message);
        return;
    }
    const ValidationReport &report = checked->report;
    const qsizetype header = report.items.size() + report.emptyCount + report.duplicateCount;
    if (header == 0) {
        file.error = QCoreApplication::translate("fd::ArtifactRegistration",
                                                 "No columns set: the file has no header row.");
        return;
    }
    const CuratedMembers members = checked->members();
    read.members = members.uids;
    file.leftOut = members.leftOut;
    file.leftOutInWords = members.leftOutInWords;
    file.members = int(members.uids.size());
    if (members.uids.isEmpty())
        file.error
            = QCoreApplication::translate("fd::ArtifactRegistration",
                                          "No columns set: none of its %1 columns is a registered "
                                          "feature.")
                  .arg(header);
}

} // namespace

Result<ArtifactRegistration::Outcome> ArtifactRegistration::run(Registry &registry,
                                                                const QList<Source> &sources,
                                                                const Options &options,
                                                                const Progress &progress)
{
    if (Status writable = registry.checkWritable(); !writable)
        return writable.error();
    if (options.inferColumns)
        if (Status slot = ArtifactStore::checkSlot(options.slot); !slot)
            return slot.error();
    // Each file's header goes through the one validation pipeline, against one index.
    std::optional<FileValidator> columns;
    if (options.inferColumns) {
        columns.emplace(registry);
        if (Status loaded = columns->loadIndex(Validator::Field::FeatureName); !loaded)
            return loaded.error();
    }

    // Read everything first: hashing and headers take the time, and hold no lock.
    Outcome outcome;
    QList<Read> reads;
    for (qsizetype i = 0; i < sources.size(); ++i) {
        const Source &source = sources.at(i);
        FileOutcome file;
        file.path = source.path;
        file.key = source.key;
        Read read;
        Result<ArtifactStore::HashedFile> hashed = ArtifactStore::hashFile(source.path, source.key);
        if (!hashed) {
            file.error = hashed.error().message;
        } else {
            read.file = std::move(hashed).value();
            if (columns)
                readColumns(*columns, source.path, options.csv, file, read);
        }
        outcome.files.append(file);
        reads.append(std::move(read));
        if (progress && !progress(i + 1, sources.size()))
            return Error::make(
                Error::Code::Cancelled,
                QCoreApplication::translate("fd::ArtifactRegistration",
                                            "Registration cancelled; nothing was registered."));
    }

    QList<ArtifactStore::HashedFile> hashed;
    QList<qsizetype> hashedAt; // index into outcome.files
    for (qsizetype i = 0; i < reads.size(); ++i) {
        if (reads.at(i).file) {
            hashed.append(*reads.at(i).file);
            hashedAt.append(i);
        } else {
            ++outcome.failed;
        }
    }
    // One transaction for the artifacts, their sets and links: a registration stopped anywhere
    // (an error, a crash, a kill) leaves the registry as it was. Each store's own transaction is
    // a savepoint inside this one.
    Transaction transaction(registry.database());
    if (Status begun = transaction.begin(QCoreApplication::translate(
            "fd::ArtifactRegistration", "register %n files", nullptr, int(hashed.size())));
        !begun)
        return begun.error();
    ArtifactStore artifacts(registry);
    const Result<QList<ArtifactStore::Registered>> registered = artifacts.registerHashed(hashed);
    if (!registered)
        return registered.error();
    for (qsizetype j = 0; j < registered->size(); ++j) {
        FileOutcome &file = outcome.files[hashedAt.at(j)];
        file.uid = registered->at(j).artifact.uid;
        file.created = registered->at(j).created;
        file.created ? ++outcome.created : ++outcome.recognised;
    }
    if (!columns) {
        if (Status committed = transaction.commit(); !committed)
            return committed.error();
        if (outcome.created > 0)
            registry.notifyChanged(RegistryTable::Artifacts);
        return outcome;
    }

    // One set per distinct member list, attached to all its files in one action.
    QHash<QString, QList<qsizetype>> byHash;
    QStringList hashes;
    for (qsizetype i = 0; i < outcome.files.size(); ++i) {
        if (outcome.files.at(i).uid.isEmpty() || reads.at(i).members.isEmpty())
            continue;
        const QString hash = identity::hashSet(reads.at(i).members);
        if (!byHash.contains(hash))
            hashes.append(hash);
        byHash[hash].append(i);
    }
    FeatureSetStore sets(registry);
    for (const QString &hash : std::as_const(hashes)) {
        const QList<qsizetype> &files = byHash.value(hash);
        const FileOutcome &first = outcome.files.at(files.constFirst());
        NewFeatureSet set;
        set.name = QStringLiteral("Columns of %1").arg(first.key);
        set.registry = MemberRegistry::Feature;
        set.memberUids = reads.at(files.constFirst()).members;
        const Result<FeatureSetStore::Created> created = sets.create(set);
        if (!created && !concernsTheFiles(created.error()))
            return created.error();
        if (!created) {
            for (qsizetype i : files)
                outcome.files[i].error
                    = QCoreApplication::translate("fd::ArtifactRegistration", "No columns set: %1")
                          .arg(created.error().message);
            continue;
        }
        outcome.setUids.append(created->set.uid);
        if (created->created)
            ++outcome.setsCreated;
        QStringList uids;
        for (qsizetype i : files) {
            outcome.files[i].setUid = created->set.uid;
            outcome.files[i].setCreated = created->created;
            uids.append(outcome.files.at(i).uid);
        }
        // All at once; if one of them holds another set under the slot (registered and attached
        // before), each on its own, so that the rest still get theirs and that one keeps its set.
        Status attached = artifacts.attach(uids, options.slot, created->set.uid);
        if (attached) {
            for (qsizetype i : files)
                outcome.files[i].attached = true;
            outcome.attached += int(files.size());
            continue;
        }
        if (!concernsTheFiles(attached.error()))
            return attached.error();
        for (qsizetype i : files) {
            const Status one
                = artifacts.attach({outcome.files.at(i).uid}, options.slot, created->set.uid);
            if (!one && !concernsTheFiles(one.error()))
                return one.error();
            outcome.files[i].attached = bool(one);
            if (one)
                ++outcome.attached;
            else
                outcome.files[i].error = one.error().message;
        }
    }
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    // Said again now that it is committed: views that looked when the stores said it saw nothing
    // new yet on their own connections.
    registry.notifyChanged(RegistryTable::Artifacts);
    registry.notifyChanged(RegistryTable::FeatureSets);
    return outcome;
}

} // namespace fd
