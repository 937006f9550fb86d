import { describe, expect, it } from "vitest";
import { actionsCommand, parseActions } from "../../commands/actions.ts";
import { isErrorReply } from "../../src/blocks/reply.ts";
import { ACTION_IDS } from "../../src/reply.ts";
import { buttonValues, valid } from "./check.ts";
import { makeContext, sampleCatalogue } from "./fixtures.ts";

const world = sampleCatalogue();
const ctx = makeContext(world.db, "2024-09-01T03:00:00Z");
const run = (text: string, offset = 0) => actionsCommand(text, { ...ctx, offset });
const codes = (text: string) =>
  [...text.matchAll(/^(\d-\(\w+\)) · (\w+ \d{4}-\d{4}) · /gm)].map((m) => `${m[1]} ${m[2]}`);

describe("/actions", () => {
  it("searches action items, latest plan first", async () => {
    expect(codes(valid(await run("risk management")))).toEqual([
      "1-(a) AWP 2024-2025",
      "1-(b) AWP 2024-2025",
    ]);
    expect(codes(valid(await run("TFA")))).toEqual([
      "1-(h) AWP 2024-2025",
      "1-(h) SAP 2022-2024",
      "1-(h) SAP 2018-2020",
    ]);
    expect(codes(valid(await run("single window")))[0]).toBe("1-(t) AWP 2024-2025");
    expect(codes(valid(await run("rules of origin")))).toEqual(["1-(l) AWP 2024-2025"]);
  });

  it("searches only the plan named after or before the words", async () => {
    expect(codes(valid(await run("TFA SAP 2022-2024")))).toEqual(["1-(h) SAP 2022-2024"]);
    expect(codes(valid(await run("SAP 2022-2024 TFA")))).toEqual(["1-(h) SAP 2022-2024"]);
    expect(codes(valid(await run("TFA annual work plan 2024-2025")))).toEqual(["1-(h) AWP 2024-2025"]);
    const year = valid(await run("time release 2018"));
    expect(codes(year)).toEqual(["1-(h) AWP 2018-2019"]);
    expect(year).toContain(
      '"2018" also names SAP 2018-2020 (/actions time release SAP 2018-2020); AWP 2018-2019 was taken.',
    );
    const none = valid(await run("TFA 2018"));
    expect(none).toContain('No action item in AWP 2018-2019 matches "TFA"');
    expect(none).toContain("/actions TFA SAP 2018-2020");
    expect(valid(await run("TFA 2031"))).toContain("There is no plan 2031.");
    expect(parseActions("single window SAP 2022-2024")).toEqual({
      kind: "search",
      words: "single window",
      plan: "SAP 2022-2024",
    });
    expect(parseActions("single window")).toEqual({ kind: "search", words: "single window", plan: null });
  });

  it("finds an item by its planned activities", async () => {
    expect(codes(valid(await run("cargo targetting")))).toEqual(["1-(a) AWP 2024-2025"]);
  });

  it("shows a code in every plan, or in one", async () => {
    expect(codes(valid(await run("1h")))).toEqual([
      "1-(h) AWP 2024-2025",
      "1-(h) SAP 2022-2024",
      "1-(h) AWP 2018-2019",
      "1-(h) SAP 2018-2020",
    ]);
    expect(codes(valid(await run("1-(h) 2018")))).toEqual(["1-(h) AWP 2018-2019", "1-(h) SAP 2018-2020"]);
    expect(valid(await run("1-(qq)"))).toContain("No plan has an item 1-(qq)");
  });

  it("lists a pillar of the plan in force, paged", async () => {
    const first = await run("pillar 1");
    const text = valid(first);
    expect(text).toContain("AWP 2024-2025 · pillar 1");
    expect(text).toContain("Showing 1-10 of 38 action items.");
    expect(codes(text)[0]).toBe("1-(a) AWP 2024-2025");
    const [next] = buttonValues(first, ACTION_IDS.nextPage);
    expect(JSON.parse(next ?? "")).toEqual({ c: "/actions", t: "pillar 1", o: 10 });
    const last = await run("pillar 1", 30);
    expect(codes(valid(last))).toEqual(
      ["ee", "ff", "gg", "hh", "ii", "jj", "kk", "ll"].map((l) => `1-(${l}) AWP 2024-2025`),
    );
    expect(codes(valid(await run("pillar 1 SAP 2022-2024")))).toHaveLength(8);
  });

  it("shows a pillar for its bare number", async () => {
    expect(valid(await run("2"))).toBe(valid(await run("pillar 2")));
    expect(valid(await run("1 SAP 2022-2024"))).toBe(valid(await run("pillar 1 SAP 2022-2024")));
    expect(valid(await run("7"))).toContain("There is no pillar 7");
  });

  it("says which plan a year naming two was taken for, and names the other", async () => {
    const text = valid(await run("pillar 1 2018"));
    expect(text).toContain("AWP 2018-2019 · pillar 1");
    expect(text).toContain(
      '"2018" also names SAP 2018-2020 (/actions pillar 1 SAP 2018-2020); AWP 2018-2019 was taken.',
    );
  });

  it("answers errors and help", async () => {
    for (const text of ["", "pillar", "pillar 9"]) expect(isErrorReply(await run(text))).toBe(true);
    expect(valid(await run("pillar 9"))).toContain("There is no pillar 9");
    expect(valid(await run("pillar 3"))).toContain("AWP 2024-2025 has no action items in pillar 3.");
    expect(valid(await run("pillar 2 2031"))).toContain("There is no plan 2031.");
    expect(valid(await run("help"))).toContain("/actions pillar 2");
    expect(valid(await run("xylophone"))).toContain('No action item matches "xylophone"');
  });
});
