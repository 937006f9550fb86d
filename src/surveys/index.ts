import type { Db } from "../db/open.ts";

/** One line on a workshop's follow-up survey for `/workshops show`, or null when there is none. */
export function workshopSurveyStatus(_db: Db, _workshopId: number): string | null {
  return null;
}
