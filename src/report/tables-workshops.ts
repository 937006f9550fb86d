import type { Workshop } from "../catalogue/workshops.ts";
import type { ReportTable } from "./blocks.ts";
import { printedDates } from "./dates.ts";

/**
 * The workshops held, as the office's reports list them (date, title, audience, place, sponsor,
 * participants), with each part of the place and the administrations in a column of its own so the
 * importer reads every field back.
 */
export const HELD_HEADER = [
  "Date",
  "Workshop",
  "Kind",
  "For",
  "Venue",
  "City",
  "Host country",
  "Sponsor",
  "Participants",
  "Administrations",
];

export function heldTable(name: string, events: readonly Workshop[]): ReportTable {
  return {
    name,
    header: HELD_HEADER,
    widths: [10, 25, 7, 9, 9, 8, 8, 8, 8, 8],
    rows: events.map((w) => [
      printedDates(w.startDate, w.endDate),
      w.title,
      w.kind,
      w.countries.length > 0 ? w.countries.join("; ") : null,
      w.venue,
      w.city,
      w.hostCountry,
      w.sponsor,
      w.participants,
      w.administrations,
    ]),
  };
}
