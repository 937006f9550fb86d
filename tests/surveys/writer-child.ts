/**
 * Another process writing to the database: commits small transactions back to back until killed, so
 * a transaction of the test process that reads and then writes finds a newer snapshot in between.
 */
import Database from "better-sqlite3";

const db = new Database(process.env.ROCB_TEST_DB ?? "");
db.pragma("busy_timeout = 5000");
const touch = db.prepare("UPDATE workshops SET sponsor = ? WHERE id = (SELECT min(id) FROM workshops)");
process.stdout.write("ready\n");
// A test run killed before it kills this child must not leave it writing for ever (it once spun for hours).
const parent = process.ppid;
for (let i = 0; i % 1000 !== 0 || process.ppid === parent; i++) {
  try {
    touch.run(String(i));
  } catch {
    // Busy for longer than the timeout while the test process holds the lock: write again.
  }
}
