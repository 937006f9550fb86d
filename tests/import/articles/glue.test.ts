import { describe, expect, it } from "vitest";
import { openDatabase } from "../../../src/db/open.ts";
import { readArticle } from "../../../src/import/articles/index.ts";
import { readLine } from "../../../src/import/articles/text.ts";
import { catalogueVocabulary } from "../../../src/import/articles/vocabulary.ts";

describe("words glued by PDF extraction", () => {
  it.each([
    [
      "RegionalDialogue on Partnership for CustomsModernization",
      "Regional Dialogue on Partnership for Customs Modernization",
    ],
    [
      "TheROCB A/P conducted theSub-regional Workshop onAuthorized EconomicOperator",
      "The ROCB A/P conducted the Sub-regional Workshop on Authorized Economic Operator",
    ],
    [
      "The 25thRegional Heads of Customs Administration Conference was held inSingapore",
      "The 25th Regional Heads of Customs Administration Conference was held in Singapore",
    ],
    [
      "from 3 to 7 September2018 at the Korea Customs Service'sCentral CustomsLaboratory",
      "from 3 to 7 September 2018 at the Korea Customs Service's Central Customs Laboratory",
    ],
    ["news on LinkedIn and the CLiKC! platform", "news on LinkedIn and the CLiKC! platform"],
  ])("%s", (glued, read) => {
    expect(readLine(glued)).toBe(read);
  });

  it("keeps a word the catalogue spells as one, and reads the event with it", () => {
    const db = openDatabase(":memory:");
    db.prepare("INSERT INTO workshops (key, title, kind, status) VALUES ('k', ?, 'national', 'planned')").run(
      "National Workshop on the TradeNet Single Window for Singapore",
    );
    const vocabulary = catalogueVocabulary(db);
    expect(readLine("the TradeNet system", new Set())).toBe("the Trade Net system");
    expect(readLine("the TradeNet system", vocabulary)).toBe("the TradeNet system");
    const r = readArticle(
      ["The ROCB A/P conducted the National Workshop on TradeNet Operations in Singapore on 4-6 June 2019."],
      { vocabulary },
    );
    expect("events" in r && r.events[0]?.title).toBe("National Workshop on TradeNet Operations");
  });
});
