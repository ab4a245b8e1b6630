<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CsvColumnProfile</name>
    <message>
        <source>no data rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all values are missing (pandas reads this as float)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numbers with leading zeros such as &quot;%1&quot; are kept as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integers beyond the 64-bit range are kept as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integers with missing values (pandas reads them as float)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsigned 64-bit integers (above the int64 range)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true/false values with missing values (pandas reads them as text)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvColumnsModel</name>
    <message>
        <source>scanning…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen by you; inferred: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (yours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dtype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distinct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>it is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected end of file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1 has no name; it is called &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1 repeats the name &quot;%2&quot;; it is called &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid UTF-8; it was read as Windows-1252.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the delimiter cannot be the quote character or a line end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot seek in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n column(s); there is no column %2 (counted from 0).</source>
        <translation>
            <numerusform>%1 has %n column; there is no column %2 (counted from 0).</numerusform>
            <numerusform>%1 has %n columns; there is no column %2 (counted from 0).</numerusform>
        </translation>
    </message>
    <message>
        <source>the write failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file became shorter while it was read: it ends at byte %L1 of %L2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no column named &apos;%2&apos;. Check the spelling against the file&apos;s header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no header, so its columns have no names; name the column by its position, counted from 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2, column %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file does not exist. Check the path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file could not be read (%2). Check that it still exists and that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the gzip data is damaged or truncated (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this is not a text file (it contains NUL bytes). Choose a CSV or TSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the encoding &quot;%2&quot; is not supported. Use UTF-8, UTF-16LE, UTF-16BE, Latin-1 or Windows-1252.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: invalid option: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a quoted field starts here and is never closed. Check the quotes on that line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a record is longer than %2 MiB; the file is probably not a CSV file, or a quote is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header on line %1 is not valid UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1 fields, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid UTF-8 in column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vertical bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No delimiter splits the records into columns; the file is read as one column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quoted field is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 sampled records do not have %3 fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 fits the sample as well as the %2 (%3 against %4 columns); the %2 was chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first row was taken as a header, but that is a guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first row was taken as data, but that is a guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the file being read; write the standardized copy to another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no header, so it has no column names to standardize.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written (%2). Check that the folder exists and that you may write there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header now names two columns &quot;%1&quot;; readers will tell them apart as &quot;%1&quot; and &quot;%1.1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written (%2). Check the free space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2, field %3 holds a NUL character (U+0000), which is not text: a copy holding it could not be read again. Remove the NUL characters from the file first; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CuratedMembers</name>
    <message>
        <source>%1: ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not in the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not applied yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Curation</name>
    <message>
        <source>Use %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add feature %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add feature %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synonym of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>synonyms %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorPresenter</name>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry from a newer FeatureDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry is busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check your input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not permitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FeatureDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use File ▸ New registry… to create one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the organism.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the server&apos;s administrator to set it up as a FeatureDesk registry (README: a shared lab registry).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it with File ▸ Open registry… to update it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import its genes with Registry ▸ Import genes…, or choose one of the organisms the registry has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the server&apos;s administrator to set them up (README: a shared lab registry).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileValidator</name>
    <message>
        <source>Validation cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The genes&apos; organism cannot be told from the values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The genes&apos; organism cannot be told from the column names.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GeneDetails</name>
    <message>
        <source>an Ensembl gene id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an NCBI gene id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the genes of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looks like %1, but no gene of %2 has it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looks like %1: %2 is %3. Check the column as %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looks like %1: %2 is %3. Check the column as %4, or rename the value to %5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GeneImportController</name>
    <message>
        <source>%1 (%2, %3): %4 genes read.

Added %5, updated %6, unchanged %7, skipped %8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows of other organisms were left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import genes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2
Which organism are these genes of?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not say which organism it is of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds genes of several organisms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing genes from %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Genes imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gene import was cancelled; the registry is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 genes share an Ensembl id or symbol with another gene. FeatureDesk gave each of them an identity of its own (symbol + organism, or NCBI id), so that both genes can be used; the details list them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>told apart by NCBI id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>told apart by symbol + organism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2 shares its id or symbol with %3; %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gene tables (*.gene_info *.tsv *.txt *.csv *.gz);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GeneSearchModel</name>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportFiles</name>
    <message>
        <source>%1: not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no .csv, .tsv, .txt, .tab or .h5ad files inside</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewFeatureDialog</name>
    <message>
        <source>Add feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. dose_mg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dtype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Synonyms:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other names, separated by commas or one per line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistryTables</name>
    <message>
        <source>Features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dtype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synonyms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Artifacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suffix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Genes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ensembl ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NCBI ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Biotype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets of the artifact %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets with the feature %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets with the gene %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Artifacts using the set %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <source>Padded with white space; the trimmed name matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written in another Unicode form; the NFC form matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id without its version or in other letter case matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches in other letter case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A synonym.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several records have this exact name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It names %1 records; pick the one meant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column reads as %1, but the feature %2 is registered as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 values look like Ensembl gene ids; validate them as gene.ensembl_gene_id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 values are plain numbers; if they are NCBI gene ids, validate them as gene.ncbi_gene_id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds %1, which a name may not hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without it the name matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looks like an Ensembl gene id; check the column as gene.ensembl_gene_id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looks like an NCBI gene id; check the column as gene.ncbi_gene_id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has a version suffix; the id without it matches (standardize to the bare id).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::AboutDialog</name>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About FeatureDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps a registry of the features and genes a lab measures, and curates data files against it, with identities compatible with LaminDB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;FeatureDesk is built on Qt 6 (LGPL 3; Qt Charts under GPL 3), SQLite (public domain) and, for shared registries, PostgreSQL&apos;s client library libpq (PostgreSQL Licence). It comes with no warranty.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy these details as text, for a bug report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>available (Qt&apos;s QPSQL driver)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not installed: shared lab registries need Qt&apos;s QPSQL driver (Debian: libqt6sql6-psql)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identities as in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, Qt platform %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::AnnDataSets</name>
    <message numerus="yes">
        <source>No var set: none of its %n var ids is a registered gene.</source>
        <translation>
            <numerusform>No var set: its %n var id is not a registered gene.</numerusform>
            <numerusform>No var set: none of its %n var ids is a registered gene.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No obs set: none of its %n obs columns is a registered feature.</source>
        <translation>
            <numerusform>No obs set: its %n obs column is not a registered feature.</numerusform>
            <numerusform>No obs set: none of its %n obs columns is a registered feature.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::ArtifactActions</name>
    <message>
        <source>Artifacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Attaching the set under “%1” to %n artifact(s)…</source>
        <translation type="unfinished">
            <numerusform>Attaching the set under “%1” to %n artifact…</numerusform>
            <numerusform>Attaching the set under “%1” to %n artifacts…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Attached the set under “%1” to %n artifact(s).</source>
        <translation type="unfinished">
            <numerusform>Attached the set under “%1” to %n artifact.</numerusform>
            <numerusform>Attached the set under “%1” to %n artifacts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Replacing the set under “%1” for %n artifact(s)…</source>
        <translation type="unfinished">
            <numerusform>Replacing the set under “%1” for %n artifact…</numerusform>
            <numerusform>Replacing the set under “%1” for %n artifacts…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Detaching “%1” from %n artifact(s)…</source>
        <translation type="unfinished">
            <numerusform>Detaching “%1” from %n artifact…</numerusform>
            <numerusform>Detaching “%1” from %n artifacts…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Detached “%1” from %n artifact(s).</source>
        <translation type="unfinished">
            <numerusform>Detached “%1” from %n artifact.</numerusform>
            <numerusform>Detached “%1” from %n artifacts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the artifacts to attach a set to first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the artifacts to detach a slot from first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detach slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove the set under which slot from %n artifact(s)? The sets themselves stay.</source>
        <translation type="unfinished">
            <numerusform>Remove the set under which slot from %n artifact? The sets themselves stay.</numerusform>
            <numerusform>Remove the set under which slot from %n artifacts? The sets themselves stay.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the set under “%1” from this artifact? The set itself stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select two or more feature sets to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select two or more artifacts to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has the set “%2” under “%3”. Replace it with “%4”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (“%2”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the selected artifacts already hold another set under “%1”: %2. Replace what they hold with “%3”?</source>
        <translation>
            <numerusform>%n of the selected artifacts already holds another set under “%1”: %2. Replace what it holds with “%3”?</numerusform>
            <numerusform>%n of the selected artifacts already hold another set under “%1”: %2. Replace what they hold with “%3”?</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace the set under “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace: every selected artifact holds “%1” under “%2” afterwards; the sets it replaces stay in the registry.
Keep what is there: nothing is attached to any selected artifact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: artifact %2, holds %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New set: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep what is there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace: %1 holds “%2” under “%3” afterwards; “%4” stays in the registry.
Keep what is there: nothing is attached.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::ArtifactComparison</name>
    <message>
        <source>Choose two feature sets to compare.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::ArtifactDetails</name>
    <message>
        <source>Show its &amp;sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;tach slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an artifact to see its slots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Artifact key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Artifact summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the feature sets of this artifact in the Feature sets view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the set from the selected slot of this artifact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slots — one feature set each:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature sets of the artifact “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no suffix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 bytes. Registered by %6 on %7.
UID %3
%4 hash %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::ArtifactRegistration</name>
    <message>
        <source>No columns set: the file has no header row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No columns set: none of its %1 columns is a registered feature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration cancelled; nothing was registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No columns set: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>register %n files</source>
        <translation>
            <numerusform>register %n file</numerusform>
            <numerusform>register %n files</numerusform>
        </translation>
    </message>
    <message>
        <source>An AnnData file&apos;s var and obs sets do not go with a columns set.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::ArtifactRegistrationController</name>
    <message numerus="yes">
        <source>%n file(s) read: </source>
        <translation>
            <numerusform>%n file read: </numerusform>
            <numerusform>%n files read: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 registered, %2 known already (same content), %3 not registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files got their columns set: %2 distinct set(s), %3 of them new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registered as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>known as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>; columns set %1 (%n feature(s))</source>
        <translation>
            <numerusform>; columns set %1 (%n feature)</numerusform>
            <numerusform>; columns set %1 (%n features)</numerusform>
        </translation>
    </message>
    <message>
        <source>; not in the set: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to register:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reading and hashing %n file(s)…</source>
        <translation>
            <numerusform>Reading and hashing %n file…</numerusform>
            <numerusform>Reading and hashing %n files…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register artifacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Artifacts registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registration was cancelled; nothing was registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>; curated by %n decision(s) saved from %1 (not applied yet)</source>
        <translation type="unfinished">
            <numerusform>; curated by %n decision saved from %1 (not applied yet)</numerusform>
            <numerusform>; curated by %n decisions saved from %1 (not applied yet)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; curated by %n decision(s) saved from %1</source>
        <translation type="unfinished">
            <numerusform>; curated by %n decision saved from %1</numerusform>
            <numerusform>; curated by %n decisions saved from %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Registered %1 as artifact %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was registered already, as artifact %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: set %2 of %n gene(s) attached.</source>
        <translation>
            <numerusform>%1: set %2 of %n gene attached.</numerusform>
            <numerusform>%1: set %2 of %n genes attached.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: set %2 of %n feature(s) attached.</source>
        <translation>
            <numerusform>%1: set %2 of %n feature attached.</numerusform>
            <numerusform>%1: set %2 of %n features attached.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no set. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Left out (%n): %1</source>
        <translation>
            <numerusform>Left out (%n): %1</numerusform>
            <numerusform>Left out (%n): %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::ArtifactSlotsModel</name>
    <message>
        <source>Slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set UID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::ArtifactStore</name>
    <message>
        <source>No feature set has the uid &apos;%1&apos;; nothing was attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A slot needs a name (columns, var, obs, ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A slot name has at most 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The slot name &apos;%1&apos; holds control characters or outer white space; use letters, digits and punctuation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not there (or not a file); nothing was registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No artifact has the uid &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the artifacts first; %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No artifact has the uid &apos;%1&apos;; %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The artifact %1 holds the set %2 under another slot already; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The artifacts %1 hold the set %2 under another slot already; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a set is linked to an artifact under one slot only (as in LaminDB). Nothing was attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No artifact has the uid %1 (deleted meanwhile?); nothing was attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The artifact %1 holds another set under &apos;%2&apos;; replace it explicitly. Nothing was attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The artifacts %1 hold another set under &apos;%2&apos;; replace them explicitly. Nothing was attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was detached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No artifact has the uid %1; nothing was detached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The artifact %1 has nothing under &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the %1 artifacts has anything under &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>find %1</source>
        <extracomment>%1 is what is looked up, such as &quot;feature set&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>register %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>register %n files</source>
        <translation>
            <numerusform>register %n file</numerusform>
            <numerusform>register %n files</numerusform>
        </translation>
    </message>
    <message>
        <source>read the artifact %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the slots of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attach the set %1 under &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>detach &apos;%1&apos; from %n artifacts</source>
        <translation>
            <numerusform>detach &apos;%1&apos; from %n artifact</numerusform>
            <numerusform>detach &apos;%1&apos; from %n artifacts</numerusform>
        </translation>
    </message>
    <message>
        <source>feature set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read what the artifacts hold under &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::AttachSetDialog</name>
    <message>
        <source>Attach feature set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 members, hash %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>columns, var, obs, or a name of your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Attach one feature set to %n artifact(s) under a slot. Each artifact holds one set per slot; a slot that holds another set is only replaced if you confirm it.</source>
        <translation>
            <numerusform>Attach one feature set to %n artifact under a slot. Each artifact holds one set per slot; a slot that holds another set is only replaced if you confirm it.</numerusform>
            <numerusform>Attach one feature set to %n artifacts under a slot. Each artifact holds one set per slot; a slot that holds another set is only replaced if you confirm it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Feature &amp;set:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;lot:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no feature sets yet: save one from a review, or make one with Registry ▸ New feature set….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a feature set from the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::BackendVersions</name>
    <message>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open an in-memory SQLite database: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot ask SQLite for its version: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::ChartExport</name>
    <message>
        <source>Cannot save the chart as %1: %2. Choose another folder or file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no chart to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the chart as %1: charts are saved as PNG (.png) or SVG (.svg) images. Give the file one of these suffixes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart is not shown yet, so there is nothing to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved by FeatureDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SVG drawing could not be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::ComparisonDialog</name>
    <message>
        <source>Compare artifacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare feature sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slots compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include &amp;shared members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the members both have as well, not only the differences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export differences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the members only in A or only in B, slot by slot, as TSV or CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Artifact A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Artifact A:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set A:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Artifact B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A is the first one selected; choose which of the others is B.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Artifact &amp;B:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;B:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Artifact B:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set B:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart of shared and differing members per slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per slot: members in both sets, only in A and only in B.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name or uid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members of the selected slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select at least two to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not compare: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same set: the same members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Different sets: see below what each has that the other has not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither has a feature set attached: there is nothing to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The same set in every slot (%n): A and B can be concatenated.</source>
        <translation>
            <numerusform>The same set in every slot (%n): A and B can be concatenated.</numerusform>
            <numerusform>The same set in every slot (%n): A and B can be concatenated.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Different in %1 of %n slot(s): A and B cannot be concatenated as they are.</source>
        <translation>
            <numerusform>Different in %1 of %n slot: A and B cannot be concatenated as they are.</numerusform>
            <numerusform>Different in %1 of %n slots: A and B cannot be concatenated as they are.</numerusform>
        </translation>
    </message>
    <message>
        <source>No slot selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 shared, %2 only in A, %3 only in B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members in slot %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab-separated values (*.tsv);;Comma-separated values (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the slot&apos;s members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save char&amp;t…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart as a PNG or SVG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No registry is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comparison is still running; export it when it is shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::ComparisonExport</name>
    <message>
        <source>Cannot write the differences to %1: %2. Choose a folder you can write to, or free some space, and export again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::ComparisonMembersModel</name>
    <message>
        <source>shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only in A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only in B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::ComparisonModel</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in this slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same set: can be concatenated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>different sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>different sets, nothing shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only A has this slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only B has this slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both use the same feature set here: the same members, so the two line up and can be concatenated in this slot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two use different feature sets here. Some members are shared; the others are only in one of them, listed below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two use different feature sets here and no member is in both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only A has a feature set in this slot; B has nothing there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only B has a feature set in this slot; A has nothing there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only in A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only in B</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::ConnectDialog</name>
    <message>
        <source>Connect to lab registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: from ~/.pgpass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lab&apos;s shared registry on a PostgreSQL server. Your work is recorded under your database user. The password is never saved; leave it empty to use ~/.pgpass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(host, database and user are needed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::ConnectionBanner</name>
    <message>
        <source>&amp;Try again now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection to the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try to reach the registry&apos;s server now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Next try in %n second(s).</source>
        <translation>
            <numerusform>Next try in %n second.</numerusform>
            <numerusform>Next try in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Trying again…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::CsvByteSource</name>
    <message>
        <source>read it as a data file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::CsvSplitScan</name>
    <message>
        <source>read it as a data file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::CsvStandardizer</name>
    <message>
        <source>write over it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::CurationActions</name>
    <message>
        <source>&amp;Accept standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the registry&apos;s standard name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use one of the candidates or &quot;did you mean&quot; suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best &amp;suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the first candidate or suggestion of each row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add as &amp;feature…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register the column name as a new feature, with the inferred dtype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add as s&amp;ynonym…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the column name a synonym of an existing feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the value out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the decision back</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Accept %n standard name(s)</source>
        <translation>
            <numerusform>Accept %n standard name</numerusform>
            <numerusform>Accept %n standard names</numerusform>
        </translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Use the best suggestion for %n value(s)</source>
        <translation>
            <numerusform>Use the best suggestion for %n value</numerusform>
            <numerusform>Use the best suggestion for %n values</numerusform>
        </translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add as features</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add %n column name(s) as new features, each with the dtype inferred from its values?</source>
        <translation>
            <numerusform>Add %n column name as new features, each with the dtype inferred from its values?</numerusform>
            <numerusform>Add %n column names as new features, each with the dtype inferred from its values?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n feature(s)</source>
        <translation>
            <numerusform>Add %n feature</numerusform>
            <numerusform>Add %n features</numerusform>
        </translation>
    </message>
    <message>
        <source>Add as synonym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make %1 a synonym of the feature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n value(s)</source>
        <translation>
            <numerusform>%n value</numerusform>
            <numerusform>%n values</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make %n value(s) synonyms of %1</source>
        <translation>
            <numerusform>Make %n value synonyms of %1</numerusform>
            <numerusform>Make %n values synonyms of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ignore %n value(s)</source>
        <translation>
            <numerusform>Ignore %n value</numerusform>
            <numerusform>Ignore %n values</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear %n decision(s)</source>
        <translation>
            <numerusform>Clear %n decision</numerusform>
            <numerusform>Clear %n decisions</numerusform>
        </translation>
    </message>
    <message>
        <source>Add %1 as a new feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::CurationApplier</name>
    <message>
        <source>&apos;%1&apos;: features and synonyms can be added for column names only, not for %2 values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apply the curation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::CurationKeeper</name>
    <message>
        <source>The decisions saved for this file could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, not applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Restore %n saved decision(s)</source>
        <translation type="unfinished">
            <numerusform>Restore %n saved decision</numerusform>
            <numerusform>Restore %n saved decisions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n decision(s) saved for this header (%1). Undo takes them back.</source>
        <translation type="unfinished">
            <numerusform>Restored %n decision saved for this header (%1). Undo takes it back.</numerusform>
            <numerusform>Restored %n decisions saved for this header (%1). Undo takes them back.</numerusform>
        </translation>
    </message>
    <message>
        <source>The decisions could not be saved in the registry: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::CurationRecipe</name>
    <message>
        <source>%1 is not a usable curation recipe: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JSON is broken at byte %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not say &quot;format&quot;: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is version %1; this FeatureDesk reads version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it names no field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision %1 has the unknown action &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision %1 lacks a value or a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision %1 (%2) does not fit the field %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the recipe %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is larger than 16 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the recipe %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its field &apos;%1&apos; is none of feature.name, gene.symbol, gene.ensembl_gene_id, gene.ncbi_gene_id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read it as a recipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision %1 lists its synonyms not as a list of texts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::CurationStore</name>
    <message>
        <source>read the file&apos;s saved decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the file&apos;s decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discard the file&apos;s unapplied decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep the applied decisions as the file&apos;s curation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::Dtype</name>
    <message>
        <source>&apos;%1&apos; is not a dtype FeatureDesk knows; use one of %2, or cat[Registry].</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::DtypeDelegate</name>
    <message>
        <source>Dtype</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::FeatureSetDetails</name>
    <message>
        <source>Save &amp;description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport members…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a feature set to see its members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature set name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature set summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature set uid and hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this panel is, where it comes from…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the artifacts that use this set in the Artifacts view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter members…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Artifacts using the set “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n gene(s)</source>
        <translation>
            <numerusform>%n gene</numerusform>
            <numerusform>%n genes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s)</source>
        <translation>
            <numerusform>%n feature</numerusform>
            <numerusform>%n features</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2), dtype %3. Created by %4 on %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Used by %n artifact(s)</source>
        <translation>
            <numerusform>Used by %n artifact</numerusform>
            <numerusform>Used by %n artifacts</numerusform>
        </translation>
    </message>
    <message>
        <source>No feature set is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename feature set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab-separated (*.tsv);;Comma-separated (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UID %1
Hash %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renaming the feature set…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the description…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::FeatureSetStore</name>
    <message>
        <source>look up the set&apos;s members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The members of &apos;%1&apos; changed while it was saved. Nothing was saved; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the set&apos;s members are not in the registry&apos;s %2: %3%4. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A feature set needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feature set &apos;%1&apos; has no members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the feature set &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the feature sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No feature set has the uid &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No feature set has the hash &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the set&apos;s members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete the feature set %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feature set &apos;%1&apos; (%2) is used by %3 artifact(s); detach it from them first. Nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rename the feature set %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A description has at most 10,000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>describe the feature set %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::FeatureStore</name>
    <message>
        <source>A feature needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name &apos;%1&apos; starts or ends with white space; use &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starts with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds %1 at character %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name &apos;%1&apos; %2. Names may not hold control characters or invisible formatting characters; %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A feature named &apos;%1&apos; already exists%2; nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be a synonym: it is empty or holds &apos;|&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; already names the feature &apos;%2&apos;; it cannot also be a synonym of another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No feature has the uid &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No feature is named &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (uid %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add the feature &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a synonym to &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the features</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::GeneFileFormat</name>
    <message>
        <source>the control character %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the invisible character %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes that are not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty where %2 belongs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 is &apos;%2&apos;: the two columns look swapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an NCBI gene id (a positive whole number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an NCBI taxon id (a positive whole number, 9606 for human)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an HGNC id (HGNC: and a number, e.g. HGNC:5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an Ensembl gene id (ENSG and eleven digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a stable gene id (ENSG00000121410, ENSMUSG…, or another database&apos;s id such as FBgn0038189)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is &apos;%2&apos;, an Ensembl gene id, where %3 is &apos;%4&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: the two columns look swapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the HGNC entry is withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 (column %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds %2 at character %3 (&apos;%4&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is &apos;%2&apos;, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a stable gene id without version (ENSG00000121410, ENSMUSG…, or another database&apos;s id such as FBgn0038189)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a positive whole number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::GeneFileReader</name>
    <message>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the import was cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a line longer than 16 MiB; this is not a gene table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has a %1 header but no genes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2 of the %3 rows are like this: the file&apos;s columns are not what its header says. Correct the file or export it again; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header looks like a gene table but lacks the column(s) %1. Export the table again with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file ends in the middle of a row (%1 of %2 fields): it is truncated. Download it again; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second header, with %1 columns where the first (line %2) has %3: two gene tables were joined into one. Import them one by one; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has %1 tab-separated fields where the header has %2. The file is damaged or not tab-separated; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not end with a line break; if it was cut short, the last genes are missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header again (first on line %1): two files joined into one? The rows after it are read as genes too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Correct the row (NCBI gives every gene its organism&apos;s taxon id); nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; correct the row and import the file again to add it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the gene %1 is named &apos;%2&apos; here but &apos;%3&apos; on line %4: the file repeats an id with other data. Export it again; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 %2 appears again (first on line %3): the file repeats ids, perhaps two files joined. Remove the duplicates; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty. Choose an NCBI gene_info file, an Ensembl BioMart export, an HGNC complete set or a GENCODE gene list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a text file. Choose an NCBI gene_info file, an Ensembl BioMart export or an HGNC complete set (tab-separated, plain or .gz), or a GENCODE gene list (comma-separated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header &quot;%1&quot; is not one of a gene table. FeatureDesk reads NCBI gene_info (#tax_id, GeneID, Symbol, …), Ensembl BioMart exports (Gene stable ID, Gene name, …) and the HGNC complete set (hgnc_id, symbol, …), tab-separated, and GENCODE gene lists (gene_id,gene_name,gene_version,gene_length,gene_type, no header).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has %1 comma-separated fields where a GENCODE list has %2. The file is damaged; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::GeneFinder</name>
    <message>
        <source>Find a gene: symbol, synonym, Ensembl or NCBI id…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a gene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Genes found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indexing %1 genes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>find unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no genes yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 genes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first %1 matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message>
        <source>loading…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::GeneImportJob</name>
    <message>
        <source>The import of %1 was cancelled; the registry is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::GeneImporter</name>
    <message>
        <source>the gene has neither a symbol nor an Ensembl id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its uid %1, the uid of %2+%3 and of its NCBI id are all taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The symbol &apos;%1&apos; names %2 genes (lines %3); find them by Ensembl or NCBI id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more symbols shared by several genes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::GeneIndex</name>
    <message>
        <source>read the genes of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::GeneSearchModel</name>
    <message>
        <source>symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ensembl id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NCBI id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>further Ensembl id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>symbol, other case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>synonym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>synonym, other case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start of the symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start of a synonym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start of an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ensembl ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NCBI ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Biotype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synonyms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::GeneStore</name>
    <message>
        <source>The import of %1 was cancelled; the registry is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds genes of %2 organisms but &apos;%3&apos; has no taxon id to choose them by. Choose an organism with a taxon id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No gene has the uid &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the stored genes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import the genes of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move Ensembl ids between genes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>update %n genes</source>
        <translation>
            <numerusform>update %n gene</numerusform>
            <numerusform>update %n genes</numerusform>
        </translation>
    </message>
    <message>
        <source>update the gene %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>add %n genes</source>
        <translation>
            <numerusform>add %n gene</numerusform>
            <numerusform>add %n genes</numerusform>
        </translation>
    </message>
    <message>
        <source>add the gene %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>find genes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>look up a gene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the genes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the genes&apos; biotypes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count the genes of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::GeneUidCorrection</name>
    <message>
        <source>Could not %1: %2 The registry has not been changed. %3, then open it again with this FeatureDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gene %1 would get the uid %2, which the gene %3 has already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The genes %1 and %2 would both get the uid %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete one gene of each pair, or give it another uid, with the FeatureDesk that made the registry or in SQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feature set &apos;%1&apos; would get the hash %2, which the set &apos;%3&apos; has already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete one set of each pair with the FeatureDesk that made the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1: the gene with id %2 changed meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 gene uid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gene uids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 feature set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 feature sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 corrected to LaminDB&apos;s encoding (%2), %3 re-hashed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::H5adColumnReader</name>
    <message>
        <source>%1 cannot be opened (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a one-dimensional array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 values where the dataframe has %3 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is compressed with %2, which FeatureDesk&apos;s HDF5 library cannot decode; write the file again with compression=&quot;gzip&quot; or none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no dataset &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a &quot;categories&quot; attribute that is not a reference to its categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s categories are not a dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (its categories)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, a categorical&apos;s codes, are not integers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names column &quot;%2&quot; in its column-order, but has no such member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/codes are not integers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/mask is not boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no encoding-type: not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encoding-type %1 of %2 values: not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has code %2 but only %3 categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has encoding-type &quot;%2&quot;, which FeatureDesk does not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has codes past its categories</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::H5adColumnsModel</name>
    <message>
        <source>Stored as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ordered categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dtype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distinct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::H5adReader</name>
    <message>
        <source>read it as an AnnData file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a folder, not an .h5ad file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty (0 bytes), where an .h5ad file is an HDF5 file holding obs, var and X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an HDF5 file (no HDF5 signature), where an .h5ad file is one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is truncated: it ends before the data HDF5 expects (%1); copy or download it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HDF5 cannot open it, the file is damaged (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 without encoding-type attributes: the file was written by anndata before 0.7, which FeatureDesk does not read; read it with anndata and write it again (adata.write_h5ad)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &quot;%1&quot; group: an HDF5 file, but not an AnnData file (an .h5ad file holds obs, var and X)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a compound table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a group nor a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has encoding-type &quot;%2&quot; where a dataframe is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lacks its %2 attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no index dataset &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2, the index, is not one-dimensional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X is not two-dimensional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X is a group with encoding-type &quot;%1&quot;, where a csr_matrix or csc_matrix is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X, a %1, lacks its shape or its data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X is %1 × %2, where obs has %3 rows and var %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no column &quot;%2&quot; (its columns: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <comment>no columns</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::H5adSummaryView</name>
    <message>
        <source>no X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X: %1, dense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X: %1, sparse (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; (%2) — index &lt;b&gt;%3&lt;/b&gt;, %n column(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; (%2) — index &lt;b&gt;%3&lt;/b&gt;, %n column</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; (%2) — index &lt;b&gt;%3&lt;/b&gt;, %n columns</numerusform>
        </translation>
    </message>
    <message>
        <source>Shape and X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>obs columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>var columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the file cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cells (obs) × %2 genes (var) — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading obs and var…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading cancelled; the tables show the last read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading cancelled. Read again to see obs and var.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>genes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read obs and var; X&apos;s values are not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be opened as AnnData.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::HelpDialog</name>
    <message>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FeatureDesk user guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections of the guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The beginning of the guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in the guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches: %1+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::Identity</name>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 failed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hash it as an artifact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::ImportPage</name>
    <message>
        <source>Detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipe |</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double &quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single &apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First row is the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Header:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Preview&lt;/b&gt; — the first rows as read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Columns&lt;/b&gt; — over the whole file; double-click a dtype to change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rescan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Malformed rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect (found: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect (found: header)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect (found: no header)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect (found: %1%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the files before this one…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning the whole file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan cancelled before it started. The preview shows the first rows only; Rescan to read the whole file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning the whole file… %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows, %2 columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 malformed rows were kept and counted; see which.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan cancelled. The preview shows the first rows only; Rescan to read the whole file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed rows in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These rows have more or fewer cells than the header. They are kept: missing cells count as missing, extra cells are not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview and columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validate the column names or one column&apos;s values against the registry, and curate them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;obs and var</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validate the obs column names against the registry&apos;s features or the var ids against its genes, and curate them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::IndexLoader</name>
    <message>
        <source>Gene values need an organism; name one (e.g. human).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the genes of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::MainWindow</name>
    <message>
        <source>FeatureDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New registry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open registry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;feature…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New feature &amp;set…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete feature set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About FeatureDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No registry open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema v%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — FeatureDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FeatureDesk registries (*.sqlite *.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already. Choose a new file name, or open it with File ▸ Open registry….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FeatureDesk registries (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No features yet.

Features are the columns your files measure, such as cell_type or dose_mg. Add one with Registry ▸ Add feature…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No feature sets yet.

A feature set names a panel of features or genes once. Make one with Registry ▸ New feature set…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No genes yet.

The gene registry holds a genome&apos;s genes, so that gene symbols and Ensembl ids can be validated. Load them with Registry ▸ Import genes… from an NCBI gene_info file, an Ensembl BioMart export or an HGNC table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organism:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Biotype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;genes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the registry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some of what was dropped was not imported:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No artifacts yet.

Artifacts are the data files registered here, each with the feature sets it measures. Drop files or a folder here, or use Artifacts ▸ Register files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+J</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A set&apos;s artifacts, an artifact&apos;s sets, the sets with a feature or gene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Artifacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register &amp;files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register f&amp;older…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When registering, take the columns that are registered features as the file&apos;s columns set and attach it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attach feature set…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Detach slot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a record first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Artifacts using the set “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature sets of the artifact “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature sets with the feature “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature sets with the gene “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select two or more artifacts (or feature sets): per slot, the same set (they can be concatenated) or how the sets overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnected to the registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect to lab registry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the registry is lost; FeatureDesk is reconnecting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection lost — reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show rela&amp;ted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach each file&apos;s colu&amp;mns set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delimited and AnnData files (*.csv *.tsv *.txt *.tab *.gz *.h5ad);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing as soon as the write under way is done…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::NameCharacters</name>
    <message>
        <source>a NUL character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a line break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a carriage return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a paragraph break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a byte order mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a zero-width space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a soft hyphen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a zero-width joiner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a zero-width non-joiner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a bidirectional control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>half of a surrogate pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a control character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an invisible formatting character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>which text copied from a file often carries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>which may stand only between two characters that are not ASCII, as in an emoji sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>which changes the order in which the name is shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>which is broken text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::NewFeatureSetDialog</name>
    <message>
        <source>New feature set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter features…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the features that belong to the set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n member(s), hash %1</source>
        <translation>
            <numerusform>%n member, hash %1</numerusform>
            <numerusform>%n members, hash %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::OpenRegistryFiles</name>
    <message>
        <source>%1 is a working file of the registry %2, which FeatureDesk has open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the registry FeatureDesk has open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; FeatureDesk will not %2, since opening it outside the database would release the registry&apos;s locks. Choose another file.</source>
        <extracomment>%2 is what was asked of the file: &quot;write over it&quot;, &quot;read it as a recipe&quot; or &quot;read it as a data file&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write over it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::OrganismStore</name>
    <message>
        <source>The registry has no organism &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the organism &apos;%1&apos; (taxon %2): another organism has that name. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not say which organism its genes belong to (human, mouse, …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds genes of %1 organisms: %2. Only one organism&apos;s genes are imported; the others are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s genes belong to taxon %1, which FeatureDesk does not know by name. A named organism is recorded with that taxon id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FeatureDesk does not know taxon %1 by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds genes of %1, not of %2 (taxon %3). Choose the file&apos;s organism, or another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taxon %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>look up the organism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the organisms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the organism &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::PagedTableModel</name>
    <message>
        <source>read the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>find the related %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No registry is open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::PgCopy</name>
    <message>
        <source>Could not %1: COPY needs a PostgreSQL connection.</source>
        <extracomment>%1 is a phrase such as &quot;add 3 genes&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::PreferencesDialog</name>
    <message>
        <source>&amp;Clear the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An SQLite file or a postgresql:// location; empty for the built-in default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First row is the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;registry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language is used from the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import: &amp;header row:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import: &amp;encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent registries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FeatureDesk registries (*.sqlite *.db)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::RecordActions</name>
    <message>
        <source>Registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding the feature “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added feature %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the feature set “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature set exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A feature set with exactly these members is stored already: &quot;%1&quot; (uid %2, hash %3). FeatureDesk keeps each panel once, so that set is used instead of a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the feature sets to delete first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete feature sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n feature set(s)? Sets that artifacts use are kept.</source>
        <translation type="unfinished">
            <numerusform>Delete %n feature set? Sets that artifacts use are kept.</numerusform>
            <numerusform>Delete %n feature sets? Sets that artifacts use are kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n feature set(s)…</source>
        <translation type="unfinished">
            <numerusform>Deleting %n feature set…</numerusform>
            <numerusform>Deleting %n feature sets…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n feature set(s).</source>
        <translation type="unfinished">
            <numerusform>Deleted %n feature set.</numerusform>
            <numerusform>Deleted %n feature sets.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::RegisterWithSetDialog</name>
    <message>
        <source>Register %1 with its set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 becomes an artifact, and the set this review resolves to is attached to it under the slot you choose. Decisions not applied yet are applied first. All of it is one transaction: it is written completely or not at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Slot:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automatic: slot, number of members and hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n gene(s) in the set</source>
        <translation type="unfinished">
            <numerusform>%n gene in the set</numerusform>
            <numerusform>%n genes in the set</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) in the set</source>
        <translation type="unfinished">
            <numerusform>%n feature in the set</numerusform>
            <numerusform>%n features in the set</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out (%n): %1</source>
        <translation type="unfinished">
            <numerusform>Left out (%n): %1</numerusform>
            <numerusform>Left out (%n): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::Registry</name>
    <message>
        <source> Another program is writing to this registry; close it or try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The file is damaged; restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Check that the server is running and reachable, and the host, port and user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no registry here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1; choose a folder you may write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a registry in the folder %1: it is read-only. Choose a folder you may write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty, not a registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Ask its owner for write permission, or copy it to a folder of yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> FeatureDesk shows the registry as it was when opened; open it again to see later changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database does not exist on that server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to create the database: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database %1, so it is not a FeatureDesk registry. FeatureDesk has not changed it; open a registry or create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry has schema version %1, made by a newer FeatureDesk; this FeatureDesk knows versions up to %2. Update FeatureDesk to open it. The registry has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry has schema version %1 and needs an update to version %2, but it is read-only. Open it once with write permission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry has schema version %1; this FeatureDesk works on version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is empty, not a registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database user %1 may read this registry but not change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>turn on foreign keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set up the registry&apos;s cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>switch the registry to WAL mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set the statement time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set the registry&apos;s sync mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>find the database user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>look up the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start a run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finish the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>describe the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count the records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::RegistryLocation</name>
    <message>
        <source>No registry location was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a file path nor a postgresql:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid registry URL; write postgresql://user@host:port/database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::RegistryRoles</name>
    <message>
        <source>Roles are for a PostgreSQL registry; an SQLite file has the file&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user %1 may not create roles, so the roles %2 and %3 were not set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set up the roles featuredesk_reader and featuredesk_writer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::RegistrySession</name>
    <message>
        <source>The registry server at %1 does not answer; FeatureDesk keeps your work and goes on as soon as it answers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::RegistryTablePanel</name>
    <message>
        <source>Filter %1 (every word must match)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not load</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related records shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every record again, not only the related ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No records are related.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing related matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::RegistryWatcher</name>
    <message>
        <source>The connection to %1 was lost; FeatureDesk keeps your work and reconnects as soon as the server answers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::RegistryWrites</name>
    <message>
        <source>No registry is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing of it was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::ReviewPanel</name>
    <message>
        <source>features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gene symbols</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ensembl gene ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NCBI gene ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values of one column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to validate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column whose values are validated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Validate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;heck:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Col&amp;umn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a&amp;s:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organism:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search values, standard names, suggestions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only rows that need a &amp;decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply &amp;recipe…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay the decisions saved from an earlier review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save reci&amp;pe…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save these decisions for next week&apos;s file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the review as CSV, TSV or HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appl&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the decisions to the registry in one transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a registry to validate against (File ▸ Open registry).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the column whose values to validate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validating the column names…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the values of %1 and validating them…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 checked against %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Appl&amp;y %n decision(s)</source>
        <translation>
            <numerusform>Appl&amp;y %n decision</numerusform>
            <numerusform>Appl&amp;y %n decisions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applying %n decision(s)…</source>
        <translation>
            <numerusform>Applying %n decision…</numerusform>
            <numerusform>Applying %n decisions…</numerusform>
        </translation>
    </message>
    <message>
        <source>Applied: %1 features added, %2 synonyms added, %3 renamed, %4 ignored (run %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the review to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n decision(s) as the recipe %1.</source>
        <translation>
            <numerusform>Saved %n decision as the recipe %1.</numerusform>
            <numerusform>Saved %n decisions as the recipe %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The recipe %1 is for %2, but this review checks %3; validate %2 first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the recipe %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipe %1: %2 decisions taken, %3 already validated, %4 not in this file; %5 values still need a decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv);;TSV (*.tsv);;HTML (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the decisions as a recipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Curation recipes (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply a curation recipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Curation recipes (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as feature &amp;set…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save what validated (and what you resolved) as a named feature set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save validated columns as feature &amp;set…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save validated values as feature &amp;set…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validate the file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No registry is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing validated yet: accept standard names, pick suggestions or apply new features first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry field the names or values are checked against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;gister with set…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register this file as an artifact with the set this review resolves to, the decisions applied first, in one transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing validated yet: accept standard names, pick suggestions or add features first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registering %1 with its set…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Registered %1 as artifact %2 with a set of %n member(s) under %3.</source>
        <translation type="unfinished">
            <numerusform>Registered %1 as artifact %2 with a set of %n member under %3.</numerusform>
            <numerusform>Registered %1 as artifact %2 with a set of %n members under %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 was registered already (artifact %2); its set of %n member(s) is attached under %3.</source>
        <translation type="unfinished">
            <numerusform>%1 was registered already (artifact %2); its set of %n member is attached under %3.</numerusform>
            <numerusform>%1 was registered already (artifact %2); its set of %n members is attached under %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) added.</source>
        <translation type="unfinished">
            <numerusform>%n feature added.</numerusform>
            <numerusform>%n features added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n synonym(s) added.</source>
        <translation type="unfinished">
            <numerusform>%n synonym added.</numerusform>
            <numerusform>%n synonyms added.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving the feature set “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>obs column names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>var ids (genes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to validate: obs column names or var ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>var index or column holding the genes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;gister with its sets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register this file as an artifact with a var set (the genes its var ids resolve to) and an obs set (its obs columns that are registered features), in one transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>index (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>var&apos;s index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>var&apos;s column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gene symbols or Ensembl gene ids, as they look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>told from the ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 becomes an artifact with two sets, in one transaction:
• var: the genes in %2, checked as %3 (organism: %4);
• obs: its obs columns that are registered features.
What does not resolve is left out and listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions not applied yet are not used: Apply them first for the features and synonyms they add to count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register %1 with its sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registering %1 with its var and obs sets…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::ReviewSummary</name>
    <message>
        <source>
Click to show only these rows; click again to show all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart of the counts per status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values per status; click a bar to filter by its status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What do the statuses &amp;mean?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>· empty %1 · duplicate %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;Nothing is written to the registry until you press Apply; Ctrl+Z undoes a decision, Ctrl+Shift+Z redoes it.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legend of the statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save char&amp;t…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart of the counts as a PNG or SVG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review-chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::SaveFeatureSetDialog</name>
    <message>
        <source>, … (%1 more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save validated values as a feature set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save validated columns as a feature set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (features carry their own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) from %1: %2</source>
        <translation>
            <numerusform>%n member from %1: %2</numerusform>
            <numerusform>%n members from %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Every value is a member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) left out: %1</source>
        <translation>
            <numerusform>%n value left out: %1</numerusform>
            <numerusform>%n values left out: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Set hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dtype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hash:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry already has a set with exactly these members: &lt;b&gt;%1&lt;/b&gt; (%2). It is used instead of storing a duplicate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the existing set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every column is a member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) left out: %1</source>
        <translation>
            <numerusform>%n column left out: %1</numerusform>
            <numerusform>%n columns left out: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved feature set “%1” (%n gene(s), hash %2).</source>
        <translation>
            <numerusform>Saved feature set “%1” (%n gene, hash %2).</numerusform>
            <numerusform>Saved feature set “%1” (%n genes, hash %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved feature set “%1” (%n feature(s), hash %2).</source>
        <translation>
            <numerusform>Saved feature set “%1” (%n feature, hash %2).</numerusform>
            <numerusform>Saved feature set “%1” (%n features, hash %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The registry already had this set: “%1” (%n gene(s), hash %2). Nothing new was stored; the set that exists is used.</source>
        <translation>
            <numerusform>The registry already had this set: “%1” (%n gene, hash %2). Nothing new was stored; the set that exists is used.</numerusform>
            <numerusform>The registry already had this set: “%1” (%n genes, hash %2). Nothing new was stored; the set that exists is used.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The registry already had this set: “%1” (%n feature(s), hash %2). Nothing new was stored; the set that exists is used.</source>
        <translation>
            <numerusform>The registry already had this set: “%1” (%n feature, hash %2). Nothing new was stored; the set that exists is used.</numerusform>
            <numerusform>The registry already had this set: “%1” (%n features, hash %2). Nothing new was stored; the set that exists is used.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::Schema</name>
    <message>
        <source>some artifacts hold the same feature set under two slots, which this version no longer allows (a set is linked to an artifact once, as in LaminDB); detach one of the two with the FeatureDesk that made the registry, then open it again. Artifacts (sets): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds tables but none of FeatureDesk&apos;s</source>
        <extracomment>Completes &quot;This database %1, so it is not a FeatureDesk registry.&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has a meta table that FeatureDesk did not write</source>
        <extracomment>Completes &quot;This database %1, so it is not a FeatureDesk registry.&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not migrate %1: the foreign keys could not be switched off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migrate %1 to schema version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lock %1 for migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <extracomment>%1 is a phrase such as &quot;migrate the registry x to schema version 6&quot;, %2 why the step refused.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1: a row of %2 names a missing row of %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::SetMembersModel</name>
    <message>
        <source>Symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::ShippedGenes</name>
    <message>
        <source>FeatureDesk ships no genes of &apos;%1&apos;; it ships those of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::SqlErrors</name>
    <message>
        <source> The disk is full; free some space and try again (what could not be written was undone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The connection to the server was lost or the server did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The server stopped it because it ran longer than FeatureDesk lets a statement run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <extracomment>%1 is what was being done, a phrase such as &quot;read the features&quot; or &quot;add the feature &apos;x&apos;&quot; (translated where it is written); %2 is the database&apos;s own message.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::SqliteFileCheck</name>
    <message>
        <source>%1 is a folder, not a registry file. Choose the registry&apos;s .sqlite file inside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Check the file&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a FeatureDesk registry (not an SQLite database). Open a registry file instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: its header is not valid. Restore the registry from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is truncated: it should hold %2 bytes but holds %3. Restore the registry from a backup; FeatureDesk has not changed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry file %1 is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 that holds the registry is read-only, and SQLite must create the registry&apos;s working files (-wal, -shm) beside it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::SqliteFileCreation</name>
    <message>
        <source>Cannot create the folder %1; choose a folder you may write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the registry %1 in the folder %2: %3. Choose a folder you may write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the registry %1: its last write did not reach the file, most likely because the disk is full. Nothing was created; free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the registry %1: %2. Nothing was created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::Transaction</name>
    <message>
        <source>Could not %1: the transaction is open already.</source>
        <extracomment>%1 is a phrase such as &quot;read the features&quot;, as in &quot;Could not %1: %2&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1: no transaction is open.</source>
        <extracomment>%1 is a phrase such as &quot;read the features&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::UnappliedDecisions</name>
    <message numerus="yes">
        <source>%1 (%n decision(s))</source>
        <translation>
            <numerusform>%1 (%n decision)</numerusform>
            <numerusform>%1 (%n decisions)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The review of %1 has %n decision(s) that are not applied.</source>
        <translation>
            <numerusform>The review of %1 has %n decision that is not applied.</numerusform>
            <numerusform>The review of %1 has %n decisions that are not applied.</numerusform>
        </translation>
    </message>
    <message>
        <source>These reviews have decisions that are not applied:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions not applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply writes the decisions to the registry, then closes. Discard closes and loses them. Cancel keeps everything open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decisions of %1 could not be applied; nothing was closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::ValidationExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::ValidationModel</name>
    <message>
        <source>Validation of %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standardizable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ambiguous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not validated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dtype mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry has exactly this name. Nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry knows it in another spelling: other letter case, a synonym, extra spaces or another Unicode form. Accept the standard name to use the registry&apos;s spelling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is a synonym of several records. Pick the one that is meant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry does not know it. Pick a &quot;did you mean&quot; suggestion, add it as a new feature, make it a synonym of an existing feature, or ignore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is known, but the column&apos;s values do not fit the feature&apos;s registered type (for example text in a number feature). Check the file, or ignore the column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>did you mean %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (registered: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates / did you mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dtype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looks like %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looks like %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored from the decisions saved for this header: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (restored)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::WelcomePage</name>
    <message>
        <source>Try the &amp;sample files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the &amp;human genes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a &amp;lab registry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this page at start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to FeatureDesk&lt;/h2&gt;&lt;p&gt;FeatureDesk keeps a registry of the features your lab measures — the columns of your sample sheets, the genes of your panels — and helps you curate data files against it, in three steps.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop a CSV or TSV file on the window (or File ▸ Import…). FeatureDesk recognises its delimiter, quoting and encoding, and shows every column with its type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the Review tab each column name (or each gene in a column) is checked against the registry: validated, fixable, ambiguous or not validated. Accept the fixes, add new features, undo anything, apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the validated columns (or genes) as a feature set: stored once, identified by its hash as LaminDB does. Register your files as artifacts and attach the set by slot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sample sheet (8 samples, 7 columns) and an expression panel (10 genes, one a synonym and one a typo) to try the steps on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 77,614 human genes of NCBI (2022), shipped inside FeatureDesk: load them once to validate gene symbols and Ensembl or NCBI ids, offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your lab keeps a shared registry on a PostgreSQL server? Work on it together with your colleagues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gene registry state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No registry is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This registry holds %1 genes already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This registry has no genes yet (a few seconds to load).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for genes in the registry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the &amp;mouse genes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 78,317 mouse genes of GENCODE M37, also shipped inside FeatureDesk, for validating Ensembl ids (ENSMUSG…) and symbols of mouse data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::hdf5</name>
    <message>
        <source>an unknown filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (HDF5 filter %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>FeatureDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this registry (an SQLite file or a postgresql:// URL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV or TSV files (or folders of them) to import.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
