import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
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

  it(
    "a forced import of a cut plan is undone by importing the original file again",
    { timeout: 90_000 },
    () => {
      const dir = mkdtempSync(join(tmpdir(), "rocb-cli-"));
      const path = join(dir, "cat.db");
      const awp = bundledDocuments().find((f) => f.includes("/004_")) as string;
      const items = () => {
        const db = openDatabase(path);
        const n = db.prepare("SELECT count(*) FROM action_items").pluck().get() as number;
        db.close();
        return n;
      };
      expect(run("src/cli/import.ts", [awp], path).status).toBe(0);
      const whole = items();
      // The same plan with pillars 2 to 4 cut off.
      const lines = readFileSync(awp, "utf8").split("\n");
      const cut = join(dir, "cut.txt");
      writeFileSync(
        cut,
        lines
          .slice(
            0,
            lines.findIndex((l) => /^2\.\s/.test(l)),
          )
          .join("\n"),
      );
      expect(run("src/cli/import.ts", [cut], path).status).toBe(1);
      const forced = run("src/cli/import.ts", ["--force", cut], path);
      expect(forced.status).toBe(0);
      expect(items()).toBeLessThan(whole);

      const undo = run("src/cli/import.ts", [awp], path);
      expect(undo.status).toBe(0);
      expect(undo.stdout).toMatch(/— imported/);
      expect(undo.stdout).toMatch(/replaces the earlier version/);
      expect(undo.stdout).not.toMatch(/unchanged/);
      expect(items()).toBe(whole);
      // Now the catalogue holds what the file says: importing it again changes nothing.
      const again = run("src/cli/import.ts", [awp], path);
      expect(again.stdout).toMatch(/— unchanged/);
      expect(again.stdout).toMatch(/no item changed/);
      expect(items()).toBe(whole);
    },
  );
});
