// The main of the replay targets: runs a fuzz target's entry point once over each input named on
// the command line, as libFuzzer would run it on a crash file, in an ordinary build (no clang, no
// libFuzzer). An argument is a file, a folder (its files), or a .txt list of those (one a line,
// relative to the working folder; # starts a comment). A crash or abort fails the test; so does
// a list that names nothing.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
extern "C" __attribute__((weak)) int LLVMFuzzerInitialize(int *argc, char ***argv);

namespace {

QStringList inputsOf(const QString &argument)
{
    const QFileInfo info(argument);
    if (info.isDir()) {
        QStringList files;
        for (const QFileInfo &entry :
             QDir(argument).entryInfoList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name))
            files.append(entry.filePath());
        return files;
    }
    if (argument.endsWith(QStringLiteral(".txt"))) {
        QFile list(argument);
        if (!list.open(QIODevice::ReadOnly | QIODevice::Text)) {
            std::fprintf(stderr, "cannot read %s\n", qPrintable(argument));
            return {};
        }
        QStringList files;
        while (!list.atEnd()) {
            const QString line = QString::fromUtf8(list.readLine()).trimmed();
            if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
                continue;
            const QStringList found = inputsOf(line);
            if (found.isEmpty())
                std::fprintf(stderr, "%s names %s, which holds nothing\n", qPrintable(argument),
                             qPrintable(line));
            files.append(found);
        }
        return files;
    }
    return info.isFile() ? QStringList {argument} : QStringList {};
}

} // namespace

int main(int argc, char **argv)
{
    if (LLVMFuzzerInitialize)
        LLVMFuzzerInitialize(&argc, &argv);
    int failures = 0;
    int replayed = 0;
    for (int at = 1; at < argc; ++at) {
        const QString argument = QString::fromLocal8Bit(argv[at]);
        const QStringList files = inputsOf(argument);
        // A folder of regressions may be empty; a list of seeds may not.
        if (files.isEmpty() && argument.endsWith(QStringLiteral(".txt")))
            ++failures;
        for (const QString &path : files) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
                ++failures;
                continue;
            }
            const QByteArray bytes = file.readAll();
            std::fprintf(stderr, "replaying %s (%lld bytes)\n", qPrintable(path),
                         static_cast<long long>(bytes.size()));
            LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(bytes.constData()),
                                   size_t(bytes.size()));
            ++replayed;
        }
    }
    std::fprintf(stderr, "%d inputs replayed\n", replayed);
    return failures == 0 && replayed > 0 ? 0 : 1;
}
