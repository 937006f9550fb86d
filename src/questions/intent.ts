/**
 * What a question asks for, beside the slash command it reads as: some answers are built from the
 * catalogue directly (a survey's results, an item's targets, a plan's planned work), others head a
 * command's list (a count, the sponsors).
 */
export type Intent = "survey" | "targets" | "planned-work" | "count" | "sponsors";

const SURVEY =
  /\b(?:surveys?|surveyed|repl(?:y|ied|ies)|responded|respon(?:se|ses|dents?)|response rates?|follow[\s-]?up actions?)\b/;
const TARGETS = /\b(?:kpis?|targets?|indicators?|deadlines?|due date|timeframe|time frame|benchmarks?)\b/;
const BEHIND = /\b(?:behind|late|lagging|off[\s-]track|missed|overdue|delayed|slipping)\b/;
/** "did the AWP 2012/13 plan to send experts", "what did the plan say about", "was X in the plan". */
const PLANNED_WORK =
  /\b(?:plan(?:ned|s)? to|intend(?:ed|s)? to|aim(?:ed|s)? to|planned|foresee\w*|envisag\w*|include[sd]?|say about|says about|commit\w* to)\b/;
const PLAN_NAMED = /\b(?:awp|sap|work ?plan|action plan|plan)\b/;
const COUNT = /\b(?:how many|number of|count of|count the|total of)\b/;
const WHO_FUNDS =
  /\b(?:who (?:funds?|funded|pays?|paid|sponsors?|sponsored|finances?|financed)|which (?:donors?|sponsors?|funds?)|sponsors? of|funded by whom|funding (?:for|of))\b/;

/** The intents of a question, in lower case, given whether it names workshops and an item code. */
export function intentsOf(
  lower: string,
  o: { workshopWords: boolean; code: boolean; topic: boolean },
): Set<Intent> {
  const intents = new Set<Intent>();
  if (SURVEY.test(lower)) intents.add("survey");
  if (!o.code && o.topic && TARGETS.test(lower) && !BEHIND.test(lower)) intents.add("targets");
  if (!o.code && !o.workshopWords && o.topic && PLAN_NAMED.test(lower) && PLANNED_WORK.test(lower))
    intents.add("planned-work");
  if (COUNT.test(lower)) intents.add("count");
  if (WHO_FUNDS.test(lower)) intents.add("sponsors");
  return intents;
}

/** Words that say what is asked about a survey, not which workshop: left out of the survey's search. */
export const SURVEY_WORDS = new Set(
  `survey surveys surveyed follow up follow-up action actions reply replies replied respond responded response
   responses respondents rate rates share percentage percent answered answer answers after result results
   administrations members take took taken`.split(/\s+/),
);
