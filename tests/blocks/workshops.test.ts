import { describe, expect, it } from "vitest";
import { tableLines } from "../../src/blocks/table.ts";
import { undatedWording, workshopTable } from "../../src/blocks/workshops.ts";
import type { Workshop } from "../../src/catalogue/workshops.ts";

const base: Workshop = {
  id: 12,
  title: "National Workshop on AEO",
  kind: "national",
  city: "Suva",
  venue: "Grand Pacific Hotel",
  hostCountry: null,
  startDate: "2011-08-09",
  endDate: "2011-08-11",
  participants: 30,
  administrations: 1,
  sponsor: "CCF-Korea",
  status: "held",
  documentTitle: null,
  countries: ["Laos", "Lao People's Dem. Rep.", "Vanuatu"],
  items: [],
};
/** The workshop's row of a list's table, as the message text carries it. */
const text = (w: Workshop, undated?: (w: Workshop) => string) =>
  tableLines(workshopTable([{ workshop: w }], undated))[1] ?? "";

describe("a workshop in a list", () => {
  it("takes one row: date · title · kind · for · in · sponsor · participants · id", () => {
    expect(text({ ...base, hostCountry: "Fiji" })).toBe(
      "9-11 Aug 2011 · National Workshop on AEO · National · Lao PDR, Vanuatu · Suva, Fiji · CCF-Korea · 30 · 12",
    );
    expect(text({ ...base, participants: null })).toContain(" · Suva · CCF-Korea · – · 12");
    const header = tableLines(workshopTable([{ workshop: base }]))[0];
    expect(header).toBe("Date · Workshop · Kind · For · In · Sponsor · Participants · Id");
  });

  it("says an undated workshop of an ended plan was planned, not that its date is to be confirmed", () => {
    const planned: Workshop = {
      ...base,
      startDate: null,
      endDate: null,
      status: "planned",
      items: [
        {
          id: 1,
          code: "1-(d)",
          pillar: 1,
          letter: "d",
          action: "AEO",
          planId: 6,
          planLabel: "AWP 2024-2025",
        },
      ],
    };
    const plans = [{ label: "AWP 2024-2025", periodEnd: "2025-06-30" }];
    expect(text(planned, undatedWording(plans, "2026-11-29"))).toContain(
      "planned in AWP 2024-2025, no date or outcome recorded",
    );
    expect(text(planned, undatedWording(plans, "2025-01-10"))).toContain("date to be confirmed");
  });
});
