import type { KnownBlock } from "@slack/types";
import type { CommandContext, CommandHandler } from "../src/context.ts";
import type { Db } from "../src/db/open.ts";
import type { Reply } from "../src/reply.ts";
import {
  FOLLOW_UP_ACTIONS,
  parseFiscalYear,
  SurveysError,
  surveyCsv,
  surveyStats,
  unreachedParticipants,
  type WorkshopSurveyStats,
} from "../src/surveys/index.ts";

const USAGE =
  "Usage: `/survey status [workshop id or title]` or `/survey export [fiscal year, e.g. 2017/18]`.";

type SurveyRequest = { sub: "status"; workshop: string | null } | { sub: "export"; fy: string | null };

/** `/survey …` text to a request, or a sentence saying what is wrong. */
export function parseSurveyCommand(text: string): SurveyRequest | string {
  const [sub = "", ...rest] = text.trim().split(/\s+/);
  const arg = rest.join(" ").trim() || null;
  if (sub === "status" || sub === "") return { sub: "status", workshop: arg };
  if (sub === "export") return { sub: "export", fy: arg };
  return `I don't know "/survey ${sub}". ${USAGE}`;
}

const message = (text: string, personal = false): Reply => ({
  text,
  blocks: [{ type: "section", text: { type: "mrkdwn", text } }],
  ...(personal ? { personal } : {}),
});

/** `/survey status|export`: staff only, since answers and unreached people are personal data. */
export const surveyCommand: CommandHandler = async (text: string, ctx: CommandContext): Promise<Reply> => {
  const request = parseSurveyCommand(text);
  if (typeof request === "string") return message(request);
  if (!(await ctx.isStaff())) return message("Only ROCB A/P staff can see follow-up survey results.");
  try {
    return request.sub === "export" ? exportReply(ctx.db, request.fy) : statusReply(ctx.db, request.workshop);
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
  return db
    .prepare(
      "SELECT id, title FROM workshops WHERE title LIKE ? ESCAPE '\\' ORDER BY start_date DESC LIMIT 10",
    )
    .all(`%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`) as Array<{ id: number; title: string }>;
}

function statusReply(db: Db, query: string | null): Reply {
  let ids: number[] | undefined;
  if (query) {
    const found = findWorkshops(db, query);
    if (found.length === 0) return message(`No workshop matches "${query}". Try its id from \`/workshops\`.`);
    if (found.length > 1) {
      const list = found.map((w) => `• ${w.id}: ${w.title}`).join("\n");
      return message(`Several workshops match "${query}"; say which one by id:\n${list}`);
    }
    ids = found.map((w) => w.id);
  }
  const stats = surveyStats(db, ids);
  if (stats.length === 0) {
    return message(
      query
        ? `No participants are loaded for that workshop yet (\`npm run participants -- import <file.csv> --workshop ${ids?.[0]}\`).`
        : "No workshop has participants loaded yet, so there is no follow-up survey to report.",
    );
  }
  const reply = surveyTable(stats);
  if (ids && stats[0]) {
    const unreached = unreachedParticipants(db, stats[0].workshopId);
    if (unreached.length > 0) {
      const lines = unreached
        .slice(0, 40)
        .map((p) => `• ${p.name} <${p.email}>, ${p.administration}: ${p.state} (${p.reason ?? "no detail"})`);
      const more =
        unreached.length > 40 ? `\n…and ${unreached.length - 40} more (see \`/survey export\`).` : "";
      const text = `*Not reached through Slack*: contact them another way.\n${lines.join("\n")}${more}`;
      reply.blocks.push({ type: "section", text: { type: "mrkdwn", text: text.slice(0, 2990) } });
      reply.text += `\n${unreached.length} participant(s) not reached through Slack.`;
      reply.personal = true;
    }
  }
  return reply;
}

const pct = (n: number | null) => (n === null ? "–" : `${Math.round(n * 100)}%`);

/** The Annex IV table: per workshop, people reached and answers per follow-up action. */
export function surveyTable(stats: readonly WorkshopSurveyStats[]): Reply {
  const header = [
    "Workshop",
    "Ended",
    "Partic.",
    "Admins",
    "Sent",
    "Unreach.",
    "Answered",
    "Rate",
    ...FOLLOW_UP_ACTIONS.map((a) => a.short),
  ];
  const rows = stats.map((s) => [
    `${s.workshopId} ${s.title.length > 34 ? `${s.title.slice(0, 33)}…` : s.title}`,
    s.endDate ?? "no date",
    String(s.participants),
    String(s.administrations),
    String(s.sent),
    String(s.unreachable),
    String(s.answered),
    pct(s.responseRate),
    ...FOLLOW_UP_ACTIONS.map((a) => String(s.actions[a.key])),
  ]);
  const sum = (f: (s: WorkshopSurveyStats) => number) => stats.reduce((n, s) => n + f(s), 0);
  const sent = sum((s) => s.sent);
  const answered = sum((s) => s.answered);
  const total = [
    "Total",
    "",
    String(sum((s) => s.participants)),
    String(sum((s) => s.administrations)),
    String(sent),
    String(sum((s) => s.unreachable)),
    String(answered),
    pct(sent > 0 ? answered / sent : null),
    ...FOLLOW_UP_ACTIONS.map((a) => String(sum((s) => s.actions[a.key]))),
  ];
  const all = [header, ...rows, ...(stats.length > 1 ? [total] : [])];
  const widths = header.map((_, i) => Math.max(...all.map((r) => (r[i] ?? "").length)));
  const line = (r: string[]) =>
    r.map((c, i) => (i < 2 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join("  ");
  const lines = all.map(line);
  const summary =
    `Follow-up survey: ${sum((s) => s.participants)} participants, ${sent} asked, ${answered} answered ` +
    `(${pct(sent > 0 ? answered / sent : null)}), ${sum((s) => s.unreachable)} unreachable.`;
  const blocks: KnownBlock[] = [{ type: "section", text: { type: "mrkdwn", text: `*${summary}*` } }];
  // Slack caps a text block at 3000 characters: the table goes out in slices, header repeated.
  let chunk: string[] = [];
  const flush = () => {
    if (chunk.length === 0) return;
    blocks.push({
      type: "section",
      text: { type: "mrkdwn", text: `\`\`\`${[lines[0], ...chunk].join("\n")}\`\`\`` },
    });
    chunk = [];
  };
  for (const l of lines.slice(1)) {
    if ([lines[0], ...chunk, l].join("\n").length > 2900) flush();
    chunk.push(l);
    if (blocks.length >= 48) break;
  }
  flush();
  blocks.push({
    type: "context",
    elements: [
      {
        type: "mrkdwn",
        text: "Rate = answered ÷ sent. Columns after Rate count answers per follow-up action.",
      },
    ],
  });
  return { text: `${summary}\n${lines.join("\n")}`, blocks };
}

function exportReply(db: Db, fyText: string | null): Reply {
  const fy = fyText ? parseFiscalYear(fyText) : undefined;
  const csv = surveyCsv(db, fy);
  const count = Math.max(0, csv.trimEnd().split("\n").length - 1);
  const name = `follow-up-survey${fy ? `-${fy.label.replace("/", "-")}` : ""}.csv`;
  const text = `Follow-up survey export${fy ? ` for FY ${fy.label}` : ""}: ${count} participant row(s), in ${name}.`;
  return { ...message(text, true), file: { name, content: csv } };
}
