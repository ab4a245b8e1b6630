#include "model/artifacts/ArtifactRegistration.h"

#include "model/Identity.h"
#include "model/artifacts/ArtifactStore.h"
#include "model/db/Registry.h"
#include "model/db/Transaction.h"
#include "model/import/ImportFiles.h"
#include "model/sets/FeatureSetStore.h"
#include "model/validation/CurationStore.h"
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
    QStringList names; // the header as read, and its dtypes
    QStringList dtypes;
    std::optional<AnnDataSets::Read> anndata;
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

QString noSet(const QString &why)
{
    return QCoreApplication::translate("fd::ArtifactRegistration", "No columns set: %1").arg(why);
}

// The file's set: its column names, checked and curated as a review would check and curate them.
// request.names: Inspect on the first reading (dtypes compared), Given once the header is known.
Status curateColumns(Registry &registry, FileValidator &columns,
                     const FileValidator::Request &request,
                     const ArtifactRegistration::Options &options,
                     ArtifactRegistration::FileOutcome &file, Read &read)
{
    const Result<FileValidator::Outcome> checked = columns.validate(request);
    if (!checked) {
        file.error = noSet(checked.error().message);
        return {};
    }
    const ValidationReport &report = checked->report;
    const qsizetype header = report.items.size() + report.emptyCount + report.duplicateCount;
    if (header == 0) {
        file.error = QCoreApplication::translate("fd::ArtifactRegistration",
                                                 "No columns set: the file has no header row.");
        return {};
    }
    read.names = checked->names;
    read.dtypes = checked->dtypes;
    QList<ValueDecision> decisions;
    if (options.decisions) {
        decisions = options.applyDecisions && request.names == FileValidator::Names::Given
            ? decisionsAfterApply(*options.decisions)
            : *options.decisions;
        file.decisionsFrom = options.source;
    } else {
        const Result<std::optional<CurationStore::Saved>> saved = CurationStore(registry).load(
            CurationStore::Key::forColumnNames(checked->names, checked->field));
        if (!saved)
            return saved.error(); // the registry's, not the file's
        if (saved->has_value()) {
            decisions = (*saved)->decisions;
            file.decisionsFrom = (*saved)->fileName;
            file.decisionsDraft = (*saved)->draft;
        }
    }
    file.decisions = 0;
    for (const ValueDecision &entry : std::as_const(decisions))
        if (entry.decision.isDecided())
            ++file.decisions;
    const CuratedMembers members = checked->members(decisions);
    read.members = members.uids;
    file.leftOut = members.leftOut;
    file.leftOutInWords = members.leftOutInWords;
    file.members = int(members.uids.size());
    file.error.clear();
    if (members.uids.isEmpty())
        file.error
            = QCoreApplication::translate("fd::ArtifactRegistration",
                                          "No columns set: none of its %1 columns is a registered "
                                          "feature.")
                  .arg(header);
    return {};
}

// One slot of an AnnData file: its set found or created by its members' hash, and attached. What
// concerns the file (a slot holding another set) is said in the slot's note.
Status attachSlot(FeatureSetStore &sets, ArtifactStore &artifacts, const QString &artifactUid,
                  const AnnDataSets::Slot &slot, ArtifactRegistration::SlotOutcome &written)
{
    written.slot = slot.slot;
    written.members = int(slot.memberUids.size());
    written.leftOut = slot.leftOut;
    written.note = slot.note;
    if (slot.memberUids.isEmpty())
        return {};
    NewFeatureSet set;
    set.registry = slot.registry;
    set.memberUids = slot.memberUids;
    set.dtype = slot.dtype;
    set.name = ArtifactRegistration::neutralSetName(slot.slot, slot.memberUids.size(),
                                                    slot.registry == MemberRegistry::Gene,
                                                    identity::hashSet(slot.memberUids));
    const Result<FeatureSetStore::Created> created = sets.create(set);
    if (!created) {
        if (!concernsTheFiles(created.error()))
            return created.error();
        written.note = created.error().message;
        return {};
    }
    written.setUid = created->set.uid;
    written.setCreated = created->created;
    const Status attached = artifacts.attach({artifactUid}, slot.slot, created->set.uid);
    if (!attached) {
        if (!concernsTheFiles(attached.error()))
            return attached.error();
        written.note = attached.error().message;
        return {};
    }
    written.attached = true;
    return {};
}

} // namespace

QString ArtifactRegistration::neutralSetName(const QString &slot, qsizetype members, bool genes,
                                             const QString &hash)
{
    // Stored in a registry many people share: the same words whatever the window's language.
    return QStringLiteral("%1: %2 %3, %4")
        .arg(slot)
        .arg(members)
        .arg(genes ? (members == 1 ? QStringLiteral("gene") : QStringLiteral("genes"))
                   : (members == 1 ? QStringLiteral("feature") : QStringLiteral("features")),
             hash);
}

Result<ArtifactRegistration::Outcome> ArtifactRegistration::run(Registry &registry,
                                                                const QList<Source> &sources,
                                                                const Options &options,
                                                                const Progress &progress)
{
    if (Status writable = registry.checkWritable(); !writable)
        return writable.error();
    const bool attaching = options.inferColumns || options.set;
    if (options.anndata && attaching)
        return Error::make(Error::Code::Invalid,
                           QCoreApplication::translate("fd::ArtifactRegistration",
                                                       "An AnnData file's var and obs sets do "
                                                       "not go with a columns set."));
    if (attaching)
        if (Status slot = ArtifactStore::checkSlot(options.slot); !slot)
            return slot.error();
    // Each file's header goes through the one validation pipeline, against one index.
    std::optional<FileValidator> columns;
    if (options.inferColumns && !options.set) {
        columns.emplace(registry);
        // Genes: the organism may be told from the first file's names, and the index is loaded
        // then (and kept for the files after it).
        if (options.field == ValidationField::FeatureName)
            if (Status loaded = columns->loadIndex(Validator::Field::FeatureName); !loaded)
                return loaded.error();
    }
    std::optional<AnnDataSets> anndata;
    if (options.anndata)
        anndata.emplace(registry, *options.anndata);

    // Read everything first: hashing and headers take the time, and hold no lock.
    Outcome outcome;
    QList<Read> reads;
    for (qsizetype i = 0; i < sources.size(); ++i) {
        const Source &source = sources.at(i);
        FileOutcome file;
        file.path = source.path;
        file.key = source.key;
        Read read;
        // An AnnData file is read before it is hashed: one that is not AnnData is the reader's
        // error and is not registered, and its bytes (gigabytes of X, maybe) are never read.
        if (anndata) {
            Result<AnnDataSets::Read> sets = anndata->read(source.path);
            if (!sets && !AnnDataSets::concernsTheFile(sets.error()))
                return sets.error();
            if (!sets)
                file.error = sets.error().message;
            else
                read.anndata = std::move(sets).value();
        }
        Result<ArtifactStore::HashedFile> hashed = file.error.isEmpty()
            ? ArtifactStore::hashFile(source.path, source.key)
            : Result<ArtifactStore::HashedFile>(Error::make(Error::Code::Invalid, file.error));
        if (!hashed) {
            file.error = hashed.error().message;
        } else {
            read.file = std::move(hashed).value();
            if (columns) {
                FileValidator::Request request;
                request.path = source.path;
                request.options = options.csv;
                request.field = options.field;
                request.organism = options.organism;
                // Feature columns have dtypes to compare; genes have none, the header is enough.
                request.names = options.field == ValidationField::FeatureName
                    ? FileValidator::Names::Inspect
                    : FileValidator::Names::HeaderOnly;
                if (Status curated
                    = curateColumns(registry, *columns, request, options, file, read);
                    !curated)
                    return curated.error();
            }
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
    if (anndata) {
        FeatureSetStore sets(registry);
        for (qsizetype i = 0; i < outcome.files.size(); ++i) {
            FileOutcome &file = outcome.files[i];
            if (file.uid.isEmpty() || !reads.at(i).anndata)
                continue;
            bool attached = false;
            for (const AnnDataSets::Slot *slot :
                 {&reads.at(i).anndata->var, &reads.at(i).anndata->obs}) {
                SlotOutcome &written = file.anndataSlots.emplace_back();
                if (Status done = attachSlot(sets, artifacts, file.uid, *slot, written); !done)
                    return done.error();
                if (written.setCreated)
                    ++outcome.setsCreated;
                if (!written.setUid.isEmpty() && !outcome.setUids.contains(written.setUid))
                    outcome.setUids.append(written.setUid);
                attached = attached || written.attached;
            }
            if (attached)
                ++outcome.attached;
        }
    }
    if (!attaching) {
        if (Status committed = transaction.commit(); !committed)
            return committed.error();
        if (outcome.created > 0 || outcome.attached > 0)
            registry.notifyChanged(RegistryTable::Artifacts);
        if (outcome.setsCreated > 0)
            registry.notifyChanged(RegistryTable::FeatureSets);
        return outcome;
    }

    // The review's decisions written first; then each header is curated again against the
    // registry they made (a new feature is a member now), without reading the file again.
    if (options.applyDecisions && options.decisions && options.set) {
        // A set given (a review of a column's values): the decisions choose no more members.
        const Result<CurationOutcome> applied = CurationApplier(registry).apply(
            options.curation ? options.curation->field : ValidationField::FeatureName,
            *options.decisions, options.source, options.curation);
        if (!applied)
            return applied.error();
        outcome.applied = *applied;
    } else if (options.applyDecisions && options.decisions) {
        QStringList kept; // the headers of the files registered, each once
        for (qsizetype i = 0; i < outcome.files.size(); ++i) {
            if (outcome.files.at(i).uid.isEmpty() || reads.at(i).names.isEmpty())
                continue;
            const QString header = CurationStore::headerKey(reads.at(i).names);
            if (!kept.contains(header))
                kept.append(header);
        }
        std::optional<CurationStore::Key> keepAs;
        if (!kept.isEmpty())
            keepAs = CurationStore::Key {kept.constFirst(), options.field, {}};
        const Result<CurationOutcome> applied = CurationApplier(registry).apply(
            options.field, *options.decisions, options.source, keepAs);
        if (!applied)
            return applied.error();
        outcome.applied = *applied;
        for (const QString &header : kept.mid(1))
            if (Status also = CurationStore(registry).saveApplied(
                    {header, options.field, {}}, decisionsAfterApply(*options.decisions),
                    options.source, applied->runId);
                !also)
                return also.error();
        // New features and synonyms (column names as features only; genes take renames and
        // ignores, which add no record) are members now.
        if (options.field == ValidationField::FeatureName) {
            columns->keepIndex(nullptr, Validator::Field::FeatureName, {});
            if (Status loaded = columns->loadIndex(Validator::Field::FeatureName); !loaded)
                return loaded.error();
        }
        for (qsizetype i = 0;
             i < outcome.files.size() && options.field == ValidationField::FeatureName; ++i) {
            if (outcome.files.at(i).uid.isEmpty() || reads.at(i).names.isEmpty())
                continue;
            FileValidator::Request request;
            request.path = outcome.files.at(i).path;
            request.names = FileValidator::Names::Given;
            request.givenNames = reads.at(i).names;
            request.givenDtypes = reads.at(i).dtypes;
            if (Status curated
                = curateColumns(registry, *columns, request, options, outcome.files[i], reads[i]);
                !curated)
                return curated.error();
        }
    }

    if (options.set) {
        for (qsizetype i = 0; i < outcome.files.size(); ++i) {
            if (outcome.files.at(i).uid.isEmpty())
                continue;
            reads[i].members = options.set->memberUids;
            outcome.files[i].members = int(options.set->memberUids.size());
        }
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
        NewFeatureSet set = options.set.value_or(NewFeatureSet {});
        if (!options.set && isGeneField(options.field))
            set.registry = MemberRegistry::Gene;
        const bool genes = set.registry == MemberRegistry::Gene;
        if (set.name.isEmpty())
            set.name = options.setName.isEmpty() ? neutralSetName(
                           options.slot, reads.at(files.constFirst()).members.size(), genes, hash)
                                                 : options.setName;
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
    if (outcome.applied
        && (!outcome.applied->featuresAdded.isEmpty() || !outcome.applied->synonymsAdded.isEmpty()))
        registry.notifyChanged(RegistryTable::Features);
    return outcome;
}

} // namespace fd
