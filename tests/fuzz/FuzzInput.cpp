#include "FuzzInput.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <zlib.h>

#include <cstdlib>

namespace fd::fuzz {

namespace {

QTemporaryDir &folder()
{
    // Left to the exit handlers: libFuzzer ends the process with exit() after a run.
    static QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/featuredesk-fuzz-XXXXXX"));
    if (!dir.isValid())
        std::abort();
    return dir;
}

} // namespace

QString writeInput(const QByteArray &bytes, const QString &fileName)
{
    const QString path = folder().filePath(fileName);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        std::abort(); // the harness, not the reader: a full disk must not pass for a finding
    return path;
}

QString writeInput(const uint8_t *data, size_t size, const QString &fileName)
{
    return writeInput(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)), fileName);
}

void ensureApplication()
{
    if (QCoreApplication::instance())
        return;
    static int argc = 1;
    static char name[] = "featuredesk-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
}

QString writeMaybeGzip(const uint8_t *data, size_t size, const QString &baseName)
{
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    if (bytes.startsWith("GZ:"))
        return writeInput(gzip(bytes.mid(3)), baseName + QStringLiteral(".gz"));
    if (bytes.startsWith("\x1f\x8b"))
        return writeInput(bytes, baseName + QStringLiteral(".gz"));
    return writeInput(bytes, baseName);
}

QByteArray gzip(const QByteArray &bytes)
{
    z_stream stream {};
    // 15 + 16: a gzip header and trailer rather than zlib's.
    if (deflateInit2(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY)
        != Z_OK)
        std::abort();
    QByteArray out(qsizetype(deflateBound(&stream, uLong(bytes.size()))) + 32, Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(bytes.constData()));
    stream.avail_in = uInt(bytes.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    if (deflate(&stream, Z_FINISH) != Z_STREAM_END)
        std::abort();
    out.truncate(qsizetype(stream.total_out));
    deflateEnd(&stream);
    return out;
}

} // namespace fd::fuzz
