import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openCatalogue } from "../../src/bootstrap.ts";
import { openDatabase } from "../../src/db/open.ts";
import { exportCatalogue } from "../../src/export/catalogue.ts";
import { syntheticCatalogue } from "../report/synthetic.ts";

const ROOT = join(import.meta.dirname, "../..");

function run(script: string, args: string[], databasePath: string) {
  return spawnSync(process.execPath, [join(ROOT, script), ...args], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_PATH: databasePath,
      LOG_LEVEL: "silent",
      ROCB_NOW: "2026-12-08T00:00:00Z",
    },
    encoding: "utf8",
  });
}

/** The held events of FY2017/18 a catalogue holds, without ids, in a stable order. */
function held2017(path: string) {
  const db = openDatabase(path);
  const events = exportCatalogue(db)
    .workshops.filter(
      (w) => w.status === "held" && w.start !== null && w.start >= "2017-07" && w.start <= "2018-06-30",
    )
    .map(({ id: _, ...w }) => w)
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  db.close();
  return events;
}

describe("npm run report", () => {
  it("writes the Word document and the CSVs; npm run import of it into an empty database gives the same events back", () => {
    const dir = mkdtempSync(join(tmpdir(), "rocb-report-cli-"));
    const source = join(dir, "catalogue.db");
    openCatalogue({ DATABASE_PATH: source }, new Date("2026-12-08T00:00:00Z")).db.close();
    const out = join(dir, "report.docx");
    const made = run("src/cli/report.ts", ["FY2017/18", "--out", out, "--csv", join(dir, "csv")], source);
    expect(made.stderr).toBe("");
    expect(made.status).toBe(0);
    expect(made.stdout).toMatch(/In FY2017\/18 the office held 40 workshops[\s\S]*Wrote .*report\.docx/);
    expect(readdirSync(join(dir, "csv")).sort()).toEqual([
      "follow-up-survey.csv",
      "other-events.csv",
      "summary.csv",
      "workshops-held.csv",
    ]);
    const copy = join(dir, "back.db");
    const imported = run("src/cli/import.ts", [out], copy);
    expect(imported.status).toBe(0);
    expect(imported.stdout).toMatch(/annual report "Annual Report 2017\/18" — imported/);
    const original = held2017(source);
    expect(original).toHaveLength(81);
    expect(held2017(copy)).toEqual(original);
  }, 60_000);

  it("escapes formula-like cells in the CSVs, as every export does", () => {
    const dir = mkdtempSync(join(tmpdir(), "rocb-report-cli-"));
    const path = join(dir, "synthetic.db");
    syntheticCatalogue(path).close();
    const made = run("src/cli/report.ts", ["2030/31", "--out", join(dir, "r.docx"), "--csv", dir], path);
    expect(made.status).toBe(0);
    const csv = readFileSync(join(dir, "workshops-held.csv"), "utf8");
    expect(csv).toContain("'+Sponsor with a formula-like name");
    expect(csv).not.toMatch(/(^|,)=HYPERLINK|(^|,)\+Sponsor/m);
  });

  it("a year the catalogue holds nothing for gets a sentence and no document; a wrong year a sentence too", () => {
    const dir = mkdtempSync(join(tmpdir(), "rocb-report-cli-"));
    const path = join(dir, "synthetic.db");
    syntheticCatalogue(path).close();
    const out = join(dir, "none.docx");
    const none = run("src/cli/report.ts", ["FY2040/41", "--out", out], path);
    expect(none.status).toBe(1);
    expect(none.stderr.trim()).toBe(
      "The catalogue holds nothing for FY2040/41: no workshop or other event held in it, no follow-up survey of the FY2039/40 workshops, and no plan in force during it. No report was made.",
    );
    expect(existsSync(out)).toBe(false);
    const wrong = run("src/cli/report.ts", ["2017/19"], path);
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toMatch(/not a fiscal year; the second year must follow the first/);
    const missing = run("src/cli/report.ts", [], path);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/^usage: npm run report/);
  });
});
