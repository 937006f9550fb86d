import { commands } from "../../commands/index.ts";
import { surveyResultsReply } from "../../commands/survey.ts";
import { officeToday } from "../blocks/dates.ts";
import { context, errorReply, header, isErrorReply, makeReply, quote, section } from "../blocks/index.ts";
import type { ReplyBlock } from "../blocks/kit.ts";
import { listPlans } from "../catalogue/index.ts";
import type { CommandContext } from "../context.ts";
import type { Reply } from "../reply.ts";
import { looksLikeFiscalYear, parseFiscalYear } from "../surveys/index.ts";
import { plannedWorkAnswer } from "./answers/planned-work.ts";
import { targetsAnswer } from "./answers/targets.ts";
import { countBlocks, sponsorBlocks } from "./answers/workshop-summary.ts";
import { relativeToClock } from "./clock.ts";
import { type Intent, intentsOf, SURVEY_WORDS } from "./intent.ts";
import {
  type QuestionParts,
  questionParts,
  type Reading,
  readParts,
  type Understood,
  unusedWords,
} from "./parse.ts";
import { withReading } from "./reading.ts";
import { correctTypos } from "./typos.ts";
import { type Vocabulary, vocabularyOf } from "./vocabulary.ts";

/** Questions people ask, as examples in help and after a question that could not be read. */
export const EXAMPLE_QUESTIONS = [
  "when is the next workshop in Fiji?",
  "which workshops were held in Korea?",
  "who funds the AEO workshops?",
  "which KPIs are behind?",
  "what's the deadline for the e-commerce item in SAP 2022-2024?",
  "how many replied to the follow-up survey after the PCA workshop?",
  "what does 1-(h) ask for in SAP 2022-2024?",
  "what is planned in pillar 2?",
];

/** What can be asked, with examples: `help`, an empty message, a greeting. */
function questionsHelp(): Reply {
  return makeReply([
    header("Ask me about workshops, action items, KPIs and surveys"),
    section(
      `Ask in plain words, for example:\n${EXAMPLE_QUESTIONS.map((q) => `• ${q}`).join("\n")}\n\nOr type a command: \`/workshops help\`, \`/kpi help\`, \`/actions help\`, \`/survey results\`.`,
    ),
    context(
      "I answer from the office's plans and annual reports; each answer says how it read the question.",
    ),
  ]);
}

/** The question as read: after the clock's phrases ("this year") and typos ("Fjii") were resolved. */
interface Asked {
  parts: QuestionParts;
  understood: Understood;
  /** Sentences on how it was read: "Did you mean Fiji?", `"this year" read as 2019`. */
  notes: string[];
}

function ask(question: string, ctx: CommandContext, vocab: Vocabulary): Asked {
  const today = officeToday(ctx.now, ctx.config.OFFICE_TIMEZONE);
  const clock = relativeToClock(question, today, listPlans(ctx.db));
  const notes = clock.notes.map((n) => `${n}.`);
  let text = clock.text;
  let parts = questionParts(text, vocab);
  let understood = readParts(parts, vocab);
  const slash = /^\/([a-z]+)/i.exec(text)?.[1];
  if (slash && "read" in understood && understood.read.command !== `/${slash.toLowerCase()}`)
    notes.unshift(`Did you mean \`${understood.read.command}\`?`);
  else if (!slash) {
    const fixed = correctTypos(text, vocab);
    const fixedParts = fixed.corrections.length ? questionParts(fixed.text, vocab) : null;
    const again = fixedParts ? readParts(fixedParts, vocab) : null;
    const changed = (u: Understood, p: QuestionParts) =>
      JSON.stringify(u) !== JSON.stringify(understood) ||
      p.topic !== parts.topic ||
      p.dropped.length < parts.dropped.length;
    // A correction is kept when it changes the answer or leaves fewer words unused; else the word stays.
    if (again && fixedParts && !("suggestions" in again) && changed(again, fixedParts)) {
      text = fixed.text;
      understood = again;
      parts = fixedParts;
      notes.unshift(`Did you mean ${fixed.corrections.map((c) => quote(c.meant, 60)).join(", ")}?`);
    }
  }
  return { parts, understood, notes };
}

/** The plan a question names, with its kind when the words say it ("the 2024-25 work plan"). */
function planOf(p: QuestionParts): string | null {
  const plan = p.parts.plan;
  if (!plan || /^(?:awp|sap|annual|strategic)/i.test(plan)) return plan;
  if (/\b(?:work\s*plan|awp)\b/.test(p.parts.lower)) return `AWP ${p.parts.period ?? plan}`;
  if (/\b(?:strategic|action plan|sap)\b/.test(p.parts.lower)) return `SAP ${p.parts.period ?? plan}`;
  return plan;
}

/** A reply headed by how the question was read and what was not used. */
function headed(reply: Reply, lines: string[], before: ReplyBlock[] = []): Reply {
  const heads = lines.filter(Boolean).map((l) => context(l));
  const blocks = [...heads, ...before, ...reply.blocks] as [ReplyBlock, ...ReplyBlock[]];
  const answered = isErrorReply(reply) ? errorReply(...blocks) : makeReply(blocks);
  return { ...reply, blocks: answered.blocks, text: answered.text };
}

const notUsed = (words: string[]) => (words.length ? `I did not use: ${quote(words.join(", "), 120)}.` : "");

/** The topic's words without those saying what is asked (a survey's words, for a survey question). */
const topicWithout = (topic: string, drop: ReadonlySet<string>) =>
  topic
    .split(/\s+/)
    .filter((w) => w && !drop.has(w.toLowerCase()))
    .join(" ");

function surveyAnswer(asked: Asked, ctx: CommandContext): Reply {
  const p = asked.parts;
  const period = p.parts.period;
  const fy =
    period && (looksLikeFiscalYear(period) || /^\d{4}$/.test(period)) ? parseFiscalYear(period) : null;
  const words = topicWithout(p.topic, SURVEY_WORDS);
  const reading = `Read as \`${quote(`/survey results ${fy?.label ?? ""} ${words}`.replace(/\s+/g, " ").trim(), 120)}\``;
  const unused = p.dropped.filter((w) => !SURVEY_WORDS.has(w.toLowerCase()));
  return headed(surveyResultsReply(ctx, fy, words), [reading, ...asked.notes, notUsed(unused)]);
}

/** Answers built from the catalogue directly, for what a slash command does not show in one reply. */
function direct(intents: Set<Intent>, asked: Asked, ctx: CommandContext): Reply | null {
  const p = asked.parts;
  if (intents.has("survey")) return surveyAnswer(asked, ctx);
  const plan = planOf(p);
  const planNote = plan ? ` in ${quote(plan, 40)}` : "";
  if (intents.has("targets")) {
    const reading = `Read as the KPIs, targets and deadlines of "${quote(p.topic, 80)}"${planNote}`;
    return headed(targetsAnswer(ctx, p.topic, plan), [reading, ...asked.notes, notUsed(p.dropped)]);
  }
  if (intents.has("planned-work")) {
    const words = [p.topic, ...p.unknown, p.parts.country ?? ""].filter(Boolean).join(" ");
    const reading = `Read as the planned work of "${quote(words, 80)}"${planNote}`;
    return headed(plannedWorkAnswer(ctx, words, plan), [reading, ...asked.notes]);
  }
  return null;
}

/** The answer to a reading, headed by how the question was read, with a count or the sponsors first. */
async function answerReading(
  reading: Reading,
  intents: Set<Intent>,
  asked: Asked,
  ctx: CommandContext,
  vocab: Vocabulary,
): Promise<Reply> {
  const handler = commands[reading.command];
  if (!handler) throw new Error(`no handler for ${reading.command}`);
  const reply = withReading(reading, await handler(reading.text, ctx));
  const summary =
    reading.command !== "/workshops" || isErrorReply(reply)
      ? []
      : [
          ...(intents.has("count") ? countBlocks(reading.text, ctx) : []),
          ...(intents.has("sponsors") ? sponsorBlocks(reading.text, ctx) : []),
        ];
  const [readAs, ...rest] = reply.blocks;
  const unused = notUsed(unusedWords(asked.parts, reading, vocab));
  const lines = [...asked.notes, unused].filter(Boolean).map((l) => context(l));
  if (!readAs || (lines.length === 0 && summary.length === 0)) return reply;
  const blocks = [readAs, ...lines, ...summary, ...rest] as [ReplyBlock, ...ReplyBlock[]];
  const answered = isErrorReply(reply) ? errorReply(...blocks) : makeReply(blocks);
  return { ...reply, blocks: answered.blocks, text: answered.text };
}

/**
 * A question in plain words: a survey's results, an item's targets or a plan's planned work answered
 * from the catalogue; anything else as the slash command it reads as (with a count or the sponsors
 * first when asked); suggestions when it cannot be read.
 */
export async function answerQuestion(question: string, ctx: CommandContext): Promise<Reply> {
  const vocab = vocabularyOf(ctx.db);
  const asked = ask(question, ctx, vocab);
  const { understood, parts } = asked;
  if ("help" in understood) return questionsHelp();
  const intents = intentsOf(parts.question.toLowerCase(), {
    workshopWords: parts.workshopWords,
    code: parts.parts.code !== null,
    topic: parts.topic !== "",
  });
  // A command typed as such is run as typed, whatever its words suggest.
  const typedCommand = parts.question.startsWith("/") && "read" in understood;
  const answered = typedCommand ? null : direct(intents, asked, ctx);
  if (answered) return answered;
  if ("read" in understood) return answerReading(understood.read, intents, asked, ctx, vocab);
  const unknown = understood.unknown.length
    ? `I don't know "${quote(understood.unknown.join(" "), 80)}" from the plans and reports.`
    : "I couldn't tell what you are asking about.";
  const closest = understood.suggestions.map((s) => `• \`${quote(s, 120)}\``);
  const examples = EXAMPLE_QUESTIONS.slice(0, 4).map((q) => `• ${q}`);
  return errorReply(
    section(unknown),
    section(closest.length ? `*Closest*\n${closest.join("\n")}` : `*Try*\n${examples.join("\n")}`),
    context("Type `help` for what you can ask."),
  );
}
