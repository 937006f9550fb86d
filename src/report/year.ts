import { pastWorkshops, type Workshop } from "../catalogue/workshops.ts";
import type { Db } from "../db/open.ts";

/** A fiscal year of the office (1 July - 30 June): `2017/18`, from `2017-07-01` to `2018-06-30`. */
export interface FiscalYear {
  label: string;
  from: string;
  to: string;
}

export function previousFiscalYear(fy: FiscalYear): FiscalYear {
  const start = Number(fy.from.slice(0, 4)) - 1;
  return {
    label: `${start}/${String((start + 1) % 100).padStart(2, "0")}`,
    from: `${start}-07-01`,
    to: `${start + 1}-06-30`,
  };
}

/** A date the table orders by: a month-only date sorts at the start of its month, before its days. */
const byDate = (a: Workshop, b: Workshop) =>
  (a.startDate ?? "").localeCompare(b.startDate ?? "") || a.title.localeCompare(b.title) || a.id - b.id;

/** The events held in a fiscal year, workshops and others, in date order. */
export function heldIn(db: Db, fy: FiscalYear): Workshop[] {
  // pastWorkshops lists events that started before "today": the day after the year keeps all of it.
  const dayAfter = `${fy.to.slice(0, 4)}-07-01`;
  return pastWorkshops(db, dayAfter, { from: fy.from, to: fy.to }, "all")
    .filter((w) => w.status === "held")
    .sort(byDate);
}
