<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CsvColumnProfile</name>
    <message>
        <source>no data rows</source>
        <translation>keine Datenzeilen</translation>
    </message>
    <message>
        <source>all values are missing (pandas reads this as float)</source>
        <translation>alle Werte fehlen (pandas liest dies als float)</translation>
    </message>
    <message>
        <source>numbers with leading zeros such as &quot;%1&quot; are kept as text</source>
        <translation>Zahlen mit führenden Nullen wie „%1“ bleiben Text</translation>
    </message>
    <message>
        <source>integers beyond the 64-bit range are kept as text</source>
        <translation>Ganzzahlen jenseits des 64-Bit-Bereichs bleiben Text</translation>
    </message>
    <message>
        <source>integers with missing values (pandas reads them as float)</source>
        <translation>Ganzzahlen mit fehlenden Werten (pandas liest sie als float)</translation>
    </message>
    <message>
        <source>unsigned 64-bit integers (above the int64 range)</source>
        <translation>vorzeichenlose 64-Bit-Ganzzahlen (oberhalb des int64-Bereichs)</translation>
    </message>
    <message>
        <source>true/false values with missing values (pandas reads them as text)</source>
        <translation>true/false-Werte mit fehlenden Werten (pandas liest sie als Text)</translation>
    </message>
</context>
<context>
    <name>CsvColumnsModel</name>
    <message>
        <source>scanning…</source>
        <translation>wird gescannt…</translation>
    </message>
    <message>
        <source>Chosen by you; inferred: %1</source>
        <translation>Von Ihnen gewählt; ermittelt: %1</translation>
    </message>
    <message>
        <source>%1 (yours)</source>
        <translation>%1 (Ihre Wahl)</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Dtype</source>
        <translation>Datentyp</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlend</translation>
    </message>
    <message>
        <source>Distinct</source>
        <translation>Verschiedene</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <source>unexpected end of file</source>
        <translation>unerwartetes Dateiende</translation>
    </message>
    <message>
        <source>Column %1 has no name; it is called &quot;%2&quot;.</source>
        <translation>Spalte %1 hat keinen Namen; sie heißt „%2“.</translation>
    </message>
    <message>
        <source>Column %1 repeats the name &quot;%2&quot;; it is called &quot;%3&quot;.</source>
        <translation>Spalte %1 wiederholt den Namen „%2“; sie heißt „%3“.</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8; it was read as Windows-1252.</source>
        <translation>Die Datei ist kein gültiges UTF-8; sie wurde als Windows-1252 gelesen.</translation>
    </message>
    <message>
        <source>the delimiter cannot be the quote character or a line end</source>
        <translation>das Trennzeichen darf weder das Anführungszeichen noch ein Zeilenende sein</translation>
    </message>
    <message>
        <source>cannot seek in the file</source>
        <translation>Positionieren in der Datei ist nicht möglich</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n column(s); there is no column %2 (counted from 0).</source>
        <translation>
            <numerusform>%1 hat %n Spalte; es gibt keine Spalte %2 (ab 0 gezählt).</numerusform>
            <numerusform>%1 hat %n Spalten; es gibt keine Spalte %2 (ab 0 gezählt).</numerusform>
        </translation>
    </message>
    <message>
        <source>the write failed</source>
        <translation>das Schreiben ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>the file became shorter while it was read: it ends at byte %L1 of %L2</source>
        <translation>die Datei wurde während des Lesens kürzer: sie endet bei Byte %L1 von %L2</translation>
    </message>
    <message>
        <source>%1 has no column named &apos;%2&apos;. Check the spelling against the file&apos;s header.</source>
        <translation>%1 hat keine Spalte namens „%2“. Prüfen Sie die Schreibweise anhand der Kopfzeile der Datei.</translation>
    </message>
    <message>
        <source>%1 has no header, so its columns have no names; name the column by its position, counted from 0.</source>
        <translation>%1 hat keine Kopfzeile, daher haben die Spalten keine Namen; geben Sie die Spalte über ihre Position an, ab 0 gezählt.</translation>
    </message>
    <message>
        <source>%1, line %2, column %3</source>
        <translation>%1, Zeile %2, Spalte %3</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <source>Reading %1 was cancelled.</source>
        <translation>Das Lesen von %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1: the file does not exist. Check the path.</source>
        <translation>%1: Die Datei existiert nicht. Prüfen Sie den Pfad.</translation>
    </message>
    <message>
        <source>%1: the file could not be read (%2). Check that it still exists and that you may read it.</source>
        <translation>%1: Die Datei konnte nicht gelesen werden (%2). Prüfen Sie, ob sie noch existiert und ob Sie sie lesen dürfen.</translation>
    </message>
    <message>
        <source>%1: the gzip data is damaged or truncated (%2).</source>
        <translation>%1: Die gzip-Daten sind beschädigt oder abgeschnitten (%2).</translation>
    </message>
    <message>
        <source>%1: the file is empty.</source>
        <translation>%1: Die Datei ist leer.</translation>
    </message>
    <message>
        <source>%1: this is not a text file (it contains NUL bytes). Choose a CSV or TSV file.</source>
        <translation>%1: Dies ist keine Textdatei (sie enthält NUL-Bytes). Wählen Sie eine CSV- oder TSV-Datei.</translation>
    </message>
    <message>
        <source>%1: the encoding &quot;%2&quot; is not supported. Use UTF-8, UTF-16LE, UTF-16BE, Latin-1 or Windows-1252.</source>
        <translation>%1: Die Zeichenkodierung „%2“ wird nicht unterstützt. Verwenden Sie UTF-8, UTF-16LE, UTF-16BE, Latin-1 oder Windows-1252.</translation>
    </message>
    <message>
        <source>%1: invalid option: %2.</source>
        <translation>%1: ungültige Option: %2.</translation>
    </message>
    <message>
        <source>%1: a quoted field starts here and is never closed. Check the quotes on that line.</source>
        <translation>%1: Hier beginnt ein Feld in Anführungszeichen, das nie geschlossen wird. Prüfen Sie die Anführungszeichen in dieser Zeile.</translation>
    </message>
    <message>
        <source>%1: a record is longer than %2 MiB; the file is probably not a CSV file, or a quote is never closed.</source>
        <translation>%1: Ein Datensatz ist länger als %2 MiB; die Datei ist wahrscheinlich keine CSV-Datei, oder ein Anführungszeichen wird nie geschlossen.</translation>
    </message>
    <message>
        <source>The header on line %1 is not valid UTF-8.</source>
        <translation>Die Kopfzeile in Zeile %1 ist kein gültiges UTF-8.</translation>
    </message>
    <message>
        <source>expected %1 fields, found %2</source>
        <translation>%1 Felder erwartet, %2 gefunden</translation>
    </message>
    <message>
        <source>invalid UTF-8 in column %1</source>
        <translation>ungültiges UTF-8 in Spalte %1</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <source>vertical bar</source>
        <translation>senkrechter Strich</translation>
    </message>
    <message>
        <source>No delimiter splits the records into columns; the file is read as one column.</source>
        <translation>Kein Trennzeichen teilt die Datensätze in Spalten; die Datei wird als eine einzige Spalte gelesen.</translation>
    </message>
    <message>
        <source>A quoted field is never closed.</source>
        <translation>Ein Feld in Anführungszeichen wird nie geschlossen.</translation>
    </message>
    <message>
        <source>%1 of %2 sampled records do not have %3 fields.</source>
        <translation>%1 von %2 Datensätzen der Stichprobe haben nicht %3 Felder.</translation>
    </message>
    <message>
        <source>The %1 fits the sample as well as the %2 (%3 against %4 columns); the %2 was chosen.</source>
        <translation>Das Trennzeichen %1 passt ebenso gut zur Stichprobe wie %2 (%3 gegenüber %4 Spalten); gewählt wurde %2.</translation>
    </message>
    <message>
        <source>The first row was taken as a header, but that is a guess.</source>
        <translation>Die erste Zeile wurde als Kopfzeile angenommen, aber das ist nur eine Vermutung.</translation>
    </message>
    <message>
        <source>The first row was taken as data, but that is a guess.</source>
        <translation>Die erste Zeile wurde als Daten angenommen, aber das ist nur eine Vermutung.</translation>
    </message>
    <message>
        <source>%1 is the file being read; write the standardized copy to another file.</source>
        <translation>%1 ist die Datei, die gelesen wird; schreiben Sie die standardisierte Kopie in eine andere Datei.</translation>
    </message>
    <message>
        <source>%1 has no header, so it has no column names to standardize.</source>
        <translation>%1 hat keine Kopfzeile und damit keine Spaltennamen zum Standardisieren.</translation>
    </message>
    <message>
        <source>%1 could not be written (%2). Check that the folder exists and that you may write there.</source>
        <translation>%1 konnte nicht geschrieben werden (%2). Prüfen Sie, ob der Ordner existiert und ob Sie dort schreiben dürfen.</translation>
    </message>
    <message>
        <source>The header now names two columns &quot;%1&quot;; readers will tell them apart as &quot;%1&quot; and &quot;%1.1&quot;.</source>
        <translation>Die Kopfzeile benennt jetzt zwei Spalten „%1“; Leseprogramme unterscheiden sie als „%1“ und „%1.1“.</translation>
    </message>
    <message>
        <source>%1 could not be written (%2). Check the free space.</source>
        <translation>%1 konnte nicht geschrieben werden (%2). Prüfen Sie den freien Speicherplatz.</translation>
    </message>
    <message>
        <source>%1, line %2, field %3 holds a NUL character (U+0000), which is not text: a copy holding it could not be read again. Remove the NUL characters from the file first; nothing was written.</source>
        <translation>%1, Zeile %2, Feld %3 enthält ein NUL-Zeichen (U+0000), das kein Text ist: eine Kopie damit ließe sich nicht wieder lesen. Entfernen Sie die NUL-Zeichen zuerst aus der Datei; es wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>CuratedMembers</name>
    <message>
        <source>%1: ignored</source>
        <translation>%1: ignoriert</translation>
    </message>
    <message>
        <source>%1: %2 is not in the registry</source>
        <translation>%1: %2 ist nicht im Register</translation>
    </message>
    <message>
        <source>%1: not applied yet</source>
        <translation>%1: noch nicht angewendet</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Curation</name>
    <message>
        <source>Use %1</source>
        <translation>%1 verwenden</translation>
    </message>
    <message>
        <source>Add feature %1</source>
        <translation>Merkmal %1 hinzufügen</translation>
    </message>
    <message>
        <source>Add feature %1 (%2)</source>
        <translation>Merkmal %1 hinzufügen (%2)</translation>
    </message>
    <message>
        <source>Synonym of %1</source>
        <translation>Synonym von %1</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorieren</translation>
    </message>
    <message>
        <source>unit %1</source>
        <translation>Einheit %1</translation>
    </message>
    <message>
        <source>synonyms %1</source>
        <translation>Synonyme %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
</context>
<context>
    <name>ErrorPresenter</name>
    <message>
        <source>Use File ▸ New registry… to create one.</source>
        <translation>Mit Datei ▸ Neues Register… legen Sie eines an.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Not a registry</source>
        <translation>Kein Register</translation>
    </message>
    <message>
        <source>Damaged registry</source>
        <translation>Beschädigtes Register</translation>
    </message>
    <message>
        <source>Registry from a newer FeatureDesk</source>
        <translation>Register aus einer neueren FeatureDesk-Version</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <source>Registry is busy</source>
        <translation>Register ist belegt</translation>
    </message>
    <message>
        <source>Server unreachable</source>
        <translation>Server nicht erreichbar</translation>
    </message>
    <message>
        <source>Check your input</source>
        <translation>Prüfen Sie Ihre Eingabe</translation>
    </message>
    <message>
        <source>Already there</source>
        <translation>Bereits vorhanden</translation>
    </message>
    <message>
        <source>Not permitted</source>
        <translation>Nicht erlaubt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>FeatureDesk</source>
        <translation>FeatureDesk</translation>
    </message>
    <message>
        <source>Choose the organism.</source>
        <translation>Wählen Sie den Organismus.</translation>
    </message>
    <message>
        <source>Ask the server&apos;s administrator to set it up as a FeatureDesk registry (README: a shared lab registry).</source>
        <translation>Bitten Sie die Administration des Servers, sie als FeatureDesk-Register einzurichten (README: ein gemeinsames Laborregister).</translation>
    </message>
    <message>
        <source>Open it with File ▸ Open registry… to update it.</source>
        <translation>Öffnen Sie es mit Datei ▸ Register öffnen…, um es zu aktualisieren.</translation>
    </message>
    <message>
        <source>Import its genes with Registry ▸ Import genes…, or choose one of the organisms the registry has.</source>
        <translation>Importieren Sie seine Gene mit Register ▸ Gene importieren…, oder wählen Sie einen der Organismen, die das Register enthält.</translation>
    </message>
    <message>
        <source>Ask the server&apos;s administrator to set them up (README: a shared lab registry).</source>
        <translation>Bitten Sie die Administration des Servers, sie einzurichten (README: ein gemeinsames Laborregister).</translation>
    </message>
</context>
<context>
    <name>FileValidator</name>
    <message>
        <source>Validation cancelled.</source>
        <translation>Validierung abgebrochen.</translation>
    </message>
    <message>
        <source>The genes&apos; organism cannot be told from the values.</source>
        <translation>Aus den Werten lässt sich nicht erkennen, zu welchem Organismus die Gene gehören.</translation>
    </message>
    <message>
        <source>The genes&apos; organism cannot be told from the column names.</source>
        <translation>Aus den Spaltennamen lässt sich nicht erkennen, zu welchem Organismus die Gene gehören.</translation>
    </message>
</context>
<context>
    <name>GeneDetails</name>
    <message>
        <source>an Ensembl gene id</source>
        <translation>eine Ensembl-Gen-ID</translation>
    </message>
    <message>
        <source>an NCBI gene id</source>
        <translation>eine NCBI-Gen-ID</translation>
    </message>
    <message>
        <source>read the genes of %1</source>
        <translation>die Gene von %1 zu lesen</translation>
    </message>
    <message>
        <source>Looks like %1, but no gene of %2 has it.</source>
        <translation>Sieht aus wie %1, aber kein Gen von %2 hat diese ID.</translation>
    </message>
    <message>
        <source>Looks like %1: %2 is %3. Check the column as %4.</source>
        <translation>Sieht aus wie %1: %2 ist %3. Prüfen Sie die Spalte als %4.</translation>
    </message>
    <message>
        <source>Looks like %1: %2 is %3. Check the column as %4, or rename the value to %5.</source>
        <translation>Sieht aus wie %1: %2 ist %3. Prüfen Sie die Spalte als %4, oder benennen Sie den Wert in %5 um.</translation>
    </message>
</context>
<context>
    <name>GeneImportController</name>
    <message>
        <source>%1 (%2, %3): %4 genes read.

Added %5, updated %6, unchanged %7, skipped %8.</source>
        <translation>%1 (%2, %3): %4 Gene gelesen.

Hinzugefügt: %5, aktualisiert: %6, unverändert: %7, übersprungen: %8.</translation>
    </message>
    <message>
        <source>%1 rows of other organisms were left out.</source>
        <translation>%1 Zeilen anderer Organismen wurden ausgelassen.</translation>
    </message>
    <message>
        <source>Import genes</source>
        <translation>Gene importieren</translation>
    </message>
    <message>
        <source>Organism</source>
        <translation>Organismus</translation>
    </message>
    <message>
        <source>%1 %2
Which organism are these genes of?</source>
        <translation>%1 %2
Zu welchem Organismus gehören diese Gene?</translation>
    </message>
    <message>
        <source>does not say which organism it is of.</source>
        <translation>gibt nicht an, zu welchem Organismus sie gehört.</translation>
    </message>
    <message>
        <source>holds genes of several organisms.</source>
        <translation>enthält Gene mehrerer Organismen.</translation>
    </message>
    <message>
        <source>Importing genes from %1…</source>
        <translation>Gene werden aus %1 importiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Genes imported</source>
        <translation>Gene importiert</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Import abgebrochen</translation>
    </message>
    <message>
        <source>The gene import was cancelled; the registry is as it was.</source>
        <translation>Der Genimport wurde abgebrochen; das Register ist unverändert.</translation>
    </message>
    <message>
        <source>%1 genes share an Ensembl id or symbol with another gene. FeatureDesk gave each of them an identity of its own (symbol + organism, or NCBI id), so that both genes can be used; the details list them.</source>
        <translation>%1 Gene teilen eine Ensembl-ID oder ein Symbol mit einem anderen Gen. FeatureDesk hat jedem von ihnen eine eigene Identität gegeben (Symbol + Organismus oder NCBI-ID), damit beide Gene verwendet werden können; die Details listen sie auf.</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>told apart by NCBI id %1</source>
        <translation>unterschieden durch die NCBI-ID %1</translation>
    </message>
    <message>
        <source>told apart by symbol + organism</source>
        <translation>unterschieden durch Symbol + Organismus</translation>
    </message>
    <message>
        <source>line %1: %2 shares its id or symbol with %3; %4</source>
        <translation>Zeile %1: %2 teilt ID oder Symbol mit %3; %4</translation>
    </message>
    <message>
        <source>Gene tables (*.gene_info *.tsv *.txt *.csv *.gz);;All files (*)</source>
        <translation>Gentabellen (*.gene_info *.tsv *.txt *.csv *.gz);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>GeneSearchModel</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>ImportFiles</name>
    <message>
        <source>%1: not found</source>
        <translation>%1: nicht gefunden</translation>
    </message>
    <message>
        <source>%1: no .csv, .tsv, .txt, .tab or .h5ad files inside</source>
        <translation>%1: enthält keine .csv-, .tsv-, .txt-, .tab- oder .h5ad-Dateien</translation>
    </message>
</context>
<context>
    <name>NewFeatureDialog</name>
    <message>
        <source>Add feature</source>
        <translation>Merkmal hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>e.g. dose_mg</source>
        <translation>z. B. dose_mg</translation>
    </message>
    <message>
        <source>&amp;Dtype:</source>
        <translation>&amp;Datentyp:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Einheit:</translation>
    </message>
    <message>
        <source>&amp;Synonyms:</source>
        <translation>&amp;Synonyme:</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>other names, separated by commas or one per line</source>
        <translation>weitere Namen, durch Kommas getrennt oder einer pro Zeile</translation>
    </message>
</context>
<context>
    <name>RegistryTables</name>
    <message>
        <source>Features</source>
        <translation>Merkmale</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Dtype</source>
        <translation>Datentyp</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Synonyms</source>
        <translation>Synonyme</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <source>Created at</source>
        <translation>Erstellt am</translation>
    </message>
    <message>
        <source>Feature sets</source>
        <translation>Merkmalssets</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Artifacts</source>
        <translation>Artefakte</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Suffix</source>
        <translation>Endung</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Genes</source>
        <translation>Gene</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>Ensembl ID</source>
        <translation>Ensembl-ID</translation>
    </message>
    <message>
        <source>NCBI ID</source>
        <translation>NCBI-ID</translation>
    </message>
    <message>
        <source>Biotype</source>
        <translation>Biotyp</translation>
    </message>
    <message>
        <source>Organism</source>
        <translation>Organismus</translation>
    </message>
    <message>
        <source>Sets of the artifact %1</source>
        <translation>Sets des Artefakts %1</translation>
    </message>
    <message>
        <source>Sets with the feature %1</source>
        <translation>Sets mit dem Merkmal %1</translation>
    </message>
    <message>
        <source>Sets with the gene %1</source>
        <translation>Sets mit dem Gen %1</translation>
    </message>
    <message>
        <source>Artifacts using the set %1</source>
        <translation>Artefakte, die das Set %1 verwenden</translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <source>Padded with white space; the trimmed name matches.</source>
        <translation>Von Leerraum umgeben; ohne ihn passt der Name.</translation>
    </message>
    <message>
        <source>Written in another Unicode form; the NFC form matches.</source>
        <translation>In einer anderen Unicode-Form geschrieben; die NFC-Form passt.</translation>
    </message>
    <message>
        <source>The id without its version or in other letter case matches.</source>
        <translation>Die ID ohne Versionsnummer oder in anderer Groß-/Kleinschreibung passt.</translation>
    </message>
    <message>
        <source>Matches in other letter case.</source>
        <translation>Passt in anderer Groß-/Kleinschreibung.</translation>
    </message>
    <message>
        <source>A synonym.</source>
        <translation>Ein Synonym.</translation>
    </message>
    <message>
        <source>Several records have this exact name.</source>
        <translation>Mehrere Einträge haben genau diesen Namen.</translation>
    </message>
    <message>
        <source>It names %1 records; pick the one meant.</source>
        <translation>Der Name bezeichnet %1 Einträge; wählen Sie den gemeinten aus.</translation>
    </message>
    <message>
        <source>The column reads as %1, but the feature %2 is registered as %3.</source>
        <translation>Die Spalte wird als %1 gelesen, aber das Merkmal %2 ist als %3 registriert.</translation>
    </message>
    <message>
        <source>%1 of %2 values look like Ensembl gene ids; validate them as gene.ensembl_gene_id.</source>
        <translation>%1 von %2 Werten sehen wie Ensembl-Gen-IDs aus; validieren Sie sie als gene.ensembl_gene_id.</translation>
    </message>
    <message>
        <source>%1 of %2 values are plain numbers; if they are NCBI gene ids, validate them as gene.ncbi_gene_id.</source>
        <translation>%1 von %2 Werten sind reine Zahlen; falls es NCBI-Gen-IDs sind, validieren Sie sie als gene.ncbi_gene_id.</translation>
    </message>
    <message>
        <source>Holds %1, which a name may not hold.</source>
        <translation>Enthält %1, was ein Name nicht enthalten darf.</translation>
    </message>
    <message>
        <source>Without it the name matches.</source>
        <translation>Ohne es passt der Name.</translation>
    </message>
    <message>
        <source>Looks like an Ensembl gene id; check the column as gene.ensembl_gene_id.</source>
        <translation>Sieht aus wie eine Ensembl-Gen-ID; prüfen Sie die Spalte als gene.ensembl_gene_id.</translation>
    </message>
    <message>
        <source>Looks like an NCBI gene id; check the column as gene.ncbi_gene_id.</source>
        <translation>Sieht aus wie eine NCBI-Gen-ID; prüfen Sie die Spalte als gene.ncbi_gene_id.</translation>
    </message>
    <message>
        <source>Has a version suffix; the id without it matches (standardize to the bare id).</source>
        <translation>Hat eine Versionsendung; die ID ohne sie passt (auf die bloße ID standardisieren).</translation>
    </message>
</context>
<context>
    <name>fd::AboutDialog</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>About FeatureDesk</source>
        <translation>Über FeatureDesk</translation>
    </message>
    <message>
        <source>Keeps a registry of the features and genes a lab measures, and curates data files against it, with identities compatible with LaminDB.</source>
        <translation>Führt ein Register der Merkmale und Gene, die ein Labor misst, und kuratiert Datendateien anhand dieses Registers, mit zu LaminDB kompatiblen Identitäten.</translation>
    </message>
    <message>
        <source>&lt;p&gt;FeatureDesk is built on Qt 6 (LGPL 3; Qt Charts under GPL 3), SQLite (public domain) and, for shared registries, PostgreSQL&apos;s client library libpq (PostgreSQL Licence). It comes with no warranty.&lt;/p&gt;</source>
        <translation>&lt;p&gt;FeatureDesk basiert auf Qt 6 (LGPL 3; Qt Charts unter GPL 3), SQLite (gemeinfrei) und, für gemeinsame Register, der PostgreSQL-Clientbibliothek libpq (PostgreSQL-Lizenz). Es wird ohne jede Gewährleistung bereitgestellt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy these details as text, for a bug report</source>
        <translation>Diese Angaben als Text kopieren, für einen Fehlerbericht</translation>
    </message>
    <message>
        <source>Copy status</source>
        <translation>Kopierstatus</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (erstellt mit %2)</translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
    <message>
        <source>unknown: %1</source>
        <translation>unbekannt: %1</translation>
    </message>
    <message>
        <source>PostgreSQL client</source>
        <translation>PostgreSQL-Client</translation>
    </message>
    <message>
        <source>available (Qt&apos;s QPSQL driver)</source>
        <translation>verfügbar (QPSQL-Treiber von Qt)</translation>
    </message>
    <message>
        <source>not installed: shared lab registries need Qt&apos;s QPSQL driver (Debian: libqt6sql6-psql)</source>
        <translation>nicht installiert: Gemeinsame Laborregister benötigen den QPSQL-Treiber von Qt (Debian: libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>Registry schema</source>
        <translation>Registerschema</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Identities as in</source>
        <translation>Identitäten wie in</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>%1, %2, Qt platform %3</source>
        <translation>%1, %2, Qt-Plattform %3</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>In die Zwischenablage kopiert.</translation>
    </message>
</context>
<context>
    <name>fd::AnnDataSets</name>
    <message numerus="yes">
        <source>No var set: none of its %n var ids is a registered gene.</source>
        <translation>
            <numerusform>Kein var-Set: Die %n var-Kennung ist kein registriertes Gen.</numerusform>
            <numerusform>Kein var-Set: Keine der %n var-Kennungen ist ein registriertes Gen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No obs set: none of its %n obs columns is a registered feature.</source>
        <translation>
            <numerusform>Kein obs-Set: Die %n obs-Spalte ist kein registriertes Merkmal.</numerusform>
            <numerusform>Kein obs-Set: Keine der %n obs-Spalten ist ein registriertes Merkmal.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::ArtifactActions</name>
    <message>
        <source>Artifacts</source>
        <translation>Artefakte</translation>
    </message>
    <message numerus="yes">
        <source>Attaching the set under “%1” to %n artifact(s)…</source>
        <translation>
            <numerusform>Das Set wird unter „%1“ an %n Artefakt angehängt…</numerusform>
            <numerusform>Das Set wird unter „%1“ an %n Artefakte angehängt…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Attached the set under “%1” to %n artifact(s).</source>
        <translation>
            <numerusform>Das Set unter „%1“ an %n Artefakt angehängt.</numerusform>
            <numerusform>Das Set unter „%1“ an %n Artefakte angehängt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was attached.</source>
        <translation>Es wurde nichts angehängt.</translation>
    </message>
    <message numerus="yes">
        <source>Replacing the set under “%1” for %n artifact(s)…</source>
        <translation>
            <numerusform>Das Set unter „%1“ wird für %n Artefakt ersetzt…</numerusform>
            <numerusform>Das Set unter „%1“ wird für %n Artefakte ersetzt…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Detaching “%1” from %n artifact(s)…</source>
        <translation>
            <numerusform>„%1“ wird von %n Artefakt entfernt…</numerusform>
            <numerusform>„%1“ wird von %n Artefakten entfernt…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Detached “%1” from %n artifact(s).</source>
        <translation>
            <numerusform>„%1“ von %n Artefakt entfernt.</numerusform>
            <numerusform>„%1“ von %n Artefakten entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the artifacts to attach a set to first.</source>
        <translation>Wählen Sie zuerst die Artefakte aus, an die ein Set angehängt werden soll.</translation>
    </message>
    <message>
        <source>Select the artifacts to detach a slot from first.</source>
        <translation>Wählen Sie zuerst die Artefakte aus, von denen ein Slot entfernt werden soll.</translation>
    </message>
    <message>
        <source>Detach slot</source>
        <translation>Slot entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Remove the set under which slot from %n artifact(s)? The sets themselves stay.</source>
        <translation>
            <numerusform>Das Set unter welchem Slot von %n Artefakt entfernen? Die Sets selbst bleiben erhalten.</numerusform>
            <numerusform>Das Set unter welchem Slot von %n Artefakten entfernen? Die Sets selbst bleiben erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the set under “%1” from this artifact? The set itself stays.</source>
        <translation>Das Set unter „%1“ von diesem Artefakt entfernen? Das Set selbst bleibt erhalten.</translation>
    </message>
    <message>
        <source>Select two or more feature sets to compare.</source>
        <translation>Wählen Sie zwei oder mehr Merkmalssets zum Vergleichen aus.</translation>
    </message>
    <message>
        <source>Select two or more artifacts to compare.</source>
        <translation>Wählen Sie zwei oder mehr Artefakte zum Vergleichen aus.</translation>
    </message>
    <message>
        <source>%1 already has the set “%2” under “%3”. Replace it with “%4”?</source>
        <translation>%1 hat unter „%3“ bereits das Set „%2“. Durch „%4“ ersetzen?</translation>
    </message>
    <message>
        <source>%1 (“%2”)</source>
        <translation>%1 („%2“)</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n weiteres</numerusform>
            <numerusform>%n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the selected artifacts already hold another set under “%1”: %2. Replace what they hold with “%3”?</source>
        <translation>
            <numerusform>%n der ausgewählten Artefakte hat unter „%1“ bereits ein anderes Set: %2. Durch „%3“ ersetzen?</numerusform>
            <numerusform>%n der ausgewählten Artefakte haben unter „%1“ bereits ein anderes Set: %2. Durch „%3“ ersetzen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace the set under “%1”?</source>
        <translation>Das Set unter „%1“ ersetzen?</translation>
    </message>
    <message>
        <source>Replace: every selected artifact holds “%1” under “%2” afterwards; the sets it replaces stay in the registry.
Keep what is there: nothing is attached to any selected artifact.</source>
        <translation>Ersetzen: Danach enthält jedes ausgewählte Artefakt „%1“ unter „%2“; die ersetzten Sets bleiben im Register.
Vorhandenes behalten: An keines der ausgewählten Artefakte wird etwas angehängt.</translation>
    </message>
    <message>
        <source>%1: artifact %2, holds %3 (%4)</source>
        <translation>%1: Artefakt %2, enthält %3 (%4)</translation>
    </message>
    <message>
        <source>New set: %1 (%2)</source>
        <translation>Neues Set: %1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>&amp;Keep what is there</source>
        <translation>&amp;Vorhandenes behalten</translation>
    </message>
    <message>
        <source>Replace: %1 holds “%2” under “%3” afterwards; “%4” stays in the registry.
Keep what is there: nothing is attached.</source>
        <translation>Ersetzen: Danach enthält %1 „%2“ unter „%3“; „%4“ bleibt im Register.
Vorhandenes behalten: Es wird nichts angehängt.</translation>
    </message>
</context>
<context>
    <name>fd::ArtifactComparison</name>
    <message>
        <source>Choose two feature sets to compare.</source>
        <translation>Wählen Sie zwei Merkmalssets zum Vergleichen.</translation>
    </message>
</context>
<context>
    <name>fd::ArtifactDetails</name>
    <message>
        <source>Show its &amp;sets</source>
        <translation>&amp;Sets anzeigen</translation>
    </message>
    <message>
        <source>De&amp;tach slot</source>
        <translation>Slot en&amp;tfernen</translation>
    </message>
    <message>
        <source>Select an artifact to see its slots.</source>
        <translation>Wählen Sie ein Artefakt aus, um seine Slots zu sehen.</translation>
    </message>
    <message>
        <source>Artifact key</source>
        <translation>Artefaktschlüssel</translation>
    </message>
    <message>
        <source>Artifact summary</source>
        <translation>Artefaktübersicht</translation>
    </message>
    <message>
        <source>Slots</source>
        <translation>Slots</translation>
    </message>
    <message>
        <source>Show the feature sets of this artifact in the Feature sets view</source>
        <translation>Die Merkmalssets dieses Artefakts in der Ansicht „Merkmalssets“ anzeigen</translation>
    </message>
    <message>
        <source>Remove the set from the selected slot of this artifact</source>
        <translation>Das Set aus dem ausgewählten Slot dieses Artefakts entfernen</translation>
    </message>
    <message>
        <source>Slots — one feature set each:</source>
        <translation>Slots — je ein Merkmalsset:</translation>
    </message>
    <message>
        <source>Feature sets of the artifact “%1”</source>
        <translation>Merkmalssets des Artefakts „%1“</translation>
    </message>
    <message>
        <source>no suffix</source>
        <translation>keine Endung</translation>
    </message>
    <message>
        <source>%1, %2 bytes. Registered by %6 on %7.
UID %3
%4 hash %5</source>
        <translation>%1, %2 Bytes. Registriert von %6 am %7.
UID %3
%4-Hash %5</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
</context>
<context>
    <name>fd::ArtifactRegistration</name>
    <message>
        <source>No columns set: the file has no header row.</source>
        <translation>Kein columns-Set: Die Datei hat keine Kopfzeile.</translation>
    </message>
    <message>
        <source>No columns set: none of its %1 columns is a registered feature.</source>
        <translation>Kein columns-Set: Keine ihrer %1 Spalten ist ein registriertes Merkmal.</translation>
    </message>
    <message>
        <source>Registration cancelled; nothing was registered.</source>
        <translation>Registrierung abgebrochen; es wurde nichts registriert.</translation>
    </message>
    <message>
        <source>No columns set: %1</source>
        <translation>Kein columns-Set: %1</translation>
    </message>
    <message numerus="yes">
        <source>register %n files</source>
        <translation>
            <numerusform>%n Datei zu registrieren</numerusform>
            <numerusform>%n Dateien zu registrieren</numerusform>
        </translation>
    </message>
    <message>
        <source>An AnnData file&apos;s var and obs sets do not go with a columns set.</source>
        <translation>Die var- und obs-Sets einer AnnData-Datei passen nicht zu einem Spalten-Set.</translation>
    </message>
</context>
<context>
    <name>fd::ArtifactRegistrationController</name>
    <message numerus="yes">
        <source>%n file(s) read: </source>
        <translation>
            <numerusform>%n Datei gelesen: </numerusform>
            <numerusform>%n Dateien gelesen: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 registered, %2 known already (same content), %3 not registered.</source>
        <translation>%1 registriert, %2 bereits bekannt (gleicher Inhalt), %3 nicht registriert.</translation>
    </message>
    <message>
        <source>%1 files got their columns set: %2 distinct set(s), %3 of them new.</source>
        <translation>%1 Dateien erhielten ihr columns-Set: %2 verschiedene Set(s), davon %3 neu.</translation>
    </message>
    <message>
        <source>registered as %1</source>
        <translation>registriert als %1</translation>
    </message>
    <message>
        <source>known as %1</source>
        <translation>bekannt als %1</translation>
    </message>
    <message numerus="yes">
        <source>; columns set %1 (%n feature(s))</source>
        <translation>
            <numerusform>; columns-Set %1 (%n Merkmal)</numerusform>
            <numerusform>; columns-Set %1 (%n Merkmale)</numerusform>
        </translation>
    </message>
    <message>
        <source>; not in the set: %1</source>
        <translation>; nicht im Set: %1</translation>
    </message>
    <message>
        <source>Register files</source>
        <translation>Dateien registrieren</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Register a folder</source>
        <translation>Ordner registrieren</translation>
    </message>
    <message>
        <source>Nothing to register:
%1</source>
        <translation>Nichts zu registrieren:
%1</translation>
    </message>
    <message numerus="yes">
        <source>Reading and hashing %n file(s)…</source>
        <translation>
            <numerusform>%n Datei wird gelesen und gehasht…</numerusform>
            <numerusform>%n Dateien werden gelesen und gehasht…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Register artifacts</source>
        <translation>Artefakte registrieren</translation>
    </message>
    <message>
        <source>Artifacts registered</source>
        <translation>Artefakte registriert</translation>
    </message>
    <message>
        <source>Registration cancelled</source>
        <translation>Registrierung abgebrochen</translation>
    </message>
    <message>
        <source>The registration was cancelled; nothing was registered.</source>
        <translation>Die Registrierung wurde abgebrochen; es wurde nichts registriert.</translation>
    </message>
    <message numerus="yes">
        <source>; curated by %n decision(s) saved from %1 (not applied yet)</source>
        <translation>
            <numerusform>; kuratiert durch %n gespeicherte Entscheidung aus %1 (noch nicht angewendet)</numerusform>
            <numerusform>; kuratiert durch %n gespeicherte Entscheidungen aus %1 (noch nicht angewendet)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; curated by %n decision(s) saved from %1</source>
        <translation>
            <numerusform>; kuratiert durch %n gespeicherte Entscheidung aus %1</numerusform>
            <numerusform>; kuratiert durch %n gespeicherte Entscheidungen aus %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Registered %1 as artifact %2.</source>
        <translation>%1 als Artefakt %2 registriert.</translation>
    </message>
    <message>
        <source>%1 was registered already, as artifact %2.</source>
        <translation>%1 war bereits registriert, als Artefakt %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1: set %2 of %n gene(s) attached.</source>
        <translation>
            <numerusform>%1: Set %2 mit %n Gen angehängt.</numerusform>
            <numerusform>%1: Set %2 mit %n Genen angehängt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: set %2 of %n feature(s) attached.</source>
        <translation>
            <numerusform>%1: Set %2 mit %n Merkmal angehängt.</numerusform>
            <numerusform>%1: Set %2 mit %n Merkmalen angehängt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no set. %2</source>
        <translation>%1: kein Set. %2</translation>
    </message>
    <message numerus="yes">
        <source>Left out (%n): %1</source>
        <translation>
            <numerusform>Ausgelassen (%n): %1</numerusform>
            <numerusform>Ausgelassen (%n): %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… und %n weiterer Eintrag.</numerusform>
            <numerusform>… und %n weitere Einträge.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::ArtifactSlotsModel</name>
    <message>
        <source>Slot</source>
        <translation>Slot</translation>
    </message>
    <message>
        <source>Feature set</source>
        <translation>Merkmalsset</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Set UID</source>
        <translation>Set-UID</translation>
    </message>
</context>
<context>
    <name>fd::ArtifactStore</name>
    <message>
        <source>No feature set has the uid &apos;%1&apos;; nothing was attached.</source>
        <translation>Kein Merkmalsset hat die UID „%1“; es wurde nichts angehängt.</translation>
    </message>
    <message>
        <source>A slot needs a name (columns, var, obs, ...).</source>
        <translation>Ein Slot braucht einen Namen (columns, var, obs, ...).</translation>
    </message>
    <message>
        <source>A slot name has at most 100 characters.</source>
        <translation>Ein Slot-Name hat höchstens 100 Zeichen.</translation>
    </message>
    <message>
        <source>The slot name &apos;%1&apos; holds control characters or outer white space; use letters, digits and punctuation.</source>
        <translation>Der Slot-Name „%1“ enthält Steuerzeichen oder Leerraum am Rand; verwenden Sie Buchstaben, Ziffern und Satzzeichen.</translation>
    </message>
    <message>
        <source>%1 is not there (or not a file); nothing was registered.</source>
        <translation>%1 ist nicht vorhanden (oder keine Datei); es wurde nichts registriert.</translation>
    </message>
    <message>
        <source>No artifact has the uid &apos;%1&apos;.</source>
        <translation>Kein Artefakt hat die UID „%1“.</translation>
    </message>
    <message>
        <source>Name the artifacts first; %1.</source>
        <translation>Geben Sie zuerst die Artefakte an; %1.</translation>
    </message>
    <message>
        <source>No artifact has the uid &apos;%1&apos;; %2.</source>
        <translation>Kein Artefakt hat die UID „%1“; %2.</translation>
    </message>
    <message>
        <source>nothing was attached</source>
        <translation>es wurde nichts angehängt</translation>
    </message>
    <message>
        <source>The artifact %1 holds the set %2 under another slot already; </source>
        <translation>Das Artefakt %1 enthält das Set %2 bereits unter einem anderen Slot; </translation>
    </message>
    <message>
        <source>The artifacts %1 hold the set %2 under another slot already; </source>
        <translation>Die Artefakte %1 enthalten das Set %2 bereits unter einem anderen Slot; </translation>
    </message>
    <message>
        <source>a set is linked to an artifact under one slot only (as in LaminDB). Nothing was attached.</source>
        <translation>ein Set ist mit einem Artefakt nur unter einem Slot verknüpft (wie in LaminDB). Es wurde nichts angehängt.</translation>
    </message>
    <message>
        <source>No artifact has the uid %1 (deleted meanwhile?); nothing was attached.</source>
        <translation>Kein Artefakt hat die UID %1 (inzwischen gelöscht?); es wurde nichts angehängt.</translation>
    </message>
    <message>
        <source>The artifact %1 holds another set under &apos;%2&apos;; replace it explicitly. Nothing was attached.</source>
        <translation>Das Artefakt %1 enthält unter „%2“ ein anderes Set; ersetzen Sie es ausdrücklich. Es wurde nichts angehängt.</translation>
    </message>
    <message>
        <source>The artifacts %1 hold another set under &apos;%2&apos;; replace them explicitly. Nothing was attached.</source>
        <translation>Die Artefakte %1 enthalten unter „%2“ ein anderes Set; ersetzen Sie diese ausdrücklich. Es wurde nichts angehängt.</translation>
    </message>
    <message>
        <source>nothing was detached</source>
        <translation>es wurde nichts entfernt</translation>
    </message>
    <message>
        <source>No artifact has the uid %1; nothing was detached.</source>
        <translation>Kein Artefakt hat die UID %1; es wurde nichts entfernt.</translation>
    </message>
    <message>
        <source>The artifact %1 has nothing under &apos;%2&apos;.</source>
        <translation>Das Artefakt %1 hat nichts unter „%2“.</translation>
    </message>
    <message>
        <source>None of the %1 artifacts has anything under &apos;%2&apos;.</source>
        <translation>Keines der %1 Artefakte hat etwas unter „%2“.</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> und %1 weitere</translation>
    </message>
    <message>
        <source>find %1</source>
        <extracomment>%1 is what is looked up, such as &quot;feature set&quot;.</extracomment>
        <translation>das %1 zu finden</translation>
    </message>
    <message>
        <source>register %1</source>
        <translation>%1 zu registrieren</translation>
    </message>
    <message numerus="yes">
        <source>register %n files</source>
        <translation>
            <numerusform>%n Datei zu registrieren</numerusform>
            <numerusform>%n Dateien zu registrieren</numerusform>
        </translation>
    </message>
    <message>
        <source>read the artifact %1</source>
        <translation>das Artefakt %1 zu lesen</translation>
    </message>
    <message>
        <source>read the slots of %1</source>
        <translation>die Slots von %1 zu lesen</translation>
    </message>
    <message>
        <source>attach the set %1 under &apos;%2&apos;</source>
        <translation>das Set %1 unter „%2“ anzuhängen</translation>
    </message>
    <message numerus="yes">
        <source>detach &apos;%1&apos; from %n artifacts</source>
        <translation>
            <numerusform>„%1“ von %n Artefakt zu lösen</numerusform>
            <numerusform>„%1“ von %n Artefakten zu lösen</numerusform>
        </translation>
    </message>
    <message>
        <source>feature set</source>
        <translation>Merkmalsset</translation>
    </message>
    <message>
        <source>read what the artifacts hold under &apos;%1&apos;</source>
        <translation>zu lesen, was die Artefakte unter „%1“ enthalten</translation>
    </message>
</context>
<context>
    <name>fd::AttachSetDialog</name>
    <message>
        <source>Attach feature set</source>
        <translation>Merkmalsset anhängen</translation>
    </message>
    <message>
        <source>%1 — %2 members, hash %3</source>
        <translation>%1 — %2 Mitglieder, Hash %3</translation>
    </message>
    <message>
        <source>Feature set</source>
        <translation>Merkmalsset</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Slot</translation>
    </message>
    <message>
        <source>columns, var, obs, or a name of your own</source>
        <translation>columns, var, obs oder ein eigener Name</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Attach</source>
        <translation>&amp;Anhängen</translation>
    </message>
    <message numerus="yes">
        <source>Attach one feature set to %n artifact(s) under a slot. Each artifact holds one set per slot; a slot that holds another set is only replaced if you confirm it.</source>
        <translation>
            <numerusform>Ein Merkmalsset unter einem Slot an %n Artefakt anhängen. Jedes Artefakt hat ein Set pro Slot; ein Slot, der bereits ein anderes Set enthält, wird nur ersetzt, wenn Sie es bestätigen.</numerusform>
            <numerusform>Ein Merkmalsset unter einem Slot an %n Artefakte anhängen. Jedes Artefakt hat ein Set pro Slot; ein Slot, der bereits ein anderes Set enthält, wird nur ersetzt, wenn Sie es bestätigen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Feature &amp;set:</source>
        <translation>&amp;Merkmalsset:</translation>
    </message>
    <message>
        <source>S&amp;lot:</source>
        <translation>S&amp;lot:</translation>
    </message>
    <message>
        <source>There are no feature sets yet: save one from a review, or make one with Registry ▸ New feature set….</source>
        <translation>Es gibt noch keine Merkmalssets: Speichern Sie eines aus einer Prüfung, oder erstellen Sie eines mit Register ▸ Neues Merkmalsset….</translation>
    </message>
    <message>
        <source>Choose a feature set from the list.</source>
        <translation>Wählen Sie ein Merkmalsset aus der Liste.</translation>
    </message>
</context>
<context>
    <name>fd::BackendVersions</name>
    <message>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not installed.</source>
        <translation>Der SQLite-Treiber von Qt (QSQLITE) ist nicht installiert.</translation>
    </message>
    <message>
        <source>Cannot open an in-memory SQLite database: %1.</source>
        <translation>Eine SQLite-Datenbank im Arbeitsspeicher lässt sich nicht öffnen: %1.</translation>
    </message>
    <message>
        <source>Cannot ask SQLite for its version: %1.</source>
        <translation>SQLite lässt sich nicht nach seiner Version fragen: %1.</translation>
    </message>
</context>
<context>
    <name>fd::ChartExport</name>
    <message>
        <source>Cannot save the chart as %1: %2. Choose another folder or file name.</source>
        <translation>Das Diagramm kann nicht als %1 gespeichert werden: %2. Wählen Sie einen anderen Ordner oder Dateinamen.</translation>
    </message>
    <message>
        <source>There is no chart to save.</source>
        <translation>Es gibt kein Diagramm zum Speichern.</translation>
    </message>
    <message>
        <source>Cannot save the chart as %1: charts are saved as PNG (.png) or SVG (.svg) images. Give the file one of these suffixes.</source>
        <translation>Das Diagramm kann nicht als %1 gespeichert werden: Diagramme werden als PNG- (.png) oder SVG-Bilder (.svg) gespeichert. Geben Sie der Datei eine dieser Endungen.</translation>
    </message>
    <message>
        <source>The chart is not shown yet, so there is nothing to save.</source>
        <translation>Das Diagramm wird noch nicht angezeigt, daher gibt es nichts zu speichern.</translation>
    </message>
    <message>
        <source>Saved by FeatureDesk</source>
        <translation>Gespeichert von FeatureDesk</translation>
    </message>
    <message>
        <source>the SVG drawing could not be started</source>
        <translation>die SVG-Zeichnung konnte nicht begonnen werden</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Diagramm speichern</translation>
    </message>
</context>
<context>
    <name>fd::ComparisonDialog</name>
    <message>
        <source>Compare artifacts</source>
        <translation>Artefakte vergleichen</translation>
    </message>
    <message>
        <source>Compare feature sets</source>
        <translation>Merkmalssets vergleichen</translation>
    </message>
    <message>
        <source>Slots compared</source>
        <translation>Verglichene Slots</translation>
    </message>
    <message>
        <source>Sets compared</source>
        <translation>Verglichene Sets</translation>
    </message>
    <message>
        <source>Include &amp;shared members</source>
        <translation>&amp;Gemeinsame Mitglieder einbeziehen</translation>
    </message>
    <message>
        <source>Export the members both have as well, not only the differences.</source>
        <translation>Auch die Mitglieder exportieren, die beide haben, nicht nur die Unterschiede.</translation>
    </message>
    <message>
        <source>&amp;Export differences…</source>
        <translation>Unterschiede &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export differences</source>
        <translation>Unterschiede exportieren</translation>
    </message>
    <message>
        <source>Save the members only in A or only in B, slot by slot, as TSV or CSV.</source>
        <translation>Die Mitglieder, die nur in A oder nur in B sind, Slot für Slot als TSV oder CSV speichern.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>nothing selected</source>
        <translation>nichts ausgewählt</translation>
    </message>
    <message>
        <source>Artifact A</source>
        <translation>Artefakt A</translation>
    </message>
    <message>
        <source>Set A</source>
        <translation>Set A</translation>
    </message>
    <message>
        <source>Artifact A:</source>
        <translation>Artefakt A:</translation>
    </message>
    <message>
        <source>Set A:</source>
        <translation>Set A:</translation>
    </message>
    <message>
        <source>Artifact B</source>
        <translation>Artefakt B</translation>
    </message>
    <message>
        <source>Set B</source>
        <translation>Set B</translation>
    </message>
    <message>
        <source>A is the first one selected; choose which of the others is B.</source>
        <translation>A ist das zuerst ausgewählte; wählen Sie, welches der anderen B ist.</translation>
    </message>
    <message>
        <source>Artifact &amp;B:</source>
        <translation>Artefakt &amp;B:</translation>
    </message>
    <message>
        <source>Set &amp;B:</source>
        <translation>Set &amp;B:</translation>
    </message>
    <message>
        <source>Artifact B:</source>
        <translation>Artefakt B:</translation>
    </message>
    <message>
        <source>Set B:</source>
        <translation>Set B:</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Chart of shared and differing members per slot</source>
        <translation>Diagramm der gemeinsamen und unterschiedlichen Mitglieder pro Slot</translation>
    </message>
    <message>
        <source>Per slot: members in both sets, only in A and only in B.</source>
        <translation>Pro Slot: Mitglieder in beiden Sets, nur in A und nur in B.</translation>
    </message>
    <message>
        <source>members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Filter by name or uid</source>
        <translation>Nach Name oder UID filtern</translation>
    </message>
    <message>
        <source>Filter members</source>
        <translation>Mitglieder filtern</translation>
    </message>
    <message>
        <source>Show members</source>
        <translation>Mitglieder anzeigen</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>An&amp;zeigen:</translation>
    </message>
    <message>
        <source>Members of the selected slot</source>
        <translation>Mitglieder des ausgewählten Slots</translation>
    </message>
    <message>
        <source>Select at least two to compare.</source>
        <translation>Wählen Sie mindestens zwei zum Vergleichen aus.</translation>
    </message>
    <message>
        <source>Could not compare: %1</source>
        <translation>Vergleich nicht möglich: %1</translation>
    </message>
    <message>
        <source>The same set: the same members.</source>
        <translation>Dasselbe Set: dieselben Mitglieder.</translation>
    </message>
    <message>
        <source>Different sets: see below what each has that the other has not.</source>
        <translation>Verschiedene Sets: Unten sehen Sie, was jedes hat, das andere aber nicht.</translation>
    </message>
    <message>
        <source>Neither has a feature set attached: there is nothing to compare.</source>
        <translation>Keines von beiden hat ein Merkmalsset angehängt: Es gibt nichts zu vergleichen.</translation>
    </message>
    <message numerus="yes">
        <source>The same set in every slot (%n): A and B can be concatenated.</source>
        <translation>
            <numerusform>Dasselbe Set im einzigen Slot (%n): A und B können verkettet werden.</numerusform>
            <numerusform>Dasselbe Set in jedem Slot (%n): A und B können verkettet werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Different in %1 of %n slot(s): A and B cannot be concatenated as they are.</source>
        <translation>
            <numerusform>Unterschiedlich in %1 von %n Slot: A und B können so nicht verkettet werden.</numerusform>
            <numerusform>Unterschiedlich in %1 von %n Slots: A und B können so nicht verkettet werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>No slot selected.</source>
        <translation>Kein Slot ausgewählt.</translation>
    </message>
    <message>
        <source>%1 shared, %2 only in A, %3 only in B</source>
        <translation>%1 gemeinsam, %2 nur in A, %3 nur in B</translation>
    </message>
    <message>
        <source>Members: %1</source>
        <translation>Mitglieder: %1</translation>
    </message>
    <message>
        <source>Members in slot %1: %2</source>
        <translation>Mitglieder in Slot %1: %2</translation>
    </message>
    <message>
        <source>all (%1)</source>
        <translation>alle (%1)</translation>
    </message>
    <message>
        <source>differences</source>
        <translation>Unterschiede</translation>
    </message>
    <message>
        <source>Tab-separated values (*.tsv);;Comma-separated values (*.csv)</source>
        <translation>Tabulatorgetrennte Werte (*.tsv);;Kommagetrennte Werte (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>Share of the slot&apos;s members</source>
        <translation>Anteil an den Mitgliedern des Slots</translation>
    </message>
    <message>
        <source>Save char&amp;t…</source>
        <translation>D&amp;iagramm speichern…</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <source>Save the chart as a PNG or SVG image</source>
        <translation>Das Diagramm als PNG- oder SVG-Bild speichern</translation>
    </message>
    <message>
        <source>comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>No registry is open.</source>
        <translation>Es ist kein Register geöffnet.</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Wird verglichen…</translation>
    </message>
    <message>
        <source>The comparison is still running; export it when it is shown.</source>
        <translation>Der Vergleich läuft noch; exportieren Sie ihn, sobald er angezeigt wird.</translation>
    </message>
</context>
<context>
    <name>fd::ComparisonExport</name>
    <message>
        <source>Cannot write the differences to %1: %2. Choose a folder you can write to, or free some space, and export again.</source>
        <translation>Die Unterschiede lassen sich nicht nach %1 schreiben: %2. Wählen Sie einen Ordner, in den Sie schreiben dürfen, oder schaffen Sie Platz, und exportieren Sie erneut.</translation>
    </message>
</context>
<context>
    <name>fd::ComparisonMembersModel</name>
    <message>
        <source>shared</source>
        <translation>gemeinsam</translation>
    </message>
    <message>
        <source>only in A</source>
        <translation>nur in A</translation>
    </message>
    <message>
        <source>only in B</source>
        <translation>nur in B</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
</context>
<context>
    <name>fd::ComparisonModel</name>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>Nothing in this slot</source>
        <translation>Nichts in diesem Slot</translation>
    </message>
    <message>
        <source>same set: can be concatenated</source>
        <translation>dasselbe Set: verkettbar</translation>
    </message>
    <message>
        <source>different sets</source>
        <translation>verschiedene Sets</translation>
    </message>
    <message>
        <source>different sets, nothing shared</source>
        <translation>verschiedene Sets, nichts gemeinsam</translation>
    </message>
    <message>
        <source>only A has this slot</source>
        <translation>nur A hat diesen Slot</translation>
    </message>
    <message>
        <source>only B has this slot</source>
        <translation>nur B hat diesen Slot</translation>
    </message>
    <message>
        <source>Both use the same feature set here: the same members, so the two line up and can be concatenated in this slot.</source>
        <translation>Beide verwenden hier dasselbe Merkmalsset: dieselben Mitglieder, daher passen die beiden zusammen und können in diesem Slot verkettet werden.</translation>
    </message>
    <message>
        <source>The two use different feature sets here. Some members are shared; the others are only in one of them, listed below.</source>
        <translation>Die beiden verwenden hier verschiedene Merkmalssets. Einige Mitglieder sind gemeinsam; die übrigen sind nur in einem der beiden und unten aufgeführt.</translation>
    </message>
    <message>
        <source>The two use different feature sets here and no member is in both.</source>
        <translation>Die beiden verwenden hier verschiedene Merkmalssets, und kein Mitglied ist in beiden.</translation>
    </message>
    <message>
        <source>Only A has a feature set in this slot; B has nothing there.</source>
        <translation>Nur A hat in diesem Slot ein Merkmalsset; B hat dort nichts.</translation>
    </message>
    <message>
        <source>Only B has a feature set in this slot; A has nothing there.</source>
        <translation>Nur B hat in diesem Slot ein Merkmalsset; A hat dort nichts.</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Slot</translation>
    </message>
    <message>
        <source>Set A</source>
        <translation>Set A</translation>
    </message>
    <message>
        <source>Set B</source>
        <translation>Set B</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Gemeinsam</translation>
    </message>
    <message>
        <source>Only in A</source>
        <translation>Nur in A</translation>
    </message>
    <message>
        <source>Only in B</source>
        <translation>Nur in B</translation>
    </message>
</context>
<context>
    <name>fd::ConnectDialog</name>
    <message>
        <source>Connect to lab registry</source>
        <translation>Mit Laborregister verbinden</translation>
    </message>
    <message>
        <source>empty: from ~/.pgpass</source>
        <translation>leer: aus ~/.pgpass</translation>
    </message>
    <message>
        <source>Server host</source>
        <translation>Server-Host</translation>
    </message>
    <message>
        <source>Server port</source>
        <translation>Server-Port</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Speicherort</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>A lab&apos;s shared registry on a PostgreSQL server. Your work is recorded under your database user. The password is never saved; leave it empty to use ~/.pgpass.</source>
        <translation>Das gemeinsame Register eines Labors auf einem PostgreSQL-Server. Ihre Arbeit wird unter Ihrem Datenbankbenutzer erfasst. Das Passwort wird nie gespeichert; lassen Sie es leer, um ~/.pgpass zu verwenden.</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Speicherort:</translation>
    </message>
    <message>
        <source>(host, database and user are needed)</source>
        <translation>(Host, Datenbank und Benutzer sind erforderlich)</translation>
    </message>
</context>
<context>
    <name>fd::ConnectionBanner</name>
    <message>
        <source>&amp;Try again now</source>
        <translation>&amp;Jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>Connection to the registry</source>
        <translation>Verbindung zur Registry</translation>
    </message>
    <message>
        <source>Try to reach the registry&apos;s server now</source>
        <translation>Den Server der Registry jetzt zu erreichen versuchen</translation>
    </message>
    <message numerus="yes">
        <source>Next try in %n second(s).</source>
        <translation>
            <numerusform>Nächster Versuch in %n Sekunde.</numerusform>
            <numerusform>Nächster Versuch in %n Sekunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Trying again…</source>
        <translation>Erneuter Versuch…</translation>
    </message>
</context>
<context>
    <name>fd::CsvByteSource</name>
    <message>
        <source>read it as a data file</source>
        <translation>als Datendatei lesen</translation>
    </message>
</context>
<context>
    <name>fd::CsvSplitScan</name>
    <message>
        <source>read it as a data file</source>
        <translation>als Datendatei lesen</translation>
    </message>
</context>
<context>
    <name>fd::CsvStandardizer</name>
    <message>
        <source>write over it</source>
        <translation>überschreiben</translation>
    </message>
</context>
<context>
    <name>fd::CurationActions</name>
    <message>
        <source>&amp;Accept standard</source>
        <translation>&amp;Standard übernehmen</translation>
    </message>
    <message>
        <source>Use the registry&apos;s standard name</source>
        <translation>Den Standardnamen des Registers verwenden</translation>
    </message>
    <message>
        <source>&amp;Pick</source>
        <translation>&amp;Auswählen</translation>
    </message>
    <message>
        <source>Use one of the candidates or &quot;did you mean&quot; suggestions</source>
        <translation>Einen der Kandidaten oder „Meinten Sie“-Vorschläge verwenden</translation>
    </message>
    <message>
        <source>Best &amp;suggestion</source>
        <translation>&amp;Bester Vorschlag</translation>
    </message>
    <message>
        <source>Use the first candidate or suggestion of each row</source>
        <translation>Den ersten Kandidaten oder Vorschlag jeder Zeile verwenden</translation>
    </message>
    <message>
        <source>Add as &amp;feature…</source>
        <translation>Als &amp;Merkmal hinzufügen…</translation>
    </message>
    <message>
        <source>Register the column name as a new feature, with the inferred dtype</source>
        <translation>Den Spaltennamen als neues Merkmal mit dem ermittelten Datentyp registrieren</translation>
    </message>
    <message>
        <source>Add as s&amp;ynonym…</source>
        <translation>Als S&amp;ynonym hinzufügen…</translation>
    </message>
    <message>
        <source>Make the column name a synonym of an existing feature</source>
        <translation>Den Spaltennamen zum Synonym eines vorhandenen Merkmals machen</translation>
    </message>
    <message>
        <source>&amp;Ignore</source>
        <translation>&amp;Ignorieren</translation>
    </message>
    <message>
        <source>Leave the value out</source>
        <translation>Den Wert auslassen</translation>
    </message>
    <message>
        <source>&amp;Clear decision</source>
        <translation>Entscheidung &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Take the decision back</source>
        <translation>Die Entscheidung zurücknehmen</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n standard name(s)</source>
        <translation>
            <numerusform>%n Standardnamen übernehmen</numerusform>
            <numerusform>%n Standardnamen übernehmen</numerusform>
        </translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>%1 verwenden</translation>
    </message>
    <message numerus="yes">
        <source>Use the best suggestion for %n value(s)</source>
        <translation>
            <numerusform>Den besten Vorschlag für %n Wert verwenden</numerusform>
            <numerusform>Den besten Vorschlag für %n Werte verwenden</numerusform>
        </translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>Meinten Sie %1?</translation>
    </message>
    <message>
        <source>Add as features</source>
        <translation>Als Merkmale hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Add %n column name(s) as new features, each with the dtype inferred from its values?</source>
        <translation>
            <numerusform>%n Spaltennamen als neues Merkmal hinzufügen, mit dem aus seinen Werten ermittelten Datentyp?</numerusform>
            <numerusform>%n Spaltennamen als neue Merkmale hinzufügen, jeweils mit dem aus ihren Werten ermittelten Datentyp?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n feature(s)</source>
        <translation>
            <numerusform>%n Merkmal hinzufügen</numerusform>
            <numerusform>%n Merkmale hinzufügen</numerusform>
        </translation>
    </message>
    <message>
        <source>Add as synonym</source>
        <translation>Als Synonym hinzufügen</translation>
    </message>
    <message>
        <source>Make %1 a synonym of the feature:</source>
        <translation>%1 zum Synonym folgenden Merkmals machen:</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s)</source>
        <translation>
            <numerusform>%n Wert</numerusform>
            <numerusform>%n Werte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make %n value(s) synonyms of %1</source>
        <translation>
            <numerusform>%n Wert zum Synonym von %1 machen</numerusform>
            <numerusform>%n Werte zu Synonymen von %1 machen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ignore %n value(s)</source>
        <translation>
            <numerusform>%n Wert ignorieren</numerusform>
            <numerusform>%n Werte ignorieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear %n decision(s)</source>
        <translation>
            <numerusform>%n Entscheidung zurücksetzen</numerusform>
            <numerusform>%n Entscheidungen zurücksetzen</numerusform>
        </translation>
    </message>
    <message>
        <source>Add %1 as a new feature</source>
        <translation>%1 als neues Merkmal hinzufügen</translation>
    </message>
    <message>
        <source>Rename to %1</source>
        <translation>Umbenennen in %1</translation>
    </message>
</context>
<context>
    <name>fd::CurationApplier</name>
    <message>
        <source>&apos;%1&apos;: features and synonyms can be added for column names only, not for %2 values.</source>
        <translation>„%1“: Merkmale und Synonyme lassen sich nur für Spaltennamen hinzufügen, nicht für Werte von %2.</translation>
    </message>
    <message>
        <source>Nothing was written. %1</source>
        <translation>Es wurde nichts geschrieben. %1</translation>
    </message>
    <message>
        <source>apply the curation</source>
        <translation>die Kuratierung anzuwenden</translation>
    </message>
</context>
<context>
    <name>fd::CurationKeeper</name>
    <message>
        <source>The decisions saved for this file could not be read: %1</source>
        <translation>Die für diese Datei gespeicherten Entscheidungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1, %2, by %3</source>
        <translation>%1, %2, von %3</translation>
    </message>
    <message>
        <source>, not applied</source>
        <translation>, nicht angewendet</translation>
    </message>
    <message numerus="yes">
        <source>Restore %n saved decision(s)</source>
        <translation>
            <numerusform>%n gespeicherte Entscheidung wiederherstellen</numerusform>
            <numerusform>%n gespeicherte Entscheidungen wiederherstellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n decision(s) saved for this header (%1). Undo takes them back.</source>
        <translation>
            <numerusform>%n für diese Kopfzeile gespeicherte Entscheidung wiederhergestellt (%1). Rückgängig nimmt sie zurück.</numerusform>
            <numerusform>%n für diese Kopfzeile gespeicherte Entscheidungen wiederhergestellt (%1). Rückgängig nimmt sie zurück.</numerusform>
        </translation>
    </message>
    <message>
        <source>The decisions could not be saved in the registry: %1</source>
        <translation>Die Entscheidungen konnten nicht im Register gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>fd::CurationRecipe</name>
    <message>
        <source>%1 is not a usable curation recipe: %2</source>
        <translation>%1 ist kein verwendbares Kurationsrezept: %2</translation>
    </message>
    <message>
        <source>the JSON is broken at byte %1 (%2).</source>
        <translation>das JSON ist bei Byte %1 fehlerhaft (%2).</translation>
    </message>
    <message>
        <source>it does not say &quot;format&quot;: &quot;%1&quot;.</source>
        <translation>es enthält nicht &quot;format&quot;: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>it is version %1; this FeatureDesk reads version %2.</source>
        <translation>es hat Version %1; dieses FeatureDesk liest Version %2.</translation>
    </message>
    <message>
        <source>it names no field.</source>
        <translation>es nennt kein Feld.</translation>
    </message>
    <message>
        <source>decision %1 has the unknown action &apos;%2&apos;.</source>
        <translation>Entscheidung %1 hat die unbekannte Aktion „%2“.</translation>
    </message>
    <message>
        <source>decision %1 lacks a value or a name.</source>
        <translation>Entscheidung %1 fehlt ein Wert oder ein Name.</translation>
    </message>
    <message>
        <source>decision %1 (%2) does not fit the field %3.</source>
        <translation>Entscheidung %1 (%2) passt nicht zum Feld %3.</translation>
    </message>
    <message>
        <source>Cannot read the recipe %1: %2</source>
        <translation>Das Rezept %1 lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <source>it is larger than 16 MiB.</source>
        <translation>es ist größer als 16 MiB.</translation>
    </message>
    <message>
        <source>Cannot write the recipe %1: %2</source>
        <translation>Das Rezept %1 lässt sich nicht schreiben: %2</translation>
    </message>
    <message>
        <source>its field &apos;%1&apos; is none of feature.name, gene.symbol, gene.ensembl_gene_id, gene.ncbi_gene_id.</source>
        <translation>sein Feld „%1“ ist keines von feature.name, gene.symbol, gene.ensembl_gene_id, gene.ncbi_gene_id.</translation>
    </message>
    <message>
        <source>read it as a recipe</source>
        <translation>als Rezept lesen</translation>
    </message>
    <message>
        <source>decision %1 lists its synonyms not as a list of texts.</source>
        <translation>Entscheidung %1 führt ihre Synonyme nicht als Liste von Texten auf.</translation>
    </message>
</context>
<context>
    <name>fd::CurationStore</name>
    <message>
        <source>read the file&apos;s saved decisions</source>
        <translation>die gespeicherten Entscheidungen der Datei zu lesen</translation>
    </message>
    <message>
        <source>save the file&apos;s decisions</source>
        <translation>die Entscheidungen der Datei zu speichern</translation>
    </message>
    <message>
        <source>discard the file&apos;s unapplied decisions</source>
        <translation>die nicht angewendeten Entscheidungen der Datei zu verwerfen</translation>
    </message>
    <message>
        <source>keep the applied decisions as the file&apos;s curation</source>
        <translation>die angewendeten Entscheidungen als Kuratierung der Datei zu behalten</translation>
    </message>
</context>
<context>
    <name>fd::Dtype</name>
    <message>
        <source>&apos;%1&apos; is not a dtype FeatureDesk knows; use one of %2, or cat[Registry].</source>
        <translation>„%1“ ist kein Datentyp, den FeatureDesk kennt; verwenden Sie einen von %2 oder cat[Registry].</translation>
    </message>
</context>
<context>
    <name>fd::DtypeDelegate</name>
    <message>
        <source>Dtype</source>
        <translation>Datentyp</translation>
    </message>
</context>
<context>
    <name>fd::FeatureSetDetails</name>
    <message>
        <source>Save &amp;description</source>
        <translation>&amp;Beschreibung speichern</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>E&amp;xport members…</source>
        <translation>Mitglieder e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Select a feature set to see its members.</source>
        <translation>Wählen Sie ein Merkmalsset aus, um seine Mitglieder zu sehen.</translation>
    </message>
    <message>
        <source>Feature set name</source>
        <translation>Name des Merkmalssets</translation>
    </message>
    <message>
        <source>Feature set summary</source>
        <translation>Übersicht des Merkmalssets</translation>
    </message>
    <message>
        <source>Feature set uid and hash</source>
        <translation>UID und Hash des Merkmalssets</translation>
    </message>
    <message>
        <source>What this panel is, where it comes from…</source>
        <translation>Was dieses Panel ist, woher es stammt…</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Show the artifacts that use this set in the Artifacts view</source>
        <translation>Die Artefakte, die dieses Set verwenden, in der Ansicht „Artefakte“ anzeigen</translation>
    </message>
    <message>
        <source>Filter members…</source>
        <translation>Mitglieder filtern…</translation>
    </message>
    <message>
        <source>Filter members</source>
        <translation>Mitglieder filtern</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>Artifacts using the set “%1”</source>
        <translation>Artefakte, die das Set „%1“ verwenden</translation>
    </message>
    <message numerus="yes">
        <source>%n gene(s)</source>
        <translation>
            <numerusform>%n Gen</numerusform>
            <numerusform>%n Gene</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s)</source>
        <translation>
            <numerusform>%n Merkmal</numerusform>
            <numerusform>%n Merkmale</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2), dtype %3. Created by %4 on %5.</source>
        <translation>%1 (%2), Datentyp %3. Erstellt von %4 am %5.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message numerus="yes">
        <source>Used by %n artifact(s)</source>
        <translation>
            <numerusform>Von %n Artefakt verwendet</numerusform>
            <numerusform>Von %n Artefakten verwendet</numerusform>
        </translation>
    </message>
    <message>
        <source>No feature set is selected.</source>
        <translation>Kein Merkmalsset ausgewählt.</translation>
    </message>
    <message>
        <source>Rename feature set</source>
        <translation>Merkmalsset umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>Export members</source>
        <translation>Mitglieder exportieren</translation>
    </message>
    <message>
        <source>Tab-separated (*.tsv);;Comma-separated (*.csv)</source>
        <translation>Tabulatorgetrennt (*.tsv);;Kommagetrennt (*.csv)</translation>
    </message>
    <message>
        <source>UID %1
Hash %2</source>
        <translation>UID %1
Hash %2</translation>
    </message>
    <message>
        <source>Feature set</source>
        <translation>Merkmalsset</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Renaming the feature set…</source>
        <translation>Das Merkmalsset wird umbenannt…</translation>
    </message>
    <message>
        <source>Saving the description…</source>
        <translation>Die Beschreibung wird gespeichert…</translation>
    </message>
</context>
<context>
    <name>fd::FeatureSetStore</name>
    <message>
        <source>look up the set&apos;s members</source>
        <translation>die Mitglieder des Sets nachzuschlagen</translation>
    </message>
    <message>
        <source>The members of &apos;%1&apos; changed while it was saved. Nothing was saved; try again.</source>
        <translation>Die Mitglieder von „%1“ haben sich während des Speicherns geändert. Es wurde nichts gespeichert; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 of the set&apos;s members are not in the registry&apos;s %2: %3%4. Nothing was saved.</source>
        <translation>%1 Mitglieder des Sets fehlen in %2 des Registers: %3%4. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>A feature set needs a name.</source>
        <translation>Ein Merkmalsset braucht einen Namen.</translation>
    </message>
    <message>
        <source>The feature set &apos;%1&apos; has no members.</source>
        <translation>Das Merkmalsset „%1“ hat keine Mitglieder.</translation>
    </message>
    <message>
        <source>save the feature set &apos;%1&apos;</source>
        <translation>das Merkmalsset „%1“ zu speichern</translation>
    </message>
    <message>
        <source>read the feature sets</source>
        <translation>die Merkmalssets zu lesen</translation>
    </message>
    <message>
        <source>No feature set has the uid &apos;%1&apos;.</source>
        <translation>Kein Merkmalsset hat die UID „%1“.</translation>
    </message>
    <message>
        <source>No feature set has the hash &apos;%1&apos;.</source>
        <translation>Kein Merkmalsset hat den Hash „%1“.</translation>
    </message>
    <message>
        <source>read the set&apos;s members</source>
        <translation>die Mitglieder des Sets zu lesen</translation>
    </message>
    <message>
        <source>delete the feature set %1</source>
        <translation>das Merkmalsset %1 zu löschen</translation>
    </message>
    <message>
        <source>The feature set &apos;%1&apos; (%2) is used by %3 artifact(s); detach it from them first. Nothing was deleted.</source>
        <translation>Das Merkmalsset „%1“ (%2) wird von %3 Artefakt(en) verwendet; lösen Sie es zuerst von ihnen. Es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>rename the feature set %1</source>
        <translation>das Merkmalsset %1 umzubenennen</translation>
    </message>
    <message>
        <source>A description has at most 10,000 characters.</source>
        <translation>Eine Beschreibung hat höchstens 10.000 Zeichen.</translation>
    </message>
    <message>
        <source>describe the feature set %1</source>
        <translation>die Beschreibung des Merkmalssets %1 zu ändern</translation>
    </message>
</context>
<context>
    <name>fd::FeatureStore</name>
    <message>
        <source>A feature needs a name.</source>
        <translation>Ein Merkmal braucht einen Namen.</translation>
    </message>
    <message>
        <source>The name &apos;%1&apos; starts or ends with white space; use &apos;%2&apos;.</source>
        <translation>Der Name „%1“ beginnt oder endet mit Leerraum; verwenden Sie „%2“.</translation>
    </message>
    <message>
        <source>starts with %1</source>
        <translation>beginnt mit diesem Zeichen: %1</translation>
    </message>
    <message>
        <source>holds %1 at character %2</source>
        <translation>enthält an Stelle %2 dieses Zeichen: %1</translation>
    </message>
    <message>
        <source>The name &apos;%1&apos; %2. Names may not hold control characters or invisible formatting characters; %3.</source>
        <translation>Der Name „%1“ %2. Namen dürfen keine Steuerzeichen und keine unsichtbaren Formatierungszeichen enthalten; %3.</translation>
    </message>
    <message>
        <source>remove them</source>
        <translation>entfernen Sie sie</translation>
    </message>
    <message>
        <source>use &apos;%1&apos;</source>
        <translation>verwenden Sie „%1“</translation>
    </message>
    <message>
        <source>A feature named &apos;%1&apos; already exists%2; nothing was added.</source>
        <translation>Ein Merkmal namens „%1“ existiert bereits%2; es wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be a synonym: it is empty or holds &apos;|&apos;.</source>
        <translation>„%1“ kann kein Synonym sein: Es ist leer oder enthält „|“.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already names the feature &apos;%2&apos;; it cannot also be a synonym of another.</source>
        <translation>„%1“ benennt bereits das Merkmal „%2“; es kann nicht zugleich Synonym eines anderen sein.</translation>
    </message>
    <message>
        <source>No feature has the uid &apos;%1&apos;.</source>
        <translation>Kein Merkmal hat die UID „%1“.</translation>
    </message>
    <message>
        <source>No feature is named &apos;%1&apos;.</source>
        <translation>Kein Merkmal heißt „%1“.</translation>
    </message>
    <message>
        <source> (uid %1)</source>
        <translation> (UID %1)</translation>
    </message>
    <message>
        <source>add the feature &apos;%1&apos;</source>
        <translation>das Merkmal „%1“ hinzuzufügen</translation>
    </message>
    <message>
        <source>add a synonym to &apos;%1&apos;</source>
        <translation>ein Synonym zu „%1“ hinzuzufügen</translation>
    </message>
    <message>
        <source>read the features</source>
        <translation>die Merkmale zu lesen</translation>
    </message>
</context>
<context>
    <name>fd::GeneFileFormat</name>
    <message>
        <source>the control character %1</source>
        <translation>das Steuerzeichen %1</translation>
    </message>
    <message>
        <source>the invisible character %1</source>
        <translation>das unsichtbare Zeichen %1</translation>
    </message>
    <message>
        <source>bytes that are not UTF-8 text</source>
        <translation>Bytes, die kein UTF-8-Text sind</translation>
    </message>
    <message>
        <source>%1 is empty where %2 belongs</source>
        <translation>%1 ist leer, wo %2 hingehört</translation>
    </message>
    <message>
        <source>; %1 is &apos;%2&apos;: the two columns look swapped</source>
        <translation>; %1 ist „%2“: Die beiden Spalten scheinen vertauscht</translation>
    </message>
    <message>
        <source>an NCBI gene id (a positive whole number)</source>
        <translation>eine NCBI-Gen-ID (eine positive ganze Zahl)</translation>
    </message>
    <message>
        <source>an NCBI taxon id (a positive whole number, 9606 for human)</source>
        <translation>eine NCBI-Taxon-ID (eine positive ganze Zahl, 9606 für den Menschen)</translation>
    </message>
    <message>
        <source>an HGNC id (HGNC: and a number, e.g. HGNC:5)</source>
        <translation>eine HGNC-ID (HGNC: und eine Zahl, z. B. HGNC:5)</translation>
    </message>
    <message>
        <source>an Ensembl gene id (ENSG and eleven digits)</source>
        <translation>eine Ensembl-Gen-ID (ENSG und elf Ziffern)</translation>
    </message>
    <message>
        <source>a stable gene id (ENSG00000121410, ENSMUSG…, or another database&apos;s id such as FBgn0038189)</source>
        <translation>eine stabile Gen-ID (ENSG00000121410, ENSMUSG… oder die ID einer anderen Datenbank wie FBgn0038189)</translation>
    </message>
    <message>
        <source>%1 is &apos;%2&apos;, an Ensembl gene id, where %3 is &apos;%4&apos;</source>
        <translation>%1 ist „%2“, eine Ensembl-Gen-ID, wo %3 „%4“ ist</translation>
    </message>
    <message>
        <source>: the two columns look swapped</source>
        <translation>: Die beiden Spalten scheinen vertauscht</translation>
    </message>
    <message>
        <source>the HGNC entry is withdrawn</source>
        <translation>der HGNC-Eintrag ist zurückgezogen</translation>
    </message>
    <message>
        <source>the %1 (column %2)</source>
        <translation>die Spalte %1 (Nr. %2)</translation>
    </message>
    <message>
        <source>%1 holds %2 at character %3 (&apos;%4&apos;)</source>
        <translation>%1 enthält an Stelle %3 %2 („%4“)</translation>
    </message>
    <message>
        <source>%1 is &apos;%2&apos;, not %3</source>
        <translation>%1 ist „%2“; erwartet wird %3</translation>
    </message>
    <message>
        <source>a stable gene id without version (ENSG00000121410, ENSMUSG…, or another database&apos;s id such as FBgn0038189)</source>
        <translation>eine stabile Gen-ID ohne Version (ENSG00000121410, ENSMUSG… oder die ID einer anderen Datenbank wie FBgn0038189)</translation>
    </message>
    <message>
        <source>a positive whole number</source>
        <translation>eine positive ganze Zahl</translation>
    </message>
</context>
<context>
    <name>fd::GeneFileReader</name>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message>
        <source>%1: the import was cancelled; nothing was changed.</source>
        <translation>%1: Der Import wurde abgebrochen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>a line longer than 16 MiB; this is not a gene table.</source>
        <translation>eine Zeile länger als 16 MiB; dies ist keine Gentabelle.</translation>
    </message>
    <message>
        <source>the file has a %1 header but no genes.</source>
        <translation>die Datei hat eine %1-Kopfzeile, aber keine Gene.</translation>
    </message>
    <message>
        <source>%1. %2 of the %3 rows are like this: the file&apos;s columns are not what its header says. Correct the file or export it again; nothing was imported.</source>
        <translation>%1. %2 der %3 Zeilen sehen so aus: Die Spalten der Datei sind nicht, was ihre Kopfzeile sagt. Korrigieren Sie die Datei oder exportieren Sie sie erneut; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>the header looks like a gene table but lacks the column(s) %1. Export the table again with them.</source>
        <translation>die Kopfzeile sieht nach einer Gentabelle aus, aber ihr fehlen die Spalte(n) %1. Exportieren Sie die Tabelle erneut mit ihnen.</translation>
    </message>
    <message>
        <source>the file ends in the middle of a row (%1 of %2 fields): it is truncated. Download it again; nothing was imported.</source>
        <translation>die Datei endet mitten in einer Zeile (%1 von %2 Feldern): Sie ist abgeschnitten. Laden Sie sie erneut herunter; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>a second header, with %1 columns where the first (line %2) has %3: two gene tables were joined into one. Import them one by one; nothing was imported.</source>
        <translation>eine zweite Kopfzeile, mit %1 Spalten, wo die erste (Zeile %2) %3 hat: Zwei Gentabellen wurden zu einer zusammengefügt. Importieren Sie sie einzeln; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>the row has %1 tab-separated fields where the header has %2. The file is damaged or not tab-separated; nothing was imported.</source>
        <translation>die Zeile hat %1 tabulatorgetrennte Felder, die Kopfzeile aber %2. Die Datei ist beschädigt oder nicht tabulatorgetrennt; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>%1 does not end with a line break; if it was cut short, the last genes are missing.</source>
        <translation>%1 endet nicht mit einem Zeilenumbruch; falls sie abgeschnitten wurde, fehlen die letzten Gene.</translation>
    </message>
    <message>
        <source>the header again (first on line %1): two files joined into one? The rows after it are read as genes too</source>
        <translation>erneut die Kopfzeile (zuerst in Zeile %1): zwei Dateien zu einer zusammengefügt? Die Zeilen danach werden ebenfalls als Gene gelesen</translation>
    </message>
    <message>
        <source>%1. Correct the row (NCBI gives every gene its organism&apos;s taxon id); nothing was imported.</source>
        <translation>%1. Korrigieren Sie die Zeile (NCBI gibt jedem Gen die Taxon-ID seines Organismus); es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>%1; correct the row and import the file again to add it</source>
        <translation>%1; korrigieren Sie die Zeile und importieren Sie die Datei erneut, um das Gen hinzuzufügen</translation>
    </message>
    <message>
        <source>the gene %1 is named &apos;%2&apos; here but &apos;%3&apos; on line %4: the file repeats an id with other data. Export it again; nothing was imported.</source>
        <translation>das Gen %1 heißt hier „%2“, in Zeile %4 aber „%3“: Die Datei wiederholt eine ID mit anderen Daten. Exportieren Sie sie erneut; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>the %1 %2 appears again (first on line %3): the file repeats ids, perhaps two files joined. Remove the duplicates; nothing was imported.</source>
        <translation>%1 %2 kommt erneut vor (zuerst in Zeile %3): Die Datei wiederholt IDs, vielleicht wurden zwei Dateien zusammengefügt. Entfernen Sie die Duplikate; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>the file is empty. Choose an NCBI gene_info file, an Ensembl BioMart export, an HGNC complete set or a GENCODE gene list.</source>
        <translation>die Datei ist leer. Wählen Sie eine NCBI-gene_info-Datei, einen Ensembl-BioMart-Export, ein HGNC complete set oder eine GENCODE-Genliste.</translation>
    </message>
    <message>
        <source>this is not a text file. Choose an NCBI gene_info file, an Ensembl BioMart export or an HGNC complete set (tab-separated, plain or .gz), or a GENCODE gene list (comma-separated).</source>
        <translation>dies ist keine Textdatei. Wählen Sie eine NCBI-gene_info-Datei, einen Ensembl-BioMart-Export oder ein HGNC complete set (tabulatorgetrennt, unkomprimiert oder .gz) oder eine GENCODE-Genliste (kommagetrennt).</translation>
    </message>
    <message>
        <source>the header &quot;%1&quot; is not one of a gene table. FeatureDesk reads NCBI gene_info (#tax_id, GeneID, Symbol, …), Ensembl BioMart exports (Gene stable ID, Gene name, …) and the HGNC complete set (hgnc_id, symbol, …), tab-separated, and GENCODE gene lists (gene_id,gene_name,gene_version,gene_length,gene_type, no header).</source>
        <translation>die Kopfzeile „%1“ gehört zu keiner Gentabelle. FeatureDesk liest NCBI gene_info (#tax_id, GeneID, Symbol, …), Ensembl-BioMart-Exporte (Gene stable ID, Gene name, …) und das HGNC complete set (hgnc_id, symbol, …), tabulatorgetrennt, sowie GENCODE-Genlisten (gene_id,gene_name,gene_version,gene_length,gene_type, ohne Kopfzeile).</translation>
    </message>
    <message>
        <source>the row has %1 comma-separated fields where a GENCODE list has %2. The file is damaged; nothing was imported.</source>
        <translation>die Zeile hat %1 kommagetrennte Felder, eine GENCODE-Liste aber %2. Die Datei ist beschädigt; es wurde nichts importiert.</translation>
    </message>
</context>
<context>
    <name>fd::GeneFinder</name>
    <message>
        <source>Find a gene: symbol, synonym, Ensembl or NCBI id…</source>
        <translation>Gen suchen: Symbol, Synonym, Ensembl- oder NCBI-ID…</translation>
    </message>
    <message>
        <source>Find a gene</source>
        <translation>Gen suchen</translation>
    </message>
    <message>
        <source>Genes found</source>
        <translation>Gefundene Gene</translation>
    </message>
    <message>
        <source>indexing %1 genes…</source>
        <translation>Gene von %1 werden indiziert…</translation>
    </message>
    <message>
        <source>find unavailable</source>
        <translation>Suche nicht verfügbar</translation>
    </message>
    <message>
        <source>no genes yet</source>
        <translation>noch keine Gene</translation>
    </message>
    <message>
        <source>%1 %2 genes</source>
        <translation>%1 Gene (%2)</translation>
    </message>
    <message>
        <source>first %1 matches</source>
        <translation>erste %1 Treffer</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>wird geladen…</translation>
    </message>
</context>
<context>
    <name>fd::GeneImportJob</name>
    <message>
        <source>The import of %1 was cancelled; the registry is as it was.</source>
        <translation>Der Import von %1 wurde abgebrochen; das Register ist unverändert.</translation>
    </message>
</context>
<context>
    <name>fd::GeneImporter</name>
    <message>
        <source>the gene has neither a symbol nor an Ensembl id</source>
        <translation>das Gen hat weder ein Symbol noch eine Ensembl-ID</translation>
    </message>
    <message>
        <source>its uid %1, the uid of %2+%3 and of its NCBI id are all taken</source>
        <translation>seine UID %1, die UID von %2+%3 und die seiner NCBI-ID sind alle vergeben</translation>
    </message>
    <message>
        <source>The symbol &apos;%1&apos; names %2 genes (lines %3); find them by Ensembl or NCBI id.</source>
        <translation>Das Symbol „%1“ benennt %2 Gene (Zeilen %3); suchen Sie sie über die Ensembl- oder NCBI-ID.</translation>
    </message>
    <message>
        <source>… and %1 more symbols shared by several genes.</source>
        <translation>… und %1 weitere Symbole, die sich mehrere Gene teilen.</translation>
    </message>
</context>
<context>
    <name>fd::GeneIndex</name>
    <message>
        <source>read the genes of %1</source>
        <translation>die Gene von %1 zu lesen</translation>
    </message>
</context>
<context>
    <name>fd::GeneSearchModel</name>
    <message>
        <source>symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>Ensembl id</source>
        <translation>Ensembl-ID</translation>
    </message>
    <message>
        <source>NCBI id</source>
        <translation>NCBI-ID</translation>
    </message>
    <message>
        <source>further Ensembl id</source>
        <translation>weitere Ensembl-ID</translation>
    </message>
    <message>
        <source>symbol, other case</source>
        <translation>Symbol, andere Groß-/Kleinschreibung</translation>
    </message>
    <message>
        <source>synonym</source>
        <translation>Synonym</translation>
    </message>
    <message>
        <source>synonym, other case</source>
        <translation>Synonym, andere Groß-/Kleinschreibung</translation>
    </message>
    <message>
        <source>start of the symbol</source>
        <translation>Anfang des Symbols</translation>
    </message>
    <message>
        <source>start of a synonym</source>
        <translation>Anfang eines Synonyms</translation>
    </message>
    <message>
        <source>start of an id</source>
        <translation>Anfang einer ID</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Gefunden über</translation>
    </message>
    <message>
        <source>Ensembl ID</source>
        <translation>Ensembl-ID</translation>
    </message>
    <message>
        <source>NCBI ID</source>
        <translation>NCBI-ID</translation>
    </message>
    <message>
        <source>Biotype</source>
        <translation>Biotyp</translation>
    </message>
    <message>
        <source>Synonyms</source>
        <translation>Synonyme</translation>
    </message>
    <message>
        <source>UID</source>
        <translation>UID</translation>
    </message>
</context>
<context>
    <name>fd::GeneStore</name>
    <message>
        <source>The import of %1 was cancelled; the registry is as it was.</source>
        <translation>Der Import von %1 wurde abgebrochen; das Register ist unverändert.</translation>
    </message>
    <message>
        <source>%1 holds genes of %2 organisms but &apos;%3&apos; has no taxon id to choose them by. Choose an organism with a taxon id.</source>
        <translation>%1 enthält Gene von %2 Organismen, aber „%3“ hat keine Taxon-ID, nach der sie sich auswählen ließen. Wählen Sie einen Organismus mit Taxon-ID.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>No gene has the uid &apos;%1&apos;.</source>
        <translation>Kein Gen hat die UID „%1“.</translation>
    </message>
    <message>
        <source>read the stored genes</source>
        <translation>die gespeicherten Gene zu lesen</translation>
    </message>
    <message>
        <source>import the genes of %1</source>
        <translation>die Gene von %1 zu importieren</translation>
    </message>
    <message>
        <source>move Ensembl ids between genes</source>
        <translation>Ensembl-IDs zwischen Genen zu verschieben</translation>
    </message>
    <message numerus="yes">
        <source>update %n genes</source>
        <translation>
            <numerusform>%n Gen zu aktualisieren</numerusform>
            <numerusform>%n Gene zu aktualisieren</numerusform>
        </translation>
    </message>
    <message>
        <source>update the gene %1 (%2)</source>
        <translation>das Gen %1 (%2) zu aktualisieren</translation>
    </message>
    <message numerus="yes">
        <source>add %n genes</source>
        <translation>
            <numerusform>%n Gen hinzuzufügen</numerusform>
            <numerusform>%n Gene hinzuzufügen</numerusform>
        </translation>
    </message>
    <message>
        <source>add the gene %1 (%2)</source>
        <translation>das Gen %1 (%2) hinzuzufügen</translation>
    </message>
    <message>
        <source>find genes</source>
        <translation>Gene zu finden</translation>
    </message>
    <message>
        <source>look up a gene</source>
        <translation>ein Gen nachzuschlagen</translation>
    </message>
    <message>
        <source>read the genes</source>
        <translation>die Gene zu lesen</translation>
    </message>
    <message>
        <source>read the genes&apos; biotypes</source>
        <translation>die Biotypen der Gene zu lesen</translation>
    </message>
    <message>
        <source>count the genes of %1</source>
        <translation>die Gene von %1 zu zählen</translation>
    </message>
</context>
<context>
    <name>fd::GeneUidCorrection</name>
    <message>
        <source>Could not %1: %2 The registry has not been changed. %3, then open it again with this FeatureDesk.</source>
        <translation>Es ist nicht gelungen, %1: %2 Das Register wurde nicht verändert. %3, und öffnen Sie es dann erneut mit diesem FeatureDesk.</translation>
    </message>
    <message>
        <source>The gene %1 would get the uid %2, which the gene %3 has already.</source>
        <translation>Das Gen %1 bekäme die UID %2, die das Gen %3 bereits hat.</translation>
    </message>
    <message>
        <source>The genes %1 and %2 would both get the uid %3.</source>
        <translation>Die Gene %1 und %2 bekämen beide die UID %3.</translation>
    </message>
    <message>
        <source>Delete one gene of each pair, or give it another uid, with the FeatureDesk that made the registry or in SQL</source>
        <translation>Löschen Sie ein Gen jedes Paars oder geben Sie ihm eine andere UID, mit dem FeatureDesk, das das Register angelegt hat, oder in SQL</translation>
    </message>
    <message>
        <source>The feature set &apos;%1&apos; would get the hash %2, which the set &apos;%3&apos; has already.</source>
        <translation>Das Merkmalsset „%1“ bekäme den Hash %2, den das Set „%3“ bereits hat.</translation>
    </message>
    <message>
        <source>Delete one set of each pair with the FeatureDesk that made the registry</source>
        <translation>Löschen Sie ein Set jedes Paars mit dem FeatureDesk, das das Register angelegt hat</translation>
    </message>
    <message>
        <source>Could not %1: the gene with id %2 changed meanwhile.</source>
        <translation>Es ist nicht gelungen, %1: Das Gen mit der ID %2 hat sich inzwischen geändert.</translation>
    </message>
    <message>
        <source>1 gene uid</source>
        <translation>1 Gen-UID</translation>
    </message>
    <message>
        <source>%1 gene uids</source>
        <translation>%1 Gen-UIDs</translation>
    </message>
    <message>
        <source>1 feature set</source>
        <translation>1 Merkmalsset</translation>
    </message>
    <message>
        <source>%1 feature sets</source>
        <translation>%1 Merkmalssets</translation>
    </message>
    <message>
        <source>%1 corrected to LaminDB&apos;s encoding (%2), %3 re-hashed.</source>
        <translation>%1 auf die Kodierung von LaminDB korrigiert (%2), %3 neu gehasht.</translation>
    </message>
    <message>
        <source>with id %1</source>
        <translation>mit der ID %1</translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1 (ID %2)</translation>
    </message>
</context>
<context>
    <name>fd::H5adColumnReader</name>
    <message>
        <source>%1 cannot be opened (%2)</source>
        <translation>%1 lässt sich nicht öffnen (%2)</translation>
    </message>
    <message>
        <source>%1 is not a one-dimensional array</source>
        <translation>%1 ist kein eindimensionales Array</translation>
    </message>
    <message>
        <source>%1 has %2 values where the dataframe has %3 rows</source>
        <translation>%1 hat %2 Werte, der Dataframe aber %3 Zeilen</translation>
    </message>
    <message>
        <source>%1 is compressed with %2, which FeatureDesk&apos;s HDF5 library cannot decode; write the file again with compression=&quot;gzip&quot; or none</source>
        <translation>%1 ist mit %2 komprimiert, was die HDF5-Bibliothek von FeatureDesk nicht entpacken kann; schreiben Sie die Datei erneut mit compression=&quot;gzip&quot; oder ohne Komprimierung</translation>
    </message>
    <message>
        <source>%1 has no dataset &quot;%2&quot;</source>
        <translation>%1 hat keinen Datensatz „%2“</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2)</source>
        <translation>%1 lässt sich nicht lesen (%2)</translation>
    </message>
    <message>
        <source>%1 has a &quot;categories&quot; attribute that is not a reference to its categories</source>
        <translation>%1 hat ein Attribut „categories“, das nicht auf seine Kategorien verweist</translation>
    </message>
    <message>
        <source>%1&apos;s categories are not a dataset</source>
        <translation>Die Kategorien von %1 sind kein Datensatz</translation>
    </message>
    <message>
        <source> (its categories)</source>
        <translation> (seine Kategorien)</translation>
    </message>
    <message>
        <source>%1, a categorical&apos;s codes, are not integers</source>
        <translation>%1, die Codes einer kategorialen Spalte, sind keine ganzen Zahlen</translation>
    </message>
    <message>
        <source>%1 names column &quot;%2&quot; in its column-order, but has no such member</source>
        <translation>%1 nennt die Spalte „%2“ in seiner column-order, enthält sie aber nicht</translation>
    </message>
    <message>
        <source>%1/codes are not integers</source>
        <translation>%1/codes sind keine ganzen Zahlen</translation>
    </message>
    <message>
        <source>%1/mask is not boolean</source>
        <translation>%1/mask ist nicht boolesch</translation>
    </message>
    <message>
        <source>no encoding-type: not read</source>
        <translation>kein encoding-type: nicht gelesen</translation>
    </message>
    <message>
        <source>encoding-type %1 of %2 values: not read</source>
        <translation>encoding-type %1 mit Werten vom Typ %2: nicht gelesen</translation>
    </message>
    <message>
        <source>%1 has code %2 but only %3 categories</source>
        <translation>%1 hat den Code %2, aber nur %3 Kategorien</translation>
    </message>
    <message>
        <source>%1 has encoding-type &quot;%2&quot;, which FeatureDesk does not read</source>
        <translation>%1 hat den encoding-type „%2“, den FeatureDesk nicht liest</translation>
    </message>
    <message>
        <source>%1 has codes past its categories</source>
        <translation>%1 hat Codes jenseits seiner Kategorien</translation>
    </message>
</context>
<context>
    <name>fd::H5adColumnsModel</name>
    <message>
        <source>Stored as %1</source>
        <translation>Gespeichert als %1</translation>
    </message>
    <message>
        <source>ordered categories</source>
        <translation>geordnete Kategorien</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Dtype</source>
        <translation>Datentyp</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlend</translation>
    </message>
    <message>
        <source>Distinct</source>
        <translation>Verschiedene</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>fd::H5adReader</name>
    <message>
        <source>read it as an AnnData file</source>
        <translation>sie als AnnData-Datei lesen</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>a folder, not an .h5ad file</source>
        <translation>ein Ordner, keine .h5ad-Datei</translation>
    </message>
    <message>
        <source>the file is empty (0 bytes), where an .h5ad file is an HDF5 file holding obs, var and X</source>
        <translation>die Datei ist leer (0 Byte), eine .h5ad-Datei ist aber eine HDF5-Datei mit obs, var und X</translation>
    </message>
    <message>
        <source>not an HDF5 file (no HDF5 signature), where an .h5ad file is one</source>
        <translation>keine HDF5-Datei (keine HDF5-Signatur), eine .h5ad-Datei ist aber eine</translation>
    </message>
    <message>
        <source>the file is truncated: it ends before the data HDF5 expects (%1); copy or download it again</source>
        <translation>die Datei ist abgeschnitten: sie endet vor den Daten, die HDF5 erwartet (%1); kopieren oder laden Sie sie erneut herunter</translation>
    </message>
    <message>
        <source>HDF5 cannot open it, the file is damaged (%1)</source>
        <translation>HDF5 kann sie nicht öffnen, die Datei ist beschädigt (%1)</translation>
    </message>
    <message>
        <source>%1 without encoding-type attributes: the file was written by anndata before 0.7, which FeatureDesk does not read; read it with anndata and write it again (adata.write_h5ad)</source>
        <translation>%1 ohne encoding-type-Attribute: Die Datei wurde von anndata vor 0.7 geschrieben, was FeatureDesk nicht liest; lesen Sie sie mit anndata ein und schreiben Sie sie erneut (adata.write_h5ad)</translation>
    </message>
    <message>
        <source>no &quot;%1&quot; group: an HDF5 file, but not an AnnData file (an .h5ad file holds obs, var and X)</source>
        <translation>keine Gruppe „%1“: eine HDF5-Datei, aber keine AnnData-Datei (eine .h5ad-Datei enthält obs, var und X)</translation>
    </message>
    <message>
        <source>%1 is a compound table</source>
        <translation>%1 ist eine zusammengesetzte Tabelle</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a group nor a table</source>
        <translation>„%1“ ist weder eine Gruppe noch eine Tabelle</translation>
    </message>
    <message>
        <source>%1 is a group</source>
        <translation>%1 ist eine Gruppe</translation>
    </message>
    <message>
        <source>%1 has encoding-type &quot;%2&quot; where a dataframe is expected</source>
        <translation>%1 hat den encoding-type „%2“, wo ein Dataframe erwartet wird</translation>
    </message>
    <message>
        <source>%1 lacks its %2 attribute</source>
        <translation>%1 fehlt das Attribut %2</translation>
    </message>
    <message>
        <source>%1 has no index dataset &quot;%2&quot;</source>
        <translation>%1 hat keinen Index-Datensatz „%2“</translation>
    </message>
    <message>
        <source>%1/%2, the index, is not one-dimensional</source>
        <translation>%1/%2, der Index, ist nicht eindimensional</translation>
    </message>
    <message>
        <source>X is not two-dimensional</source>
        <translation>X ist nicht zweidimensional</translation>
    </message>
    <message>
        <source>X is a group with encoding-type &quot;%1&quot;, where a csr_matrix or csc_matrix is expected</source>
        <translation>X ist eine Gruppe mit dem encoding-type „%1“, wo eine csr_matrix oder csc_matrix erwartet wird</translation>
    </message>
    <message>
        <source>X, a %1, lacks its shape or its data</source>
        <translation>X (%1) fehlen die Form (shape) oder die Daten</translation>
    </message>
    <message>
        <source>X is %1 × %2, where obs has %3 rows and var %4</source>
        <translation>X ist %1 × %2, obs hat aber %3 Zeilen und var %4</translation>
    </message>
    <message>
        <source>%1 has no column &quot;%2&quot; (its columns: %3)</source>
        <translation>%1 hat keine Spalte „%2“ (seine Spalten: %3)</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no columns</comment>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>fd::H5adSummaryView</name>
    <message>
        <source>no X</source>
        <translation>kein X</translation>
    </message>
    <message>
        <source>X: %1, dense</source>
        <translation>X: %1, dicht</translation>
    </message>
    <message>
        <source>X: %1, sparse (%2)</source>
        <translation>X: %1, dünn besetzt (%2)</translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>ohne Namen</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; (%2) — index &lt;b&gt;%3&lt;/b&gt;, %n column(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; (%2) — Index &lt;b&gt;%3&lt;/b&gt;, %n Spalte</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; (%2) — Index &lt;b&gt;%3&lt;/b&gt;, %n Spalten</numerusform>
        </translation>
    </message>
    <message>
        <source>Shape and X</source>
        <translation>Form und X</translation>
    </message>
    <message>
        <source>obs columns</source>
        <translation>Spalten von obs</translation>
    </message>
    <message>
        <source>var columns</source>
        <translation>Spalten von var</translation>
    </message>
    <message>
        <source>Why the file cannot be read</source>
        <translation>Warum die Datei nicht gelesen werden kann</translation>
    </message>
    <message>
        <source>Read status</source>
        <translation>Lesestatus</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Wird gelesen</translation>
    </message>
    <message>
        <source>&amp;Cancel reading</source>
        <translation>Lesen a&amp;bbrechen</translation>
    </message>
    <message>
        <source>&amp;Read again</source>
        <translation>&amp;Erneut lesen</translation>
    </message>
    <message>
        <source>%1 cells (obs) × %2 genes (var) — %3</source>
        <translation>%1 Zellen (obs) × %2 Gene (var) — %3</translation>
    </message>
    <message>
        <source>Reading obs and var…</source>
        <translation>obs und var werden gelesen…</translation>
    </message>
    <message>
        <source>Reading cancelled; the tables show the last read.</source>
        <translation>Lesen abgebrochen; die Tabellen zeigen das zuletzt Gelesene.</translation>
    </message>
    <message>
        <source>Reading cancelled. Read again to see obs and var.</source>
        <translation>Lesen abgebrochen. Wählen Sie „Erneut lesen“, um obs und var zu sehen.</translation>
    </message>
    <message>
        <source>cells</source>
        <translation>Zellen</translation>
    </message>
    <message>
        <source>genes</source>
        <translation>Gene</translation>
    </message>
    <message>
        <source>Read obs and var; X&apos;s values are not read.</source>
        <translation>obs und var gelesen; die Werte von X werden nicht gelesen.</translation>
    </message>
    <message>
        <source>This file cannot be opened as AnnData.</source>
        <translation>Diese Datei kann nicht als AnnData geöffnet werden.</translation>
    </message>
</context>
<context>
    <name>fd::HelpDialog</name>
    <message>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
    <message>
        <source>FeatureDesk user guide</source>
        <translation>FeatureDesk-Benutzerhandbuch</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Sections of the guide</source>
        <translation>Abschnitte des Handbuchs</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Back (%1)</source>
        <translation>Zurück (%1)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Vorwärts</translation>
    </message>
    <message>
        <source>Forward (%1)</source>
        <translation>Vorwärts (%1)</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Anfang</translation>
    </message>
    <message>
        <source>The beginning of the guide</source>
        <translation>Der Anfang des Handbuchs</translation>
    </message>
    <message>
        <source>Find in the guide</source>
        <translation>Im Handbuch suchen</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Matches found</source>
        <translation>Gefundene Treffer</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>Vor&amp;heriger</translation>
    </message>
    <message>
        <source>Previous match (%1)</source>
        <translation>Vorheriger Treffer (%1)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Nächster</translation>
    </message>
    <message>
        <source>Next match (%1)</source>
        <translation>Nächster Treffer (%1)</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Matches: %1+</source>
        <translation>Treffer: %1+</translation>
    </message>
    <message>
        <source>Matches: %1</source>
        <translation>Treffer: %1</translation>
    </message>
</context>
<context>
    <name>fd::Identity</name>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 lässt sich nicht lesen: %2.</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2.</source>
        <translation>Das Lesen von %1 ist fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>hash it as an artifact</source>
        <translation>als Artefakt hashen</translation>
    </message>
</context>
<context>
    <name>fd::ImportPage</name>
    <message>
        <source>Detect</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>Komma ,</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>Semikolon ;</translation>
    </message>
    <message>
        <source>Pipe |</source>
        <translation>Senkrechter Strich |</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Leerzeichen</translation>
    </message>
    <message>
        <source>Double &quot;</source>
        <translation>Doppelt &quot;</translation>
    </message>
    <message>
        <source>Single &apos;</source>
        <translation>Einfach &apos;</translation>
    </message>
    <message>
        <source>First row is the header</source>
        <translation>Erste Zeile ist die Kopfzeile</translation>
    </message>
    <message>
        <source>No header row</source>
        <translation>Keine Kopfzeile</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Trennzeichen</translation>
    </message>
    <message>
        <source>Quote character</source>
        <translation>Anführungszeichen</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>Kopfzeile</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Zeichenkodierung</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <source>&amp;Quote:</source>
        <translation>&amp;Anführungszeichen:</translation>
    </message>
    <message>
        <source>&amp;Header:</source>
        <translation>&amp;Kopfzeile:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>Kodierun&amp;g:</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation>Vorschau der ersten Zeilen</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>&lt;b&gt;Preview&lt;/b&gt; — the first rows as read</source>
        <translation>&lt;b&gt;Vorschau&lt;/b&gt; — die ersten Zeilen, wie gelesen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Columns&lt;/b&gt; — over the whole file; double-click a dtype to change it</source>
        <translation>&lt;b&gt;Spalten&lt;/b&gt; — über die ganze Datei; doppelklicken Sie auf einen Datentyp, um ihn zu ändern</translation>
    </message>
    <message>
        <source>Scan progress</source>
        <translation>Scanfortschritt</translation>
    </message>
    <message>
        <source>&amp;Cancel scan</source>
        <translation>Scan a&amp;bbrechen</translation>
    </message>
    <message>
        <source>&amp;Rescan</source>
        <translation>&amp;Erneut scannen</translation>
    </message>
    <message>
        <source>&amp;Malformed rows…</source>
        <translation>&amp;Fehlerhafte Zeilen…</translation>
    </message>
    <message>
        <source>Scan status</source>
        <translation>Scanstatus</translation>
    </message>
    <message>
        <source>Detect (found: %1)</source>
        <translation>Erkannt: %1</translation>
    </message>
    <message>
        <source>Detect (found: header)</source>
        <translation>Erkannt: Kopfzeile</translation>
    </message>
    <message>
        <source>Detect (found: no header)</source>
        <translation>Erkannt: keine Kopfzeile</translation>
    </message>
    <message>
        <source>Detect (found: %1%2)</source>
        <translation>Erkannt: %1%2</translation>
    </message>
    <message>
        <source>Waiting for the files before this one…</source>
        <translation>Warten auf die vorherigen Dateien…</translation>
    </message>
    <message>
        <source>Scanning the whole file…</source>
        <translation>Die ganze Datei wird gescannt…</translation>
    </message>
    <message>
        <source>Scan cancelled before it started. The preview shows the first rows only; Rescan to read the whole file.</source>
        <translation>Scan vor dem Start abgebrochen. Die Vorschau zeigt nur die ersten Zeilen; wählen Sie „Erneut scannen“, um die ganze Datei zu lesen.</translation>
    </message>
    <message>
        <source>Scanning the whole file… %1 of %2</source>
        <translation>Die ganze Datei wird gescannt… %1 von %2</translation>
    </message>
    <message>
        <source>%1 rows, %2 columns.</source>
        <translation>%1 Zeilen, %2 Spalten.</translation>
    </message>
    <message>
        <source>%1 malformed rows were kept and counted; see which.</source>
        <translation>%1 fehlerhafte Zeilen wurden beibehalten und gezählt; sehen Sie nach, welche.</translation>
    </message>
    <message>
        <source>Scan cancelled. The preview shows the first rows only; Rescan to read the whole file.</source>
        <translation>Scan abgebrochen. Die Vorschau zeigt nur die ersten Zeilen; wählen Sie „Erneut scannen“, um die ganze Datei zu lesen.</translation>
    </message>
    <message>
        <source>Malformed rows in %1</source>
        <translation>Fehlerhafte Zeilen in %1</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <source>These rows have more or fewer cells than the header. They are kept: missing cells count as missing, extra cells are not read.</source>
        <translation>Diese Zeilen haben mehr oder weniger Zellen als die Kopfzeile. Sie werden beibehalten: Fehlende Zellen zählen als fehlend, überzählige Zellen werden nicht gelesen.</translation>
    </message>
    <message>
        <source>&amp;Preview and columns</source>
        <translation>Vors&amp;chau und Spalten</translation>
    </message>
    <message>
        <source>Re&amp;view</source>
        <translation>&amp;Prüfung</translation>
    </message>
    <message>
        <source>Validate the column names or one column&apos;s values against the registry, and curate them</source>
        <translation>Die Spaltennamen oder die Werte einer Spalte gegen das Register validieren und kuratieren</translation>
    </message>
    <message>
        <source>&amp;obs and var</source>
        <translation>&amp;obs und var</translation>
    </message>
    <message>
        <source>Validate the obs column names against the registry&apos;s features or the var ids against its genes, and curate them</source>
        <translation>Die Spaltennamen von obs gegen die Merkmale des Registers oder die var-Kennungen gegen seine Gene validieren und kuratieren</translation>
    </message>
</context>
<context>
    <name>fd::IndexLoader</name>
    <message>
        <source>Gene values need an organism; name one (e.g. human).</source>
        <translation>Genwerte brauchen einen Organismus; geben Sie einen an (z. B. human).</translation>
    </message>
    <message>
        <source>read the features</source>
        <translation>die Merkmale zu lesen</translation>
    </message>
    <message>
        <source>read the genes of %1</source>
        <translation>die Gene von %1 zu lesen</translation>
    </message>
</context>
<context>
    <name>fd::MainWindow</name>
    <message>
        <source>FeatureDesk</source>
        <translation>FeatureDesk</translation>
    </message>
    <message>
        <source>Registry location</source>
        <translation>Speicherort des Registers</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Schemaversion</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New registry…</source>
        <translation>&amp;Neues Register…</translation>
    </message>
    <message>
        <source>&amp;Open registry…</source>
        <translation>Register ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Registry</source>
        <translation>&amp;Register</translation>
    </message>
    <message>
        <source>Add &amp;feature…</source>
        <translation>&amp;Merkmal hinzufügen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>New feature &amp;set…</source>
        <translation>Neues Merkmals&amp;set…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>&amp;Delete feature set</source>
        <translation>Merkmalsset &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About FeatureDesk</source>
        <translation>&amp;Über FeatureDesk</translation>
    </message>
    <message>
        <source>No registry open</source>
        <translation>Kein Register geöffnet</translation>
    </message>
    <message>
        <source>Registry: %1</source>
        <translation>Register: %1</translation>
    </message>
    <message>
        <source>Schema v%1</source>
        <translation>Schema v%1</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Schreibgeschützt: %1</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Benutzer: %1</translation>
    </message>
    <message>
        <source>%1 — FeatureDesk</source>
        <translation>%1 — FeatureDesk</translation>
    </message>
    <message>
        <source>New registry</source>
        <translation>Neues Register</translation>
    </message>
    <message>
        <source>FeatureDesk registries (*.sqlite *.db)</source>
        <translation>FeatureDesk-Register (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>%1 exists already. Choose a new file name, or open it with File ▸ Open registry….</source>
        <translation>%1 existiert bereits. Wählen Sie einen neuen Dateinamen, oder öffnen Sie die Datei mit Datei ▸ Register öffnen….</translation>
    </message>
    <message>
        <source>Open registry</source>
        <translation>Register öffnen</translation>
    </message>
    <message>
        <source>FeatureDesk registries (*.sqlite *.db);;All files (*)</source>
        <translation>FeatureDesk-Register (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>No features yet.

Features are the columns your files measure, such as cell_type or dose_mg. Add one with Registry ▸ Add feature…</source>
        <translation>Noch keine Merkmale.

Merkmale sind die Spalten, die Ihre Dateien messen, etwa cell_type oder dose_mg. Legen Sie eines an mit Register ▸ Merkmal hinzufügen…</translation>
    </message>
    <message>
        <source>No feature sets yet.

A feature set names a panel of features or genes once. Make one with Registry ▸ New feature set…</source>
        <translation>Noch keine Merkmalssets.

Ein Merkmalsset benennt ein Panel von Merkmalen oder Genen ein einziges Mal. Erstellen Sie eines mit Register ▸ Neues Merkmalsset…</translation>
    </message>
    <message>
        <source>No genes yet.

The gene registry holds a genome&apos;s genes, so that gene symbols and Ensembl ids can be validated. Load them with Registry ▸ Import genes… from an NCBI gene_info file, an Ensembl BioMart export or an HGNC table.</source>
        <translation>Noch keine Gene.

Das Genregister enthält die Gene eines Genoms, damit Gensymbole und Ensembl-IDs validiert werden können. Laden Sie sie mit Register ▸ Gene importieren… aus einer NCBI-gene_info-Datei, einem Ensembl-BioMart-Export oder einer HGNC-Tabelle.</translation>
    </message>
    <message>
        <source>&amp;Organism:</source>
        <translation>&amp;Organismus:</translation>
    </message>
    <message>
        <source>&amp;Biotype:</source>
        <translation>Bio&amp;typ:</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Import &amp;genes…</source>
        <translation>&amp;Gene importieren…</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>Opening the registry…</source>
        <translation>Das Register wird geöffnet…</translation>
    </message>
    <message>
        <source>Some of what was dropped was not imported:
%1</source>
        <translation>Einiges vom Abgelegten wurde nicht importiert:
%1</translation>
    </message>
    <message>
        <source>Import files</source>
        <translation>Dateien importieren</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>No artifacts yet.

Artifacts are the data files registered here, each with the feature sets it measures. Drop files or a folder here, or use Artifacts ▸ Register files…</source>
        <translation>Noch keine Artefakte.

Artefakte sind die hier registrierten Datendateien, jede mit den Merkmalssets, die sie misst. Legen Sie Dateien oder einen Ordner hier ab, oder verwenden Sie Artefakte ▸ Dateien registrieren…</translation>
    </message>
    <message>
        <source>Ctrl+J</source>
        <translation>Ctrl+J</translation>
    </message>
    <message>
        <source>A set&apos;s artifacts, an artifact&apos;s sets, the sets with a feature or gene</source>
        <translation>Die Artefakte eines Sets, die Sets eines Artefakts, die Sets mit einem Merkmal oder Gen</translation>
    </message>
    <message>
        <source>&amp;Artifacts</source>
        <translation>&amp;Artefakte</translation>
    </message>
    <message>
        <source>Register &amp;files…</source>
        <translation>&amp;Dateien registrieren…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Register f&amp;older…</source>
        <translation>&amp;Ordner registrieren…</translation>
    </message>
    <message>
        <source>When registering, take the columns that are registered features as the file&apos;s columns set and attach it</source>
        <translation>Beim Registrieren die Spalten, die registrierte Merkmale sind, als columns-Set der Datei übernehmen und anhängen</translation>
    </message>
    <message>
        <source>&amp;Attach feature set…</source>
        <translation>&amp;Merkmalsset anhängen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>&amp;Detach slot…</source>
        <translation>Slot &amp;entfernen…</translation>
    </message>
    <message>
        <source>Select a record first.</source>
        <translation>Wählen Sie zuerst einen Eintrag aus.</translation>
    </message>
    <message>
        <source>Artifacts using the set “%1”</source>
        <translation>Artefakte, die das Set „%1“ verwenden</translation>
    </message>
    <message>
        <source>Feature sets of the artifact “%1”</source>
        <translation>Merkmalssets des Artefakts „%1“</translation>
    </message>
    <message>
        <source>Feature sets with the feature “%1”</source>
        <translation>Merkmalssets mit dem Merkmal „%1“</translation>
    </message>
    <message>
        <source>Feature sets with the gene “%1”</source>
        <translation>Merkmalssets mit dem Gen „%1“</translation>
    </message>
    <message>
        <source>&amp;Compare selected…</source>
        <translation>Auswahl &amp;vergleichen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Select two or more artifacts (or feature sets): per slot, the same set (they can be concatenated) or how the sets overlap</source>
        <translation>Wählen Sie zwei oder mehr Artefakte (oder Merkmalssets) aus: pro Slot dasselbe Set (sie können verkettet werden) oder wie sich die Sets überschneiden</translation>
    </message>
    <message>
        <source>Reconnected to the registry.</source>
        <translation>Wieder mit dem Register verbunden.</translation>
    </message>
    <message>
        <source>&amp;Connect to lab registry…</source>
        <translation>Mit &amp;Laborregister verbinden…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Passwort für %1:</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(noch keine)</translation>
    </message>
    <message>
        <source>The connection to the registry is lost; FeatureDesk is reconnecting.</source>
        <translation>Die Verbindung zum Register ist unterbrochen; FeatureDesk verbindet sich erneut.</translation>
    </message>
    <message>
        <source>Connection lost — reconnecting…</source>
        <translation>Verbindung unterbrochen — erneuter Verbindungsaufbau…</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>&amp;Welcome</source>
        <translation>&amp;Willkommen</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Show rela&amp;ted</source>
        <translation>&amp;Zugehörige anzeigen</translation>
    </message>
    <message>
        <source>Attach each file&apos;s colu&amp;mns set</source>
        <translation>Jeder Datei ihr &amp;columns-Set anhängen</translation>
    </message>
    <message>
        <source>Registry updated: %1</source>
        <translation>Register aktualisiert: %1</translation>
    </message>
    <message>
        <source>Next tab</source>
        <translation>Nächster Tab</translation>
    </message>
    <message>
        <source>Previous tab</source>
        <translation>Vorheriger Tab</translation>
    </message>
    <message>
        <source>Delimited and AnnData files (*.csv *.tsv *.txt *.tab *.gz *.h5ad);;All files (*)</source>
        <translation>Dateien mit Trennzeichen und AnnData-Dateien (*.csv *.tsv *.txt *.tab *.gz *.h5ad);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Closing as soon as the write under way is done…</source>
        <translation>Wird geschlossen, sobald der laufende Schreibvorgang fertig ist …</translation>
    </message>
</context>
<context>
    <name>fd::NameCharacters</name>
    <message>
        <source>a NUL character</source>
        <translation>ein NUL-Zeichen</translation>
    </message>
    <message>
        <source>a tab</source>
        <translation>ein Tabulator</translation>
    </message>
    <message>
        <source>a line break</source>
        <translation>ein Zeilenumbruch</translation>
    </message>
    <message>
        <source>a carriage return</source>
        <translation>ein Wagenrücklauf</translation>
    </message>
    <message>
        <source>a paragraph break</source>
        <translation>ein Absatzumbruch</translation>
    </message>
    <message>
        <source>a byte order mark</source>
        <translation>eine Byte-Reihenfolge-Markierung</translation>
    </message>
    <message>
        <source>a zero-width space</source>
        <translation>ein Leerzeichen ohne Breite</translation>
    </message>
    <message>
        <source>a soft hyphen</source>
        <translation>ein bedingter Trennstrich</translation>
    </message>
    <message>
        <source>a zero-width joiner</source>
        <translation>ein Verbinder ohne Breite</translation>
    </message>
    <message>
        <source>a zero-width non-joiner</source>
        <translation>ein Nichtverbinder ohne Breite</translation>
    </message>
    <message>
        <source>a bidirectional control</source>
        <translation>ein Steuerzeichen für die Schreibrichtung</translation>
    </message>
    <message>
        <source>half of a surrogate pair</source>
        <translation>die Hälfte eines Surrogatpaars</translation>
    </message>
    <message>
        <source>a control character</source>
        <translation>ein Steuerzeichen</translation>
    </message>
    <message>
        <source>an invisible formatting character</source>
        <translation>ein unsichtbares Formatierungszeichen</translation>
    </message>
    <message>
        <source>which text copied from a file often carries</source>
        <translation>die aus Dateien kopierter Text oft mitbringt</translation>
    </message>
    <message>
        <source>which may stand only between two characters that are not ASCII, as in an emoji sequence</source>
        <translation>der nur zwischen zwei Nicht-ASCII-Zeichen stehen darf, wie in einer Emoji-Folge</translation>
    </message>
    <message>
        <source>which changes the order in which the name is shown</source>
        <translation>das die Reihenfolge ändert, in der der Name angezeigt wird</translation>
    </message>
    <message>
        <source>which is broken text</source>
        <translation>die fehlerhafter Text ist</translation>
    </message>
</context>
<context>
    <name>fd::NewFeatureSetDialog</name>
    <message>
        <source>New feature set</source>
        <translation>Neues Merkmalsset</translation>
    </message>
    <message>
        <source>Set name</source>
        <translation>Set-Name</translation>
    </message>
    <message>
        <source>Filter features…</source>
        <translation>Merkmale filtern…</translation>
    </message>
    <message>
        <source>Filter features</source>
        <translation>Merkmale filtern</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Merkmale</translation>
    </message>
    <message>
        <source>&amp;Save set</source>
        <translation>Set &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation>&amp;Mitglieder:</translation>
    </message>
    <message>
        <source>Tick the features that belong to the set.</source>
        <translation>Haken Sie die Merkmale an, die zum Set gehören.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s), hash %1</source>
        <translation>
            <numerusform>%n Mitglied, Hash %1</numerusform>
            <numerusform>%n Mitglieder, Hash %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::OpenRegistryFiles</name>
    <message>
        <source>%1 is a working file of the registry %2, which FeatureDesk has open</source>
        <translation>%1 ist eine Arbeitsdatei des Registers %2, das FeatureDesk geöffnet hat</translation>
    </message>
    <message>
        <source>%1 is the registry FeatureDesk has open</source>
        <translation>%1 ist das Register, das FeatureDesk geöffnet hat</translation>
    </message>
    <message>
        <source>%1; FeatureDesk will not %2, since opening it outside the database would release the registry&apos;s locks. Choose another file.</source>
        <extracomment>%2 is what was asked of the file: &quot;write over it&quot;, &quot;read it as a recipe&quot; or &quot;read it as a data file&quot;.</extracomment>
        <translation>%1; FeatureDesk wird die Datei nicht %2, da das Öffnen außerhalb der Datenbank die Sperren des Registers aufheben würde. Wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>write over it</source>
        <translation>überschreiben</translation>
    </message>
</context>
<context>
    <name>fd::OrganismStore</name>
    <message>
        <source>The registry has no organism &apos;%1&apos;.</source>
        <translation>Das Register hat keinen Organismus „%1“.</translation>
    </message>
    <message>
        <source>Could not record the organism &apos;%1&apos; (taxon %2): another organism has that name. Choose another name.</source>
        <translation>Der Organismus „%1“ (Taxon %2) ließ sich nicht erfassen: Ein anderer Organismus hat diesen Namen. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>The file does not say which organism its genes belong to (human, mouse, …).</source>
        <translation>Die Datei gibt nicht an, zu welchem Organismus ihre Gene gehören (human, mouse, …).</translation>
    </message>
    <message>
        <source>The file holds genes of %1 organisms: %2. Only one organism&apos;s genes are imported; the others are left out.</source>
        <translation>Die Datei enthält Gene von %1 Organismen: %2. Nur die Gene eines Organismus werden importiert; die übrigen bleiben außen vor.</translation>
    </message>
    <message>
        <source>The file&apos;s genes belong to taxon %1, which FeatureDesk does not know by name. A named organism is recorded with that taxon id.</source>
        <translation>Die Gene der Datei gehören zu Taxon %1, das FeatureDesk nicht mit Namen kennt. Ein benannter Organismus wird mit dieser Taxon-ID erfasst.</translation>
    </message>
    <message>
        <source>FeatureDesk does not know taxon %1 by name.</source>
        <translation>FeatureDesk kennt Taxon %1 nicht mit Namen.</translation>
    </message>
    <message>
        <source>The file holds genes of %1, not of %2 (taxon %3). Choose the file&apos;s organism, or another file.</source>
        <translation>Die Datei enthält Gene von %1, nicht von %2 (Taxon %3). Wählen Sie den Organismus der Datei oder eine andere Datei.</translation>
    </message>
    <message>
        <source>taxon %1</source>
        <translation>Taxon %1</translation>
    </message>
    <message>
        <source>look up the organism</source>
        <translation>den Organismus nachzuschlagen</translation>
    </message>
    <message>
        <source>read the organisms</source>
        <translation>die Organismen zu lesen</translation>
    </message>
    <message>
        <source>record the organism &apos;%1&apos;</source>
        <translation>den Organismus „%1“ zu erfassen</translation>
    </message>
</context>
<context>
    <name>fd::PagedTableModel</name>
    <message>
        <source>read the %1</source>
        <translation>die Tabelle %1 zu lesen</translation>
    </message>
    <message>
        <source>find the related %1</source>
        <translation>die zugehörigen Einträge der Tabelle %1 zu finden</translation>
    </message>
    <message>
        <source>count the %1</source>
        <translation>die Einträge der Tabelle %1 zu zählen</translation>
    </message>
    <message>
        <source>No registry is open.</source>
        <translation>Es ist keine Registry geöffnet.</translation>
    </message>
</context>
<context>
    <name>fd::PgCopy</name>
    <message>
        <source>Could not %1: COPY needs a PostgreSQL connection.</source>
        <extracomment>%1 is a phrase such as &quot;add 3 genes&quot;.</extracomment>
        <translation>Es ist nicht gelungen, %1: COPY braucht eine PostgreSQL-Verbindung.</translation>
    </message>
</context>
<context>
    <name>fd::PreferencesDialog</name>
    <message>
        <source>&amp;Clear the list</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>An SQLite file or a postgresql:// location; empty for the built-in default</source>
        <translation>Eine SQLite-Datei oder ein postgresql://-Ort; leer für die eingebaute Vorgabe</translation>
    </message>
    <message>
        <source>Default registry</source>
        <translation>Standardregister</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>The system&apos;s</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>First row is the header</source>
        <translation>Erste Zeile ist die Kopfzeile</translation>
    </message>
    <message>
        <source>No header row</source>
        <translation>Keine Kopfzeile</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>Kopfzeile</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Zeichenkodierung</translation>
    </message>
    <message>
        <source>Default &amp;registry:</source>
        <translation>Standard&amp;register:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A new language is used from the next start.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>Import: &amp;header row:</source>
        <translation>Import: &amp;Kopfzeile:</translation>
    </message>
    <message>
        <source>Import: &amp;encoding:</source>
        <translation>Import: &amp;Zeichenkodierung:</translation>
    </message>
    <message>
        <source>Recent registries:</source>
        <translation>Zuletzt geöffnete Register:</translation>
    </message>
    <message>
        <source>FeatureDesk registries (*.sqlite *.db)</source>
        <translation>FeatureDesk-Register (*.sqlite *.db)</translation>
    </message>
</context>
<context>
    <name>fd::RecordActions</name>
    <message>
        <source>Registry</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Adding the feature “%1”…</source>
        <translation>Das Merkmal „%1“ wird hinzugefügt…</translation>
    </message>
    <message>
        <source>Added feature %1</source>
        <translation>Merkmal %1 hinzugefügt</translation>
    </message>
    <message>
        <source>Saving the feature set “%1”…</source>
        <translation>Das Merkmalsset „%1“ wird gespeichert…</translation>
    </message>
    <message>
        <source>Feature set exists</source>
        <translation>Merkmalsset existiert bereits</translation>
    </message>
    <message>
        <source>A feature set with exactly these members is stored already: &quot;%1&quot; (uid %2, hash %3). FeatureDesk keeps each panel once, so that set is used instead of a new one.</source>
        <translation>Ein Merkmalsset mit genau diesen Mitgliedern ist bereits gespeichert: „%1“ (UID %2, Hash %3). FeatureDesk speichert jedes Panel nur einmal, daher wird dieses Set statt eines neuen verwendet.</translation>
    </message>
    <message>
        <source>Select the feature sets to delete first.</source>
        <translation>Wählen Sie zuerst die zu löschenden Merkmalssets aus.</translation>
    </message>
    <message>
        <source>Delete feature sets</source>
        <translation>Merkmalssets löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n feature set(s)? Sets that artifacts use are kept.</source>
        <translation>
            <numerusform>%n Merkmalsset löschen? Sets, die von Artefakten verwendet werden, bleiben erhalten.</numerusform>
            <numerusform>%n Merkmalssets löschen? Sets, die von Artefakten verwendet werden, bleiben erhalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n feature set(s)…</source>
        <translation>
            <numerusform>%n Merkmalsset wird gelöscht…</numerusform>
            <numerusform>%n Merkmalssets werden gelöscht…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n feature set(s).</source>
        <translation>
            <numerusform>%n Merkmalsset gelöscht.</numerusform>
            <numerusform>%n Merkmalssets gelöscht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::RegisterWithSetDialog</name>
    <message>
        <source>Register %1 with its set</source>
        <translation>%1 mit Set registrieren</translation>
    </message>
    <message>
        <source>%1 becomes an artifact, and the set this review resolves to is attached to it under the slot you choose. Decisions not applied yet are applied first. All of it is one transaction: it is written completely or not at all.</source>
        <translation>%1 wird ein Artefakt, und das Set, das sich aus dieser Prüfung ergibt, wird unter dem gewählten Slot angehängt. Noch nicht angewendete Entscheidungen werden zuerst angewendet. Alles ist eine einzige Transaktion: Es wird ganz oder gar nicht geschrieben.</translation>
    </message>
    <message>
        <source>&amp;Slot:</source>
        <translation>&amp;Slot:</translation>
    </message>
    <message>
        <source>automatic: slot, number of members and hash</source>
        <translation>automatisch: Slot, Anzahl der Mitglieder und Hash</translation>
    </message>
    <message>
        <source>Set &amp;name:</source>
        <translation>Set-&amp;Name:</translation>
    </message>
    <message numerus="yes">
        <source>%n gene(s) in the set</source>
        <translation>
            <numerusform>%n Gen im Set</numerusform>
            <numerusform>%n Gene im Set</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) in the set</source>
        <translation>
            <numerusform>%n Merkmal im Set</numerusform>
            <numerusform>%n Merkmale im Set</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out (%n): %1</source>
        <translation>
            <numerusform>Ausgelassen (%n): %1</numerusform>
            <numerusform>Ausgelassen (%n): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Registrieren</translation>
    </message>
</context>
<context>
    <name>fd::Registry</name>
    <message>
        <source> Another program is writing to this registry; close it or try again in a moment.</source>
        <translation> Ein anderes Programm schreibt in dieses Register; schließen Sie es oder versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source> The file is damaged; restore it from a backup.</source>
        <translation> Die Datei ist beschädigt; stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source> Check that the server is running and reachable, and the host, port and user.</source>
        <translation> Prüfen Sie, ob der Server läuft und erreichbar ist, sowie Host, Port und Benutzer.</translation>
    </message>
    <message>
        <source>There is no registry here.</source>
        <translation>Hier gibt es kein Register.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1; choose a folder you may write to.</source>
        <translation>Der Ordner %1 lässt sich nicht anlegen; wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>Cannot create a registry in the folder %1: it is read-only. Choose a folder you may write to.</source>
        <translation>Im Ordner %1 lässt sich kein Register anlegen: Er ist schreibgeschützt. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>The file is empty, not a registry.</source>
        <translation>Die Datei ist leer, kein Register.</translation>
    </message>
    <message>
        <source>%1 Ask its owner for write permission, or copy it to a folder of yours.</source>
        <translation>%1 Bitten Sie die Person, der sie gehört, um Schreibrechte, oder kopieren Sie sie in einen eigenen Ordner.</translation>
    </message>
    <message>
        <source> FeatureDesk shows the registry as it was when opened; open it again to see later changes.</source>
        <translation> FeatureDesk zeigt das Register so, wie es beim Öffnen war; öffnen Sie es erneut, um spätere Änderungen zu sehen.</translation>
    </message>
    <message>
        <source>Cannot connect: %1.</source>
        <translation>Keine Verbindung möglich: %1.</translation>
    </message>
    <message>
        <source>The database does not exist on that server.</source>
        <translation>Die Datenbank existiert auf diesem Server nicht.</translation>
    </message>
    <message>
        <source>Cannot connect to create the database: %1.</source>
        <translation>Keine Verbindung, um die Datenbank anzulegen: %1.</translation>
    </message>
    <message>
        <source>This database %1, so it is not a FeatureDesk registry. FeatureDesk has not changed it; open a registry or create a new one.</source>
        <translation>Diese Datenbank %1, daher ist sie kein FeatureDesk-Register. FeatureDesk hat sie nicht verändert; öffnen Sie ein Register oder legen Sie ein neues an.</translation>
    </message>
    <message>
        <source>The registry has schema version %1, made by a newer FeatureDesk; this FeatureDesk knows versions up to %2. Update FeatureDesk to open it. The registry has not been changed.</source>
        <translation>Das Register hat die Schemaversion %1 aus einem neueren FeatureDesk; dieses FeatureDesk kennt Versionen bis %2. Aktualisieren Sie FeatureDesk, um es zu öffnen. Das Register wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The registry has schema version %1 and needs an update to version %2, but it is read-only. Open it once with write permission.</source>
        <translation>Das Register hat die Schemaversion %1 und braucht eine Aktualisierung auf Version %2, ist aber schreibgeschützt. Öffnen Sie es einmal mit Schreibrechten.</translation>
    </message>
    <message>
        <source>The registry has schema version %1; this FeatureDesk works on version %2.</source>
        <translation>Das Register hat die Schemaversion %1; dieses FeatureDesk arbeitet mit Version %2.</translation>
    </message>
    <message>
        <source>The database is empty, not a registry.</source>
        <translation>Die Datenbank ist leer, kein Register.</translation>
    </message>
    <message>
        <source>The database user %1 may read this registry but not change it.</source>
        <translation>Der Datenbankbenutzer %1 darf dieses Register lesen, aber nicht ändern.</translation>
    </message>
    <message>
        <source>%1: %2 Nothing was changed.</source>
        <translation>%1: %2 Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>open the registry</source>
        <translation>das Register zu öffnen</translation>
    </message>
    <message>
        <source>turn on foreign keys</source>
        <translation>die Fremdschlüssel einzuschalten</translation>
    </message>
    <message>
        <source>set up the registry&apos;s cache</source>
        <translation>den Cache des Registers einzurichten</translation>
    </message>
    <message>
        <source>create the database</source>
        <translation>die Datenbank anzulegen</translation>
    </message>
    <message>
        <source>switch the registry to WAL mode</source>
        <translation>das Register in den WAL-Modus zu schalten</translation>
    </message>
    <message>
        <source>set the statement time limit</source>
        <translation>die Zeitgrenze für Anweisungen zu setzen</translation>
    </message>
    <message>
        <source>set the registry&apos;s sync mode</source>
        <translation>den Synchronisationsmodus des Registers zu setzen</translation>
    </message>
    <message>
        <source>find the database user</source>
        <translation>den Datenbankbenutzer zu finden</translation>
    </message>
    <message>
        <source>record the user</source>
        <translation>den Benutzer zu erfassen</translation>
    </message>
    <message>
        <source>look up the user</source>
        <translation>den Benutzer nachzuschlagen</translation>
    </message>
    <message>
        <source>start a run</source>
        <translation>einen Lauf zu beginnen</translation>
    </message>
    <message>
        <source>finish the run</source>
        <translation>den Lauf abzuschließen</translation>
    </message>
    <message>
        <source>describe the run</source>
        <translation>den Lauf zu beschreiben</translation>
    </message>
    <message>
        <source>count the records</source>
        <translation>die Einträge zu zählen</translation>
    </message>
</context>
<context>
    <name>fd::RegistryLocation</name>
    <message>
        <source>No registry location was given.</source>
        <translation>Es wurde kein Registerort angegeben.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a file path nor a postgresql:// URL.</source>
        <translation>„%1“ ist weder ein Dateipfad noch eine postgresql://-URL.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid registry URL; write postgresql://user@host:port/database.</source>
        <translation>„%1“ ist keine gültige Register-URL; schreiben Sie postgresql://user@host:port/database.</translation>
    </message>
</context>
<context>
    <name>fd::RegistryRoles</name>
    <message>
        <source>Roles are for a PostgreSQL registry; an SQLite file has the file&apos;s permissions.</source>
        <translation>Rollen gibt es für ein PostgreSQL-Register; eine SQLite-Datei hat die Berechtigungen der Datei.</translation>
    </message>
    <message>
        <source>The user %1 may not create roles, so the roles %2 and %3 were not set up.</source>
        <translation>Der Benutzer %1 darf keine Rollen anlegen, daher wurden die Rollen %2 und %3 nicht eingerichtet.</translation>
    </message>
    <message>
        <source>set up the roles featuredesk_reader and featuredesk_writer</source>
        <translation>die Rollen featuredesk_reader und featuredesk_writer einzurichten</translation>
    </message>
</context>
<context>
    <name>fd::RegistrySession</name>
    <message>
        <source>The registry server at %1 does not answer; FeatureDesk keeps your work and goes on as soon as it answers.</source>
        <translation>Der Registry-Server %1 antwortet nicht; FeatureDesk behält Ihre Arbeit und macht weiter, sobald er antwortet.</translation>
    </message>
</context>
<context>
    <name>fd::RegistryTablePanel</name>
    <message>
        <source>Filter %1 (every word must match)…</source>
        <translation>%1 filtern (jedes Wort muss passen)…</translation>
    </message>
    <message>
        <source>Filter %1</source>
        <translation>%1 filtern</translation>
    </message>
    <message>
        <source>Record count</source>
        <translation>Anzahl der Einträge</translation>
    </message>
    <message>
        <source>could not load</source>
        <translation>konnte nicht geladen werden</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 loaded</source>
        <translation>%1 von %2 geladen</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>wird gezählt…</translation>
    </message>
    <message>
        <source>No records</source>
        <translation>Keine Einträge</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Nichts passt zu „%1“.</translation>
    </message>
    <message>
        <source>Related records shown</source>
        <translation>Zugehörige Einträge werden angezeigt</translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation>&amp;Alle anzeigen</translation>
    </message>
    <message>
        <source>Show every record again, not only the related ones</source>
        <translation>Wieder alle Einträge anzeigen, nicht nur die zugehörigen</translation>
    </message>
    <message>
        <source>No records are related.</source>
        <translation>Es gibt keine zugehörigen Einträge.</translation>
    </message>
    <message>
        <source>Nothing related matches “%1”.</source>
        <translation>Nichts Zugehöriges passt zu „%1“.</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>wird geladen…</translation>
    </message>
</context>
<context>
    <name>fd::RegistryWatcher</name>
    <message>
        <source>The connection to %1 was lost; FeatureDesk keeps your work and reconnects as soon as the server answers.</source>
        <translation>Die Verbindung zu %1 ist unterbrochen; FeatureDesk behält Ihre Arbeit und verbindet sich neu, sobald der Server antwortet.</translation>
    </message>
</context>
<context>
    <name>fd::RegistryWrites</name>
    <message>
        <source>No registry is open.</source>
        <translation>Es ist kein Register geöffnet.</translation>
    </message>
    <message>
        <source>Cancelled: nothing of it was written.</source>
        <translation>Abgebrochen: nichts davon wurde geschrieben.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>fd::ReviewPanel</name>
    <message>
        <source>features</source>
        <translation>Merkmale</translation>
    </message>
    <message>
        <source>gene symbols</source>
        <translation>Gensymbole</translation>
    </message>
    <message>
        <source>Ensembl gene ids</source>
        <translation>Ensembl-Gen-IDs</translation>
    </message>
    <message>
        <source>NCBI gene ids</source>
        <translation>NCBI-Gen-IDs</translation>
    </message>
    <message>
        <source>Values of one column</source>
        <translation>Werte einer Spalte</translation>
    </message>
    <message>
        <source>What to validate</source>
        <translation>Was validiert wird</translation>
    </message>
    <message>
        <source>Column whose values are validated</source>
        <translation>Spalte, deren Werte validiert werden</translation>
    </message>
    <message>
        <source>Organism</source>
        <translation>Organismus</translation>
    </message>
    <message>
        <source>&amp;Validate</source>
        <translation>&amp;Validieren</translation>
    </message>
    <message>
        <source>Validation progress</source>
        <translation>Validierungsfortschritt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>C&amp;heck:</source>
        <translation>Prü&amp;fen:</translation>
    </message>
    <message>
        <source>Col&amp;umn:</source>
        <translation>&amp;Spalte:</translation>
    </message>
    <message>
        <source>a&amp;s:</source>
        <translation>a&amp;ls:</translation>
    </message>
    <message>
        <source>&amp;Organism:</source>
        <translation>&amp;Organismus:</translation>
    </message>
    <message>
        <source>Search values, standard names, suggestions…</source>
        <translation>Werte, Standardnamen, Vorschläge suchen…</translation>
    </message>
    <message>
        <source>Search the review</source>
        <translation>Prüfung durchsuchen</translation>
    </message>
    <message>
        <source>Only rows that need a &amp;decision</source>
        <translation>Nur zu &amp;entscheidende Zeilen</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>S&amp;uchen:</translation>
    </message>
    <message>
        <source>Validation review</source>
        <translation>Prüfung der Validierung</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>Prüfungsstatus</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Apply &amp;recipe…</source>
        <translation>Re&amp;zept anwenden…</translation>
    </message>
    <message>
        <source>Replay the decisions saved from an earlier review</source>
        <translation>Die aus einer früheren Prüfung gespeicherten Entscheidungen erneut anwenden</translation>
    </message>
    <message>
        <source>Save reci&amp;pe…</source>
        <translation>Rezept speicher&amp;n…</translation>
    </message>
    <message>
        <source>Save these decisions for next week&apos;s file</source>
        <translation>Diese Entscheidungen für die Datei der nächsten Woche speichern</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Write the review as CSV, TSV or HTML</source>
        <translation>Die Prüfung als CSV, TSV oder HTML schreiben</translation>
    </message>
    <message>
        <source>Appl&amp;y</source>
        <translation>Anwen&amp;den</translation>
    </message>
    <message>
        <source>Write the decisions to the registry in one transaction</source>
        <translation>Die Entscheidungen in einer einzigen Transaktion ins Register schreiben</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Open a registry to validate against (File ▸ Open registry).</source>
        <translation>Öffnen Sie ein Register, gegen das validiert wird (Datei ▸ Register öffnen).</translation>
    </message>
    <message>
        <source>Choose the column whose values to validate.</source>
        <translation>Wählen Sie die Spalte, deren Werte validiert werden sollen.</translation>
    </message>
    <message>
        <source>Validating the column names…</source>
        <translation>Die Spaltennamen werden validiert…</translation>
    </message>
    <message>
        <source>Reading the values of %1 and validating them…</source>
        <translation>Die Werte von %1 werden gelesen und validiert…</translation>
    </message>
    <message>
        <source>%1 checked against %2</source>
        <translation>%1 gegen %2 geprüft</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 von %2 angezeigt</translation>
    </message>
    <message numerus="yes">
        <source>Appl&amp;y %n decision(s)</source>
        <translation>
            <numerusform>%n Entscheidung anwen&amp;den</numerusform>
            <numerusform>%n Entscheidungen anwen&amp;den</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applying %n decision(s)…</source>
        <translation>
            <numerusform>%n Entscheidung wird angewendet…</numerusform>
            <numerusform>%n Entscheidungen werden angewendet…</numerusform>
        </translation>
    </message>
    <message>
        <source>Applied: %1 features added, %2 synonyms added, %3 renamed, %4 ignored (run %5).</source>
        <translation>Angewendet: %1 Merkmale hinzugefügt, %2 Synonyme hinzugefügt, %3 umbenannt, %4 ignoriert (Lauf %5).</translation>
    </message>
    <message>
        <source>Exported the review to %1.</source>
        <translation>Die Prüfung wurde nach %1 exportiert.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n decision(s) as the recipe %1.</source>
        <translation>
            <numerusform>%n Entscheidung als Rezept %1 gespeichert.</numerusform>
            <numerusform>%n Entscheidungen als Rezept %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The recipe %1 is for %2, but this review checks %3; validate %2 first.</source>
        <translation>Das Rezept %1 gilt für %2, aber diese Prüfung prüft %3; validieren Sie zuerst %2.</translation>
    </message>
    <message>
        <source>Apply the recipe %1</source>
        <translation>Rezept %1 anwenden</translation>
    </message>
    <message>
        <source>Recipe %1: %2 decisions taken, %3 already validated, %4 not in this file; %5 values still need a decision.</source>
        <translation>Rezept %1: %2 Entscheidungen übernommen, %3 bereits validiert, %4 nicht in dieser Datei; %5 Werte brauchen noch eine Entscheidung.</translation>
    </message>
    <message>
        <source>Export the review</source>
        <translation>Prüfung exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv);;TSV (*.tsv);;HTML (*.html)</source>
        <translation>CSV (*.csv);;TSV (*.tsv);;HTML (*.html)</translation>
    </message>
    <message>
        <source>Save the decisions as a recipe</source>
        <translation>Entscheidungen als Rezept speichern</translation>
    </message>
    <message>
        <source>Curation recipes (*.json)</source>
        <translation>Kuratierungsrezepte (*.json)</translation>
    </message>
    <message>
        <source>Apply a curation recipe</source>
        <translation>Kuratierungsrezept anwenden</translation>
    </message>
    <message>
        <source>Curation recipes (*.json);;All files (*)</source>
        <translation>Kuratierungsrezepte (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save as feature &amp;set…</source>
        <translation>Als &amp;Merkmalsset speichern…</translation>
    </message>
    <message>
        <source>Save what validated (and what you resolved) as a named feature set</source>
        <translation>Das Validierte (und das von Ihnen Aufgelöste) als benanntes Merkmalsset speichern</translation>
    </message>
    <message>
        <source>Save validated columns as feature &amp;set…</source>
        <translation>Validierte Spalten als &amp;Merkmalsset speichern…</translation>
    </message>
    <message>
        <source>Save validated values as feature &amp;set…</source>
        <translation>Validierte Werte als &amp;Merkmalsset speichern…</translation>
    </message>
    <message>
        <source>Validate the file first.</source>
        <translation>Validieren Sie zuerst die Datei.</translation>
    </message>
    <message>
        <source>No registry is open.</source>
        <translation>Es ist kein Register geöffnet.</translation>
    </message>
    <message>
        <source>Nothing validated yet: accept standard names, pick suggestions or apply new features first.</source>
        <translation>Noch nichts validiert: Übernehmen Sie zuerst Standardnamen, wählen Sie Vorschläge aus oder wenden Sie neue Merkmale an.</translation>
    </message>
    <message>
        <source>Applying</source>
        <translation>Wird angewendet</translation>
    </message>
    <message>
        <source>Column names</source>
        <translation>Spaltennamen</translation>
    </message>
    <message>
        <source>Registry field the names or values are checked against</source>
        <translation>Registerfeld, gegen das die Namen oder Werte geprüft werden</translation>
    </message>
    <message>
        <source>Re&amp;gister with set…</source>
        <translation>Mit Set re&amp;gistrieren…</translation>
    </message>
    <message>
        <source>Register this file as an artifact with the set this review resolves to, the decisions applied first, in one transaction</source>
        <translation>Diese Datei als Artefakt mit dem Set dieser Prüfung registrieren; zuerst werden die Entscheidungen angewendet, alles in einer Transaktion</translation>
    </message>
    <message>
        <source>Check as %1</source>
        <translation>Als %1 prüfen</translation>
    </message>
    <message>
        <source>Nothing validated yet: accept standard names, pick suggestions or add features first.</source>
        <translation>Noch nichts validiert: Übernehmen Sie zuerst Standardnamen, wählen Sie Vorschläge aus oder fügen Sie Merkmale hinzu.</translation>
    </message>
    <message>
        <source>Registering %1 with its set…</source>
        <translation>%1 wird mit Set registriert…</translation>
    </message>
    <message>
        <source>No file registered.</source>
        <translation>Keine Datei registriert.</translation>
    </message>
    <message numerus="yes">
        <source>Registered %1 as artifact %2 with a set of %n member(s) under %3.</source>
        <translation>
            <numerusform>%1 als Artefakt %2 mit einem Set von %n Mitglied unter %3 registriert.</numerusform>
            <numerusform>%1 als Artefakt %2 mit einem Set von %n Mitgliedern unter %3 registriert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 was registered already (artifact %2); its set of %n member(s) is attached under %3.</source>
        <translation>
            <numerusform>%1 war bereits registriert (Artefakt %2); das Set von %n Mitglied ist unter %3 angehängt.</numerusform>
            <numerusform>%1 war bereits registriert (Artefakt %2); das Set von %n Mitgliedern ist unter %3 angehängt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) added.</source>
        <translation>
            <numerusform>%n Merkmal hinzugefügt.</numerusform>
            <numerusform>%n Merkmale hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n synonym(s) added.</source>
        <translation>
            <numerusform>%n Synonym hinzugefügt.</numerusform>
            <numerusform>%n Synonyme hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving the feature set “%1”…</source>
        <translation>Das Merkmalsset „%1“ wird gespeichert…</translation>
    </message>
    <message>
        <source>obs column names</source>
        <translation>Spaltennamen von obs</translation>
    </message>
    <message>
        <source>var ids (genes)</source>
        <translation>var-Kennungen (Gene)</translation>
    </message>
    <message>
        <source>What to validate: obs column names or var ids</source>
        <translation>Was validiert wird: Spaltennamen von obs oder var-Kennungen</translation>
    </message>
    <message>
        <source>var index or column holding the genes</source>
        <translation>Index oder Spalte von var mit den Genen</translation>
    </message>
    <message>
        <source>Re&amp;gister with its sets…</source>
        <translation>Mit seinen Sets re&amp;gistrieren…</translation>
    </message>
    <message>
        <source>Register this file as an artifact with a var set (the genes its var ids resolve to) and an obs set (its obs columns that are registered features), in one transaction</source>
        <translation>Diese Datei als Artefakt mit einem var-Set (den Genen, auf die ihre var-Kennungen verweisen) und einem obs-Set (ihren obs-Spalten, die registrierte Merkmale sind) registrieren, in einer Transaktion</translation>
    </message>
    <message>
        <source>index (%1)</source>
        <translation>Index (%1)</translation>
    </message>
    <message>
        <source>var&apos;s index</source>
        <translation>dem Index von var</translation>
    </message>
    <message>
        <source>var&apos;s column %1</source>
        <translation>der Spalte %1 von var</translation>
    </message>
    <message>
        <source>gene symbols or Ensembl gene ids, as they look</source>
        <translation>Gensymbole oder Ensembl-Gen-IDs, je nachdem, wonach sie aussehen</translation>
    </message>
    <message>
        <source>told from the ids</source>
        <translation>aus den Kennungen bestimmt</translation>
    </message>
    <message>
        <source>%1 becomes an artifact with two sets, in one transaction:
• var: the genes in %2, checked as %3 (organism: %4);
• obs: its obs columns that are registered features.
What does not resolve is left out and listed.</source>
        <translation>%1 wird ein Artefakt mit zwei Sets, in einer Transaktion:
• var: die Gene in %2, geprüft als %3 (Organismus: %4);
• obs: ihre obs-Spalten, die registrierte Merkmale sind.
Was sich nicht auflösen lässt, wird ausgelassen und aufgeführt.</translation>
    </message>
    <message>
        <source>Decisions not applied yet are not used: Apply them first for the features and synonyms they add to count.</source>
        <translation>Noch nicht angewendete Entscheidungen werden nicht verwendet: Wenden Sie sie zuerst an, damit die Merkmale und Synonyme, die sie hinzufügen, zählen.</translation>
    </message>
    <message>
        <source>Register %1 with its sets</source>
        <translation>%1 mit seinen Sets registrieren</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Registrieren</translation>
    </message>
    <message>
        <source>Registering %1 with its var and obs sets…</source>
        <translation>%1 wird mit seinem var- und obs-Set registriert…</translation>
    </message>
</context>
<context>
    <name>fd::ReviewSummary</name>
    <message>
        <source>
Click to show only these rows; click again to show all.</source>
        <translation>
Klicken Sie, um nur diese Zeilen anzuzeigen; klicken Sie erneut, um alle anzuzeigen.</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <source>Chart of the counts per status</source>
        <translation>Diagramm der Anzahlen pro Status</translation>
    </message>
    <message>
        <source>Values per status; click a bar to filter by its status.</source>
        <translation>Werte pro Status; klicken Sie auf einen Balken, um nach seinem Status zu filtern.</translation>
    </message>
    <message>
        <source>What do the statuses &amp;mean?</source>
        <translation>Was &amp;bedeuten die Status?</translation>
    </message>
    <message>
        <source>· empty %1 · duplicate %2</source>
        <translation>· leer %1 · doppelt %2</translation>
    </message>
    <message>
        <source>&lt;i&gt;Nothing is written to the registry until you press Apply; Ctrl+Z undoes a decision, Ctrl+Shift+Z redoes it.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Nichts wird ins Register geschrieben, bevor Sie auf „Anwenden“ klicken; Ctrl+Z macht eine Entscheidung rückgängig, Ctrl+Shift+Z stellt sie wieder her.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Legend of the statuses</source>
        <translation>Legende der Status</translation>
    </message>
    <message>
        <source>Save char&amp;t…</source>
        <translation>D&amp;iagramm speichern…</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <source>Save the chart of the counts as a PNG or SVG image</source>
        <translation>Das Diagramm der Anzahlen als PNG- oder SVG-Bild speichern</translation>
    </message>
    <message>
        <source>review-chart</source>
        <translation>Prüfungsdiagramm</translation>
    </message>
</context>
<context>
    <name>fd::SaveFeatureSetDialog</name>
    <message>
        <source>, … (%1 more)</source>
        <translation>, … (%1 weitere)</translation>
    </message>
    <message>
        <source>Save validated values as a feature set</source>
        <translation>Validierte Werte als Merkmalsset speichern</translation>
    </message>
    <message>
        <source>Save validated columns as a feature set</source>
        <translation>Validierte Spalten als Merkmalsset speichern</translation>
    </message>
    <message>
        <source>none (features carry their own)</source>
        <translation>keiner (Merkmale haben jeweils ihren eigenen)</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) from %1: %2</source>
        <translation>
            <numerusform>%n Mitglied aus %1: %2</numerusform>
            <numerusform>%n Mitglieder aus %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Every value is a member.</source>
        <translation>Jeder Wert ist ein Mitglied.</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) left out: %1</source>
        <translation>
            <numerusform>%n Wert ausgelassen: %1</numerusform>
            <numerusform>%n Werte ausgelassen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Set hash</source>
        <translation>Set-Hash</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Dtype:</source>
        <translation>&amp;Datentyp:</translation>
    </message>
    <message>
        <source>Members:</source>
        <translation>Mitglieder:</translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation>Ausgelassen:</translation>
    </message>
    <message>
        <source>Hash:</source>
        <translation>Hash:</translation>
    </message>
    <message>
        <source>The registry already has a set with exactly these members: &lt;b&gt;%1&lt;/b&gt; (%2). It is used instead of storing a duplicate.</source>
        <translation>Das Register hat bereits ein Set mit genau diesen Mitgliedern: &lt;b&gt;%1&lt;/b&gt; (%2). Es wird verwendet, statt ein Duplikat zu speichern.</translation>
    </message>
    <message>
        <source>Use the existing set</source>
        <translation>Vorhandenes Set verwenden</translation>
    </message>
    <message>
        <source>Every column is a member.</source>
        <translation>Jede Spalte ist ein Mitglied.</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) left out: %1</source>
        <translation>
            <numerusform>%n Spalte ausgelassen: %1</numerusform>
            <numerusform>%n Spalten ausgelassen: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved feature set “%1” (%n gene(s), hash %2).</source>
        <translation>
            <numerusform>Merkmalsset „%1“ gespeichert (%n Gen, Hash %2).</numerusform>
            <numerusform>Merkmalsset „%1“ gespeichert (%n Gene, Hash %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved feature set “%1” (%n feature(s), hash %2).</source>
        <translation>
            <numerusform>Merkmalsset „%1“ gespeichert (%n Merkmal, Hash %2).</numerusform>
            <numerusform>Merkmalsset „%1“ gespeichert (%n Merkmale, Hash %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The registry already had this set: “%1” (%n gene(s), hash %2). Nothing new was stored; the set that exists is used.</source>
        <translation>
            <numerusform>Das Register hatte dieses Set bereits: „%1“ (%n Gen, Hash %2). Es wurde nichts Neues gespeichert; das vorhandene Set wird verwendet.</numerusform>
            <numerusform>Das Register hatte dieses Set bereits: „%1“ (%n Gene, Hash %2). Es wurde nichts Neues gespeichert; das vorhandene Set wird verwendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The registry already had this set: “%1” (%n feature(s), hash %2). Nothing new was stored; the set that exists is used.</source>
        <translation>
            <numerusform>Das Register hatte dieses Set bereits: „%1“ (%n Merkmal, Hash %2). Es wurde nichts Neues gespeichert; das vorhandene Set wird verwendet.</numerusform>
            <numerusform>Das Register hatte dieses Set bereits: „%1“ (%n Merkmale, Hash %2). Es wurde nichts Neues gespeichert; das vorhandene Set wird verwendet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::Schema</name>
    <message>
        <source>some artifacts hold the same feature set under two slots, which this version no longer allows (a set is linked to an artifact once, as in LaminDB); detach one of the two with the FeatureDesk that made the registry, then open it again. Artifacts (sets): %1</source>
        <translation>Einige Artefakte halten dasselbe Merkmalsset unter zwei Slots, was diese Version nicht mehr erlaubt (ein Set ist mit einem Artefakt einmal verknüpft, wie in LaminDB); lösen Sie eines der beiden mit dem FeatureDesk, das das Register angelegt hat, und öffnen Sie es dann erneut. Artefakte (Sets): %1</translation>
    </message>
    <message>
        <source>holds tables but none of FeatureDesk&apos;s</source>
        <extracomment>Completes &quot;This database %1, so it is not a FeatureDesk registry.&quot;</extracomment>
        <translation>enthält Tabellen, aber keine von FeatureDesk</translation>
    </message>
    <message>
        <source>read the schema version</source>
        <translation>die Schemaversion zu lesen</translation>
    </message>
    <message>
        <source>has a meta table that FeatureDesk did not write</source>
        <extracomment>Completes &quot;This database %1, so it is not a FeatureDesk registry.&quot;</extracomment>
        <translation>hat eine Meta-Tabelle, die FeatureDesk nicht geschrieben hat</translation>
    </message>
    <message>
        <source>Could not migrate %1: the foreign keys could not be switched off</source>
        <translation>%1 ließ sich nicht migrieren: Die Fremdschlüssel ließen sich nicht ausschalten</translation>
    </message>
    <message>
        <source>migrate %1 to schema version %2</source>
        <translation>%1 auf die Schemaversion %2 zu migrieren</translation>
    </message>
    <message>
        <source>lock %1 for migration</source>
        <translation>%1 für die Migration zu sperren</translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <extracomment>%1 is a phrase such as &quot;migrate the registry x to schema version 6&quot;, %2 why the step refused.</extracomment>
        <translation>Es ist nicht gelungen, %1: %2</translation>
    </message>
    <message>
        <source>Could not %1: a row of %2 names a missing row of %3</source>
        <translation>Es ist nicht gelungen, %1: Eine Zeile von %2 verweist auf eine fehlende Zeile von %3</translation>
    </message>
</context>
<context>
    <name>fd::SetMembersModel</name>
    <message>
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 lässt sich nicht schreiben: %2</translation>
    </message>
</context>
<context>
    <name>fd::ShippedGenes</name>
    <message>
        <source>FeatureDesk ships no genes of &apos;%1&apos;; it ships those of %2.</source>
        <translation>FeatureDesk enthält keine Gene von „%1“, nur die von %2.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 lässt sich nicht anlegen.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 lässt sich nicht schreiben: %2</translation>
    </message>
</context>
<context>
    <name>fd::SqlErrors</name>
    <message>
        <source> The disk is full; free some space and try again (what could not be written was undone).</source>
        <translation> Der Datenträger ist voll; schaffen Sie Platz und versuchen Sie es erneut (was nicht geschrieben werden konnte, wurde rückgängig gemacht).</translation>
    </message>
    <message>
        <source> The connection to the server was lost or the server did not answer in time.</source>
        <translation> Die Verbindung zum Server ist abgerissen, oder der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source> The server stopped it because it ran longer than FeatureDesk lets a statement run.</source>
        <translation> Der Server hat die Anweisung abgebrochen, weil sie länger lief, als FeatureDesk einer Anweisung erlaubt.</translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <extracomment>%1 is what was being done, a phrase such as &quot;read the features&quot; or &quot;add the feature &apos;x&apos;&quot; (translated where it is written); %2 is the database&apos;s own message.</extracomment>
        <translation>Es ist nicht gelungen, %1: %2</translation>
    </message>
</context>
<context>
    <name>fd::SqliteFileCheck</name>
    <message>
        <source>%1 is a folder, not a registry file. Choose the registry&apos;s .sqlite file inside it.</source>
        <translation>%1 ist ein Ordner, keine Registerdatei. Wählen Sie die .sqlite-Datei des Registers darin.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Check the file&apos;s permissions.</source>
        <translation>%1 lässt sich nicht lesen: %2. Prüfen Sie die Berechtigungen der Datei.</translation>
    </message>
    <message>
        <source>%1 is not a FeatureDesk registry (not an SQLite database). Open a registry file instead.</source>
        <translation>%1 ist kein FeatureDesk-Register (keine SQLite-Datenbank). Öffnen Sie stattdessen eine Registerdatei.</translation>
    </message>
    <message>
        <source>%1 is damaged: its header is not valid. Restore the registry from a backup.</source>
        <translation>%1 ist beschädigt: Ihr Dateikopf ist ungültig. Stellen Sie das Register aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>%1 is truncated: it should hold %2 bytes but holds %3. Restore the registry from a backup; FeatureDesk has not changed it.</source>
        <translation>%1 ist abgeschnitten: Sie sollte %2 Bytes enthalten, enthält aber %3. Stellen Sie das Register aus einer Sicherung wieder her; FeatureDesk hat es nicht verändert.</translation>
    </message>
    <message>
        <source>The registry file %1 is read-only.</source>
        <translation>Die Registerdatei %1 ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>The folder %1 that holds the registry is read-only, and SQLite must create the registry&apos;s working files (-wal, -shm) beside it.</source>
        <translation>Der Ordner %1, der das Register enthält, ist schreibgeschützt, und SQLite muss die Arbeitsdateien des Registers (-wal, -shm) daneben anlegen.</translation>
    </message>
</context>
<context>
    <name>fd::SqliteFileCreation</name>
    <message>
        <source>Cannot create the folder %1; choose a folder you may write to.</source>
        <translation>Der Ordner %1 lässt sich nicht anlegen; wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>Could not create the registry %1 in the folder %2: %3. Choose a folder you may write to.</source>
        <translation>Das Register %1 ließ sich im Ordner %2 nicht anlegen: %3. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>Could not create the registry %1: its last write did not reach the file, most likely because the disk is full. Nothing was created; free some space and try again.</source>
        <translation>Das Register %1 ließ sich nicht anlegen: Sein letzter Schreibvorgang hat die Datei nicht erreicht, vermutlich weil der Datenträger voll ist. Es wurde nichts angelegt; schaffen Sie Platz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Could not create the registry %1: %2. Nothing was created.</source>
        <translation>Das Register %1 ließ sich nicht anlegen: %2. Es wurde nichts angelegt.</translation>
    </message>
</context>
<context>
    <name>fd::Transaction</name>
    <message>
        <source>Could not %1: the transaction is open already.</source>
        <extracomment>%1 is a phrase such as &quot;read the features&quot;, as in &quot;Could not %1: %2&quot;.</extracomment>
        <translation>Es ist nicht gelungen, %1: Die Transaktion ist bereits offen.</translation>
    </message>
    <message>
        <source>Could not %1: no transaction is open.</source>
        <extracomment>%1 is a phrase such as &quot;read the features&quot;.</extracomment>
        <translation>Es ist nicht gelungen, %1: Es ist keine Transaktion offen.</translation>
    </message>
</context>
<context>
    <name>fd::UnappliedDecisions</name>
    <message numerus="yes">
        <source>%1 (%n decision(s))</source>
        <translation>
            <numerusform>%1 (%n Entscheidung)</numerusform>
            <numerusform>%1 (%n Entscheidungen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The review of %1 has %n decision(s) that are not applied.</source>
        <translation>
            <numerusform>Die Prüfung von %1 hat %n Entscheidung, die nicht angewendet ist.</numerusform>
            <numerusform>Die Prüfung von %1 hat %n Entscheidungen, die nicht angewendet sind.</numerusform>
        </translation>
    </message>
    <message>
        <source>These reviews have decisions that are not applied:
%1</source>
        <translation>Diese Prüfungen haben Entscheidungen, die nicht angewendet sind:
%1</translation>
    </message>
    <message>
        <source>Decisions not applied</source>
        <translation>Nicht angewendete Entscheidungen</translation>
    </message>
    <message>
        <source>Apply writes the decisions to the registry, then closes. Discard closes and loses them. Cancel keeps everything open.</source>
        <translation>Anwenden schreibt die Entscheidungen ins Register und schließt dann. Verwerfen schließt und verliert sie. Abbrechen lässt alles offen.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>The decisions of %1 could not be applied; nothing was closed.</source>
        <translation>Die Entscheidungen von %1 konnten nicht angewendet werden; es wurde nichts geschlossen.</translation>
    </message>
</context>
<context>
    <name>fd::ValidationExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 lässt sich nicht schreiben: %2</translation>
    </message>
</context>
<context>
    <name>fd::ValidationModel</name>
    <message>
        <source>Validation of %1 (%2)</source>
        <translation>Validierung von %1 (%2)</translation>
    </message>
    <message>
        <source>empty: %1</source>
        <translation>leer: %1</translation>
    </message>
    <message>
        <source>duplicate: %1</source>
        <translation>doppelt: %1</translation>
    </message>
    <message>
        <source>validated</source>
        <translation>validiert</translation>
    </message>
    <message>
        <source>standardizable</source>
        <translation>standardisierbar</translation>
    </message>
    <message>
        <source>ambiguous</source>
        <translation>mehrdeutig</translation>
    </message>
    <message>
        <source>not validated</source>
        <translation>nicht validiert</translation>
    </message>
    <message>
        <source>dtype mismatch</source>
        <translation>Datentyp passt nicht</translation>
    </message>
    <message>
        <source>The registry has exactly this name. Nothing to do.</source>
        <translation>Das Register hat genau diesen Namen. Nichts zu tun.</translation>
    </message>
    <message>
        <source>The registry knows it in another spelling: other letter case, a synonym, extra spaces or another Unicode form. Accept the standard name to use the registry&apos;s spelling.</source>
        <translation>Das Register kennt den Wert in anderer Schreibweise: andere Groß-/Kleinschreibung, ein Synonym, zusätzliche Leerzeichen oder eine andere Unicode-Form. Übernehmen Sie den Standardnamen, um die Schreibweise des Registers zu verwenden.</translation>
    </message>
    <message>
        <source>It is a synonym of several records. Pick the one that is meant.</source>
        <translation>Der Wert ist ein Synonym mehrerer Einträge. Wählen Sie den gemeinten aus.</translation>
    </message>
    <message>
        <source>The registry does not know it. Pick a &quot;did you mean&quot; suggestion, add it as a new feature, make it a synonym of an existing feature, or ignore it.</source>
        <translation>Das Register kennt den Wert nicht. Wählen Sie einen „Meinten Sie“-Vorschlag, fügen Sie ihn als neues Merkmal hinzu, machen Sie ihn zum Synonym eines vorhandenen Merkmals, oder ignorieren Sie ihn.</translation>
    </message>
    <message>
        <source>The name is known, but the column&apos;s values do not fit the feature&apos;s registered type (for example text in a number feature). Check the file, or ignore the column.</source>
        <translation>Der Name ist bekannt, aber die Werte der Spalte passen nicht zum registrierten Datentyp des Merkmals (zum Beispiel Text in einem Zahlenmerkmal). Prüfen Sie die Datei, oder ignorieren Sie die Spalte.</translation>
    </message>
    <message>
        <source>did you mean %1?</source>
        <translation>meinten Sie %1?</translation>
    </message>
    <message>
        <source>%1 (registered: %2)</source>
        <translation>%1 (registriert: %2)</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Standard name</source>
        <translation>Standardname</translation>
    </message>
    <message>
        <source>Candidates / did you mean</source>
        <translation>Kandidaten / Meinten Sie</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Dtype</source>
        <translation>Datentyp</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <source>looks like %1: %2</source>
        <translation>sieht aus wie %1: %2</translation>
    </message>
    <message>
        <source>looks like %1</source>
        <translation>sieht aus wie %1</translation>
    </message>
    <message>
        <source>Restored from the decisions saved for this header: %1</source>
        <translation>Wiederhergestellt aus den für diese Kopfzeile gespeicherten Entscheidungen: %1</translation>
    </message>
    <message>
        <source>%1 (restored)</source>
        <translation>%1 (wiederhergestellt)</translation>
    </message>
</context>
<context>
    <name>fd::WelcomePage</name>
    <message>
        <source>Try the &amp;sample files</source>
        <translation>Die Beispieldateien aus&amp;probieren</translation>
    </message>
    <message>
        <source>Load the &amp;human genes</source>
        <translation>Die &amp;menschlichen Gene laden</translation>
    </message>
    <message>
        <source>Connect to a &amp;lab registry…</source>
        <translation>Mit einem &amp;Laborregister verbinden…</translation>
    </message>
    <message>
        <source>Show this page at start</source>
        <translation>Diese Seite beim Start anzeigen</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to FeatureDesk&lt;/h2&gt;&lt;p&gt;FeatureDesk keeps a registry of the features your lab measures — the columns of your sample sheets, the genes of your panels — and helps you curate data files against it, in three steps.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Willkommen bei FeatureDesk&lt;/h2&gt;&lt;p&gt;FeatureDesk führt ein Register der Merkmale, die Ihr Labor misst — der Spalten Ihrer Probentabellen, der Gene Ihrer Panels — und hilft Ihnen, Datendateien in drei Schritten anhand dieses Registers zu kuratieren.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Drop a CSV or TSV file on the window (or File ▸ Import…). FeatureDesk recognises its delimiter, quoting and encoding, and shows every column with its type.</source>
        <translation>Legen Sie eine CSV- oder TSV-Datei im Fenster ab (oder Datei ▸ Importieren…). FeatureDesk erkennt ihr Trennzeichen, ihre Anführungszeichen und ihre Zeichenkodierung und zeigt jede Spalte mit ihrem Typ.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>On the Review tab each column name (or each gene in a column) is checked against the registry: validated, fixable, ambiguous or not validated. Accept the fixes, add new features, undo anything, apply.</source>
        <translation>Auf dem Tab „Prüfung“ wird jeder Spaltenname (oder jedes Gen einer Spalte) gegen das Register geprüft: validiert, korrigierbar, mehrdeutig oder nicht validiert. Übernehmen Sie die Korrekturen, fügen Sie neue Merkmale hinzu, machen Sie alles Gewünschte rückgängig und wenden Sie die Entscheidungen an.</translation>
    </message>
    <message>
        <source>Save a set</source>
        <translation>Set speichern</translation>
    </message>
    <message>
        <source>Save the validated columns (or genes) as a feature set: stored once, identified by its hash as LaminDB does. Register your files as artifacts and attach the set by slot.</source>
        <translation>Speichern Sie die validierten Spalten (oder Gene) als Merkmalsset: nur einmal gespeichert und wie in LaminDB an seinem Hash erkannt. Registrieren Sie Ihre Dateien als Artefakte und hängen Sie das Set unter einem Slot an.</translation>
    </message>
    <message>
        <source>A sample sheet (8 samples, 7 columns) and an expression panel (10 genes, one a synonym and one a typo) to try the steps on.</source>
        <translation>Eine Probentabelle (8 Proben, 7 Spalten) und ein Expressionspanel (10 Gene, eines davon ein Synonym und eines ein Tippfehler), um die Schritte auszuprobieren.</translation>
    </message>
    <message>
        <source>The 77,614 human genes of NCBI (2022), shipped inside FeatureDesk: load them once to validate gene symbols and Ensembl or NCBI ids, offline.</source>
        <translation>Die 77.614 menschlichen Gene des NCBI (2022), in FeatureDesk enthalten: Laden Sie sie einmal, um Gensymbole und Ensembl- oder NCBI-IDs offline zu validieren.</translation>
    </message>
    <message>
        <source>Your lab keeps a shared registry on a PostgreSQL server? Work on it together with your colleagues.</source>
        <translation>Ihr Labor führt ein gemeinsames Register auf einem PostgreSQL-Server? Arbeiten Sie gemeinsam mit Ihren Kolleginnen und Kollegen daran.</translation>
    </message>
    <message>
        <source>Gene registry state</source>
        <translation>Status des Genregisters</translation>
    </message>
    <message>
        <source>No registry is open.</source>
        <translation>Es ist kein Register geöffnet.</translation>
    </message>
    <message>
        <source>This registry holds %1 genes already.</source>
        <translation>Dieses Register enthält bereits %1 Gene.</translation>
    </message>
    <message>
        <source>This registry has no genes yet (a few seconds to load).</source>
        <translation>Dieses Register enthält noch keine Gene (das Laden dauert wenige Sekunden).</translation>
    </message>
    <message>
        <source>Looking for genes in the registry…</source>
        <translation>Gene im Register werden gesucht…</translation>
    </message>
    <message>
        <source>Load the &amp;mouse genes</source>
        <translation>Die Maus&amp;gene laden</translation>
    </message>
    <message>
        <source>The 78,317 mouse genes of GENCODE M37, also shipped inside FeatureDesk, for validating Ensembl ids (ENSMUSG…) and symbols of mouse data.</source>
        <translation>Die 78.317 Mausgene von GENCODE M37, ebenfalls in FeatureDesk enthalten, zum Validieren von Ensembl-IDs (ENSMUSG…) und Symbolen aus Mausdaten.</translation>
    </message>
</context>
<context>
    <name>fd::hdf5</name>
    <message>
        <source>an unknown filter</source>
        <translation>einem unbekannten Filter</translation>
    </message>
    <message>
        <source>%1 (HDF5 filter %2)</source>
        <translation>%1 (HDF5-Filter %2)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>FeatureDesk</source>
        <translation>FeatureDesk</translation>
    </message>
    <message>
        <source>Open this registry (an SQLite file or a postgresql:// URL).</source>
        <translation>Dieses Register öffnen (eine SQLite-Datei oder eine postgresql://-URL).</translation>
    </message>
    <message>
        <source>CSV or TSV files (or folders of them) to import.</source>
        <translation>Zu importierende CSV- oder TSV-Dateien (oder Ordner mit solchen Dateien).</translation>
    </message>
</context>
</TS>
