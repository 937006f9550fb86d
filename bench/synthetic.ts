import type { Db } from "../src/db/open.ts";

/** Shifts an ISO date (`YYYY-MM-DD` or `YYYY-MM`) back by whole years, in SQL. */
const shift = (column: string) =>
  `CASE WHEN ${column} IS NULL THEN NULL ELSE printf('%04d', CAST(substr(${column}, 1, 4) AS INTEGER) - @years) || substr(${column}, 5) END`;

/**
 * Grows a real catalogue `factor` times by copying every plan, item and workshop into earlier
 * periods (so "the plan in force" stays the real one) — a stand-in for decades of documents.
 */
export function inflateCatalogue(db: Db, factor: number): void {
  const planIds = db.prepare("SELECT id FROM plans").pluck().all() as number[];
  const workshopIds = db.prepare("SELECT id FROM workshops").pluck().all() as number[];
  const span = 15;
  const copyPlan = db.prepare(
    `INSERT INTO plans (document_id, kind, title, period_start, period_end)
     SELECT document_id, kind, title || ' (copy ' || @k || ')', ${shift("period_start")}, ${shift("period_end")}
       FROM plans WHERE id = @id RETURNING id`,
  );
  const copyItems = db.prepare(
    `INSERT INTO action_items (plan_id, pillar, letter, code, action, rsp_ref, deadline, repaired_label, source_first_line, source_last_line)
     SELECT @to, pillar, letter, code, action, rsp_ref, deadline, repaired_label, source_first_line, source_last_line
       FROM action_items WHERE plan_id = @from`,
  );
  const copyChildren = ["kpis", "targets"].map((t) =>
    db.prepare(
      `INSERT INTO ${t} (action_item_id, position, text)
       SELECT n.id, c.position, c.text FROM ${t} c JOIN action_items o ON o.id = c.action_item_id
         JOIN action_items n ON n.plan_id = @to AND n.code = o.code WHERE o.plan_id = @from`,
    ),
  );
  const copyActivities = db.prepare(
    `INSERT INTO activities (action_item_id, position, text)
     SELECT n.id, c.position, c.text FROM activities c JOIN action_items o ON o.id = c.action_item_id
       JOIN action_items n ON n.plan_id = @to AND n.code = o.code WHERE o.plan_id = @from`,
  );
  const copyWorkshop = db.prepare(
    `INSERT INTO workshops (key, title, kind, city, venue, start_date, end_date, participants, administrations, sponsor, status, document_id, source_line)
     SELECT key || ' copy ' || @k, title, kind, city, venue, ${shift("start_date")}, ${shift("end_date")}, participants,
            administrations, sponsor, CASE status WHEN 'scheduled' THEN 'held' ELSE status END, document_id, source_line
       FROM workshops WHERE id = @id RETURNING id`,
  );
  const copyCountries = db.prepare(
    "INSERT INTO workshop_countries (workshop_id, position, country) SELECT @to, position, country FROM workshop_countries WHERE workshop_id = @from",
  );
  db.transaction(() => {
    for (let k = 1; k < factor; k++) {
      const years = span * k;
      for (const id of planIds) {
        const to = copyPlan.pluck().get({ id, k, years }) as number;
        copyItems.run({ to, from: id });
        for (const s of copyChildren) s.run({ to, from: id });
        copyActivities.run({ to, from: id });
      }
      for (const id of workshopIds) {
        const to = copyWorkshop.pluck().get({ id, k, years }) as number;
        copyCountries.run({ to, from: id });
      }
    }
  })();
}
