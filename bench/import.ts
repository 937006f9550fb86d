import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { bundledDocuments } from "../src/bootstrap.ts";
import { openDatabase } from "../src/db/open.ts";
import { importFiles } from "../src/import/importer.ts";
import { mib, percentile } from "./stats.ts";

/** Import of all bundled documents into a fresh file database, repeated; wall time and peak memory. */
export async function benchImport(runs = 10): Promise<string> {
  const files = bundledDocuments();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const dir = mkdtempSync(join(tmpdir(), "rocb-bench-"));
    const started = performance.now();
    const db = openDatabase(join(dir, "bench.db"));
    importFiles(db, files);
    db.close();
    times.push(performance.now() - started);
    rmSync(dir, { recursive: true, force: true });
  }
  return [
    "## Import of the bundled documents into a fresh database",
    "",
    `${files.length} documents, ${runs} runs (each: create the file database, migrate, parse, write in one transaction).`,
    "",
    "| median | p90 | max | peak RSS of the process |",
    "|---|---|---|---|",
    `| ${percentile(times, 50).toFixed(1)} ms | ${percentile(times, 90).toFixed(1)} ms | ${Math.max(...times).toFixed(1)} ms | ${mib(process.resourceUsage().maxRSS * 1024)} |`,
  ].join("\n");
}
