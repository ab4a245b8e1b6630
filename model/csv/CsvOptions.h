#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace fd {

// How to read a CSV/TSV file. Every unset optional is sniffed from the file (see CsvSniffer).
struct CsvOptions
{
    std::optional<char> delimiter; // an ASCII byte; unset: one of , \t ; | by trial parsing
    std::optional<char> quote; // '"' or '\''; unset: sniffed, '"' when in doubt
    std::optional<bool> hasHeader; // unset: sniffed
    QString encoding; // empty or "auto": detected; else "UTF-8", "UTF-16LE", "UTF-16BE",
                      // "UTF-16" (BOM decides), "Latin-1", "Windows-1252"
    QByteArray commentPrefix; // records starting with it are skipped; empty: no comments
    std::optional<char> extraDelimiter; // a user's own delimiter candidate for the sniffer
    qint64 maxRows = -1; // data rows to read at most; negative: all

    // Tuning knobs, options so that tests can stress the buffer edges.
    qint64 bufferSize = 1 << 20; // bytes read from the file at a time
    qint64 maxRecordBytes = 64LL << 20; // larger records are an error, not unbounded memory
    qint64 sampleBytes = 64 << 10; // what the sniffer reads, extended to whole records
    int sampleRecords = 200; // records the sniffer trial-parses at most
    qint64 splitMinBytes = 16LL << 20; // inspect reads larger plain UTF-8 files in two halves
                                       // at once (CsvSplitScan); negative: never
};

} // namespace fd
