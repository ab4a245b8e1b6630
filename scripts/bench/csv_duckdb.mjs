// DuckDB side of scripts/bench/csv.sh, with @duckdb/node-api (installed under build/bench-node).
//
//   node csv_duckdb.mjs inspect FILE RUNS  "duckdb_load": CREATE TABLE AS SELECT * FROM read_csv(FILE),
//                                          the file materialised in memory;
//                                          "duckdb_inspect": what inspect reports, in one scan:
//                                          DESCRIBE (sniffed column types), then count(*) and per
//                                          column count(c) (missing) and approx_count_distinct(c)
//   node csv_duckdb.mjs header FILE RUNS   "duckdb_header": DESCRIBE SELECT * FROM read_csv(FILE)
//
// Each is run once to warm up (see measure), then RUNS times; prints "name median_ms min_ms runs detail" lines.
// DuckDB uses all cores (2 here) by default.
import { DuckDBInstance } from '@duckdb/node-api';

const [mode, file, runsText] = process.argv.slice(2);
const runs = Number(runsText);
const source = `read_csv('${file.replaceAll("'", "''")}')`;
const db = await DuckDBInstance.create(':memory:');
const connection = await db.connect();

// A warm-up run, then the timed ones; a warm-up slower than 5 s counts as the first timed run (the
// file is in the page cache already, and minutes of warm-up teach nothing).
async function measure(name, work) {
  const times = [];
  let detail = '';
  const warmStart = performance.now();
  detail = await work();
  const warm = performance.now() - warmStart;
  if (warm > 5000)
    times.push(warm);
  while (times.length < runs) {
    const start = performance.now();
    detail = await work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  console.log(`${name} ${times[Math.floor(times.length / 2)].toFixed(2)} ${times[0].toFixed(2)} ${runs} ${detail}`);
}

async function describe() {
  const reader = await connection.runAndReadAll(`DESCRIBE SELECT * FROM ${source}`);
  return reader.getRows().map((row) => [String(row[0]), String(row[1])]);
}

const quoted = (name) => `"${name.replaceAll('"', '""')}"`;

if (mode === 'header') {
  await measure('duckdb_header', async () => `columns=${(await describe()).length}`);
} else {
  await measure('duckdb_load', async () => {
    await connection.run(`CREATE OR REPLACE TABLE t AS SELECT * FROM ${source}`);
    const rows = (await connection.runAndReadAll('SELECT count(*) FROM t')).getRows()[0][0];
    await connection.run('DROP TABLE t');
    return `rows=${rows}`;
  });
  await measure('duckdb_inspect', async () => {
    const columns = await describe();
    const aggregates = columns.flatMap(([name]) => [
      `count(${quoted(name)})`, `approx_count_distinct(${quoted(name)})`]);
    const reader = await connection.runAndReadAll(
      `SELECT count(*), ${aggregates.join(', ')} FROM ${source}`);
    const row = reader.getRows()[0];
    return `rows=${row[0]},columns=${columns.length}`;
  });
}
