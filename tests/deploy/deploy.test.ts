import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { configSchema } from "../../src/config.ts";

const read = (path: string) => readFileSync(path, "utf8");
const pkg = JSON.parse(read("package.json")) as { scripts: Record<string, string> };
const unit = read("deploy/rocb-desk.service");
const docs = { "README.md": read("README.md"), "docs/DEPLOY.md": read("docs/DEPLOY.md") };

/** `Key=value` lines of the unit, every value of a repeated key. */
function unitValues(key: string): string[] {
  return [...unit.matchAll(new RegExp(`^${key}=(.*)$`, "gm"))].map((m) => m[1] ?? "");
}

const hasSystemdAnalyze = spawnSync("systemd-analyze", ["--version"]).status === 0;

describe("the deployment as written down", () => {
  it("starts the unit with what npm start runs", () => {
    const [exec] = unitValues("ExecStart");
    expect(exec?.replace(/^\/usr\/bin\//, "")).toBe(pkg.scripts.start);
  });

  it("names only npm scripts that exist", () => {
    for (const [file, text] of Object.entries(docs)) {
      for (const [, script] of text.matchAll(/npm run ([a-z-]+)/g)) {
        expect(pkg.scripts, `${file}: npm run ${script}`).toHaveProperty(script as string);
      }
    }
  });

  it("names only files of the repository", () => {
    for (const [file, text] of Object.entries(docs)) {
      for (const [, path] of text.matchAll(/`((?:deploy|docs|src|jobs|tests|\.ci)\/[\w./-]+)`/g)) {
        expect(existsSync(path as string), `${file}: ${path}`).toBe(true);
      }
    }
  });

  it("sets only variables the configuration reads, in the unit and in the example environment file", () => {
    const known = new Set([...Object.keys(configSchema.shape), "NODE_ENV", "NODE_COMPILE_CACHE"]);
    const block = docs["docs/DEPLOY.md"].match(/# \/etc\/rocb-desk\/env[^\n]*\n([\s\S]*?)```/)?.[1] ?? "";
    const fromDocs = [...block.matchAll(/^([A-Z_]+)=/gm)].map((m) => m[1]);
    const fromUnit = unitValues("Environment").map((v) => v.split("=")[0]);
    expect(fromDocs.length).toBeGreaterThan(3);
    for (const name of [...fromDocs, ...fromUnit]) expect(known, name).toContain(name);
    expect(unitValues("EnvironmentFile")).toEqual(["/etc/rocb-desk/env"]);
    expect(unitValues("StateDirectory")).toEqual(["rocb-desk"]);
    expect(unitValues("Environment")).toContain("DATABASE_PATH=/var/lib/rocb-desk/rocb.db");
  });

  it.skipIf(!hasSystemdAnalyze)("is a unit systemd accepts", () => {
    expect(() =>
      execFileSync("systemd-analyze", ["verify", "deploy/rocb-desk.service"], { stdio: "pipe" }),
    ).not.toThrow();
  });
});
