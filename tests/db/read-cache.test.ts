import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { upcomingWorkshops } from "../../src/catalogue/workshops.ts";
import { openDatabase } from "../../src/db/open.ts";
import { readsOf, remember } from "../../src/db/read-cache.ts";
import { CatalogueSearch } from "../../src/search/index.ts";
import { ReplayMemory } from "../../src/slack/replays.ts";

const addWorkshop = (db: ReturnType<typeof openDatabase>, title: string, start: string) =>
  db
    .prepare(
      "INSERT INTO workshops (key, title, kind, start_date, status) VALUES (?, ?, 'national', ?, 'scheduled')",
    )
    .run(title, title, start);

describe("the read cache", () => {
  it("keeps a read while nothing changed, and forgets it after a write on this connection", () => {
    const db = openDatabase(":memory:");
    let reads = 0;
    const read = () => remember(readsOf(db), "k", () => ++reads);
    expect([read(), read()]).toEqual([1, 1]);
    addWorkshop(db, "A", "2030-01-01");
    expect(read()).toBe(2);
  });

  it("survives the edge's own writes (a replay signature per request), so no command rebuilds it", () => {
    const db = openDatabase(":memory:");
    addWorkshop(db, "Risk management", "2030-01-01");
    let reads = 0;
    const read = () => remember(readsOf(db), "k", () => ++reads);
    const search = CatalogueSearch.build(db);
    const index = (search as unknown as { index: unknown }).index;
    const replays = new ReplayMemory(db, 60_000);
    expect(read()).toBe(1);
    for (let i = 0; i < 3; i++) replays.remember(`v0=sig${i}`, 1_000 + i);
    expect(read()).toBe(1);
    expect(search.search("risk").length).toBe(1);
    expect((search as unknown as { index: unknown }).index).toBe(index);
    // A catalogue write still counts, after the bookkeeping ones.
    addWorkshop(db, "Risk profiling", "2030-02-01");
    expect(read()).toBe(2);
    expect(search.search("risk").length).toBe(2);
  });

  it("sees a commit made by another connection to the same file", () => {
    const path = join(mkdtempSync(join(tmpdir(), "rocb-cache-")), "c.db");
    const bot = openDatabase(path);
    const staffTool = openDatabase(path);
    expect(upcomingWorkshops(bot, "2029-01-01")).toEqual([]);
    addWorkshop(staffTool, "Added by the CLI", "2030-01-01");
    expect(upcomingWorkshops(bot, "2029-01-01").map((w) => w.title)).toEqual(["Added by the CLI"]);
  });

  it("keeps nothing inside a transaction, which may yet be rolled back", () => {
    const db = openDatabase(":memory:");
    db.transaction(() => expect(readsOf(db)).toBeNull())();
  });
});
