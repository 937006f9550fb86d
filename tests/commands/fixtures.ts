import type { WorkshopStatus } from "../../src/catalogue/vocabulary.ts";
import { loadConfig } from "../../src/config.ts";
import type { CommandContext } from "../../src/context.ts";
import { type Db, openDatabase } from "../../src/db/open.ts";
import { CatalogueSearch } from "../../src/search/index.ts";

/** Small factories over the catalogue tables; each takes overrides and returns the new row's id. */
let seq = 0;

export function insertDocument(
  db: Db,
  o: Partial<{ kind: "plan" | "annual_report"; title: string }> = {},
): number {
  seq += 1;
  return Number(
    db
      .prepare(
        "INSERT INTO documents (file_name, sha256, kind, title, imported_at) VALUES (?, ?, ?, ?, ?) RETURNING id",
      )
      .pluck()
      .get(
        `doc${seq}.txt`,
        `sha${seq}`,
        o.kind ?? "plan",
        o.title ?? `Document ${seq}`,
        "2024-01-01T00:00:00Z",
      ),
  );
}

export function insertPlan(
  db: Db,
  o: { kind: "SAP" | "AWP"; start: string; end: string; title?: string; documentId?: number },
): number {
  const documentId = o.documentId ?? insertDocument(db, { title: o.title ?? `${o.kind} ${o.start}` });
  return Number(
    db
      .prepare(
        "INSERT INTO plans (document_id, kind, title, period_start, period_end) VALUES (?, ?, ?, ?, ?) RETURNING id",
      )
      .pluck()
      .get(
        documentId,
        o.kind,
        o.title ?? `${o.kind} ${o.start.slice(0, 4)}-${o.end.slice(0, 4)}`,
        o.start,
        o.end,
      ),
  );
}

export interface ItemOverrides {
  pillar?: number;
  letter: string;
  action?: string;
  rspRef?: string | null;
  deadline?: string | null;
  kpis?: string[];
  targets?: string[];
  activities?: Array<{ text: string; workshopId?: number }>;
  seeAlso?: Array<[number, string]>;
}

export function insertItem(db: Db, planId: number, o: ItemOverrides): number {
  const pillar = o.pillar ?? 1;
  const id = Number(
    db
      .prepare(
        `INSERT INTO action_items (plan_id, pillar, letter, code, action, rsp_ref, deadline, source_first_line, source_last_line)
         VALUES (?, ?, ?, ?, ?, ?, ?, 1, 2) RETURNING id`,
      )
      .pluck()
      .get(
        planId,
        pillar,
        o.letter,
        `${pillar}-(${o.letter})`,
        o.action ?? `Upon request, assist Members with item ${pillar}-(${o.letter})`,
        o.rspRef ?? null,
        o.deadline ?? null,
      ),
  );
  (o.kpis ?? []).forEach((t, i) => {
    db.prepare("INSERT INTO kpis (action_item_id, position, text) VALUES (?, ?, ?)").run(id, i + 1, t);
  });
  (o.targets ?? []).forEach((t, i) => {
    db.prepare("INSERT INTO targets (action_item_id, position, text) VALUES (?, ?, ?)").run(id, i + 1, t);
  });
  (o.activities ?? []).forEach((a, i) => {
    db.prepare(
      "INSERT INTO activities (action_item_id, position, text, workshop_id) VALUES (?, ?, ?, ?)",
    ).run(id, i + 1, a.text, a.workshopId ?? null);
  });
  for (const [p, l] of o.seeAlso ?? []) {
    db.prepare("INSERT INTO see_also (action_item_id, pillar, letter) VALUES (?, ?, ?)").run(id, p, l);
  }
  return id;
}

export interface WorkshopOverrides {
  title: string;
  kind?: string;
  countries?: string[];
  start?: string | null;
  end?: string | null;
  city?: string | null;
  venue?: string | null;
  participants?: number | null;
  administrations?: number | null;
  sponsor?: string | null;
  status?: WorkshopStatus;
  documentId?: number | null;
  serves?: number[];
}

export function insertWorkshop(db: Db, o: WorkshopOverrides): number {
  seq += 1;
  const start = o.start ?? null;
  const id = Number(
    db
      .prepare(
        `INSERT INTO workshops (key, title, kind, city, venue, start_date, end_date, participants, administrations,
           sponsor, status, document_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
      )
      .pluck()
      .get(
        `w${seq}`,
        o.title,
        o.kind ?? "national",
        o.city ?? null,
        o.venue ?? null,
        start,
        o.end ?? start,
        o.participants ?? null,
        o.administrations ?? null,
        o.sponsor ?? null,
        o.status ?? (start ? "scheduled" : "planned"),
        o.documentId ?? null,
      ),
  );
  (o.countries ?? []).forEach((c, i) => {
    db.prepare("INSERT INTO workshop_countries (workshop_id, position, country) VALUES (?, ?, ?)").run(
      id,
      i + 1,
      c,
    );
  });
  for (const itemId of o.serves ?? []) {
    db.prepare("INSERT INTO workshop_action_items (workshop_id, action_item_id) VALUES (?, ?)").run(
      id,
      itemId,
    );
  }
  return id;
}

export function makeContext(db: Db, now: string, o: Partial<CommandContext> = {}): CommandContext {
  return {
    db,
    search: CatalogueSearch.build(db),
    config: loadConfig({ OFFICE_TIMEZONE: "Asia/Bangkok" } as NodeJS.ProcessEnv),
    now: new Date(now),
    userId: "U_TEST",
    isStaff: async () => true,
    offset: 0,
    ...o,
  };
}

const LETTERS = [..."abcdefghijklmnopqrstuvwxyz", ..."abcdefghijkl".split("").map((c) => c + c)];

/** Topics of some AWP 2024-2025 pillar 1 items, as the plan writes them. */
const AWP_ACTIONS: Record<string, string> = {
  a: "Upon request, assist Member's effort in implementing risk management tools like the WCO Risk Management Compendium",
  b: "Upon request, assist Member's effort in developing national risk management database (e.g. nCEN)",
  d: "Upon request, assist Member's efforts to develop Authorized Economic Operators (AEO) program",
  h: "Upon request, assist Member's effort in implementing the WTO Trade Facilitation Agreement (TFA)",
  i: "Upon request, assist Member's effort for smooth implementation of HS 2022",
  k: "Upon request, assist Member's effort in undertaking Time Release Study (TRS)",
  l: "Upon request, assist Member's effort in introducing self-certification for Rules of Origin (ROO)",
  q: "Upon request, assist Member's effort in introducing a Post Clearance Audit (PCA) scheme",
  r: "Upon request, work with Vice Chair and Members to promote E-commerce tools",
  t: "Upon request, assist Members' effort in implementing Single Window",
};

/**
 * A small catalogue shaped like the real one: annual report workshops of 2011/12 and 2017/18, SAP 2022-2024,
 * AWP 2024-2025 (pillar 1 a..ll, pillar 2 a..e) with planned and scheduled workshops, AWP 2018-2019, SAP 2018-2020.
 */
export function sampleCatalogue() {
  const db = openDatabase(":memory:");
  const ar2012 = insertDocument(db, { kind: "annual_report", title: "Annual Report 2011/2012" });
  const ar2018 = insertDocument(db, { kind: "annual_report", title: "Annual Report 2017/2018" });
  const sap2022 = insertPlan(db, { kind: "SAP", start: "2022-07-01", end: "2024-06-30" });
  const sapItems: Record<string, number> = {};
  for (const letter of "abcdefgh") {
    sapItems[letter] = insertItem(db, sap2022, {
      letter,
      action: letter === "h" ? "Assist Members in implementing the WTO TFA" : undefined,
      rspRef: `RSP 1.1.${letter.charCodeAt(0) - 96}`,
      deadline: "30 June 2024",
      kpis: ["Number of implementing Members"],
      targets: ["At least 27/33 Members"],
    });
  }
  const awp2024 = insertPlan(db, { kind: "AWP", start: "2024-07-01", end: "2025-06-30" });
  const items: Record<string, number> = {};
  for (const letter of LETTERS) {
    items[letter] = insertItem(db, awp2024, {
      letter,
      action: AWP_ACTIONS[letter],
      rspRef: `RSP 1.1.${LETTERS.indexOf(letter) + 1}`,
      kpis: ["Number of implementing Members"],
    });
  }
  for (const letter of "abcde") insertItem(db, awp2024, { pillar: 2, letter, kpis: ["Number of Members"] });
  const it = (l: string) => items[l] as number;
  const w = {
    fijiRm: insertWorkshop(db, {
      title:
        "Sub-Regional Workshop on Risk Management based on Risk Management Compendium for Fiji, Guinea, Papua New Guinea, Samoa",
      kind: "sub-regional",
      countries: ["Fiji", "Guinea", "Papua New Guinea", "Samoa"],
      serves: [it("a"), it("b")],
    }),
    iranRm: insertWorkshop(db, {
      title: "National workshop on Risk Management for Iran",
      countries: ["Iran"],
      serves: [it("a")],
    }),
    fijiCargo: insertWorkshop(db, {
      title: "National workshop on Cargo Targetting System for Fiji",
      countries: ["Fiji"],
      serves: [it("a"), it("b"), it("r")],
    }),
    laoAeo: insertWorkshop(db, {
      title: "National workshop on AEO for Lao People's Dem. Rep., Vanuatu, and Vietnam",
      countries: ["Lao People's Dem. Rep.", "Vanuatu", "Vietnam"],
      serves: [it("d")],
    }),
    samoaValuation: insertWorkshop(db, {
      title: "National workshop on Advance Rulings in Valuation for Samoa",
      countries: ["Samoa"],
      start: "2024-11",
      serves: [it("j")],
    }),
    thaiSw: insertWorkshop(db, {
      title: "National Workshop on Single Window for Thailand",
      countries: ["Thailand"],
      start: "2024-10-14",
      end: "2024-10-18",
      city: "Bangkok",
      serves: [it("h"), it("t")],
    }),
    fijiValuation: insertWorkshop(db, {
      title: "National Workshop on Valuation for Fiji",
      countries: ["Fiji"],
      start: "2025-02-03",
      end: "2025-02-07",
      city: "Suva",
      serves: [it("p")],
    }),
    indiaIpr: insertWorkshop(db, {
      title: "National Workshop on IPR for India",
      countries: ["India"],
      start: "2024-12-02",
      end: "2024-12-04",
      status: "cancelled",
    }),
    rm2011: insertWorkshop(db, {
      title: "Regional Workshop on Risk Management",
      kind: "regional",
      start: "2011-09-19",
      end: "2011-09-23",
      city: "Bangkok",
      venue: "Royal Princess Hotel",
      participants: 30,
      administrations: 22,
      sponsor: "Japan Customs Cooperation Fund",
      status: "held",
      documentId: ar2012,
    }),
    pca2012: insertWorkshop(db, {
      title: "Sub-Regional Workshop on Post Clearance Audit for Pacific Members",
      kind: "sub-regional",
      start: "2012-05-28",
      end: "2012-06-01",
      city: "Suva",
      status: "held",
      documentId: ar2012,
    }),
    hs2017: insertWorkshop(db, {
      title: "National Workshop on HS Classification for Lao PDR",
      countries: ["Lao PDR"],
      start: "2017-11",
      status: "held",
      documentId: ar2018,
    }),
    trs2018: insertWorkshop(db, {
      title: "Regional Workshop on Time Release Study",
      kind: "regional",
      start: "2018-03-05",
      end: "2018-03-07",
      city: "Tokyo",
      status: "held",
      documentId: ar2018,
    }),
  };
  db.prepare(
    "INSERT INTO see_also (action_item_id, pillar, letter) VALUES (?, 1, 'b'), (?, 1, 'dd'), (?, 1, 'hh')",
  ).run(it("a"), it("a"), it("a"));
  db.prepare(
    "INSERT INTO activities (action_item_id, position, text, workshop_id) VALUES (?, 1, ?, ?), (?, 2, ?, ?)",
  ).run(
    it("a"),
    "Sub-Regional Workshop on Risk Management based on Risk Management Compendium for Fiji, Guinea, Papua New Guinea, Samoa",
    w.fijiRm,
    it("a"),
    "National workshop on Cargo Targetting System for Fiji",
    w.fijiCargo,
  );
  db.prepare("INSERT INTO activities (action_item_id, position, text) VALUES (?, 1, ?)").run(
    it("h"),
    "Upon request, provide assistance in implementing the TFA",
  );
  const awp2018 = insertPlan(db, { kind: "AWP", start: "2018-07-01", end: "2019-06-30" });
  insertItem(db, awp2018, { letter: "h", action: "Promote the Time Release Study (2018 work plan)" });
  const sap2018 = insertPlan(db, { kind: "SAP", start: "2018-07-01", end: "2020-06-30" });
  insertItem(db, sap2018, {
    letter: "h",
    action: "Assist Members in TFA implementation (2018 strategy)",
    targets: ["Once a year"],
  });
  insertItem(db, sap2018, { letter: "z", action: "Only in the 2018 strategy" });
  return { db, items, sapItems, w, plans: { sap2022, awp2024, awp2018, sap2018 } };
}
