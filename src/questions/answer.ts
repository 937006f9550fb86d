import { commands } from "../../commands/index.ts";
import { context, errorReply, header, makeReply, quote, section } from "../blocks/index.ts";
import type { CommandContext } from "../context.ts";
import type { Reply } from "../reply.ts";
import { type Reading, readQuestion } from "./parse.ts";
import { withReading } from "./reading.ts";
import { vocabularyOf } from "./vocabulary.ts";

/** Questions people ask, as examples in help and after a question that could not be read. */
export const EXAMPLE_QUESTIONS = [
  "when is the next workshop in Fiji?",
  "what was held in PNG in 2017?",
  "who funds the AEO workshops?",
  "which KPIs are behind?",
  "what does 1-(h) ask for in SAP 2022-2024?",
  "what is planned in pillar 2?",
];

/** The answer to a reading, headed by how the question was read. */
async function answerReading(reading: Reading, ctx: CommandContext): Promise<Reply> {
  const handler = commands[reading.command];
  if (!handler) throw new Error(`no handler for ${reading.command}`);
  return withReading(reading, await handler(reading.text, ctx));
}

/** What can be asked, with examples: `help`, an empty message, a greeting. */
function questionsHelp(): Reply {
  return makeReply([
    header("Ask me about workshops, action items and KPIs"),
    section(
      `Ask in plain words, for example:\n${EXAMPLE_QUESTIONS.map((q) => `• ${q}`).join("\n")}\n\nOr type a command: \`/workshops help\`, \`/kpi help\`, \`/actions help\`.`,
    ),
    context("I answer from the office's plans and annual reports; each answer says which command it ran."),
  ]);
}

/** A question in plain words answered as the slash command it reads as; suggestions when it cannot be read. */
export async function answerQuestion(question: string, ctx: CommandContext): Promise<Reply> {
  const understood = readQuestion(question, vocabularyOf(ctx.db));
  if ("help" in understood) return questionsHelp();
  if ("read" in understood) return answerReading(understood.read, ctx);
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
