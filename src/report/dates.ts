const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

const monthName = (iso: string) => MONTHS[Number(iso.slice(5, 7)) - 1] ?? "";
const day = (iso: string) => String(Number(iso.slice(8, 10)));

/**
 * A workshop's dates as the office's reports print them: "17-20 July 2017", "28 May-1 June 2012",
 * "12 August 2011", "June 2018" when only the month is known; null when there is no date.
 */
export function printedDates(start: string | null, end: string | null): string | null {
  if (start === null) return null;
  const last = end ?? start;
  if (start.length === 7 || last.length === 7) {
    const a = `${monthName(start)} ${start.slice(0, 4)}`;
    const b = `${monthName(last)} ${last.slice(0, 4)}`;
    return a === b ? a : `${a}-${b}`;
  }
  const year = start.slice(0, 4);
  if (start === last) return `${day(start)} ${monthName(start)} ${year}`;
  if (start.slice(0, 7) === last.slice(0, 7)) return `${day(start)}-${day(last)} ${monthName(start)} ${year}`;
  if (year === last.slice(0, 4))
    return `${day(start)} ${monthName(start)}-${day(last)} ${monthName(last)} ${year}`;
  return `${day(start)} ${monthName(start)} ${year}-${day(last)} ${monthName(last)} ${last.slice(0, 4)}`;
}

/** "2016-07" → "July 2016". */
export const printedMonth = (month: string | null): string | null =>
  month === null ? null : `${monthName(month)} ${month.slice(0, 4)}`;
