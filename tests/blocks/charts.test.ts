import { beforeAll, describe, expect, it } from "vitest";
import { commands } from "../../commands/index.ts";
import type { DataVisualizationBlock } from "../../src/blocks/kit.ts";
import { tableLines } from "../../src/blocks/table.ts";
import { openCatalogue } from "../../src/bootstrap.ts";
import { loadConfig } from "../../src/config.ts";
import type { CommandContext } from "../../src/context.ts";
import type { Reply } from "../../src/reply.ts";

// What each chart shows, read back from the office's catalogue: the same figures as the table beside it.

let ctx: CommandContext;
beforeAll(() => {
  const now = new Date("2024-09-02T03:00:00Z");
  const { db, search } = openCatalogue({ DATABASE_PATH: ":memory:" }, now);
  const config = loadConfig({} as NodeJS.ProcessEnv);
  ctx = { db, search, config, now, userId: "U1", isStaff: async () => true, offset: 0 };
});

const run = async (command: string, text: string) => (await commands[command]?.(text, ctx)) as Reply;
const charts = (r: Reply) =>
  r.blocks.filter((b): b is DataVisualizationBlock => b.type === "data_visualization");
/** A bar or line chart's values per series, by category. */
function values(c: DataVisualizationBlock): Record<string, Record<string, number>> {
  if (c.chart.type === "pie") throw new Error("not a pie");
  return Object.fromEntries(
    c.chart.series.map((s) => [s.name, Object.fromEntries(s.data.map((p) => [p.label, p.value]))]),
  );
}
const tableRows = (r: Reply) => {
  const t = r.blocks.find((b) => b.type === "table");
  return t?.type === "table" ? tableLines(t).map((l) => l.split(" · ")) : [];
};

describe("what each chart shows", () => {
  it("/kpi: KPI status per pillar, as many KPIs per pillar as the table's KPIs column", async () => {
    const reply = await run("/kpi", "");
    const [chart] = charts(reply);
    expect(chart?.title).toBe("KPI status per pillar · AWP 2024-2025");
    const perStatus = values(chart as DataVisualizationBlock);
    for (const row of tableRows(reply).slice(1, 5)) {
      const pillar = row[0] as string;
      const sum = Object.values(perStatus).reduce((n, s) => n + (s[pillar] ?? 0), 0);
      expect(sum, pillar).toBe(Number(row[2]));
    }
  });

  it("/workshops past: workshops held per fiscal year by kind, adding up to the workshops listed", async () => {
    const reply = await run("/workshops", "past FY2017/18");
    const [chart] = charts(reply);
    expect(chart?.title).toBe("Workshops held per fiscal year, by kind");
    const byKind = values(chart as DataVisualizationBlock);
    const total = Object.values(byKind).reduce((n, s) => n + (s["FY2017/18"] ?? 0), 0);
    expect(total).toBe(40);
    expect(reply.text).toContain("of 40 workshops");
    // Later pages keep to the table: the chart sums up the whole list once.
    expect(
      charts((await commands["/workshops"]?.("past FY2017/18", { ...ctx, offset: 10 })) as Reply),
    ).toEqual([]);
  });

  it("/survey status: the printed response rate per fiscal year against the printed baseline, 57%", async () => {
    const [chart] = charts(await run("/survey", "status"));
    expect(chart?.chart.type).toBe("line");
    expect(values(chart as DataVisualizationBlock)).toEqual({
      "Printed (Annex IV)": { "FY2016/17": 57 },
      "Baseline FY2016/17": { "FY2016/17": 57 },
    });
  });

  it("/survey status FY2016/17: replies per workshop, numbered as the table's rows", async () => {
    const reply = await run("/survey", "status FY2016/17");
    const [chart] = charts(reply);
    const { Administrations, Replies } = values(chart as DataVisualizationBlock);
    const rows = tableRows(reply).slice(1);
    expect(Object.keys(Replies ?? {})).toHaveLength(rows.length);
    for (const row of rows) {
      const label = Object.keys(Replies ?? {}).find((l) => l.split(" ")[0] === row[0]) as string;
      expect(Administrations?.[label]).toBe(Number(row[3]));
      expect(Replies?.[label]).toBe(Number(row[4]));
    }
  });
});
