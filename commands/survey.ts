import { header, section } from "../src/blocks/builders.ts";
import { escapeMrkdwn, oneLine, truncate } from "../src/blocks/escape.ts";
import type { ReplyBlock } from "../src/blocks/kit.ts";
import { LIMITS } from "../src/blocks/limits.ts";
import { makeReply, shareButton } from "../src/blocks/reply.ts";
import type { CommandContext, CommandHandler } from "../src/context.ts";
import type { Db } from "../src/db/open.ts";
import { readsOf, remember } from "../src/db/read-cache.ts";
import type { Reply } from "../src/reply.ts";
import { printedBaseline, printedResults } from "../src/surveys/history.ts";
import {
  looksLikeFiscalYear,
  parseFiscalYear,
  SurveysError,
  silentAfterNudge,
  surveyCsv,
  surveyStats,
  unreachedParticipants,
} from "../src/surveys/index.ts";
import {
  printedBlocks,
  printedChart,
  rateChart,
  rateSummary,
  silentBlocks,
  statsBlocks,
  statsChart,
} from "../src/surveys/render.ts";
import { resultsBlocks, surveyResults } from "../src/surveys/results.ts";

const USAGE =
  "Usage: `/survey results [fiscal year or workshop words, e.g. 2016/17 or PCA]` (everyone), `/survey status [workshop id, title or fiscal year, e.g. FY2016/17]` or `/survey export [fiscal year, e.g. 2017/18]` (staff).";

/** Longer than any workshop title: a longer query is refused before it reaches SQLite. */
export const MAX_QUERY = 200;

type FiscalYear = ReturnType<typeof parseFiscalYear>;
type StatusTarget = { kind: "all" } | { kind: "year"; fy: FiscalYear } | { kind: "workshop"; query: string };
type SurveyRequest =
  | { sub: "status"; target: StatusTarget }
  | { sub: "export"; fy: FiscalYear | null }
  /** Results in aggregate, for everyone: a fiscal year's, or the workshops the words find. */
  | { sub: "results"; fy: FiscalYear | null; words: string };

/** User text echoed in a reply: one line, cut, escaped (no live mentions or links). */
const echo = (text: string, max = 80) => escapeMrkdwn(truncate(oneLine(text), max));

/** `/survey …` text to a request, or a sentence saying what is wrong. */
export function parseSurveyCommand(text: string): SurveyRequest | string {
  const [sub = "", ...rest] = text.trim().split(/\s+/);
  const arg = rest.join(" ").trim();
  if (arg.length > MAX_QUERY) {
    return `That is ${arg.length.toLocaleString("en")} characters; a workshop title or fiscal year is at most ${MAX_QUERY}. Give the workshop's id from \`/workshops\` instead.`;
  }
  try {
    if (sub === "status" || sub === "") {
      if (!arg) return { sub: "status", target: { kind: "all" } };
      if (looksLikeFiscalYear(arg))
        return { sub: "status", target: { kind: "year", fy: parseFiscalYear(arg) } };
      return { sub: "status", target: { kind: "workshop", query: arg } };
    }
    if (sub === "export") return { sub: "export", fy: arg ? parseFiscalYear(arg) : null };
    if (sub === "results" || sub === "result" || sub === "rates") {
      const fy = looksLikeFiscalYear(arg) || /^\d{4}$/.test(arg) ? parseFiscalYear(arg) : null;
      return { sub: "results", fy, words: fy ? "" : arg };
    }
  } catch (err) {
    if (err instanceof SurveysError) return err.message;
    throw err;
  }
  return `I don't know "/survey ${echo(sub, 40)}". ${USAGE}`;
}

const message = (text: string, personal = false): Reply => ({
  text,
  blocks: [section(text)],
  ...(personal ? { personal } : {}),
});

/** `/survey status|export`: staff only, since answers and unreached people are personal data. */
export const surveyCommand: CommandHandler = async (text: string, ctx: CommandContext): Promise<Reply> => {
  const request = parseSurveyCommand(text);
  if (typeof request === "string") return message(request);
  if (request.sub === "results") return surveyResultsReply(ctx, request.fy, request.words);
  if (!(await ctx.isStaff()))
    return message(
      "Only ROCB A/P staff can see who was surveyed and what they answered; everyone can see the results in aggregate: `/survey results`.",
    );
  try {
    return request.sub === "export" ? exportReply(ctx.db, request.fy) : statusReply(ctx.db, request.target);
  } catch (err) {
    if (err instanceof SurveysError) return message(err.message);
    throw err;
  }
};

function findWorkshops(db: Db, query: string): Array<{ id: number; title: string }> {
  if (/^\d+$/.test(query)) {
    return db.prepare("SELECT id, title FROM workshops WHERE id = ?").all(Number(query)) as Array<{
      id: number;
      title: string;
    }>;
  }
  // instr, not LIKE: no character of the query is a pattern, and no length limit of LIKE applies.
  return db
    .prepare(
      "SELECT id, title FROM workshops WHERE instr(lower(title), lower(?)) > 0 ORDER BY start_date DESC LIMIT 10",
    )
    .all(query) as Array<{ id: number; title: string }>;
}

/** Blocks and text of several parts, within Slack's limits on blocks and message text. */
function combine(parts: Array<{ text: string; blocks: ReplyBlock[] }>, personal = false): Reply {
  const blocks = parts.flatMap((p) => p.blocks).slice(0, LIMITS.blocks);
  const text = truncate(
    parts
      .map((p) => p.text)
      .filter(Boolean)
      .join("\n\n"),
    3900,
  );
  return { text, blocks, ...(personal ? { personal } : {}) };
}

function statusReply(db: Db, target: StatusTarget): Reply {
  const baseline = printedBaseline(db);
  if (target.kind === "year") {
    const fy = target.fy;
    const stats = surveyStats(db).filter((s) => s.endDate && s.endDate >= fy.from && s.endDate <= fy.to);
    const printed = printedResults(db, { fiscalYear: fy.label });
    if (stats.length === 0 && printed.length === 0) {
      return message(`Nothing to report for FY${fy.label}: no participants loaded and no printed results.`);
    }
    // One table block per message: the bot's own figures take it when there are both.
    const charts: ReplyBlock[] = [
      ...(stats.length > 0 ? [statsChart(stats, `Surveyed and answered per workshop, FY${fy.label}`)] : []),
      ...(printed.length > 0 ? [printedChart(printed)] : []),
    ];
    return combine([
      { text: "", blocks: charts },
      ...(stats.length > 0 ? [statsBlocks(stats, baseline)] : []),
      ...(printed.length > 0 ? [printedBlocks(printed, stats.length === 0)] : []),
    ]);
  }
  if (target.kind === "all") {
    const stats = surveyStats(db);
    if (stats.length === 0) {
      const latest = baseline ? printedResults(db, { fiscalYear: baseline.fiscalYear }) : [];
      const none = message("No workshop has participants loaded yet, so ROCB Desk has not surveyed anyone.");
      if (latest.length === 0) return none;
      const rates = rateChart([], printedResults(db, {}), baseline);
      return combine([none, { text: "", blocks: rates ? [rates] : [] }, printedBlocks(latest)]);
    }
    const rates = rateChart(stats, printedResults(db, {}), baseline);
    return combine(
      [
        { text: "", blocks: rates ? [rates] : [] },
        statsBlocks(stats, baseline),
        withText(silentBlocks(silentAfterNudge(db))),
      ],
      true,
    );
  }
  const found = findWorkshops(db, target.query);
  const printed = /^\d+$/.test(target.query) ? [] : printedResults(db, { title: target.query });
  const printedPart = printed.length > 0 ? [printedBlocks(printed)] : [];
  // Only workshops with participants have figures of the bot's own; the others are history at most.
  const stats = surveyStats(
    db,
    found.map((w) => w.id),
  );
  if (stats.length > 1) {
    const list = stats.map((w) => `• ${w.workshopId}: ${echo(w.title, 120)}`).join("\n");
    return combine([
      message(`Several surveyed workshops match "${echo(target.query)}"; say which one by id:\n${list}`),
      ...printedPart,
    ]);
  }
  if (stats.length === 0 && printed.length > 0) return combine(printedPart);
  if (found.length === 0) {
    return message(`No workshop matches "${echo(target.query)}". Try its id from \`/workshops\`.`);
  }
  if (stats.length === 0) {
    const which =
      found.length === 1 ? `workshop ${found[0]?.id}` : `the ${found.length} workshops that match`;
    return message(
      `No participants are loaded for ${which} yet (\`/workshops participants <id>\`, or \`npm run participants -- import <file.csv> --workshop <id>\`).`,
    );
  }
  const id = stats[0]?.workshopId as number;
  return combine(
    [
      statsBlocks(stats, baseline),
      withText(unreachedBlocks(db, id)),
      withText(silentBlocks(silentAfterNudge(db, [id]))),
      ...(printed.length > 0 ? [printedBlocks(printed, false)] : []),
    ],
    true,
  );
}

const withText = (blocks: ReplyBlock[]) => ({
  blocks,
  text: blocks.map((b) => (b.type === "section" ? (b.text?.text ?? "") : "")).join("\n"),
});

function unreachedBlocks(db: Db, workshopId: number): ReplyBlock[] {
  const unreached = unreachedParticipants(db, workshopId);
  if (unreached.length === 0) return [];
  const lines = unreached
    .slice(0, 30)
    .map(
      (p) =>
        `• ${echo(p.name, 60)} ${echo(`<${p.email}>`, 80)}, ${echo(p.administration, 60)}: ${p.state} (${echo(p.reason ?? "no detail", 100)})`,
    );
  const more = unreached.length > 30 ? `\n…and ${unreached.length - 30} more (see \`/survey export\`).` : "";
  return [section(`*Not reached by Slack or e-mail*: contact them another way.\n${lines.join("\n")}${more}`)];
}

function exportReply(db: Db, fy: FiscalYear | null): Reply {
  const csv = surveyCsv(db, fy ?? undefined);
  const count = Math.max(0, csv.trimEnd().split("\n").length - 1);
  const name = `follow-up-survey${fy ? `-${fy.label.replace("/", "-")}` : ""}.csv`;
  const printed = fy ? printedResults(db, { fiscalYear: fy.label }).length : 0;
  const history =
    printed > 0 ? ` (${printed} of them printed results from the annual report, marked in \`source\`)` : "";
  const stats = surveyStats(db).filter(
    (s) => !fy || (s.endDate && s.endDate >= fy.from && s.endDate <= fy.to),
  );
  const rates = stats.some((s) => s.sent > 0) ? ` ${rateSummary(stats, printedBaseline(db))}` : "";
  const text = `Follow-up survey export${fy ? ` for FY${fy.label}` : ""}: ${count} row(s)${history}, in ${name}.${rates}`;
  return { ...message(text, true), file: { name, content: csv } };
}

/**
 * Follow-up survey results in aggregate (counts, rates, the six actions; no names): of a fiscal year, of
 * the workshops `words` find (printed rows and the catalogue's), or of every year. For everyone.
 */
export function surveyResultsReply(ctx: CommandContext, fy: FiscalYear | null, words: string): Reply {
  const found = <T extends { id: number; full: boolean }>(hits: T[]) => {
    const full = hits.filter((h) => h.full);
    return (full.length > 0 ? full : hits).map((h) => h.id);
  };
  // The same few results are asked for again and again: kept until the catalogue or a survey changes.
  const results = remember(readsOf(ctx.db), `survey results ${fy?.label ?? ""} ${words}`, () =>
    surveyResults(ctx.db, {
      fiscalYear: fy,
      printedIds: words ? found(ctx.search.surveyRows(words)) : null,
      workshopIds: words ? found(ctx.search.workshops(words)) : null,
    }),
  );
  const what = [words ? `"${echo(words)}"` : "", fy ? `FY${fy.label}` : ""].filter(Boolean).join(" in ");
  if (results.printed.length === 0 && results.own.length === 0) {
    const baseline = printedBaseline(ctx.db);
    const printed = baseline
      ? ` Printed results cover FY${baseline.fiscalYear}: \`/survey results ${baseline.fiscalYear}\`.`
      : "";
    return makeReply([
      header("Follow-up survey results"),
      section(`No follow-up survey results${what ? ` for ${what}` : ""} are recorded.${printed}`),
    ]);
  }
  return makeReply(
    [header(`Follow-up survey results${what ? ` (${what})` : ""}`), ...resultsBlocks(ctx.db, results)],
    {
      tail: shareButton("/survey", `results ${fy?.label ?? words}`.trim()),
    },
  );
}
