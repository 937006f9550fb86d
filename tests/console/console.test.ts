import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.ts";
import { parseNow } from "../../src/console/clock.ts";
import {
  nextPageOf,
  renderReply,
  runCommand,
  runConsole,
  splitCommandLine,
} from "../../src/console/index.ts";
import { CatalogueSearch } from "../../src/search/index.ts";
import { sampleCatalogue } from "../commands/fixtures.ts";

const world = sampleCatalogue();
const config = loadConfig({ DATABASE_PATH: ":memory:" } as NodeJS.ProcessEnv);
const deps = {
  db: world.db,
  search: CatalogueSearch.build(world.db),
  config,
  now: () => new Date("2024-09-01T03:00:00Z"),
};

describe("console pieces", () => {
  it("reads command lines with or without the slash", () => {
    expect(splitCommandLine("/kpi 1-(h)")).toEqual({ command: "/kpi", text: "1-(h)" });
    expect(splitCommandLine("KPI 1-(h)")).toEqual({ command: "/kpi", text: "1-(h)" });
    expect(splitCommandLine("/workshops")).toEqual({ command: "/workshops", text: "" });
    expect(splitCommandLine("/weather")).toBeNull();
    expect(splitCommandLine("")).toBeNull();
  });

  it("renders a reply as clean text with an underlined heading", async () => {
    const text = renderReply(await runCommand(deps, "/kpi", "1-(h)"));
    expect(text.startsWith("1-(h) · AWP 2024-2025\n─────")).toBe(true);
    expect(text).not.toMatch(/[*`]|&amp;|&lt;/);
    expect(text).not.toMatch(/\[(Details|Share in channel|Next \d+)\]/);
  });

  it("parses a fixed clock in the office time zone", () => {
    expect(parseNow("2024-07-01", "Asia/Bangkok")?.toISOString()).toBe("2024-06-30T17:00:00.000Z");
    expect(parseNow("not a date", "Asia/Bangkok")).toBeNull();
  });

  it("finds the Next page of a list", async () => {
    const reply = await runCommand(deps, "/actions", "pillar 1");
    expect(nextPageOf(reply)).toEqual({ command: "/actions", text: "pillar 1", offset: 10 });
  });
});

describe("runConsole", () => {
  it("answers typed commands, help, next and history until exit", async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = "";
    output.on("data", (c) => {
      printed += String(c);
    });
    const done = runConsole(deps, { input, output, historyFile: null });
    input.end(
      "help\n/kpi 1h\nactions pillar 1\nnext\n/weather\nwhen is the next workshop in Fiji?\nkpi status of SAP 2022-2024\nhistory\nexit\n",
    );
    await done;
    expect(printed).toContain("ROCB Desk console");
    expect(printed).toContain("next            the next page of the last list");
    expect(printed).toContain("1-(h) · AWP 2024-2025");
    expect(printed).toContain("Showing 1-10 of 38 action items.");
    expect(printed).toContain("Showing 11-20 of 38 action items.");
    expect(printed).toContain('I don\'t know "/weather"');
    expect(printed).toContain("Read as /workshops upcoming country:Fiji");
    expect(printed).toContain("Read as /kpi SAP 2022-2024");
    expect(printed).not.toContain("[Details]");
    expect(printed).toContain("/kpi 1h\nactions pillar 1\nnext");
    expect(printed).toContain("when is the next workshop in Fiji?");
  });
});
