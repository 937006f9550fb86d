import type { KnownBlock } from "@slack/types";
import { DateTime } from "luxon";
import {
  button,
  context,
  errorReply,
  escapeMrkdwn as esc,
  header,
  makeReply,
  section,
  truncate,
} from "../src/blocks/index.ts";
import { workshopCard } from "../src/blocks/workshops.ts";
import {
  WORKSHOP_KINDS,
  WORKSHOP_STATUSES,
  type WorkshopKind,
  type WorkshopStatus,
  workshopById,
} from "../src/catalogue/index.ts";
import type { CommandContext } from "../src/context.ts";
import { ACTION_IDS, type Reply } from "../src/reply.ts";
import { compact } from "../src/search/index.ts";
import { addWorkshop, SurveysError, updateWorkshop, workshopSurveyStatus } from "../src/surveys/index.ts";

const STAFF_SUBCOMMANDS = ["add", "set", "participants", "record"] as const;

/** Usage of the staff subcommands, for `/workshops help` and for their own errors. */
export const STAFF_USAGE = [
  '`/workshops add <title> kind:national country:Fiji start:2025-03-10 end:2025-03-14 [city:Suva] [venue:"…"]` · a new workshop; without dates it is planned. Quote a title holding a colon',
  '`/workshops set 12 [start:YYYY-MM-DD] [end:YYYY-MM-DD] [status:planned|scheduled|held|cancelled] [city:…] [venue:"…"]` · change a workshop',
  "`/workshops participants 12` · load workshop 12's participants from a pasted CSV (name,email,administration[,slack_user_id])",
  "`/workshops record` · record a held workshop from the office's news article: paste it, check what was read, Confirm",
];

export interface NewWorkshopInput {
  title: string;
  kind: WorkshopKind;
  countries: string[];
  start?: string;
  end?: string;
  city?: string;
  venue?: string;
  status?: WorkshopStatus;
}

export interface WorkshopChange {
  start?: string;
  end?: string;
  city?: string;
  venue?: string;
  status?: WorkshopStatus;
}

export type StaffRequest =
  | { sub: "add"; workshop: NewWorkshopInput }
  | { sub: "set"; id: number; change: WorkshopChange }
  | { sub: "participants"; id: number }
  | { sub: "record" };

type Parsed<T> = T | { error: string };

/** True when the text asks for a staff subcommand, so `/workshops` hands it over before its filters. */
export function isStaffSubcommand(text: string): boolean {
  const first = text.trim().split(/\s+/)[0]?.toLowerCase() ?? "";
  return (STAFF_SUBCOMMANDS as readonly string[]).includes(first);
}

// `key:value`, `key:"quoted value"`, a "quoted phrase", or a bare word; in that order of preference.
const TOKEN = /([A-Za-z]+):(?:"([^"]*)"|“([^”]*)”|(\S*))|"([^"]*)"|“([^”]*)”|(\S+)/gu;

interface Tokens {
  words: string[];
  options: Map<string, string[]>;
}

function tokenize(text: string): Tokens {
  const words: string[] = [];
  const options = new Map<string, string[]>();
  for (const m of text.matchAll(TOKEN)) {
    if (m[1] !== undefined) {
      const key = m[1].toLowerCase();
      options.set(key, [...(options.get(key) ?? []), (m[2] ?? m[3] ?? m[4] ?? "").trim()]);
    } else {
      words.push((m[5] ?? m[6] ?? m[7] ?? "").trim());
    }
  }
  return { words: words.filter(Boolean), options };
}

const EXAMPLE: Record<string, string> = {
  kind: "kind:national",
  country: 'country:"Papua New Guinea"',
  start: "start:2025-03-10",
  end: "end:2025-03-14",
  city: "city:Suva",
  venue: 'venue:"Grand Pacific Hotel"',
  status: "status:held",
};

/** The single value of each option, or a sentence about the first one that is unknown, empty or repeated. */
function singleOptions(
  options: Map<string, string[]>,
  allowed: readonly string[],
  repeatable: readonly string[] = [],
): Parsed<Map<string, string[]>> {
  for (const [key, values] of options) {
    if (!allowed.includes(key)) {
      return {
        error: `I don't know the option "${esc(truncate(key, 40))}:". Use ${allowed.map((k) => `${k}:`).join(", ")}; put a title holding a colon in quotes.`,
      };
    }
    if (values.some((v) => v === "")) return { error: `"${key}:" needs a value, e.g. \`${EXAMPLE[key]}\`.` };
    if (values.length > 1 && !repeatable.includes(key)) return { error: `Give "${key}:" only once.` };
  }
  return options;
}

function parseDay(key: string, value: string): Parsed<string> {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return {
      error: `${key}:${esc(truncate(value, 40))} is not a date; write it as YYYY-MM-DD, e.g. \`${EXAMPLE[key]}\`.`,
    };
  }
  if (!DateTime.fromISO(value).isValid) return { error: `${key}:${value} is not a real calendar date.` };
  return value;
}

/** start:/end: checked on their own and together; only the dates given. */
function parseDates(o: Map<string, string[]>): Parsed<{ start?: string; end?: string }> {
  const out: { start?: string; end?: string } = {};
  for (const key of ["start", "end"] as const) {
    const raw = o.get(key)?.[0];
    if (raw === undefined) continue;
    const day = parseDay(key, raw);
    if (typeof day !== "string") return day;
    out[key] = day;
  }
  if (out.start && out.end && out.end < out.start) {
    return { error: `The workshop would end (${out.end}) before it starts (${out.start}).` };
  }
  return out;
}

function parseStatus(value: string | undefined): Parsed<WorkshopStatus | undefined> {
  if (value === undefined) return undefined;
  const status = WORKSHOP_STATUSES.find((s) => s === value.toLowerCase());
  return (
    status ?? {
      error: `"${esc(truncate(value, 40))}" is not a workshop status. Statuses: ${WORKSHOP_STATUSES.join(", ")}.`,
    }
  );
}

/** `kind:sub` → sub-regional, as the `/workshops` filters read it; a prefix must name one kind only. */
function parseKind(value: string): WorkshopKind | null {
  const v = compact(value);
  if (v === "") return null;
  const exact = WORKSHOP_KINDS.find((k) => compact(k) === v);
  if (exact) return exact;
  const found = WORKSHOP_KINDS.filter((k) => compact(k).startsWith(v));
  return found.length === 1 ? (found[0] ?? null) : null;
}

function parseId(words: string[], example: string): Parsed<number> {
  const [first, ...rest] = words;
  const id = /^#?(\d{1,9})$/.exec(first ?? "")?.[1];
  if (!id) return { error: `Give the workshop's id, e.g. \`${example}\` (ids are in every list).` };
  if (rest.length > 0) {
    return {
      error: `After the id I only understand options such as \`start:2025-03-10\`; "${esc(truncate(rest.join(" "), 80))}" is not one. Quote values with spaces: \`venue:"Grand Pacific Hotel"\`.`,
    };
  }
  return Number(id);
}

function parseAdd(t: Tokens): Parsed<StaffRequest> {
  const o = singleOptions(
    t.options,
    ["kind", "country", "start", "end", "city", "venue", "status"],
    ["country"],
  );
  if ("error" in o) return o;
  const title = t.words.join(" ").trim();
  if (title === "") {
    return {
      error:
        "Give the workshop's title, e.g. `/workshops add Regional Workshop on AEO kind:regional country:Fiji start:2025-03-10 end:2025-03-14`.",
    };
  }
  const kindText = o.get("kind")?.[0];
  if (kindText === undefined)
    return { error: `Say what kind of workshop it is: kind:${WORKSHOP_KINDS.join("|")}.` };
  const kind = parseKind(kindText);
  if (!kind) {
    return {
      error: `"${esc(truncate(kindText, 40))}" is not a kind of workshop. Kinds: ${WORKSHOP_KINDS.join(", ")}.`,
    };
  }
  const countries = (o.get("country") ?? []).flatMap((c) => c.split(",")).map((c) => c.trim());
  if (countries.filter(Boolean).length === 0) {
    return {
      error: 'Say which country or countries it serves: `country:Fiji`, `country:"Papua New Guinea"`.',
    };
  }
  const dates = parseDates(o);
  if ("error" in dates) return dates;
  if (dates.end && !dates.start) return { error: "An end date needs a start date too (start:YYYY-MM-DD)." };
  const status = parseStatus(o.get("status")?.[0]);
  if (typeof status === "object") return status;
  const city = o.get("city")?.[0];
  const venue = o.get("venue")?.[0];
  return {
    sub: "add",
    workshop: {
      title,
      kind,
      countries: countries.filter(Boolean),
      ...dates,
      ...(city ? { city } : {}),
      ...(venue ? { venue } : {}),
      ...(status ? { status } : {}),
    },
  };
}

function parseSet(t: Tokens): Parsed<StaffRequest> {
  const o = singleOptions(t.options, ["start", "end", "status", "city", "venue"]);
  if ("error" in o) return o;
  const id = parseId(t.words, "/workshops set 12 start:2025-03-10 end:2025-03-14");
  if (typeof id !== "number") return id;
  if (o.size === 0) {
    return { error: "Say what to change: `start:`, `end:`, `status:`, `city:` or `venue:`." };
  }
  const dates = parseDates(o);
  if ("error" in dates) return dates;
  const status = parseStatus(o.get("status")?.[0]);
  if (typeof status === "object") return status;
  const city = o.get("city")?.[0];
  const venue = o.get("venue")?.[0];
  return {
    sub: "set",
    id,
    change: {
      ...dates,
      ...(city ? { city } : {}),
      ...(venue ? { venue } : {}),
      ...(status ? { status } : {}),
    },
  };
}

/** `/workshops add|set|participants …` text to a request, or a sentence (mrkdwn, escaped) saying what is wrong. */
export function parseStaffWorkshops(text: string): Parsed<StaffRequest> {
  const trimmed = text.trim();
  const [first = ""] = trimmed.split(/\s+/);
  const t = tokenize(trimmed.slice(first.length));
  switch (first.toLowerCase()) {
    case "add":
      return parseAdd(t);
    case "set":
      return parseSet(t);
    case "record":
      return t.words.length + t.options.size === 0
        ? { sub: "record" }
        : { error: "`/workshops record` takes nothing: paste the article in the form it opens." };
    case "participants": {
      if (t.options.size > 0) return { error: "`/workshops participants` takes only the workshop's id." };
      const id = parseId(t.words, "/workshops participants 12");
      return typeof id === "number" ? { sub: "participants", id } : id;
    }
    default:
      return { error: `I don't know "/workshops ${esc(truncate(first, 40))}".` };
  }
}

const REFUSED = "Only ROCB A/P staff can add or change workshops and load their participants.";

function staffError(sentence: string): Reply {
  return errorReply(
    section(sentence),
    section(`*Staff only*\n${STAFF_USAGE.map((l) => `• ${l}`).join("\n")}`),
  );
}

// Every staff reply is marked personal: "Share in channel" re-runs the command, which would repeat the change.
function staffReply(blocks: KnownBlock[]): Reply {
  return makeReply(blocks, { personal: true });
}

/** `/workshops add|set|participants`: staff only, checked before the text is read. */
export async function workshopsStaffCommand(text: string, ctx: CommandContext): Promise<Reply> {
  if (!(await ctx.isStaff())) return makeReply([section(REFUSED)]);
  const request = parseStaffWorkshops(text);
  if ("error" in request) return staffError(request.error);
  try {
    switch (request.sub) {
      case "add":
        return added(ctx, request.workshop);
      case "set":
        return changed(ctx, request.id, request.change);
      case "participants":
        return participantsPanel(ctx, request.id);
      case "record":
        return recordPanel();
    }
  } catch (err) {
    if (err instanceof SurveysError) return errorReply(section(esc(err.message)));
    throw err;
  }
}

function card(ctx: CommandContext, id: number, sentence: string): Reply {
  const w = workshopById(ctx.db, id);
  if (!w) return errorReply(section(`There is no workshop ${id}.`));
  return staffReply([
    section(sentence),
    ...workshopCard(w, workshopSurveyStatus(ctx.db, id)),
    context(
      `\`/workshops set ${id} …\` to change it · \`/workshops participants ${id}\` to load its participants`,
    ),
  ]);
}

function added(ctx: CommandContext, w: NewWorkshopInput): Reply {
  const id = addWorkshop(ctx.db, w, ctx.now, ctx.config.OFFICE_TIMEZONE);
  return card(ctx, id, `Added workshop *${id}*.`);
}

function changed(ctx: CommandContext, id: number, change: WorkshopChange): Reply {
  const current = workshopById(ctx.db, id);
  if (!current) {
    return errorReply(
      section(`There is no workshop ${id}. Find one with \`/workshops search &lt;words&gt;\`.`),
    );
  }
  updateWorkshop(ctx.db, id, change, ctx.now, ctx.config.OFFICE_TIMEZONE);
  return card(ctx, id, `Updated workshop *${id}*.`);
}

function participantsPanel(ctx: CommandContext, id: number): Reply {
  const w = workshopById(ctx.db, id);
  if (!w) {
    return errorReply(
      section(`There is no workshop ${id}. Find one with \`/workshops search &lt;words&gt;\`.`),
    );
  }
  const counts = ctx.db
    .prepare(
      "SELECT count(*) AS loaded, coalesce(sum(slack_user_id IS NULL), 0) AS noSlack FROM participants WHERE workshop_id = ?",
    )
    .get(id) as { loaded: number; noSlack: number };
  const loaded =
    counts.loaded === 0
      ? "No participants are loaded yet."
      : `${counts.loaded} participant${counts.loaded === 1 ? " is" : "s are"} loaded${counts.noSlack ? ` (${counts.noSlack} without a Slack user ID: they are looked up by email when the survey is due)` : ""}.`;
  const survey = workshopSurveyStatus(ctx.db, id);
  return staffReply([
    header(`Participants: ${w.title}`),
    section(
      `${loaded}\nPaste a CSV with a header line \`name,email,administration\` (and optionally \`slack_user_id\`). A file with any bad line is refused whole; loading the same list again changes nothing.`,
    ),
    ...(survey ? [context(esc(survey))] : []),
    {
      type: "actions",
      elements: [button("Load participants", ACTION_IDS.participantsLoad, String(id), "primary")],
    },
  ]);
}

function recordPanel(): Reply {
  return staffReply([
    section(
      "Paste the news article about a held workshop (headline, dateline such as “17-19 April 2018, Busan, Korea”, text). I show what I read; nothing is written until you press *Confirm*. A workshop of the plan it reports becomes held and keeps its id.",
    ),
    {
      type: "actions",
      elements: [button("Paste the article", ACTION_IDS.eventRecord, "record", "primary")],
    },
  ]);
}
