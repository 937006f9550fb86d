import { type ParseArgsConfig, parseArgs } from "node:util";

/** A mistake the user can fix: printed as a sentence, exit code 1, no stack trace. */
export class UsageError extends Error {
  override name = "UsageError";
}

/** `--help` or `-h`: the usage goes to standard output and the tool exits 0. */
class HelpRequested extends Error {
  override name = "HelpRequested";
}

/** Runs a command-line entry point: user errors print their message; anything else is a bug, with its stack. */
export async function runCli(main: () => void | Promise<void>): Promise<void> {
  // A reader that stops early (`| head`) closes the pipe: nothing more is wanted, which is not a failure.
  process.stdout.on("error", (err: NodeJS.ErrnoException) => {
    if (err.code === "EPIPE") process.exit(0);
    console.error(err);
    process.exit(2);
  });
  try {
    await main();
  } catch (err) {
    if (err instanceof HelpRequested) {
      process.stdout.write(`${err.message}\n`);
      return;
    }
    // util.parseArgs reports unknown or malformed options with ERR_PARSE_ARGS_* codes: the user's mistake.
    const usage =
      err instanceof UsageError ||
      (err instanceof Error && (err.name === "ConfigError" || err.name === "KpiError")) ||
      String((err as NodeJS.ErrnoException).code ?? "").startsWith("ERR_PARSE_ARGS");
    if (usage && err instanceof Error) {
      console.error(err.message);
      process.exitCode = 1;
      return;
    }
    console.error(err);
    process.exitCode = 2;
  }
}

/** `util.parseArgs` over this process's arguments; a malformed option is the user's mistake, shown with `usage`. */
export function parseCommandLine<const T extends ParseArgsConfig>(
  config: T,
  usage: string,
): ReturnType<typeof parseArgs<T>> {
  const args = process.argv.slice(2);
  // Asked for before the options are checked, so `--help` never meets "Unknown option".
  if (args.some((a) => a === "--help" || a === "-h")) throw new HelpRequested(usage);
  try {
    return parseArgs<T>({ ...config, args });
  } catch (err) {
    throw new UsageError(`${(err as Error).message}\n${usage}`);
  }
}
