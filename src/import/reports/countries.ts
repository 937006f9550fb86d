/**
 * Members of the WCO Asia/Pacific region with the spellings the reports use; other countries
 * (hosts of global meetings) are kept as printed.
 */
const MEMBERS: Array<[string, RegExp]> = [
  ["Hong Kong China", /\bHong\s*Kong(?:,?\s*China)?\b/],
  ["Macao China", /\bMaca[ou](?:,?\s*China)?\b/],
  ["Papua New Guinea", /\bPapua New Guinea\b|\bPNG\b/],
  ["Brunei Darussalam", /\bBrunei(?: Darussalam)?\b/],
  ["Lao PDR", /\bLao(?:s|\s*PDR)?\b/],
  ["Vietnam", /\bVi[eê]t\s?Nam\b/i],
  ["Timor-Leste", /\bTimor[- ]Leste\b|\bEast Timor\b/],
  ["Sri Lanka", /\bSri Lanka\b/],
  ["New Zealand", /\bNew Zealand\b/],
  ["Solomon Islands", /\bSolomon Islands\b/],
  ["Marshall Islands", /\bMarshall Islands\b/],
  ["Korea", /\b(?:Republic of )?Korea\b/],
  ["Iran", /\bIran\b/],
  ["Myanmar", /\bMyanmar\b/],
  ["Philippines", /\bPhilippines\b/],
  ...[
    "Afghanistan",
    "Australia",
    "Bangladesh",
    "Bhutan",
    "Cambodia",
    "China",
    "Fiji",
    "India",
    "Indonesia",
    "Japan",
    "Kiribati",
    "Malaysia",
    "Maldives",
    "Mongolia",
    "Nepal",
    "Pakistan",
    "Palau",
    "Samoa",
    "Singapore",
    "Thailand",
    "Tonga",
    "Tuvalu",
    "Vanuatu",
  ].map((name): [string, RegExp] => [name, new RegExp(`\\b${name}\\b`)]),
];

/** Members named in a text, in order of appearance ("for Papua New Guinea, Samoa and Tonga"). */
export function membersIn(text: string): string[] {
  let rest = text;
  const found: Array<[number, string]> = [];
  for (const [name, re] of MEMBERS) {
    const m = re.exec(rest);
    if (!m) continue;
    found.push([m.index, name]);
    rest = rest.slice(0, m.index) + " ".repeat(m[0].length) + rest.slice(m.index + m[0].length);
  }
  return found.sort((a, b) => a[0] - b[0]).map(([, name]) => name);
}

export interface Place {
  city: string | null;
  country: string | null;
}

/** "Cheonan, Korea" · "Manila, the, Philippines" · "Kuala Lumpur Malaysia" · "Korea" · "Brussels, Belgium". */
export function parsePlace(text: string): Place {
  const pieces = text
    .split(",")
    .map((p) => p.replace(/^\s*the\b\s*/i, "").trim())
    .filter((p) => p !== "");
  if (pieces.length === 0) return { city: null, country: null };
  const whole = pieces.join(", ");
  const members = membersIn(whole);
  const lastMember = members.at(-1);
  if (lastMember) {
    const cityText = cityBefore(whole, lastMember);
    return { city: cityText, country: lastMember };
  }
  if (pieces.length === 1) return { city: pieces[0] as string, country: null };
  return { city: pieces.slice(0, -1).join(", "), country: pieces.at(-1) as string };
}

function cityBefore(whole: string, member: string): string | null {
  const re = MEMBERS.find(([name]) => name === member)?.[1] as RegExp;
  const m = re.exec(whole);
  const before = m
    ? whole
        .slice(0, m.index)
        .replace(/,?\s*(?:the\s+)?(?:Islamic\s+|People['’]s\s+)?Republic of\s*$/i, "")
        .replace(/[\s,]+$/, "")
        .trim()
    : "";
  return before !== "" && !membersIn(before).length ? before : null;
}

/** The text with every member name blanked out. */
export function withoutMembers(text: string): string {
  let rest = text;
  for (const [, re] of MEMBERS) rest = rest.replace(new RegExp(re.source, `${re.flags}g`), " ");
  return rest;
}
