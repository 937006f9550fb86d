import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";

const root = fileURLToPath(new URL("../../", import.meta.url));

it("ends quietly with exit code 0 when the reader stops early (export … | head)", async () => {
  // A real catalogue to export: an empty one exports nothing (and says so).
  const database = join(mkdtempSync(join(tmpdir(), "rocb-epipe-")), "rocb.db");
  const data = readdirSync(join(root, "data")).map((f) => join(root, "data", f));
  spawnSync(process.execPath, ["src/cli/import.ts", ...data], {
    cwd: root,
    env: { ...process.env, DATABASE_PATH: database },
  });
  const child = spawn(process.execPath, ["src/cli/export.ts", "catalogue", "--json"], {
    cwd: root,
    env: { ...process.env, DATABASE_PATH: database, LOG_LEVEL: "silent" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (c) => {
    stderr += String(c);
  });
  // Like `head`: read the first chunk, then close the pipe.
  child.stdout.once("data", () => child.stdout.destroy());
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  expect(stderr).toBe("");
  expect(code).toBe(0);
}, 30_000);
