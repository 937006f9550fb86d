import { describe, expect, it } from "vitest";
import { parseWorkshops, workshopsCommand } from "../../commands/workshops.ts";
import { isErrorReply } from "../../src/blocks/reply.ts";
import { ACTION_IDS } from "../../src/reply.ts";
import { buttonValues, listedIds, valid } from "./check.ts";
import { insertWorkshop, makeContext, sampleCatalogue } from "./fixtures.ts";

const NOW = "2024-09-01T03:00:00Z";
const world = sampleCatalogue();
const ctx = makeContext(world.db, NOW);
const run = (text: string, offset = 0) =>
  workshopsCommand(text, { ...ctx, offset }) as ReturnType<typeof workshopsCommand> & { text: string };
const { w } = world;

describe("/workshops upcoming", () => {
  it("lists dated workshops soonest first (month-only in its month), then the plan's undated ones", async () => {
    const reply = await run("");
    valid(reply);
    expect(listedIds(reply)).toEqual([
      w.thaiSw,
      w.samoaValuation,
      w.fijiValuation,
      w.fijiRm,
      w.iranRm,
      w.fijiCargo,
      w.laoAeo,
    ]);
    expect(reply.text).toContain("14-18 Oct 2024");
    expect(reply.text).toContain("Nov 2024");
    expect(reply.text).toContain("Date to be confirmed (AWP 2024-2025)");
    // One table row each: date · title · kind · for · in · sponsor · participants · id (the items served
    // are in the full record).
    expect(reply.text).toContain(
      `14-18 Oct 2024 · National Workshop on Single Window for Thailand · National · Thailand · Bangkok · – · – · ${w.thaiSw}`,
    );
    expect(reply.text).not.toContain("Serves");
    expect(reply.text).not.toContain("IPR for India"); // cancelled
    expect(listedIds(await run("upcoming"))).toEqual(listedIds(reply));
  });

  it("counts a workshop starting today as upcoming, in the office time zone", async () => {
    const onTheDay = makeContext(world.db, "2024-10-13T18:00:00Z"); // 14 Oct 01:00 in Bangkok
    expect(listedIds(await workshopsCommand("", onTheDay))[0]).toBe(w.thaiSw);
  });

  it("says plainly when nothing is scheduled, and what the latest plan lists", async () => {
    const later = makeContext(world.db, "2026-01-10T03:00:00Z");
    const reply = await workshopsCommand("", later);
    const text = valid(reply);
    expect(text).toContain(
      "Nothing is scheduled from 10 Jan 2026 on. AWP 2024-2025 ended on 30 Jun 2025 and no later plan is in the catalogue. It listed 7 workshops",
    );
    expect(text).toContain("planned in AWP 2024-2025, no date or outcome recorded");
    expect(text).not.toContain("to be confirmed");
  });

  it("combines with filters", async () => {
    expect(listedIds(await run("country:Fiji"))).toEqual([w.fijiValuation, w.fijiRm, w.fijiCargo]);
    expect(listedIds(await run("country:Fiji kind:sub"))).toEqual([w.fijiRm]);
    expect(listedIds(await run('country:"Papua New Guinea"'))).toEqual([w.fijiRm]);
    expect(listedIds(await run("country:Laos"))).toEqual([w.laoAeo]);
    expect(listedIds(await run("country:Lao_PDR"))).toEqual([w.laoAeo]);
    expect(listedIds(await run("topic:AEO"))).toEqual([w.laoAeo]);
    expect(listedIds(await run("topic:risk-management"))).toEqual([w.fijiRm, w.iranRm, w.fijiCargo]);
    expect(listedIds(await run("item:1h"))).toEqual([w.thaiSw]);
    expect(valid(await run("country:Nowhere"))).toContain("lists no workshop matching country:Nowhere");
  });
});

describe("/workshops planned", () => {
  const planned = sampleCatalogue();
  const awp2018Item = Number(
    planned.db
      .prepare("SELECT i.id FROM action_items i WHERE i.plan_id = ? AND i.letter = 'h'")
      .pluck()
      .get(planned.plans.awp2018),
  );
  const trs = insertWorkshop(planned.db, {
    title: "National Workshop on TRS for Bhutan",
    serves: [awp2018Item],
  });
  const later = makeContext(planned.db, "2026-11-29T03:00:00Z");
  const ask = (text: string) => workshopsCommand(text, later);

  it("reads a plan after planned, and leaves other words to the question reader", () => {
    expect(parseWorkshops("planned AWP 2018-2019")).toMatchObject({ sub: "planned", plan: "AWP 2018-2019" });
    expect(parseWorkshops("planned 2018/19 country:Bhutan")).toMatchObject({
      sub: "planned",
      plan: "2018/19",
    });
    expect(parseWorkshops("planned")).toMatchObject({ sub: "planned", plan: null });
    expect(parseWorkshops("planned for Nepal")).toMatchObject({ sub: "words" });
  });

  it("lists the workshops the named plan lists, however the plan is named", async () => {
    for (const name of ["AWP 2018-2019", "2018/19", "FY2018/19"]) {
      const reply = await ask(`planned ${name}`);
      expect(listedIds(reply)).toEqual([trs]);
      const text = valid(reply);
      expect(text).toContain("Workshops planned in AWP 2018-2019");
      expect(text).toContain("planned in AWP 2018-2019, no date or outcome recorded");
    }
  });

  it("says which plan a year naming two was taken for, and the plan in force or latest without one", async () => {
    const text = valid(await ask("planned 2018"));
    expect(text).toContain(
      '"2018" also names SAP 2018-2020 (/workshops planned SAP 2018-2020); AWP 2018-2019 was taken.',
    );
    expect(valid(await ask("planned"))).toContain("Workshops planned in AWP 2024-2025");
    expect(valid(await ask("planned SAP 2018-2020"))).toContain("SAP 2018-2020 lists no workshop.");
    expect(valid(await ask("planned 2031"))).toContain("There is no plan 2031.");
  });

  it("says a plan's period has ended once it has, and not while it runs", async () => {
    expect(valid(await ask("planned AWP 2018-2019"))).toMatch(
      /AWP 2018-2019: \d{1,2} \w{3} 2018 to \d{1,2} \w{3} 2019 \(ended\)\./,
    );
    const running = valid(await workshopsCommand("planned AWP 2024-2025", makeContext(planned.db, NOW)));
    expect(running).toMatch(/AWP 2024-2025: \d{1,2} \w{3} 2024 to \d{1,2} \w{3} 2025\./);
    expect(running).not.toContain("(ended)");
  });
});

describe("/workshops past", () => {
  it("lists past workshops latest first", async () => {
    const reply = await run("past");
    valid(reply);
    expect(listedIds(reply)).toEqual([w.trs2018, w.hs2017, w.pca2012, w.rm2011]);
    expect(reply.text).toContain("28 May - 1 Jun 2012");
    expect(reply.text).toContain("19-23 Sep 2011");
  });

  it.each([
    ["past 2017", [w.hs2017]],
    ["past FY2017/18", [w.trs2018, w.hs2017]],
    ["past 2017/18", [w.trs2018, w.hs2017]],
    ["past 2011-2012", [w.pca2012, w.rm2011]],
    ["past 2011-2018", [w.trs2018, w.hs2017, w.pca2012, w.rm2011]],
    ["past 2012 kind:regional", []],
    ["past kind:regional", [w.trs2018, w.rm2011]],
    ["past country:Laos", [w.hs2017]],
  ])("%s", async (text, ids) => {
    const reply = await run(text);
    valid(reply);
    expect(listedIds(reply)).toEqual(ids);
  });

  it("points an empty calendar year to the fiscal years that have workshops", async () => {
    const text = valid(await run("past 2018 country:Laos"));
    expect(text).toContain('No workshop on record in 2018 matching country:"Lao PDR"');
    expect(text).toContain('FY2017/18 has 1: /workshops past FY2017/18 country:"Lao PDR"');
  });

  it("says what the catalogue has when a period is empty", async () => {
    expect(valid(await run("past 2015"))).toContain(
      "No workshop on record in 2015. The catalogue has past workshops from 19 Sep 2011 to 5 Mar 2018.",
    );
  });

  it("rejects a period it cannot read", async () => {
    const reply = await run("past last year");
    expect(isErrorReply(reply)).toBe(true);
    expect(valid(reply)).toContain('"last year" is not a year or fiscal year');
  });
});

describe("/workshops search", () => {
  it("puts the Fiji risk-management and cargo-targeting workshops first", async () => {
    const ids = listedIds(await run("search risk management Fiji"));
    expect(ids.slice(0, 2)).toEqual([w.fijiRm, w.fijiCargo]);
    expect(ids).toContain(w.iranRm);
  });

  it("understands synonyms and typos", async () => {
    expect(listedIds(await run("search RM"))).toContain(w.iranRm);
    expect(listedIds(await run("search Laos")).sort()).toEqual([w.laoAeo, w.hs2017].sort());
    expect(listedIds(await run("search lao pdr"))).toContain(w.hs2017);
    expect(listedIds(await run("search post clearance audit"))[0]).toBe(w.pca2012);
    expect(listedIds(await run("search time release study"))[0]).toBe(w.trs2018);
    expect(listedIds(await run("search singel window"))[0]).toBe(w.thaiSw);
    expect(listedIds(await run("search valuat"))).toEqual(
      expect.arrayContaining([w.fijiValuation, w.samoaValuation]),
    );
  });

  it("applies filters to the results", async () => {
    expect(listedIds(await run("search risk management kind:sub-regional"))).toEqual([w.fijiRm]);
    expect(listedIds(await run("search country:Samoa"))).toEqual(
      expect.arrayContaining([w.fijiRm, w.samoaValuation]),
    );
  });

  it("answers no match and an empty search", async () => {
    expect(valid(await run("search zebra crossing"))).toContain('No workshop matches "zebra crossing"');
    expect(isErrorReply(await run("search"))).toBe(true);
  });
});

describe("/workshops show", () => {
  it("gives the full record", async () => {
    const text = valid(await run(`show ${w.rm2011}`));
    for (const s of [
      "Regional Workshop on Risk Management",
      "Dates: 19-23 Sep 2011",
      "Place: Royal Princess Hotel, Bangkok",
      "Sponsor: Japan Customs Cooperation Fund",
      "Participants: 30",
      "Administrations: 22",
      "Source: Annual Report 2011/2012",
    ])
      expect(text).toContain(s);
  });

  it("lists the action items served", async () => {
    const text = valid(await run(`show #${w.fijiCargo}`));
    expect(text).toContain(
      "1-(a) (AWP 2024-2025) Upon request, assist Member's effort in implementing risk management",
    );
    expect(text).toContain("1-(r)");
  });

  it("says when there is no such workshop", async () => {
    expect(valid(await run("show 9999"))).toContain("There is no workshop 9999.");
    expect(isErrorReply(await run("show twelve"))).toBe(true);
  });
});

describe("/workshops paging, help and errors", () => {
  it("pages with Next carrying the offset", async () => {
    const db = sampleCatalogue().db;
    for (let i = 1; i <= 14; i++) {
      db.prepare(
        "INSERT INTO workshops (key, title, kind, start_date, end_date, status) VALUES (?, ?, 'national', ?, ?, 'held')",
      ).run(
        `k${i}`,
        `Workshop number ${i}`,
        `2015-01-${String(i).padStart(2, "0")}`,
        `2015-01-${String(i).padStart(2, "0")}`,
      );
    }
    const c = makeContext(db, NOW);
    const first = await workshopsCommand("past 2015", c);
    valid(first);
    expect(first.text).toContain("Showing 1-10 of 14 workshops.");
    const [next] = buttonValues(first, ACTION_IDS.nextPage);
    expect(JSON.parse(next ?? "")).toEqual({ c: "/workshops", t: "past 2015", o: 10 });
    const second = await workshopsCommand("past 2015", { ...c, offset: 10 });
    expect(second.text).toContain("Showing 11-14 of 14 workshops.");
    expect(buttonValues(second, ACTION_IDS.nextPage)).toEqual([]);
    expect(buttonValues(second, ACTION_IDS.share)).toHaveLength(1);
  });

  it("answers help, and searches words that are not a subcommand", async () => {
    expect(valid(await run("help"))).toContain("/workshops past 2017");
    expect(valid(await run("tomorrow"))).toContain('No workshop matches "tomorrow"');
    expect(valid(await run("colour:red"))).toContain('I don\'t know the filter "colour:"');
    expect(valid(await run("kind:huge"))).toContain('"huge" is not a kind of workshop');
    expect(valid(await run("item:xyz"))).toContain("is not an action item code");
  });

  it("escapes user text in mrkdwn", async () => {
    const reply = await run("<!channel> & <@U123>");
    const mrkdwn = JSON.stringify(
      reply.blocks.flatMap((b) => (b.type === "section" || b.type === "context" ? [b] : [])),
    );
    expect(mrkdwn).not.toContain("<!channel>");
    expect(mrkdwn).toContain("&lt;!channel&gt;");
  });

  it("parses subcommands and filters", () => {
    expect(parseWorkshops("PAST fy2017/18 country:Fiji")).toMatchObject({
      sub: "past",
      period: { label: "FY2017/18" },
      filters: { country: ["Fiji"] },
    });
    expect(parseWorkshops("show 12")).toEqual({ sub: "show", id: 12 });
  });
});
