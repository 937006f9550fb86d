/** A span of days, ISO, inclusive. */
export interface Period {
  from: string;
  to: string;
  /** How the answer names it: "2017", "FY2017/18", "2011-2014". */
  label: string;
}

const fy = (start: number): Period => ({
  from: `${start}-07-01`,
  to: `${start + 1}-06-30`,
  label: `FY${start}/${String(start + 1).slice(2)}`,
});

/**
 * `/workshops past` periods: `2017` (calendar year), `FY2017/18`, `2017/18`, `2017-18` and
 * `2011-2012` (consecutive years = the fiscal year, as annual reports name it), `2011-2014` (years).
 */
export function parsePeriod(text: string): Period | null {
  const t = text.trim().toLowerCase().replace(/[–—]/g, "-");
  let m = /^(?:fy\s*)?(\d{4})\s*[-/]\s*(\d{2}|\d{4})$/.exec(t);
  if (m?.[1] && m[2]) {
    const a = Number(m[1]);
    const b = m[2].length === 2 ? Math.floor(a / 100) * 100 + Number(m[2]) : Number(m[2]);
    if (b === a + 1) return fy(a);
    if (t.startsWith("fy") || b < a || b - a > 50) return null;
    return { from: `${a}-01-01`, to: `${b}-12-31`, label: `${a}-${b}` };
  }
  m = /^fy\s*(\d{2})\s*[-/]\s*(\d{2})$/.exec(t);
  if (m?.[1] && m[2] && Number(m[2]) === (Number(m[1]) + 1) % 100) return fy(2000 + Number(m[1]));
  m = /^(\d{4})$/.exec(t);
  if (m?.[1]) return { from: `${m[1]}-01-01`, to: `${m[1]}-12-31`, label: m[1] };
  return null;
}
