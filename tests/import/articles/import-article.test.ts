import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { allWorkshops, workshopById } from "../../../src/catalogue/workshops.ts";
import { type Db, openDatabase } from "../../../src/db/open.ts";
import { formatSummary, ImportFailed, importFiles } from "../../../src/import/importer.ts";
import * as A from "./articles.ts";
import { REFUSED, STORIES } from "./newsroom.ts";

const dir = mkdtempSync(join(tmpdir(), "rocb-article-"));
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

/** A catalogue with an Annual Work Plan 2017/18 listing two planned workshops, one already scheduled. */
function catalogueWithPlan(): { db: Db; planned: number; scheduled: number } {
  const db = openDatabase(":memory:");
  db.exec(`INSERT INTO documents (id, file_name, sha256, kind, title, imported_at)
      VALUES (1, 'awp.txt', 'awp', 'plan', 'AWP 2017-2018', 'now');
    INSERT INTO plans (id, document_id, kind, title, period_start, period_end)
      VALUES (1, 1, 'AWP', 'AWP 2017-2018', '2017-07-01', '2018-06-30');
    INSERT INTO action_items (id, plan_id, pillar, letter, code, action, source_first_line, source_last_line)
      VALUES (1, 1, 3, 'c', '3-(c)', 'Support Customs laboratories', 1, 1);`);
  const insert = db.prepare(
    `INSERT INTO workshops (key, title, kind, status, start_date, end_date, document_id)
     VALUES (?, ?, ?, ?, ?, ?, 1) RETURNING id`,
  );
  const planned = insert
    .pluck()
    .get(
      "planned AWP 2017-07-01 lab",
      "Regional workshop on Customs laboratories",
      "regional",
      "planned",
      null,
      null,
    ) as number;
  const scheduled = insert
    .pluck()
    .get(
      "planned AWP 2017-07-01 cbm",
      "National workshop on CBM for Samoa",
      "national",
      "scheduled",
      "2018-03-19",
      "2018-03-23",
    ) as number;
  db.prepare("INSERT INTO workshop_countries (workshop_id, position, country) VALUES (?, 1, 'Samoa')").run(
    scheduled,
  );
  db.prepare("INSERT INTO workshop_action_items VALUES (?, 1), (?, 1)").run(planned, scheduled);
  return { db, planned, scheduled };
}

describe("npm run import on a news article", () => {
  it("makes the planned workshop it reports held, keeping its id: no duplicate", () => {
    const { db, planned } = catalogueWithPlan();
    const before = allWorkshops(db).length;
    const [summary] = importFiles(db, [file("busan.txt", A.BUSAN)]);
    expect(formatSummary(summary ? [summary] : [])).toContain(
      'event report "WCO Regional Workshop on Capacity Building',
    );
    expect(allWorkshops(db)).toHaveLength(before);
    expect(workshopById(db, planned)).toMatchObject({
      title: "Regional workshop on Customs laboratories",
      status: "held",
      startDate: "2018-04-17",
      endDate: "2018-04-19",
      city: "Busan",
      hostCountry: "Korea",
      participants: 28,
      administrations: 22,
      sponsor: "CCF-Korea",
    });
    expect(workshopById(db, planned)?.items.map((i) => i.code)).toEqual(["3-(c)"]);
  });

  it("moves a scheduled workshop to the dates it was held, for the same Member", () => {
    const { db, scheduled } = catalogueWithPlan();
    importFiles(db, [file("apia.txt", A.APIA)]);
    expect(workshopById(db, scheduled)).toMatchObject({
      status: "held",
      startDate: "2018-03-26",
      endDate: "2018-03-30",
      city: "Apia",
      countries: ["Samoa"],
      participants: 22,
    });
  });

  it("records an event the catalogue does not know as a new held workshop, once", () => {
    const { db } = catalogueWithPlan();
    const before = allWorkshops(db).length;
    importFiles(db, [file("suva.txt", A.SUVA)]);
    importFiles(db, [file("suva-edited.txt", `${A.SUVA}\nPhotos are on the website.`)]);
    const added = allWorkshops(db).filter((w) => /Fiji Revenue/.test(w.title));
    expect(allWorkshops(db)).toHaveLength(before + 1);
    expect(added.map((w) => [w.status, w.startDate, w.endDate, w.documentTitle])).toEqual([
      [
        "held",
        "2019-05-07",
        "2019-05-10",
        "National Workshop on Post Clearance Audit (PCA) for Fiji Revenue and Customs Service (FRCS)",
      ],
    ]);
  });

  it("does not take a workshop for a meeting, nor an event of another Member", () => {
    const { db, planned, scheduled } = catalogueWithPlan();
    importFiles(db, [file("conference.txt", A.CONFERENCE)]);
    expect(workshopById(db, planned)?.status).toBe("planned");
    expect(workshopById(db, scheduled)?.status).toBe("scheduled");
  });

  it("refuses a text with no event, or an event it cannot date, and writes nothing", () => {
    const { db } = catalogueWithPlan();
    const before = allWorkshops(db).length;
    expect(() => importFiles(db, [file("news.txt", A.NO_EVENT[0] as string)])).toThrow(ImportFailed);
    expect(() => importFiles(db, [file("busan2.txt", A.BUSAN), file("tonga.txt", A.NO_DATE)])).toThrow(
      /tonga\.txt: I read the event "WCO National Workshop on AEO for Tonga" but not its dates/,
    );
    expect(allWorkshops(db)).toHaveLength(before);
    expect(allWorkshops(db).every((w) => w.status !== "held")).toBe(true);
  });

  it("records every event of a newsletter page and lists each in the summary (issue 19)", () => {
    const { db } = catalogueWithPlan();
    const before = allWorkshops(db).length;
    const round = STORIES.find((s) => s.events.length === 3)?.text as string;
    const summaries = importFiles(db, [file("may-2022.txt", round)]);
    const summary = formatSummary(summaries);
    expect(summary).toContain('event report "3 events"');
    expect(summary).toContain(
      "event: ROCB A/P 18th Anniversary Ceremony — 2022-05, Bangkok, ceremony (not a workshop)",
    );
    expect(summary).toContain(
      "event: Regional Workshop on Green Customs — 2022-05-17 to 2022-05-19, virtual, regional workshop, held",
    );
    expect(summary).toContain(
      "event: 13th Meeting of the Heads of Regional Training Centres — 2022-05-25 to 2022-05-26, Seoul, Korea, meeting",
    );
    expect(allWorkshops(db)).toHaveLength(before + 3);
  });

  it("writes none of a text's events when one of them cannot be dated", () => {
    const { db } = catalogueWithPlan();
    const before = allWorkshops(db).length;
    const [, text] = REFUSED[1] as [string, string, RegExp];
    expect(() => importFiles(db, [file("pacific.txt", text)])).toThrow(
      /pacific\.txt: Of the 2 events in the text/,
    );
    expect(allWorkshops(db)).toHaveLength(before);
  });
});
