import { describe, expect, it } from "vitest";
import { workshopsCommand } from "../../commands/workshops.ts";
import { isStaffSubcommand, parseStaffWorkshops } from "../../commands/workshops-staff.ts";
import { isErrorReply } from "../../src/blocks/reply.ts";
import { workshopById } from "../../src/catalogue/index.ts";
import type { Db } from "../../src/db/open.ts";
import { ACTION_IDS, type Reply } from "../../src/reply.ts";
import { buttonValues, valid } from "./check.ts";
import { makeContext, sampleCatalogue } from "./fixtures.ts";

const NOW = "2024-09-01T03:00:00Z";

function fresh() {
  const world = sampleCatalogue();
  const staff = makeContext(world.db, NOW, { isStaff: async () => true });
  const other = makeContext(world.db, NOW, { isStaff: async () => false, userId: "U_OTHER" });
  const run = async (text: string, ctx = staff) => (await workshopsCommand(text, ctx)) as Reply;
  return { ...world, run, other };
}

const count = (db: Db) => db.prepare("SELECT count(*) FROM workshops").pluck().get() as number;
const addedId = (reply: Reply) => Number(/Added workshop (\d+)/.exec(reply.text)?.[1]);

describe("parseStaffWorkshops", () => {
  it("reads add with quoted title and venue, repeated and comma-separated countries, a kind prefix", () => {
    expect(
      parseStaffWorkshops(
        'add "Workshop: Risk Management" kind:sub country:Fiji,Samoa country:"Papua New Guinea" start:2025-03-10 end:2025-03-14 city:Suva venue:"Grand Pacific Hotel"',
      ),
    ).toEqual({
      sub: "add",
      workshop: {
        title: "Workshop: Risk Management",
        kind: "sub-regional",
        countries: ["Fiji", "Samoa", "Papua New Guinea"],
        start: "2025-03-10",
        end: "2025-03-14",
        city: "Suva",
        venue: "Grand Pacific Hotel",
      },
    });
  });

  it("reads add without dates (planned), options in any order and curly quotes", () => {
    expect(parseStaffWorkshops("ADD kind:national National Workshop on AEO country:“Lao PDR”")).toEqual({
      sub: "add",
      workshop: { title: "National Workshop on AEO", kind: "national", countries: ["Lao PDR"] },
    });
  });

  it("reads set and participants with or without #", () => {
    expect(parseStaffWorkshops('set #12 status:Held venue:"Hotel A"')).toEqual({
      sub: "set",
      id: 12,
      change: { status: "held", venue: "Hotel A" },
    });
    expect(parseStaffWorkshops("set 3 start:2025-01-06 end:2025-01-10")).toEqual({
      sub: "set",
      id: 3,
      change: { start: "2025-01-06", end: "2025-01-10" },
    });
    expect(parseStaffWorkshops("participants #7")).toEqual({ sub: "participants", id: 7 });
  });

  it("routes only add, set and participants to the staff handler", () => {
    expect(["add x", " SET 1", "participants 2"].map(isStaffSubcommand)).toEqual([true, true, true]);
    expect(["", "show 1", "search add", "past 2017"].map(isStaffSubcommand)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });

  const errors: Array<[string, RegExp]> = [
    ["add kind:national country:Fiji", /Give the workshop's title/],
    ["add Title country:Fiji", /Say what kind of workshop/],
    ["add Title kind:huge country:Fiji", /"huge" is not a kind of workshop\. Kinds: national/],
    ["add Title kind:national", /Say which country/],
    [
      "add Title kind:national country:Fiji start:10/03/2025",
      /start:10\/03\/2025 is not a date; write it as YYYY-MM-DD/,
    ],
    ["add Title kind:national country:Fiji start:2025-02-30", /start:2025-02-30 is not a real calendar date/],
    [
      "add Title kind:national country:Fiji start:2025-03-10 end:2025-03-01",
      /would end \(2025-03-01\) before it starts/,
    ],
    ["add Title kind:national country:Fiji end:2025-03-01", /An end date needs a start date/],
    [
      "add Title kind:national country:Fiji status:done",
      /"done" is not a workshop status\. Statuses: planned/,
    ],
    ["add Title kind:national country:Fiji topic:AEO", /I don't know the option "topic:"/],
    ["add Title kind:national kind:regional country:Fiji", /Give "kind:" only once/],
    ["add Title kind: country:Fiji", /"kind:" needs a value/],
    ["set start:2025-01-01", /Give the workshop's id/],
    ["set twelve start:2025-01-01", /Give the workshop's id/],
    ["set 12", /Say what to change/],
    ["set 12 Grand Hotel venue:x", /After the id I only understand options/],
    ["set 12 status:postponed", /"postponed" is not a workshop status/],
    ["set 12 end:2025-13-01", /end:2025-13-01 is not a date|not a real calendar date/],
    ["participants", /Give the workshop's id/],
    ["participants 12 start:2025-01-01", /takes only the workshop's id/],
  ];
  for (const [text, expected] of errors) {
    it(`explains what is wrong with "${text}"`, () => {
      const parsed = parseStaffWorkshops(text);
      expect("error" in parsed && parsed.error).toMatch(expected);
    });
  }
});

describe("/workshops add|set|participants", () => {
  it("refuses non-staff with a sentence and writes nothing", async () => {
    const { db, run, other } = fresh();
    const before = count(db);
    for (const text of [
      "add Title kind:national country:Fiji",
      `set 1 status:cancelled`,
      "participants 1",
      "add", // even before the text is read
    ]) {
      const reply = await run(text, other);
      expect(reply.text).toBe("Only ROCB A/P staff can add or change workshops and load their participants.");
      expect(buttonValues(reply, ACTION_IDS.participantsLoad)).toEqual([]);
    }
    expect(count(db)).toBe(before);
    expect(workshopById(db, 1)?.status).not.toBe("cancelled");
  });

  it("answers a bad request with the sentence and the staff usage", async () => {
    const { run } = fresh();
    const reply = await run("add Title kind:national country:Fiji start:2025-02-30");
    expect(isErrorReply(reply)).toBe(true);
    const text = valid(reply);
    expect(text).toContain("start:2025-02-30 is not a real calendar date.");
    expect(text).toContain("/workshops set 12");
  });

  it("adds a dated workshop that /workshops show then finds, scheduled in the future", async () => {
    const { db, run } = fresh();
    const before = count(db);
    const reply = await run(
      'add Sub-regional Workshop on Single Window kind:sub-regional country:Fiji country:Samoa start:2025-03-10 end:2025-03-14 city:Suva venue:"Grand Pacific Hotel"',
    );
    valid(reply);
    expect(reply.personal).toBe(true);
    expect(count(db)).toBe(before + 1);
    const id = addedId(reply);
    expect(id).toBeGreaterThan(0);
    const shown = valid(await run(`show ${id}`));
    expect(shown).toContain("Sub-regional Workshop on Single Window");
    expect(shown).toContain("10-14 Mar 2025");
    expect(shown).toContain("scheduled");
    expect(shown).toContain("Grand Pacific Hotel");
    expect(workshopById(db, id)?.countries).toEqual(["Fiji", "Samoa"]);
  });

  it("adds a workshop without dates as planned, and one in the past as held", async () => {
    const { db, run } = fresh();
    const planned = addedId(await run("add National Workshop on PCA kind:national country:Tonga"));
    expect(workshopById(db, planned)).toMatchObject({ status: "planned", startDate: null });
    const held = addedId(
      await run("add National Workshop on HS kind:national country:Tonga start:2018-05-07 end:2018-05-11"),
    );
    expect(workshopById(db, held)?.status).toBe("held");
  });

  it("sets dates on a planned workshop (now scheduled), then its status and venue", async () => {
    const { db, run } = fresh();
    const id = addedId(await run("add National Workshop on PCA kind:national country:Tonga"));
    const dated = await run(`set ${id} start:2025-02-03 end:2025-02-07`);
    expect(valid(dated)).toContain(`Updated workshop ${id}.`);
    expect(dated.personal).toBe(true);
    expect(workshopById(db, id)).toMatchObject({
      startDate: "2025-02-03",
      endDate: "2025-02-07",
      status: "scheduled",
    });
    await run(`set #${id} status:cancelled venue:"Ministry of Revenue"`);
    expect(workshopById(db, id)).toMatchObject({ status: "cancelled", venue: "Ministry of Revenue" });
  });

  it("refuses a change that would end a workshop before it starts, and an unknown id", async () => {
    const { db, run } = fresh();
    const id = addedId(await run("add W kind:national country:Tonga start:2025-02-03 end:2025-02-07"));
    const bad = await run(`set ${id} start:2025-03-01`);
    expect(isErrorReply(bad)).toBe(true);
    expect(bad.text).toMatch(/would end \(2025-02-07\) before it starts \(2025-03-01\)/);
    expect(workshopById(db, id)?.startDate).toBe("2025-02-03");
    expect((await run("set 999999 status:held")).text).toMatch(/There is no workshop 999999/);
    expect((await run("participants 999999")).text).toMatch(/There is no workshop 999999/);
  });

  it("offers staff a Load participants button, never a Share button", async () => {
    const { db, run } = fresh();
    const id = addedId(await run("add W kind:national country:Tonga start:2025-02-03 end:2025-02-07"));
    db.prepare(
      "INSERT INTO participants (workshop_id, name, email, administration, slack_user_id, imported_at) VALUES (?, 'A', 'a@x.org', 'Tonga', NULL, 'x')",
    ).run(id);
    const reply = await run(`participants ${id}`);
    const text = valid(reply);
    expect(reply.personal).toBe(true);
    expect(text).toContain("1 participant is loaded (1 without a Slack user ID");
    expect(text).not.toContain("a@x.org");
    expect(buttonValues(reply, ACTION_IDS.participantsLoad)).toEqual([String(id)]);
    expect(buttonValues(reply, ACTION_IDS.share)).toEqual([]);
  });

  it("lists the staff subcommands in /workshops help", async () => {
    const { run } = fresh();
    const text = valid(await run("help"));
    expect(text).toContain("Staff only");
    for (const sub of ["/workshops add", "/workshops set", "/workshops participants"])
      expect(text).toContain(sub);
  });
});
