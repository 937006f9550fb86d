import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { openDatabase } from "../../../src/db/open.ts";
import { seedPlans } from "../renderings/catalogue.ts";
import { syntheticPdf } from "./synthetic-pdf.ts";

const ROOT = join(import.meta.dirname, "../../..");
const dir = mkdtempSync(join(tmpdir(), "rocb-pdf-import-"));

/** A small plan as a PDF: its title, a pillar heading and a ruled table of its first items. */
function planPdf(): Buffer {
  const first = seedPlans().find(({ plan }) => plan.kind === "SAP");
  if (!first) throw new Error("no seed plan");
  const items = first.plan.items.filter((i) => i.pillar === 1).slice(0, 3);
  const xs = [40, 70, 330, 560];
  const texts = [
    { x: 40, y: 50, text: "Strategic Action Plan 2022-2024", size: 14 },
    { x: 40, y: 80, text: "1. Support the implementation of conventions, instruments and tools" },
  ];
  const lines: Array<[number, number, number, number]> = [];
  items.forEach((item, k) => {
    const top = 100 + k * 40;
    lines.push([xs[0] ?? 0, top, xs[3] ?? 0, top]);
    texts.push({ x: 44, y: top + 14, text: `${item.letter})` });
    texts.push({ x: 74, y: top + 14, text: item.action.slice(0, 45) });
    texts.push({ x: 334, y: top + 14, text: item.kpis[0] ?? "" });
  });
  const bottom = 100 + items.length * 40;
  lines.push(
    [xs[0] ?? 0, bottom, xs[3] ?? 0, bottom],
    ...xs.map((x): [number, number, number, number] => [x, 100, x, bottom]),
  );
  return syntheticPdf([{ texts, lines }]);
}

function importCli(args: string[], databasePath: string) {
  return spawnSync(process.execPath, [join(ROOT, "src/cli/import.ts"), ...args], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_PATH: databasePath, LOG_LEVEL: "silent" },
    encoding: "utf8",
  });
}

describe("npm run import -- plan.pdf", () => {
  it("imports a plan PDF into the catalogue", () => {
    const pdf = join(dir, "plan.pdf");
    writeFileSync(pdf, planPdf());
    const database = join(dir, "plan.db");
    const out = importCli([pdf], database);
    expect(out.stderr).toBe("");
    expect(out.status).toBe(0);
    const db = openDatabase(database);
    const codes = db.prepare("SELECT letter FROM action_items ORDER BY id").pluck().all();
    db.close();
    expect(codes).toEqual(["a", "b", "c"]);
  });

  it("refuses a damaged, a scanned and a password-protected PDF with a sentence naming the file, and writes nothing", () => {
    const cases: Array<[string, Buffer, RegExp]> = [
      ["broken.pdf", planPdf().subarray(0, 300), /broken\.pdf: not a readable PDF/],
      [
        "scan.pdf",
        syntheticPdf([{ scanned: true }]),
        /scan\.pdf: a scanned PDF: its pages are images without text/,
      ],
      [
        "locked.pdf",
        syntheticPdf([{ texts: [{ x: 9, y: 9, text: "x" }] }], { encrypted: true }),
        /locked\.pdf: a password-protected PDF/,
      ],
    ];
    for (const [name, bytes, sentence] of cases) {
      const path = join(dir, name);
      writeFileSync(path, bytes);
      const database = join(dir, `${name}.db`);
      const out = importCli([path], database);
      expect(out.status, name).toBe(1);
      expect(out.stderr, name).toMatch(sentence);
      expect(out.stderr, name).not.toMatch(/\n\s+at /);
      if (existsSync(database)) {
        const db = openDatabase(database);
        expect(db.prepare("SELECT count(*) FROM documents").pluck().get(), name).toBe(0);
        db.close();
      }
    }
  });

  it("loads pdfjs-dist only when a PDF is read, not with the import code", () => {
    const reader = pathToFileURL(join(ROOT, "src/import/read-document.ts")).href;
    const pdf = join(dir, "lazy.pdf");
    writeFileSync(pdf, planPdf());
    const script = `
      import { registerHooks } from "node:module";
      let loaded = false;
      registerHooks({ resolve(specifier, context, next) { if (specifier.includes("pdfjs-dist")) loaded = true; return next(specifier, context); } });
      const { readAnyDocument } = await import(${JSON.stringify(reader)});
      const before = loaded;
      await readAnyDocument(${JSON.stringify(pdf)});
      console.log(JSON.stringify([before, loaded]));`;
    const out = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" });
    expect(out.stdout.trim()).toBe("[false,true]");
  });
});
