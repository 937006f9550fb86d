import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { bundledDocuments } from "../../src/bootstrap.ts";
import { openDatabase } from "../../src/db/open.ts";

const ROOT = join(import.meta.dirname, "../..");

function run(script: string, args: string[], databasePath: string) {
  return spawnSync(process.execPath, [join(ROOT, script), ...args], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_PATH: databasePath, LOG_LEVEL: "silent" },
    encoding: "utf8",
  });
}

const documents = (path: string) => {
  const db = openDatabase(path);
  const n = db.prepare("SELECT count(*) FROM documents").pluck().get();
  db.close();
  return n;
};

describe("npm run import / export on the command line", () => {
  it("export of an empty catalogue exports nothing and says so (it does not fill itself from data/)", () => {
    const path = join(mkdtempSync(join(tmpdir(), "rocb-cli-")), "empty.db");
    const out = run("src/cli/export.ts", ["catalogue", "--json"], path);
    expect(out.status).toBe(1);
    expect(out.stdout).toBe("");
    expect(out.stderr).toMatch(/empty: nothing was exported/);
    expect(documents(path)).toBe(0);
  });

  it("--dry-run prints the summary and leaves the database as it was; a refused file exits non-zero", () => {
    const dir = mkdtempSync(join(tmpdir(), "rocb-cli-"));
    const path = join(dir, "cat.db");
    const awp = bundledDocuments().find((f) => f.includes("/004_")) as string;
    const dry = run("src/cli/import.ts", ["--dry-run", awp], path);
    expect(dry.status).toBe(0);
    expect(dry.stdout).toMatch(/would be imported[\s\S]*Dry run: nothing was written/);
    expect(documents(path)).toBe(0);
    const prose = join(dir, "prose.txt");
    writeFileSync(prose, "Minutes\n\nThe workshop went well.\n");
    const refused = run("src/cli/import.ts", [awp, prose], path);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/prose\.txt: neither a plan table/);
    expect(existsSync(path) && documents(path)).toBe(0);
  });
});
