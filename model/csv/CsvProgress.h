#pragma once

#include <QtGlobal>

namespace fd {

// Progress of a long read, as in DB Browser for SQLite's CSVProgress: the reader calls update()
// after each buffer; returning false cancels the read cooperatively (the read then ends as
// Cancelled).
class CsvProgress
{
public:
    virtual ~CsvProgress() = default;
    virtual bool update(qint64 bytesDone, qint64 bytesTotal) = 0;
    // Asked between the steps of a longer piece of work whose reads report here.
    virtual bool isCancelled() const { return false; }
};

} // namespace fd
