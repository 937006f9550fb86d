import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";

const root = fileURLToPath(new URL("../../", import.meta.url));

it("ends quietly with exit code 0 when the reader stops early (export … | head)", async () => {
  const child = spawn(process.execPath, ["--import", "tsx", "src/cli/export.ts", "catalogue", "--json"], {
    cwd: root,
    env: { ...process.env, DATABASE_PATH: ":memory:", LOG_LEVEL: "silent" },
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
