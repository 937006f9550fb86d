import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

let cacheDir = "";

/**
 * How an npm script runs when deployed, for the bench's child processes: the Node flags of the script
 * (package.json; the systemd unit repeats `start`'s) and a compile cache as the unit sets one, empty when
 * the bench starts (so the first start measured is the first after an install).
 */
export function deployedNode(script: "start" | "reminders"): {
  flags: string[];
  env: Record<string, string>;
} {
  const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
    scripts: Record<string, string>;
  };
  if (!cacheDir) {
    cacheDir = mkdtempSync(join(tmpdir(), "rocb-bench-compile-cache-"));
    process.once("exit", () => rmSync(cacheDir, { recursive: true, force: true }));
  }
  return {
    flags: (pkg.scripts[script] ?? "").split(/\s+/).filter((a) => a.startsWith("--")),
    env: { NODE_COMPILE_CACHE: cacheDir },
  };
}
