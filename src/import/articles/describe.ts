import { countsAsWorkshop } from "../../catalogue/vocabulary.ts";
import type { ParsedWorkshop } from "../parsed.ts";

/** Where an event was held as a line says it: "virtual" for one held online, else city and country. */
export function placeText(e: ParsedWorkshop): string {
  if (e.venue === "online" && e.city === null && e.hostCountry === null) return "virtual";
  return [e.city, e.hostCountry].filter(Boolean).join(", ") || "place not read";
}

/**
 * One line per event read from an article, for the import summary: "event: Regional Dialogue on … —
 * 2018-12-06 to 2018-12-07, Manila, Philippines, meeting (not a workshop), held".
 */
export function eventLine(e: ParsedWorkshop): string {
  const dates = e.end && e.end !== e.start ? `${e.start} to ${e.end}` : e.start;
  const kind = countsAsWorkshop(e.kind) ? `${e.kind} workshop` : `${e.kind} (not a workshop)`;
  return `event: ${e.title} — ${dates}, ${placeText(e)}, ${kind}, ${e.status}`;
}
