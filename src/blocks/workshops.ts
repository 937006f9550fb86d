import type { KnownBlock } from "@slack/types";
import type { Workshop } from "../catalogue/workshops.ts";
import { ACTION_IDS } from "../reply.ts";
import { button, context, fields, header, section } from "./builders.ts";
import { formatDateRange } from "./dates.ts";
import { escapeMrkdwn as esc, oneLine, truncate } from "./escape.ts";

const KIND_LABEL: Record<Workshop["kind"], string> = {
  national: "National",
  "sub-regional": "Sub-regional",
  regional: "Regional",
  accreditation: "Accreditation",
  seminar: "Seminar",
  meeting: "Meeting",
  conference: "Conference",
  ceremony: "Ceremony",
  mission: "Mission",
  other: "Other",
};

export const kindLabel = (w: Workshop) => KIND_LABEL[w.kind] ?? w.kind;

const joinPlaces = (parts: Array<string | null>) =>
  [...new Set(parts.filter((p): p is string => !!p && p.trim() !== ""))].join(", ");

export function placeOf(w: Workshop): string {
  return joinPlaces([w.venue, w.city, w.hostCountry]);
}

/**
 * Who it was for and where it was held, apart: "for Fiji, Samoa · in Suva, Fiji"; a regional workshop
 * naming no Members is for the region: "regional · in Kashiwa, Japan".
 */
export function audienceAndPlace(w: Workshop): string {
  const regional = w.kind === "regional" || w.kind === "sub-regional";
  const audience = w.countries.length
    ? `for ${truncate(w.countries.join(", "), 300)}`
    : regional
      ? w.kind
      : "";
  const place = joinPlaces([w.city, w.hostCountry]);
  return [audience, place ? `in ${place}` : ""].filter(Boolean).join(" · ");
}

/** "1-(a), 1-(b) (AWP 2024-2025)", at most `max` codes. */
export function servedLine(w: Workshop, max = 8): string {
  if (w.items.length === 0) return "";
  const byPlan = new Map<string, string[]>();
  for (const i of w.items) byPlan.set(i.planLabel, [...(byPlan.get(i.planLabel) ?? []), i.code]);
  const parts = [...byPlan].map(([plan, codes]) => {
    const shown = codes.slice(0, max).join(", ");
    return `${shown}${codes.length > max ? ` +${codes.length - max} more` : ""} (${plan})`;
  });
  return parts.join("; ");
}

/** One workshop in a list: title, dates · kind · place, countries and the items it serves. */
export function workshopEntry(w: Workshop): KnownBlock {
  const status = w.status === "cancelled" ? " · *cancelled*" : "";
  const line2 = [formatDateRange(w.startDate, w.endDate), kindLabel(w), w.venue ?? ""]
    .filter(Boolean)
    .map(esc);
  const line3 = [esc(audienceAndPlace(w)), w.items.length ? `Serves ${esc(servedLine(w))}` : ""].filter(
    Boolean,
  );
  const text = [
    `*${esc(truncate(oneLine(w.title), 600))}*`,
    `${line2.join(" · ")}${status}`,
    ...(line3.length ? [line3.join(" · ")] : []),
    `id ${w.id}`,
  ].join("\n");
  return section(text, button("Details", ACTION_IDS.workshopShow, String(w.id)));
}

/** The full record for `/workshops show`. */
export function workshopCard(w: Workshop, surveyStatus: string | null): KnownBlock[] {
  const count = (n: number | null) => (n === null ? null : String(n));
  const blocks: KnownBlock[] = [
    header(oneLine(w.title)),
    ...fields([
      ["Dates", formatDateRange(w.startDate, w.endDate)],
      ["Kind", kindLabel(w)],
      ["Status", w.status],
      ["Place", esc(placeOf(w))],
      ["Sponsor", w.sponsor ? esc(w.sponsor) : null],
      ["Participants", count(w.participants)],
      ["Administrations", count(w.administrations)],
      ["For", w.countries.length ? esc(truncate(w.countries.join(", "), 1500)) : null],
    ]),
  ];
  if (w.items.length) {
    const lines = w.items
      .slice(0, 20)
      .map((i) => `• *${i.code}* (${esc(i.planLabel)}) ${esc(truncate(oneLine(i.action), 110))}`);
    if (w.items.length > 20) lines.push(`…and ${w.items.length - 20} more.`);
    blocks.push(section(`*Action items served*\n${lines.join("\n")}`));
  } else {
    blocks.push(section("*Action items served*\nNone recorded."));
  }
  if (surveyStatus) blocks.push(section(surveyStatus));
  blocks.push(context(`id ${w.id}`, w.documentTitle ? `Source: ${esc(w.documentTitle)}` : "Added by staff"));
  return blocks;
}
