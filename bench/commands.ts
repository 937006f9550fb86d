import { openCatalogue } from "../src/bootstrap.ts";
import { loadConfig } from "../src/config.ts";
import type { CommandContext } from "../src/context.ts";
import type { Db } from "../src/db/open.ts";
import { CatalogueSearch } from "../src/search/index.ts";
import { mib, percentile } from "./stats.ts";
import { inflateCatalogue } from "./synthetic.ts";

/** A question in plain words, answered as in a DM (read, then the command it reads as). */
const ASK = "ask";

/** What users type most; each is answered end to end by the pure handler (parse + query + render). */
const QUERIES: Array<[string, string]> = [
  ["/workshops", ""],
  ["/workshops", "past FY2017/18"],
  ["/workshops", "search risk management Fiji"],
  ["/workshops", "country:Fiji kind:national"],
  ["/workshops", "show 1"],
  ["/kpi", "1-(h)"],
  ["/kpi", "1-(i) SAP 2022-2024"],
  ["/kpi", ""],
  ["/kpi", "1-(zz)"],
  ["/actions", "single window"],
  ["/actions", "pillar 2"],
  [ASK, "when is the next workshop in Fiji?"],
  [ASK, "who funds the AEO workshops?"],
  [ASK, "which KPIs are behind?"],
  [ASK, "what was held in PNG in 2017?"],
  [ASK, "what is the weather today"],
  [ASK, "how many replied to the follow-up survey after the PCA workshop?"],
  [ASK, "KPI for post clearance audit in the 2024-25 work plan"],
  [ASK, "did the AWP 2012/13 plan to send experts to Mongolia?"],
  [ASK, "how many national workshops did CCF-Japan fund in 2011/12?"],
  [ASK, "which workshops were held in Korea?"],
  [ASK, "workshops in Fjii"],
];

async function latencies(db: Db, search: CatalogueSearch, rounds: number): Promise<number[]> {
  const { commands } = await import("../commands/index.ts");
  const { answerQuestion } = await import("../src/questions/answer.ts");
  const config = loadConfig({});
  const ctx: CommandContext = {
    db,
    search,
    config,
    now: new Date("2024-09-01T03:00:00Z"),
    userId: "UBENCH",
    isStaff: async () => false,
    offset: 0,
  };
  const sample: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const [command, text] of QUERIES) {
      const handler = command === ASK ? answerQuestion : commands[command];
      if (!handler) throw new Error(`no handler for ${command}`);
      const started = performance.now();
      await handler(text, ctx);
      sample.push(performance.now() - started);
    }
  }
  return sample;
}

async function measure(label: string, db: Db, rounds: number): Promise<string> {
  const heapBefore = process.memoryUsage().heapUsed;
  const started = performance.now();
  const search = CatalogueSearch.build(db);
  const buildMs = performance.now() - started;
  const indexHeap = process.memoryUsage().heapUsed - heapBefore;
  await latencies(db, search, 3); // warm-up: JIT and SQLite page cache
  const sample = await latencies(db, search, rounds);
  const counts = db
    .prepare(
      "SELECT (SELECT count(*) FROM action_items) AS items, (SELECT count(*) FROM workshops) AS workshops",
    )
    .get() as { items: number; workshops: number };
  return `| ${label} | ${counts.items} | ${counts.workshops} | ${buildMs.toFixed(1)} ms | ${mib(Math.max(0, indexHeap))} | ${percentile(sample, 50).toFixed(3)} ms | ${percentile(sample, 99).toFixed(3)} ms | ${sample.length} |`;
}

export async function benchCommands(): Promise<string> {
  const real = openCatalogue({ DATABASE_PATH: ":memory:" });
  const big = openCatalogue({ DATABASE_PATH: ":memory:" });
  inflateCatalogue(big.db, 100);
  return [
    "## Command handlers (parse + query + render), index build",
    "",
    `Queries: ${QUERIES.map(([c, t]) => (c === ASK ? `"${t}"` : `\`${c} ${t}\``.replace(" `", "`"))).join(", ")} (in quotes: questions in plain words).`,
    "",
    "| catalogue | action items | workshops | index build | index heap | p50 | p99 | calls |",
    "|---|---|---|---|---|---|---|---|",
    await measure("real", real.db, 200),
    await measure("synthetic 100×", big.db, 20),
  ].join("\n");
}
