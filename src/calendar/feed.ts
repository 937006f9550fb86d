import { DateTime } from "luxon";
import { placeOf } from "../blocks/workshops.ts";
import type { Workshop } from "../catalogue/workshops.ts";
import { canonicalCountries } from "../search/countries.ts";

// The iCalendar feed of dated workshops: what anyone may see in `/workshops`, never participants.

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A stable UID per workshop: a calendar that subscribed replaces the event when its dates change. */
export const eventUid = (w: Pick<Workshop, "id">) => `workshop-${w.id}@rocb-desk`;

/** ical-generator is needed only when someone asks for the feed: loaded then, once. */
let generator: Promise<typeof import("ical-generator")> | null = null;
const loadGenerator = () => {
  generator ??= import("ical-generator");
  return generator;
};

/** The day after an ISO date: an all-day event's end is exclusive in iCalendar. */
const dayAfter = (iso: string) => DateTime.fromISO(iso, { zone: "UTC" }).plus({ days: 1 }).toISODate() ?? iso;

function description(w: Workshop): string {
  const countries = canonicalCountries(w.countries);
  const lines = [
    `Kind: ${w.kind}`,
    countries.length ? `For: ${countries.join(", ")}` : "",
    w.sponsor ? `Sponsor: ${w.sponsor}` : "",
    `Status: ${w.status}`,
    ...w.items.map((i) => `Plan item: ${i.planLabel} ${i.code}: ${i.action.replace(/\s+/g, " ").trim()}`),
    `/workshops show ${w.id}`,
  ];
  return lines.filter(Boolean).join("\n");
}

/**
 * The workshops with a start day as all-day events (dates as the office reads them in `timeZone`: the
 * catalogue's days are office days, so they are written as floating dates, the same everywhere). A workshop
 * known only by its month is left out: a month is not a day to put in a calendar.
 */
export async function calendarFeed(
  workshops: readonly Workshop[],
  o: { now: Date; timeZone: string; name: string },
): Promise<string> {
  const { default: ical } = await loadGenerator();
  const cal = ical({ name: o.name, prodId: { company: "ROCB A/P", product: "ROCB Desk", language: "EN" } });
  cal.x([{ key: "X-WR-TIMEZONE", value: o.timeZone }]);
  for (const w of workshops) {
    if (!w.startDate || !DAY.test(w.startDate)) continue;
    const last = w.endDate && DAY.test(w.endDate) && w.endDate >= w.startDate ? w.endDate : w.startDate;
    cal.createEvent({
      id: eventUid(w),
      allDay: true,
      start: w.startDate,
      end: dayAfter(last),
      stamp: o.now,
      summary: w.status === "cancelled" ? `Cancelled: ${w.title}` : w.title,
      location: placeOf(w) || null,
      description: description(w),
      categories: [{ name: w.kind }],
    });
  }
  return cal.toString();
}
