import type { Db } from "./open.ts";

/** A command tried to change the database where only reading is allowed (a button re-running it). */
export class ReadOnlyViolation extends Error {
  override name = "ReadOnlyViolation";
}

const WRITES = new Set(["exec", "transaction", "backup", "function", "aggregate", "table", "loadExtension"]);

/**
 * The same database for reading only: preparing any statement that writes throws before it runs, so a
 * command re-run by a button can answer but can never record anything. SQLite itself says which
 * statements write (`Statement.readonly`), so no SQL is inspected here.
 */
export function readOnly(db: Db): Db {
  return new Proxy(db, {
    get(target, prop, receiver) {
      if (prop === "prepare") {
        return (sql: string) => {
          const statement = target.prepare(sql);
          if (!statement.readonly) throw new ReadOnlyViolation("a write was attempted on a read-only run");
          return statement;
        };
      }
      if (typeof prop === "string" && WRITES.has(prop)) {
        return () => {
          throw new ReadOnlyViolation(`db.${prop} is not available on a read-only run`);
        };
      }
      const value = Reflect.get(target, prop, receiver);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}
