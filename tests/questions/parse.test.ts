import { describe, expect, it } from "vitest";
import { readQuestion } from "../../src/questions/parse.ts";
import { vocabularyOf } from "../../src/questions/vocabulary.ts";
import { sampleCatalogue } from "../commands/fixtures.ts";

const world = sampleCatalogue();
const vocab = vocabularyOf(world.db);
const read = (q: string) => readQuestion(q, vocab);

describe("questions read as the slash command that answers them", () => {
  it.each([
    ["when is the next workshop in Fiji?", "/workshops upcoming country:Fiji"],
    ["What is planned for Samoa", "/workshops upcoming country:Samoa"],
    ["what is planned in AWP 2018-2019", "/workshops planned AWP 2018-2019"],
    ["what was planned for 2018/19?", "/workshops planned 2018/19"],
    ["what workshops were planned in 2018 for Fiji", "/workshops planned 2018 country:Fiji"],
    ["when is the next workshop in 2027", "/workshops upcoming"],
    ["upcoming AEO workshops", "/workshops upcoming topic:AEO"],
    ["any national workshops coming up in Thailand?", "/workshops upcoming country:Thailand kind:national"],
    ["which workshops were held in 2017", "/workshops past 2017"],
    ["how many workshops did the office hold in FY2017/18?", "/workshops past FY2017/18"],
    ["last workshop in Laos", '/workshops past country:"Lao PDR"'],
    ["workshops in PNG", '/workshops search country:"Papua New Guinea"'],
    ["Fiji", "/workshops search country:Fiji"],
    ["who funds the risk management workshops?", "/workshops search risk management"],
    ["rules of origin", "/workshops search rules of origin"],
    ["which KPIs are behind?", "/kpi behind"],
    ["what is behind in SAP 2022-2024", "/kpi behind SAP 2022-2024"],
    ["how are we doing on our KPIs", "/kpi"],
    ["what does 1-(h) ask for?", "/kpi 1-(h)"],
    ["tell me about 1h in SAP 2022-2024", "/kpi 1-(h) SAP 2022-2024"],
    ["KPI of 1-(hh)", "/kpi 1-(hh)"],
    ["1-(h) across plans", "/actions 1-(h)"],
    ["what is planned in pillar 2?", "/actions pillar 2"],
    ["action items about single window", "/actions single window"],
    ["action items about single window in SAP 2022-2024", "/actions single window SAP 2022-2024"],
    ["AWP 2024-2025", "/kpi AWP 2024-2025"],
    ["<@UBOT> next workshop", "/workshops upcoming"],
    ["show workshop 12", "/workshops show 12"],
    ["How many participants attended workshop #12?", "/workshops show 12"],
    ["workshops sponsored by Japan in Fiji", "/workshops search country:Fiji sponsor:Japan"],
    ["which workshops were funded by CCF-Korea", "/workshops search sponsor:CCF-Korea"],
    [
      "what did the Japan Customs Cooperation Fund pay for?",
      '/workshops past sponsor:"Japan Customs Cooperation Fund"',
    ],
    [
      "Where was the Regional Workshop on Time Release Study held?",
      '/workshops past kind:regional topic:"Time Release Study"',
    ],
    ["What action items relate to single window?", "/actions single window"],
    ["which action items mention Single Window?", "/actions Single Window"],
    [
      "Has there ever been a workshop in Fiji on risk management?",
      "/workshops search risk management country:Fiji",
    ],
    ["Which workshops did the office hold in Fiji in 2017?", "/workshops past 2017 country:Fiji"],
    ["How many action items does AWP 2024-2025 have?", "/kpi AWP 2024-2025"],
    ["when will the next workshop be held in Fiji", "/workshops upcoming country:Fiji"],
    ["workshops in FY2017/18", "/workshops past FY2017/18"],
    ["Show me the past workshops on customs valuation", "/workshops past topic:valuation"],
    ["any upcoming events in Thailand", "/workshops upcoming country:Thailand"],
    ["workshops held during AWP 2018-2019", "/workshops past 2018-2019"],
    ["Which countries attended the regional workshop on HRD?", "/workshops search HRD kind:regional"],
    ["/kpi 1-(h)", "/kpi 1-(h)"],
  ])("%s → %s", (question, command) => {
    const understood = read(question);
    expect(understood).toHaveProperty("read");
    if (!("read" in understood)) return;
    expect(`${understood.read.command} ${understood.read.text}`.trim()).toBe(command);
  });

  it.each(["help", "", "?", "hello"])("%j asks for help", (question) => {
    expect(read(question)).toEqual({ help: true });
  });

  it.each([
    "what's the weather today",
    "thanks a lot",
    "blorf zzyzx",
    "1st of all, lunch?",
  ])("%s is not read as any command", (question) => {
    expect(read(question)).toHaveProperty("suggestions");
  });

  it("offers the closest country for a misspelt one", () => {
    expect(read("workshops in Fijji")).toEqual({
      suggestions: ["/workshops search country:Fiji"],
      unknown: ["Fijji"],
    });
  });

  it("reads a long question without trouble", () => {
    expect(read(`next workshop in Fiji ${"very ".repeat(10_000)}`)).toHaveProperty("read");
  });
});
