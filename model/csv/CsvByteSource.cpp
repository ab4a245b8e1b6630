#include "model/csv/CsvByteSource.h"

#include "model/db/OpenRegistryFiles.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <zlib.h>

namespace fd {

struct CsvByteSource::Gzip
{
    z_stream stream {};
    QByteArray input = QByteArray(256 << 10, Qt::Uninitialized);
    bool fileAtEnd = false;
    bool memberEnded = false; // the last member ended; another may follow (concatenated gzip)
    bool finished = false;

    ~Gzip() { inflateEnd(&stream); }
};

CsvByteSource::CsvByteSource() = default;
CsvByteSource::~CsvByteSource() = default;

CsvError CsvByteSource::open(const QString &path)
{
    m_error = {};
    m_gzip.reset();
    m_position = 0;
    const QFileInfo info(path);
    if (!info.exists())
        return m_error = CsvError::make(CsvStatus::FileNotFound, path);
    if (info.isDir()) {
        return m_error = CsvError::make(CsvStatus::ReadError, path, 0, 0,
                                        QCoreApplication::translate("CsvReader", "it is a folder"));
    }
    if (const Status allowed = OpenRegistryFiles::refuseRegistryFile(
            path, QCoreApplication::translate("fd::CsvByteSource", "read it as a data file"));
        !allowed)
        return m_error
            = CsvError::make(CsvStatus::RegistryFile, path, 0, 0, allowed.error().message);
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadOnly))
        return m_error = CsvError::make(CsvStatus::ReadError, path, 0, 0, m_file.errorString());
    m_size = m_file.size();

    char magic[2] = {};
    const qint64 peeked = m_file.peek(magic, 2);
    if (peeked == 2 && uchar(magic[0]) == 0x1F && uchar(magic[1]) == 0x8B) {
        m_gzip = std::make_unique<Gzip>();
        // 15 + 16: a gzip wrapper, the largest window.
        if (inflateInit2(&m_gzip->stream, 15 + 16) != Z_OK) {
            m_gzip.reset();
            return m_error
                = CsvError::make(CsvStatus::GzipError, path, 0, 0, QStringLiteral("inflateInit2"));
        }
    }
    return m_error;
}

qint64 CsvByteSource::read(char *destination, qint64 max)
{
    if (!m_error.ok())
        return -1;
    return m_gzip ? readGzip(destination, max) : readFile(destination, max);
}

bool CsvByteSource::seek(qint64 offset)
{
    if (m_gzip || !m_file.seek(offset))
        return false;
    m_position = offset;
    return true;
}

qint64 CsvByteSource::readFile(char *destination, qint64 max)
{
    const qint64 count = m_file.read(destination, max);
    if (count < 0) {
        m_error
            = CsvError::make(CsvStatus::ReadError, m_file.fileName(), 0, 0, m_file.errorString());
        return -1;
    }
    if (count == 0 && max > 0 && m_position < m_size) {
        // The end came before the size the file had when it was opened: it was cut short (or
        // replaced) while being read. Reading what is left would pass off part of it as all of it.
        m_error = CsvError::make(CsvStatus::ReadError, m_file.fileName(), 0, 0,
                                 QCoreApplication::translate("CsvReader",
                                                             "the file became shorter while it was "
                                                             "read: it ends at byte %L1 of %L2")
                                     .arg(m_position)
                                     .arg(m_size));
        return -1;
    }
    m_position += count;
    return count;
}

qint64 CsvByteSource::readGzip(char *destination, qint64 max)
{
    Gzip &gz = *m_gzip;
    z_stream &z = gz.stream;
    const auto capacity = uInt(qMin<qint64>(max, 1 << 30));
    z.next_out = reinterpret_cast<Bytef *>(destination);
    z.avail_out = capacity;
    while (z.avail_out == capacity && !gz.finished) {
        if (z.avail_in == 0) {
            if (gz.fileAtEnd) {
                if (!gz.memberEnded) {
                    m_error = CsvError::make(
                        CsvStatus::GzipError, m_file.fileName(), 0, 0,
                        QCoreApplication::translate("CsvReader", "unexpected end of file"));
                    return -1;
                }
                gz.finished = true;
                break;
            }
            const qint64 count = m_file.read(gz.input.data(), gz.input.size());
            if (count < 0) {
                m_error = CsvError::make(CsvStatus::ReadError, m_file.fileName(), 0, 0,
                                         m_file.errorString());
                return -1;
            }
            m_position += count;
            if (count == 0) {
                gz.fileAtEnd = true;
                continue;
            }
            z.next_in = reinterpret_cast<Bytef *>(gz.input.data());
            z.avail_in = uInt(count);
        }
        if (gz.memberEnded) {
            // Another gzip member may follow; anything else after the end (padding) is ignored.
            if (z.next_in[0] != 0x1F) {
                gz.finished = true;
                break;
            }
            inflateReset(&z);
            gz.memberEnded = false;
        }
        const int status = inflate(&z, Z_NO_FLUSH);
        if (status == Z_STREAM_END) {
            gz.memberEnded = true;
        } else if (status != Z_OK && status != Z_BUF_ERROR) {
            m_error = CsvError::make(CsvStatus::GzipError, m_file.fileName(), 0, 0,
                                     z.msg ? QString::fromLatin1(z.msg) : QString::number(status));
            return -1;
        }
    }
    return capacity - z.avail_out;
}

} // namespace fd
