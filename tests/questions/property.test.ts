import fc from "fast-check";
import { expect, it } from "vitest";
import { checkLimits } from "../../src/blocks/index.ts";
import { answerQuestion } from "../../src/questions/answer.ts";
import { makeContext, sampleCatalogue } from "../commands/fixtures.ts";

const world = sampleCatalogue();
const ctx = makeContext(world.db, "2024-09-01T03:00:00Z", { isStaff: async () => false });

const words = fc.constantFrom(
  "when",
  "next",
  "last",
  "workshop",
  "in",
  "Fiji",
  "PNG",
  "2017",
  "FY2017/18",
  "SAP 2022-2024",
  "1-(h)",
  "pillar",
  "2",
  "behind",
  "who",
  "funds",
  "sponsored by",
  "how many",
  "#12",
  "<@U1>",
  "<!channel>",
  "&",
  "?",
  "risk management",
  "gender",
  "😀",
  "\n",
  "'",
);
const question = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.array(fc.oneof(words, fc.string({ maxLength: 8 })), { maxLength: 12 }).map((a) => a.join(" ")),
);

it("any question gets an answer within Slack's limits, never a throw or a live mention", async () => {
  await fc.assert(
    fc.asyncProperty(question, async (q) => {
      const reply = await answerQuestion(q, ctx);
      expect(checkLimits(reply.blocks)).toEqual([]);
      expect(reply.text.length).toBeGreaterThan(0);
      const mrkdwn = JSON.stringify(reply.blocks.filter((b) => b.type === "section" || b.type === "context"));
      expect(mrkdwn).not.toMatch(/<[@!]/);
    }),
    { numRuns: 300 },
  );
});
