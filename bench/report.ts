import { openCatalogue } from "../src/bootstrap.ts";
import type { Db } from "../src/db/open.ts";
import { makeReport } from "../src/report/index.ts";
import { percentile } from "./stats.ts";

const NOW = new Date("2026-12-08T00:00:00Z");

/** The fiscal year with the most held events in the catalogue ("2017/18"). */
function largestYear(db: Db): { label: string; events: number } {
  const row = db
    .prepare(
      `SELECT CAST(substr(start_date, 1, 4) AS INTEGER) - (CAST(substr(start_date, 6, 2) AS INTEGER) < 7) AS y,
              count(*) AS n
         FROM workshops WHERE status = 'held' AND start_date IS NOT NULL GROUP BY y ORDER BY n DESC LIMIT 1`,
    )
    .get() as { y: number; n: number };
  return { label: `${row.y}/${String((row.y + 1) % 100).padStart(2, "0")}`, events: row.n };
}

async function time(db: Db, fy: string, withPlan: boolean, runs: number) {
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const made = await makeReport(db, fy, NOW, { withPlan });
    times.push(performance.now() - started);
    if (typeof made === "string") throw new Error(made);
    bytes = made.bytes.length;
  }
  return { first: times[0] ?? Number.NaN, rest: times.slice(1), bytes };
}

/** `npm run report` on the bundled catalogue: the largest year, and a year with its plan as an annex. */
export async function benchReport(runs = 11): Promise<string> {
  const { db } = openCatalogue({ DATABASE_PATH: ":memory:" }, NOW);
  const largest = largestYear(db);
  const cases: Array<[string, string, boolean]> = [
    [
      `FY${largest.label} (the largest year: ${largest.events} events held, survey annex)`,
      largest.label,
      false,
    ],
    ["FY2024/25 with --with-plan (AWP 2024-2025, 55 items, KPI status)", "2024/25", true],
  ];
  const lines = [
    "## Annual report (`npm run report`)",
    "",
    `Query, model and Word document (docx), in memory; ${runs} runs each. The first run of the process loads the docx package.`,
    "",
    "| report | first run | median of the others | p90 | document |",
    "|---|---|---|---|---|",
  ];
  for (const [name, fy, withPlan] of cases) {
    const t = await time(db, fy, withPlan, runs);
    lines.push(
      `| ${name} | ${t.first.toFixed(0)} ms | ${percentile(t.rest, 50).toFixed(0)} ms | ${percentile(t.rest, 90).toFixed(0)} ms | ${Math.ceil(t.bytes / 1024)} KB |`,
    );
  }
  db.close();
  return lines.join("\n");
}
