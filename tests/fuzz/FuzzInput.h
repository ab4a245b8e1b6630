#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

namespace fd::fuzz {

// The input as a file, as every reader takes one: written whole to a file of the given name in a
// folder of this process's own (made once, removed at exit), its path returned. The readers open
// files by path, so the bytes go through exactly what a user's file goes through.
QString writeInput(const uint8_t *data, size_t size, const QString &fileName);
QString writeInput(const QByteArray &bytes, const QString &fileName);

// A QCoreApplication for the code that needs one (the SQL driver plugins), made once.
void ensureApplication();

// The input as a reader's file named baseName, ".gz" added where it is gzip: bytes that start
// with gzip's magic number are written as they are (reaching the decompressor), bytes that start
// with "GZ:" are the rest gzip-compressed (reaching what lies behind it), others as they are. A
// test fixture is a seed as it is; a seed that wants the second way starts with "GZ:".
QString writeMaybeGzip(const uint8_t *data, size_t size, const QString &baseName);
// The bytes gzip-compressed (one member, as gzip(1) writes).
QByteArray gzip(const QByteArray &bytes);

} // namespace fd::fuzz
