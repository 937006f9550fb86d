import { COUNT_WORD, readCount } from "./text.ts";

/** What a paragraph about an event says of it, beyond its title, date and place. */
export interface EventDetails {
  participants: number | null;
  administrations: number | null;
  sponsor: string | null;
  venue: string | null;
  cancelled: boolean;
}

const PEOPLE = `(?:participants|delegates|officials|officers|representatives|candidates|trainees|attendees)`;
// "More than 40 officers" is not a printed count of participants: approximations are left out.
const PARTICIPANTS = new RegExp(
  String.raw`(?<![\w/,.-])(?<!(?:more than|over|around|nearly|some|about|approximately)\s+)${COUNT_WORD}\s+(?:[A-Za-z]+\s+){0,2}?${PEOPLE}\b`,
  "i",
);
const ADMINISTRATIONS = new RegExp(
  String.raw`^[^.;]{0,40}?\b(?:from|representing)\s+(?:more than\s+|around\s+|over\s+|some\s+)?${COUNT_WORD}\s+(?:[\w/-]+\s+){0,5}?(?:administrations|countries|economies|Members)\b`,
  "i",
);

/** "27 participants from 20 member … administrations", "sixteen Customs Officials", "10 AEO candidates from 5 countries". */
export function readCounts(text: string): { participants: number | null; administrations: number | null } {
  const m = PARTICIPANTS.exec(text);
  if (!m) return { participants: null, administrations: null };
  const participants = readCount(m[1] as string);
  const after = ADMINISTRATIONS.exec(text.slice(m.index + m[0].length));
  return { participants, administrations: after ? readCount(after[1] as string) : null };
}

const FUND_COUNTRY: Array<[RegExp, string]> = [
  [/\bJapan(?:ese)?\b/, "Japan"],
  [/\bKorean?\b/, "Korea"],
  [/\bChin(?:a|ese)\b/, "China"],
];
const CCF =
  /\bCCF[\s/-]*(Japan|Korea|China)\b|\b(Japan(?:ese)?|Korean?|China|Chinese)\s+Customs\s+Co-?operation\s+Fund\b|\bCustoms\s+Co-?operation\s+Fund\s+(?:of|\/)\s*(Japan|Korea|China)\b/;
const SPONSOR_PHRASE =
  /\b(?:under the (?:financial support|sponsorship|patronage|funding) of|with (?:the )?(?:financial support|sponsorship|funding support|support|funding) (?:from|of)|(?:kindly )?funded by|sponsored by|sponsorship (?:from|of)|provided through)\s+(?:the\s+)?([A-Z][^,.;()]{2,80}?)(?=\s*(?:[,.;(]|\band\b|\bto\b|\bin\b|\bwas\b|$))/;

/** The fund or body that paid: the Customs Co-operation Funds are named "CCF-Japan" etc. however printed. */
export function readSponsor(text: string): string | null {
  const ccf = CCF.exec(text);
  if (ccf) {
    const word = (ccf[1] ?? ccf[2] ?? ccf[3]) as string;
    const country = FUND_COUNTRY.find(([re]) => re.test(word))?.[1];
    if (country) return `CCF-${country}`;
  }
  const m = SPONSOR_PHRASE.exec(text);
  return m ? (m[1] as string).trim() : null;
}

const VENUE =
  /\b(?:held|conducted|organi[sz]ed|hosted|took place|convened)\b[^.]{0,80}?\b(?:at|in)\s+(?:the\s+)?((?:[A-Z][\w'’&.-]*\s+|of\s+|and\s+){0,8}?(?:Centre|Center|Academy|Office|Headquarters|Institute|College|University|Hotel)(?:\s+\([A-Z]{2,8}\))?)/;

/** "held at the Customs Border Control Training Centre (CBCTC) in Cheonan" → the centre. */
export function readVenue(text: string): string | null {
  const m = VENUE.exec(text);
  return m ? (m[1] as string).trim() : null;
}

export function readDetails(text: string): EventDetails {
  return {
    ...readCounts(text),
    sponsor: readSponsor(text),
    venue: readVenue(text),
    cancelled: /\b(?:was|were|has been|had been) (?:cancell?ed|called off)\b/i.test(text),
  };
}
