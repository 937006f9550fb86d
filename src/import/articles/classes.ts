import { countsAsWorkshop, type WorkshopKind } from "../../catalogue/vocabulary.ts";
import { kindOf } from "../reports/kinds.ts";

/** Whether the office (or the WCO) ran the event, or only took part in someone else's. */
export type Role = "own" | "took part";

const OFFICE = String.raw`(?:ROCB(?:\s+A/P)?|(?:Regional\s+)?Office|WCO(?:\s+Secretariat)?|World\s+Customs\s+Organi[sz]ation(?:\s+\(WCO\))?|Secretariat)`;
const FUND = String.raw`(?:CCF[\s/-]*(?:Japan|Korea|China)|(?:Japan(?:ese)?|Korean?|China|Chinese)\s+Customs\s+Co-?operation\s+Fund|Customs\s+Co-?operation\s+Fund(?:\s+(?:of|/)\s*(?:Japan|Korea|China))?)`;
const RUNS = String.raw`(?:co-?organi[sz]ed|organi[sz]ed|co-?hosted|hosted|conducted|coordinated|convened|ran|run|delivered(?!\s+(?:a\s+|the\s+)?(?:presentation|speech|remarks|lecture))|facilitated\s+(?:the|a|an)\s+(?:workshop|training|course|seminar))`;
const TOOK_PART = String.raw`(?:attended|took\s+part|participated|presented|spoke|joined|contributed|was\s+invited|were\s+invited|delivered\s+(?:a\s+|the\s+)?(?:presentation|speech|remarks|lecture)|made\s+(?:a\s+)?presentations?|visited|called\s+on)`;
// The office or the WCO as the subject of a clause, then its verb in the same clause.
// The gap holds no verb of the other kind: "The ROCB A/P took part in X, organized by the ADB" is not
// the office organising.
const SUBJECT = String.raw`\b${OFFICE}(?:'s)?(?:\s+(?:staff|officers?|experts?|team))?\b(?:(?!${TOOK_PART}|${RUNS})[^.;]){0,60}?\b`;

/**
 * Who ran an event, by the first rule that holds in the sentences about it; the order is the rules'
 * precedence (a workshop the office paid for is its own even when another body hosted it). Every
 * example is a test (tests/import/articles/classes.test.ts).
 */
export const ROLE_RULES: Array<{ rule: string; role: Role; test: RegExp; example: string }> = [
  {
    rule: "the office, the WCO or a fund the office manages paid for it",
    role: "own",
    test: new RegExp(
      String.raw`\b(?:(?:funded|financed|sponsored|supported|paid\s+for)\s+(?:by|through|from)\s+(?:the\s+)?${FUND}|${FUND}\s+(?:funding|sponsorship|support)|(?:funding|sponsorship|support|financial\s+support|funded|financed|paid)\s+(?:from|of|by|through|under)\s+(?:the\s+)?${FUND}|${OFFICE}\s+(?:funded|financed|sponsored|paid\s+for))`,
      "i",
    ),
    example:
      "With funding from CCF-Japan, the Pacific Islands Forum Secretariat hosted a Regional Workshop on Rules of Origin in Suva.",
  },
  {
    rule: "the office or the WCO organised, co-organised, hosted, conducted, coordinated or delivered it",
    role: "own",
    test: new RegExp(
      `${SUBJECT}${RUNS}\\b|\\b${RUNS}\\s+(?:jointly\\s+)?by\\s+(?:the\\s+)?${OFFICE}\\b`,
      "i",
    ),
    example:
      "A Regional Workshop on Risk Management was organized by the WCO at the Regional Training Centre in Kashiwa.",
  },
  {
    rule: "the office or the WCO attended, took part, presented, spoke or visited",
    role: "took part",
    test: new RegExp(`${SUBJECT}${TOOK_PART}\\b`, "i"),
    example: "The ROCB A/P took part in the ADB Regional Workshop on Trade Facilitation Reforms in Manila.",
  },
];

/** The first rule that holds in a text about an event, or null when none does. */
export function roleIn(text: string): Role | null {
  return ROLE_RULES.find((r) => r.test.test(text))?.role ?? null;
}

// An organisation's acronym at the head of a name ("WCO/JICA Joint …", "ADB Regional …").
const LEADING_ACRONYMS = /^(?:[A-Z][A-Z0-9]*(?:[/&-][A-Z][A-Z0-9]*)*\s+)+(?=[A-Z][a-z])/;

/**
 * The kind of an event whose role is known: the office's own training event is a workshop of its level
 * even when a partner's acronym leads its name; a training event the office only took part in is an
 * "other" event; meetings, conferences, ceremonies and missions keep their kind whoever ran them.
 * With no role said, the name decides (`kindOf`: a partner's acronym makes it another body's).
 */
export function kindFor(name: string, text: string, role: Role | null): WorkshopKind {
  const kind = kindOf(name, text);
  if (role === "took part" && countsAsWorkshop(kind)) return "other";
  if (role === "own" && kind === "other") {
    const own = kindOf(name.replace(LEADING_ACRONYMS, ""), text);
    if (countsAsWorkshop(own)) return own;
  }
  return kind;
}
