#pragma once

#include "model/csv/CsvError.h"

#include <QByteArray>
#include <QFile>

#include <memory>

namespace fd {

// The bytes of a file, inflated on the fly when it is gzip (by its magic bytes, whatever its name),
// read a buffer at a time so that the file is never held in memory.
class CsvByteSource
{
public:
    CsvByteSource();
    ~CsvByteSource();
    Q_DISABLE_COPY_MOVE(CsvByteSource)

    CsvError open(const QString &path);

    // Reads up to max bytes (inflated) into destination: the count, 0 at the end, -1 on an error.
    qint64 read(char *destination, qint64 max);
    const CsvError &error() const { return m_error; }
    // Moves to offset of a plain file (not gzip), for a second thread that reads its second half.
    bool seek(qint64 offset);

    bool isGzip() const { return m_gzip != nullptr; }
    qint64 position() const
    {
        return m_position;
    } // bytes of the file consumed (compressed for gzip)
    qint64 size() const { return m_size; }
    // The file had at least size bytes when another reader of it opened it (see CsvSplitScan):
    // ending before that is the file cut short, as for the size this source saw itself.
    void expectAtLeast(qint64 size) { m_size = qMax(m_size, size); }

private:
    struct Gzip;

    qint64 readGzip(char *destination, qint64 max);
    qint64 readFile(char *destination, qint64 max);

    QFile m_file;
    std::unique_ptr<Gzip> m_gzip;
    CsvError m_error;
    qint64 m_position = 0;
    qint64 m_size = 0;
};

} // namespace fd
