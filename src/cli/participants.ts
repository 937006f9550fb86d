import { readFileSync } from "node:fs";
import { openCatalogue } from "../bootstrap.ts";
import { loadConfig } from "../config.ts";
import { SurveysError } from "../surveys/errors.ts";
import { importParticipants } from "../surveys/participants.ts";
import { parseCommandLine, runCli, UsageError } from "./run.ts";

const USAGE = `usage:
  npm run participants -- import <file.csv> --workshop <id>
    columns: name, email, administration, slack_user_id (optional). A bad file is rejected whole.`;

runCli(() => {
  const parsed = parseCommandLine(
    { allowPositionals: true, options: { workshop: { type: "string" } } },
    USAGE,
  );
  const [command, file] = parsed.positionals;
  const workshopId = Number(parsed.values.workshop);
  if (command !== "import" || !file || !Number.isInteger(workshopId) || workshopId <= 0)
    throw new UsageError(USAGE);
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    throw new UsageError(`Cannot read ${file}.`);
  }
  const config = loadConfig();
  // The shared entry: fills an empty catalogue first, so workshop ids are those staff see in Slack.
  const { db } = openCatalogue(config);
  try {
    const s = importParticipants(
      db,
      workshopId,
      text,
      config.ROCB_NOW ? new Date(config.ROCB_NOW) : new Date(),
    );
    process.stdout.write(
      `Workshop ${workshopId}: ${s.added} added, ${s.updated} updated, ${s.unchanged} unchanged.\n`,
    );
  } catch (err) {
    if (err instanceof SurveysError) throw new UsageError(err.message);
    throw err;
  } finally {
    db.close();
  }
});
