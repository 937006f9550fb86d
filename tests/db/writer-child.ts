import Database from "better-sqlite3";

/**
 * Another process writing to the database while a test backs it up: one row per transaction, as fast as
 * it can, until stdin closes. Prints "writing" once the first rows are in.
 */
const db = new Database(process.argv[2] ?? "", { fileMustExist: true });
db.pragma("busy_timeout = 5000");
const insert = db.prepare("INSERT INTO load (payload) VALUES (randomblob(2048))");
let written = 0;
let stop = false;
process.stdin.on("end", () => {
  stop = true;
});
process.stdin.resume();
// Stops too when the test process is gone without closing stdin: left running, it filled the disk once.
const parent = process.ppid;
const tick = () => {
  if (process.ppid !== parent) stop = true;
  for (let i = 0; i < 20 && !stop; i++) {
    insert.run();
    written++;
  }
  if (written === 20) process.stdout.write("writing\n");
  if (stop) {
    db.close();
    return;
  }
  setImmediate(tick);
};
tick();
