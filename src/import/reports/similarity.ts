import { withoutMembers } from "./countries.ts";

// Customs abbreviations and their words, so "PCA" meets "Post Clearance Audit".
const ACRONYMS: Record<string, string> = {
  aeo: "authorized economic operator",
  cbm: "coordinated border management",
  cep: "compliance enforcement package",
  hrd: "human resource development",
  hrm: "human resource management",
  hs: "harmonized system",
  ipr: "intellectual property right",
  mra: "mutual recognition arrangement",
  mras: "mutual recognition arrangement",
  nii: "non intrusive inspection",
  ods: "ozone depleting substance",
  oie: "organization animal health",
  pca: "post clearance audit",
  rkc: "revised kyoto convention",
  rm: "risk management",
  roo: "rule origin",
  salw: "small arm light weapon",
  sw: "single window",
  tfa: "trade facilitation agreement",
  trs: "time release study",
  unep: "un environment program",
};

/** Abbreviations of customs topics (lower case), as opposed to the acronyms of organisations. */
export const TOPIC_ACRONYMS: ReadonlySet<string> = new Set([
  ...Object.keys(ACRONYMS).filter((a) => a !== "unep" && a !== "oie"),
  ...["safe", "cep", "hrd", "it", "ict", "cb", "ecommerce", "e", "tf", "ta", "sps", "nco", "dg", "dgs"],
]);

const STOP = new Set(
  `a an and as at by for from in of on or the to with wco ap asia pacific region regional sub national
  workshop workshops seminar meeting meetings forum conference session ceremony symposium committee
  mission group customs joint combined member members administration
  administrations country countries officer expert experts`.split(/\s+/),
);

const stem = (w: string) => (w.length > 4 && w.endsWith("s") && !w.endsWith("ss") ? w.slice(0, -1) : w);

/** The words that tell one event's topic from another's: no country names, numbers or generic words. */
export function topicWords(title: string): Set<string> {
  const words = withoutMembers(title)
    .toLowerCase()
    .replace(/programme/g, "program")
    .replace(/\be-(?=[a-z])/g, "e")
    .split(/[^a-z0-9]+/)
    .flatMap((w) => (ACRONYMS[w] ?? w).split(" "))
    .map(stem)
    .filter((w) => w.length > 1 && !STOP.has(w) && !/^\d/.test(w));
  return new Set(words);
}

export function overlap(a: Set<string>, b: Set<string>): { shared: number; jaccard: number } {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  const union = a.size + b.size - shared;
  return { shared, jaccard: union === 0 ? 0 : shared / union };
}
