/**
 * `node --import ./tests/support/record-modules.ts …`: appends the URL of every module the process
 * loads (ESM and CommonJS alike) to the file named by RECORD_MODULES, one per line, as it loads.
 */
import { appendFileSync } from "node:fs";
import { registerHooks } from "node:module";

const out = process.env.RECORD_MODULES;
if (out) {
  registerHooks({
    load(url, context, nextLoad) {
      appendFileSync(out, `${url}\n`);
      return nextLoad(url, context);
    },
  });
}
