import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/open.ts";
import { planOverview, planRows, recordMeasurement } from "../../src/kpi/index.ts";
import { addItem, addPlan, addWorkshop, testDb, ZONE } from "./fixtures.ts";

// Reports keep what they read until the db changes; these check that no change goes unseen.

const NOW = new Date("2024-03-15T05:00:00Z");
const options = { timeZone: ZONE };

function catalogue(db = testDb()) {
  const sap = addPlan(db);
  const members = addItem(db, sap.id, { code: "1-(a)", targets: ["At least 20/33 Members"] });
  const cb = addItem(db, sap.id, {
    code: "1-(h)",
    kpis: ["Number of CB activities undertaken"],
    targets: ["At least 3 times per year"],
  });
  return { db, sap, members, cb };
}

const record = (db: ReturnType<typeof testDb>, plan: ReturnType<typeof addPlan>, value: number) =>
  recordMeasurement(
    db,
    { plan, code: "1-(a)", position: 1 },
    { value, asOf: "2024-03-01", note: null, recordedBy: "U1", recordedAt: NOW },
  );

const figures = (rows: ReturnType<typeof planRows>) => rows.map((r) => r.figure?.value ?? null);

describe("plan reports after the catalogue changes", () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it("see figures recorded, workshops held and items added since the last report", () => {
    const { db, sap, cb } = catalogue();
    expect(figures(planRows(db, sap.id, NOW, options))).toEqual([null, null]);
    record(db, sap, 19);
    addWorkshop(db, { itemId: cb, start: "2023-03-06", status: "held" });
    expect(figures(planRows(db, sap.id, NOW, options))).toEqual([19, 1]);
    addItem(db, sap.id, { code: "2-(a)" });
    expect(planOverview(db, sap.id, NOW, options).pillars[1]).toMatchObject({ items: 1, kpis: 1 });
  });

  it("see what another connection committed", () => {
    const dir = mkdtempSync(join(tmpdir(), "kpi-cache-"));
    dirs.push(dir);
    const path = join(dir, "catalogue.db");
    const bot = openDatabase(path);
    bot
      .prepare(
        "INSERT INTO documents (id, file_name, sha256, kind, title, imported_at) VALUES (1, 'p', 'x', 'plan', 'P', '2024-01-01')",
      )
      .run();
    const { sap } = catalogue(bot);
    expect(figures(planRows(bot, sap.id, NOW, options))).toEqual([null, null]);
    const cli = openDatabase(path);
    record(cli, sap, 7);
    cli.close();
    expect(figures(planRows(bot, sap.id, NOW, options))).toEqual([7, null]);
    bot.close();
  });

  it("do not keep what a rolled-back transaction wrote", () => {
    const { db, sap } = catalogue();
    record(db, sap, 19);
    expect(figures(planRows(db, sap.id, NOW, options))).toEqual([19, null]);
    expect(() =>
      db.transaction(() => {
        record(db, sap, 25);
        expect(figures(planRows(db, sap.id, NOW, options))).toEqual([25, null]);
        throw new Error("undo");
      })(),
    ).toThrow("undo");
    expect(figures(planRows(db, sap.id, NOW, options))).toEqual([19, null]);
  });

  it("hand out rows of their own, so a caller changing one does not change the next report", () => {
    const { db, sap } = catalogue();
    record(db, sap, 19);
    const [first] = planRows(db, sap.id, NOW, options);
    if (!first?.figure?.measurement) throw new Error("expected a recorded figure");
    first.item.code = "9-(z)";
    first.plan.label = "changed";
    first.figure.measurement.value = 0;
    const [again] = planRows(db, sap.id, NOW, options);
    expect(again?.item.code).toBe("1-(a)");
    expect(again?.plan.label).toBe("SAP 2022-2024");
    expect(again?.figure?.measurement?.value).toBe(19);
  });
});
