import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { bundledDocuments } from "../../src/bootstrap.ts";
import { openDatabase } from "../../src/db/open.ts";
import { exportCatalogue } from "../../src/export/catalogue.ts";
import { formatSummary, ImportFailed, importFiles } from "../../src/import/importer.ts";
import type { ParsedPlan } from "../../src/import/parsed.ts";
import { seedPlans } from "./renderings/catalogue.ts";
import { PLAIN_STYLE, renderPlan } from "./renderings/render.ts";

const awpFile = bundledDocuments().find((f) => f.includes("/004_")) as string;
const awp = seedPlans().find((p) => p.file.startsWith("004_"))?.plan as ParsedPlan;

/** A file holding a version of the AWP 2024-2025 with only the items `keep` accepts. */
function version(keep: (item: ParsedPlan["items"][number], index: number) => boolean): string {
  const path = join(mkdtempSync(join(tmpdir(), "rocb-guard-")), "awp-version.txt");
  writeFileSync(path, renderPlan({ ...awp, items: awp.items.filter(keep) }, PLAIN_STYLE));
  return path;
}

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (err) {
    expect(err).toBeInstanceOf(ImportFailed);
    return (err as Error).message;
  }
  throw new Error("the import was not refused");
}

describe("a new version of a plan that would destroy it", () => {
  it("is refused when it loses a pillar, naming the pillar, and nothing is written", () => {
    const db = openDatabase(":memory:");
    importFiles(db, [awpFile]);
    const before = exportCatalogue(db);
    const message = refusal(() => importFiles(db, [version((i) => i.pillar !== 3)]));
    expect(message).toMatch(/awp-version\.txt: .*would lose pillar 3/);
    expect(message).toMatch(/--force/);
    expect(exportCatalogue(db)).toEqual(before);
  });

  it("is checked against the versions imported before it in the same run, and rolls the run back", () => {
    const db = openDatabase(":memory:");
    const message = refusal(() => importFiles(db, [awpFile, version((i) => i.pillar === 1)]));
    expect(message).toMatch(/awp-version\.txt: .*would lose pillars 2, 3 and 4 \(all their items\)/);
    expect(db.prepare("SELECT count(*) FROM documents").pluck().get()).toBe(0);
  });

  it("is refused when it loses more than a quarter of the items or KPIs", () => {
    const db = openDatabase(":memory:");
    importFiles(db, [awpFile]);
    const message = refusal(() => importFiles(db, [version((_, k) => k % 3 !== 0)]));
    expect(message).toMatch(/would lose 19 of its 55 action items and \d+ of its \d+ KPIs compared/);
  });

  it("is imported with --force, and a small change is imported with its difference in the summary", () => {
    const db = openDatabase(":memory:");
    importFiles(db, [awpFile]);
    const small = importFiles(db, [version((i) => !(i.pillar === 4 && i.letter === "c"))]);
    expect(formatSummary(small)).toMatch(/compared with the catalogue: items 1 removed \(4-\(c\)\)\n/);
    const same = importFiles(db, [version((i) => !(i.pillar === 4 && i.letter === "c"))]);
    expect(formatSummary(same)).toMatch(/compared with the catalogue: no item changed/);
    const edited = join(mkdtempSync(join(tmpdir(), "rocb-guard-")), "awp-edited.txt");
    writeFileSync(
      edited,
      readFileSync(awpFile, "utf8").replace(
        "National Workshop on IPR for India",
        "National Workshop on IPR for Bhutan",
      ),
    );
    expect(formatSummary(importFiles(db, [edited], new Date(), { dryRun: true }), true)).toMatch(
      /items 1 added \(4-\(c\)\); 1 changed \(1-\(bb\)\)\n/,
    );
    importFiles(db, [version((i) => i.pillar === 1)], new Date(), { force: true });
    expect(db.prepare("SELECT count(*) FROM action_items").pluck().get()).toBe(38);
  });
});

describe("a dry run", () => {
  it("prints the summary and the difference from the catalogue and writes nothing", () => {
    const db = openDatabase(":memory:");
    importFiles(db, [awpFile]);
    const before = exportCatalogue(db);
    const changed = version((i) => !(i.pillar === 2 && i.letter === "a"));
    const summaries = importFiles(db, [changed, bundledDocuments()[0] as string], new Date(), {
      dryRun: true,
    });
    const text = formatSummary(summaries, true);
    expect(text).toMatch(/awp-version\.txt: plan document .* would be imported/);
    expect(text).toMatch(/would replace the earlier version/);
    expect(text).toMatch(/items 1 removed \(2-\(a\)\)/);
    expect(text).toMatch(/nothing was written/);
    expect(exportCatalogue(db)).toEqual(before);
  });
});

describe("summary warnings", () => {
  it("warn when a pillar is empty or its letters jump", () => {
    const db = openDatabase(":memory:");
    const text = formatSummary(
      importFiles(db, [version((i) => i.pillar !== 2)], new Date(), { force: true }),
    );
    expect(text).toMatch(/warning: pillar 2 has no action items/);
    const jump = join(mkdtempSync(join(tmpdir(), "rocb-guard-")), "jump.txt");
    writeFileSync(
      jump,
      [
        "Annual Work Plan 2030-2031",
        "1. Support the implementation of conventions",
        "a) Do one thing",
        "b) Do another thing",
        "e) Do a fifth thing",
      ].join("\n"),
    );
    expect(formatSummary(importFiles(db, [jump]))).toMatch(/warning: pillar 1 jumps from b\) to e\)/);
  });
});
