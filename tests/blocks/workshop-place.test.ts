import { describe, expect, it } from "vitest";
import { tableLines } from "../../src/blocks/table.ts";
import { audienceAndPlace, placeThenAudience, workshopTable } from "../../src/blocks/workshops.ts";
import type { Workshop } from "../../src/catalogue/workshops.ts";

const workshop = (o: Partial<Workshop>): Workshop => ({
  id: 1,
  title: "Workshop",
  kind: "national",
  city: null,
  venue: null,
  hostCountry: null,
  startDate: "2018-04-17",
  endDate: "2018-04-19",
  participants: null,
  administrations: null,
  sponsor: null,
  status: "held",
  documentTitle: null,
  countries: [],
  items: [],
  ...o,
});

describe("who a workshop was for, apart from where it was held", () => {
  it("says the Members, then the city and host country", () => {
    const w = workshop({
      kind: "sub-regional",
      countries: ["Fiji", "Samoa"],
      city: "Suva",
      hostCountry: "Fiji",
    });
    expect(audienceAndPlace(w)).toBe("for Fiji, Samoa · in Suva, Fiji");
    // A list's table keeps them in two columns: For, then In.
    expect(tableLines(workshopTable([{ workshop: w }]))[1]).toContain(" · Fiji, Samoa · Suva, Fiji · ");
    // A survey names the place first: "in Suva, Fiji · for Fiji, Samoa", never "Suva, Fiji, Samoa".
    expect(placeThenAudience({ city: "Suva", hostCountry: "Fiji", countries: "Fiji, Samoa" })).toBe(
      "in Suva, Fiji · for Fiji, Samoa",
    );
  });

  it("says 'regional' for a regional workshop naming no Members, and nothing for a meeting", () => {
    expect(audienceAndPlace(workshop({ kind: "regional", city: "Kashiwa", hostCountry: "Japan" }))).toBe(
      "regional · in Kashiwa, Japan",
    );
    expect(audienceAndPlace(workshop({ kind: "meeting", city: "Brussels", hostCountry: "Belgium" }))).toBe(
      "in Brussels, Belgium",
    );
    expect(audienceAndPlace(workshop({ kind: "national", countries: ["Bhutan"] }))).toBe("for Bhutan");
  });
});
