import { openCatalogue } from "./src/bootstrap.ts";
import { loadConfig } from "./src/config.ts";
import { answerQuestion } from "./src/questions/answer.ts";
import { blocksToPlain } from "./src/blocks/index.ts";
const lines = process.argv.slice(2);
const nowText = process.env.NOW ?? "2024-10-01";
const now = new Date(`${nowText}T03:00:00Z`);
const { db, search } = openCatalogue({ DATABASE_PATH: ":memory:" }, now);
const ctx = { db, search, config: loadConfig({} as NodeJS.ProcessEnv), now, userId: "U1", isStaff: async () => false, offset: 0 };
for (const q of lines) {
  const r = await answerQuestion(q, ctx);
  console.log(`=== ${q}\n${r.text.split("\n").slice(0, Number(process.env.N ?? 9)).join("\n")}`);
}
