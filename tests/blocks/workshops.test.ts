import { describe, expect, it } from "vitest";
import { mrkdwnToPlain } from "../../src/blocks/plain.ts";
import { undatedWording, workshopEntry } from "../../src/blocks/workshops.ts";
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
const text = (w: Workshop, undated?: (w: Workshop) => string) => {
  const block = workshopEntry(w, undated);
  return block.type === "section" ? mrkdwnToPlain(block.text?.text ?? "") : "";
};

describe("a workshop in a list", () => {
  it("takes two lines: the title; date · kind · for … · in … · sponsor", () => {
    expect(text({ ...base, hostCountry: "Fiji" })).toBe(
      "National Workshop on AEO\n9-11 Aug 2011 · National · for Lao PDR, Vanuatu · in Suva, Fiji · CCF-Korea · 30 participants · id 12",
    );
    expect(text({ ...base, participants: null })).toContain("· in Suva · CCF-Korea · id 12");
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
