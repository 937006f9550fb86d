import { describe, expect, it } from "vitest";
import { addWorkshop, getWorkshop, listWorkshops, updateWorkshop } from "../../src/surveys/workshops.ts";
import { testDb } from "./fixtures.ts";

const NOW = new Date("2025-01-15T00:00:00Z");

describe("workshop operations", () => {
  it("adds planned, scheduled and held workshops with the status their dates imply", () => {
    const db = testDb();
    const planned = addWorkshop(db, { title: "Planned", kind: "national", countries: ["Fiji"] }, NOW, "UTC");
    const future = addWorkshop(
      db,
      { title: "Future", kind: "regional", countries: ["Japan"], start: "2025-03-10", end: "2025-03-14" },
      NOW,
      "UTC",
    );
    const past = addWorkshop(
      db,
      {
        title: "Past",
        kind: "seminar",
        countries: ["Thailand", "Lao PDR"],
        start: "2024-03-10",
        end: "2024-03-14",
      },
      NOW,
      "UTC",
    );
    expect(getWorkshop(db, planned)?.status).toBe("planned");
    expect(getWorkshop(db, future)?.status).toBe("scheduled");
    expect(getWorkshop(db, past)).toMatchObject({ status: "held", countries: "Thailand, Lao PDR" });
    expect(listWorkshops(db).map((w) => w.title)).toEqual(["Past", "Future", "Planned"]);
  });

  it("schedules a planned workshop that gets its dates, or marks it held when they are past", () => {
    const db = testDb();
    const soon = addWorkshop(db, { title: "Soon", kind: "national", countries: ["Fiji"] }, NOW, "UTC");
    const late = addWorkshop(db, { title: "Late", kind: "national", countries: ["Fiji"] }, NOW, "UTC");
    expect(updateWorkshop(db, soon, { start: "2025-03-03" }, NOW, "UTC").status).toBe("scheduled");
    expect(updateWorkshop(db, late, { start: "2024-11-04", end: "2024-11-08" }, NOW, "UTC").status).toBe(
      "held",
    );
    expect(updateWorkshop(db, soon, { venue: "Suva" }, NOW, "UTC").status).toBe("scheduled");
  });

  it("updates dates and status, and refuses impossible ones with a sentence", () => {
    const db = testDb();
    const id = addWorkshop(db, { title: "W", kind: "national", countries: ["Fiji"] }, NOW, "UTC");
    expect(
      updateWorkshop(db, id, { start: "2025-05-05", end: "2025-05-09", status: "scheduled" }, NOW, "UTC"),
    ).toMatchObject({
      start_date: "2025-05-05",
      end_date: "2025-05-09",
      status: "scheduled",
    });
    expect(() => updateWorkshop(db, id, { end: "2025-05-01" }, NOW, "UTC")).toThrow(/before it starts/);
    expect(() => updateWorkshop(db, id, { start: "2025-02-30" }, NOW, "UTC")).toThrow(
      /not a real calendar date/,
    );
    expect(() => updateWorkshop(db, id, { status: "done" as never }, NOW, "UTC")).toThrow(/must be one of/);
    expect(() => updateWorkshop(db, 999, { status: "held" }, NOW, "UTC")).toThrow(/no workshop with id 999/);
    expect(() => addWorkshop(db, { title: "", kind: "national", countries: [] }, NOW, "UTC")).toThrow(
      /title is required.*at least one country/,
    );
  });
});
