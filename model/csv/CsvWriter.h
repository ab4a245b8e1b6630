#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <vector>

QT_BEGIN_NAMESPACE
class QIODevice;
QT_END_NAMESPACE

namespace fd {

// Writes records as CSV/TSV text (UTF-8) onto a device, the inverse of CsvParser: what it writes,
// CsvParser reads back as the same fields.
//
// A field is quoted only when it has to be: when it holds the delimiter, the quote character, a CR
// or a LF, or starts or ends with a space or tab (which many readers would trim); quotes inside are
// doubled. Two more cases that would otherwise not read back: a record of one empty field (a blank
// line, which readers skip) is written as "", and a first field that starts with the comment prefix
// (setCommentPrefix) is quoted so that the record is not taken for a comment.
//
// Output is buffered; call flush() at the end and check it. After a write error every call returns
// false and errorString() says why.
class CsvWriter
{
public:
    enum class LineEnding { Lf, CrLf };

    CsvWriter(QIODevice *device, char delimiter = ',', char quote = '"',
              LineEnding lineEnding = LineEnding::Lf);
    ~CsvWriter();
    Q_DISABLE_COPY_MOVE(CsvWriter)

    void setCommentPrefix(QByteArray prefix) { m_commentPrefix = std::move(prefix); }

    // A UTF-8 byte order mark, for files that had one; call before the first record.
    bool writeByteOrderMark();

    // Fields as UTF-8 bytes (what CsvRow holds), so that copying a file never decodes it.
    bool writeRecord(const std::vector<QByteArrayView> &fields);
    bool writeRecord(const QStringList &fields);

    bool flush();
    QString errorString() const { return m_error; }

    // One field as it would be written.
    QByteArray encodeField(QByteArrayView field, bool firstField = false) const;
    bool needsQuotes(QByteArrayView field, bool firstField = false) const;

private:
    void appendField(QByteArray &out, QByteArrayView field, bool firstField) const;
    bool endRecord();

    QIODevice *m_device;
    char m_delimiter;
    char m_quote;
    QByteArrayView m_lineEnd;
    QByteArray m_commentPrefix;
    QByteArray m_buffer;
    QString m_error;
};

} // namespace fd
