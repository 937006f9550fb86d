import { openCatalogue } from "../bootstrap.ts";
import { loadConfig } from "../config.ts";
import { SurveysError } from "../surveys/errors.ts";
import { addWorkshop, listWorkshops, updateWorkshop, type WorkshopRow } from "../surveys/workshops.ts";
import { parseCommandLine, runCli, UsageError } from "./run.ts";

const USAGE = `usage:
  npm run workshops -- add --title <t> --kind <k> --country <c>[,<c>…] [--start YYYY-MM-DD --end YYYY-MM-DD] [--city <c>] [--venue <v>] [--status <s>]
  npm run workshops -- update <id> [--start YYYY-MM-DD] [--end YYYY-MM-DD] [--status planned|scheduled|held|cancelled] [--city <c>] [--venue <v>]
  npm run workshops -- list [--json]`;

const options = {
  title: { type: "string" },
  kind: { type: "string" },
  country: { type: "string", multiple: true },
  start: { type: "string" },
  end: { type: "string" },
  city: { type: "string" },
  venue: { type: "string" },
  status: { type: "string" },
  json: { type: "boolean" },
} as const;

function line(w: WorkshopRow): string {
  const dates = w.start_date
    ? `${w.start_date}${w.end_date && w.end_date !== w.start_date ? ` – ${w.end_date}` : ""}`
    : "no dates";
  const where = [w.city, w.countries].filter(Boolean).join(", ");
  return `${String(w.id).padStart(4)}  ${w.status.padEnd(9)}  ${dates.padEnd(23)}  ${w.title}${where ? ` (${where})` : ""}  [${w.participants_loaded} participants]`;
}

/** The options `add` and `update` share, leaving out those not given. */
function scheduleOptions(values: {
  start?: string;
  end?: string;
  city?: string;
  venue?: string;
  status?: string;
}): { start?: string; end?: string; city?: string; venue?: string; status?: never } {
  return {
    ...(values.start ? { start: values.start } : {}),
    ...(values.end ? { end: values.end } : {}),
    ...(values.city ? { city: values.city } : {}),
    ...(values.venue ? { venue: values.venue } : {}),
    ...(values.status ? { status: values.status as never } : {}),
  };
}

runCli(() => {
  const parsed = parseCommandLine({ allowPositionals: true, options }, USAGE);
  const { positionals, values } = parsed;
  const [command, idText] = positionals;
  const config = loadConfig();
  // The shared entry: fills an empty catalogue first, so workshop ids are those staff see in Slack.
  const { db } = openCatalogue(config);
  const now = config.ROCB_NOW ? new Date(config.ROCB_NOW) : new Date();
  try {
    if (command === "list") {
      const rows = listWorkshops(db);
      process.stdout.write(
        values.json ? `${JSON.stringify(rows, null, 2)}\n` : `${rows.map(line).join("\n")}\n`,
      );
      return;
    }
    if (command === "add") {
      const id = addWorkshop(
        db,
        {
          title: values.title ?? "",
          kind: (values.kind ?? "") as never,
          countries: (values.country ?? []).flatMap((c) => c.split(",")).filter((c) => c.trim() !== ""),
          ...scheduleOptions(values),
        },
        now,
        config.OFFICE_TIMEZONE,
      );
      process.stdout.write(`Added workshop ${id}.\n${id}\n`);
      return;
    }
    if (command === "update") {
      const id = Number(idText);
      if (!Number.isInteger(id) || id <= 0) throw new UsageError(`Give the workshop's id.\n${USAGE}`);
      const w = updateWorkshop(db, id, scheduleOptions(values), now, config.OFFICE_TIMEZONE);
      process.stdout.write(`Updated:\n${line(w)}\n`);
      return;
    }
    throw new UsageError(USAGE);
  } catch (err) {
    if (err instanceof SurveysError) throw new UsageError(err.message);
    throw err;
  } finally {
    db.close();
  }
});
