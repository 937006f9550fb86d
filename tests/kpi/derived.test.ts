import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { migrate } from "../../src/db/migrate.ts";
import { catalogue } from "../../src/db/migrations/0001-catalogue.ts";
import { deriveFigure } from "../../src/kpi/derived.ts";
import { describeItemStatus, handleKpiSubcommand } from "../../src/kpi/index.ts";
import {
  addItem,
  addParticipant,
  addPlan,
  addResponse,
  addSentReminder,
  addWorkshop,
  testCtx,
  testDb,
  ZONE,
} from "./fixtures.ts";

const NOW = new Date("2024-03-15T05:00:00Z");

function catalogueWithWorkshopsAndSurveys() {
  const db = testDb();
  const sap = addPlan(db);
  const cb = addItem(db, sap.id, {
    code: "1-(hh)",
    kpis: ["Number of CB activities undertaken"],
    targets: ["At least 3 times per year"],
  });
  const surveys = addItem(db, sap.id, {
    code: "3-(f)",
    kpis: ["Number of surveys conducted"],
    targets: ["At least once per year"],
  });
  const tangible = addItem(db, sap.id, {
    code: "3-(j)",
    kpis: ["Number of tangible results realized by Members"],
    targets: ["At least 10 success stories"],
  });
  const rating = addItem(db, sap.id, {
    code: "3-(h)",
    kpis: ["Results of participants' evaluation"],
    targets: ["At least average of 4 out of 5"],
  });
  const unlinked = addItem(db, sap.id, {
    code: "1-(jj)",
    kpis: ["Number of activities"],
    targets: ["At least once per year"],
  });

  // Counted: held, linked, in the period (a month-only date counts by month).
  const w1 = addWorkshop(db, { itemId: cb, start: "2022-09", status: "held" });
  const w2 = addWorkshop(db, { itemId: cb, start: "2023-03-06", end: "2023-03-10", status: "held" });
  // Not counted: before the period, after today, not held, not linked.
  addWorkshop(db, { itemId: cb, start: "2022-05-02", status: "held" });
  addWorkshop(db, { itemId: cb, start: "2024-05-06", status: "held" });
  addWorkshop(db, { itemId: cb, start: "2023-05-06", status: "cancelled" });
  addWorkshop(db, { itemId: cb, start: null, status: "planned" });
  // Not counted: a meeting or ceremony the report lists beside the workshops.
  addWorkshop(db, { itemId: cb, start: "2023-04-03", status: "held", kind: "meeting" });
  addWorkshop(db, { itemId: cb, start: "2023-05-03", status: "held", kind: "ceremony" });
  const other = addWorkshop(db, { start: "2023-04-03", status: "held" });

  const [p1, p2, p3] = [addParticipant(db, w1, 1), addParticipant(db, w1, 2), addParticipant(db, w2, 3)];
  const p4 = addParticipant(db, other, 4);
  addSentReminder(db, w1, p1, "2023-03-01T02:00:00.000Z");
  addSentReminder(db, w1, p2, "2023-03-01T02:00:00.000Z");
  addSentReminder(db, w2, p3, "2023-09-10T02:00:00.000Z");
  addSentReminder(db, other, p4, "2021-10-01T02:00:00.000Z"); // before the period
  addResponse(db, w1, p1, { followUp: true, rating: 4, submittedAt: "2023-03-20T02:00:00.000Z" });
  addResponse(db, w1, p2, { followUp: false, rating: 5, submittedAt: "2023-03-21T02:00:00.000Z" });
  addResponse(db, w2, p3, { followUp: true, rating: null, submittedAt: "2023-10-01T02:00:00.000Z" });
  addResponse(db, other, p4, { followUp: true, rating: 1, submittedAt: "2021-11-01T02:00:00.000Z" });
  return { db, sap, cb, surveys, tangible, rating, unlinked };
}

const window = { from: "2022-07-01", to: "2024-03-15" };

describe("derived figures", () => {
  it("count held workshops linked to the item within the plan period", () => {
    const { db, cb } = catalogueWithWorkshopsAndSurveys();
    expect(
      deriveFigure(db, "Number of CB activities undertaken", { ...window, actionItemId: cb, code: "1-(hh)" }),
    ).toEqual({
      value: 2,
      asOf: "2023-03-10",
      counted: "2 held workshops linked to 1-(hh) from 2022-07-01 to 2024-03-15",
    });
  });

  it("give no figure for an item no workshop is linked to", () => {
    const { db, unlinked } = catalogueWithWorkshopsAndSurveys();
    expect(
      deriveFigure(db, "Number of activities", { ...window, actionItemId: unlinked, code: "1-(jj)" }),
    ).toBeNull();
  });

  it("count survey rounds sent, responses with a follow-up action, and the mean rating", () => {
    const { db, surveys } = catalogueWithWorkshopsAndSurveys();
    const c = { ...window, actionItemId: surveys, code: "3-(f)" };
    expect(deriveFigure(db, "Number of surveys conducted", c)).toMatchObject({
      value: 2,
      asOf: "2023-09-10",
    });
    expect(deriveFigure(db, "Number of tangible results realized by Members", c)).toMatchObject({
      value: 2,
      asOf: "2023-10-01",
      counted: "2 survey responses reporting a follow-up action from 2022-07-01 to 2024-03-15",
    });
    expect(deriveFigure(db, "Results of participants’ evaluation", c)).toMatchObject({ value: 4.5 });
  });

  it("leave other KPIs alone", () => {
    const { db, cb } = catalogueWithWorkshopsAndSurveys();
    expect(
      deriveFigure(db, "Number of implementing Members", { ...window, actionItemId: cb, code: "1-(hh)" }),
    ).toBeNull();
  });

  it("are a no-op for survey KPIs when the survey tables do not exist", () => {
    const db = new Database(":memory:");
    migrate(db, [catalogue]);
    const c = { ...window, actionItemId: 1, code: "3-(f)" };
    expect(deriveFigure(db, "Number of surveys conducted", c)).toBeNull();
    expect(deriveFigure(db, "Results of participants' evaluation", c)).toBeNull();
  });

  it("are shown as derived, with what was counted", () => {
    const { db, cb } = catalogueWithWorkshopsAndSurveys();
    const [line] = describeItemStatus(db, cb, NOW, { timeZone: ZONE }, true);
    expect(line).toContain("2 times so far");
    expect(line).toContain("_derived: 2 held workshops linked to 1-(hh) from 2022-07-01 to 2024-03-15_");
  });
});

describe("recorded against derived", () => {
  it("shows the derived figure when the recorded one is older, and says so", async () => {
    const { db, cb } = catalogueWithWorkshopsAndSurveys();
    await handleKpiSubcommand("set", "1-(hh) 5 as of 2023-01-31", testCtx(db, { now: NOW }));
    const [line] = describeItemStatus(db, cb, NOW, { timeZone: ZONE }, true);
    expect(line).toContain("2 times so far");
    expect(line).toContain("derived figure shown: the recorded 5 (as of 2023-01-31) is older");
  });

  it("shows a recorded figure newer than the derived one, and says so", async () => {
    const { db, cb } = catalogueWithWorkshopsAndSurveys();
    await handleKpiSubcommand(
      "set",
      "1-(hh) 5 as of 2024-03-01 incl. national workshops",
      testCtx(db, { now: NOW }),
    );
    const [line] = describeItemStatus(db, cb, NOW, { timeZone: ZONE }, true);
    expect(line).toContain("5 times so far");
    expect(line).toContain("recorded by <@U0STAFF> as of 1 Mar 2024");
    expect(line).toContain("recorded figure shown: it is as recent as the derived 2");
  });
});
