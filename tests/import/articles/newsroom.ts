/**
 * Short articles and newsletter fragments written for the tests, in the shapes the office and the WCO
 * publish (none is copied from a real one), each with the events a reader finds in it.
 *
 * An expected event: its name (compared without regard to case), exact first and last day (`YYYY-MM`
 * for a month the text gives only as "early May"), where it was held ("virtual" for an online event;
 * a country only when the text says it), and its kind, which says whether it is one of the office's
 * workshops (national, sub-regional, regional, accreditation, seminar) or an event it took part in.
 */
import type { WorkshopKind } from "../../../src/catalogue/vocabulary.ts";

export interface Expected {
  name: string;
  start: string;
  end: string;
  city?: string | null;
  country?: string | null;
  virtual?: true;
  kind: WorkshopKind;
}

export type Shape =
  | "passive"
  | "headline only"
  | "several events"
  | "glued words"
  | "virtual"
  | "partner events"
  | "named in passing";

export interface Story {
  shape: Shape;
  title: string;
  text: string;
  events: Expected[];
}

export const STORIES: Story[] = [
  {
    shape: "passive",
    title: "organized by the WCO at a training centre, with a sponsor",
    text: `Asia/Pacific risk managers sharpen their targeting skills

12-16 September 2016, Kashiwa, Japan

Under the WCO's capacity building programme, a Regional Workshop on Risk Management for the Asia/Pacific
Region was organized by the WCO at the Regional Training Centre in Kashiwa, Japan, from 12 to 16 September
2016, with the financial support of the Customs Cooperation Fund of Japan. Twenty-six officials from 18
administrations attended.`,
    events: [
      {
        name: "Regional Workshop on Risk Management for the Asia/Pacific Region",
        start: "2016-09-12",
        end: "2016-09-16",
        city: "Kashiwa",
        country: "Japan",
        kind: "regional",
      },
    ],
  },
  {
    shape: "passive",
    title: "coordinated by the WCO, hosted by a Member, dates in the next sentence",
    text: `Future AEO validators trained in Bangkok

The WCO coordinated a Pre-Accreditation Workshop on Authorized Economic Operator Validation for the
Asia/Pacific region. The event was hosted by the Thai Customs Department at its training institute in
Bangkok from 21-25 November 2022 and brought together 19 candidates nominated by their administrations.`,
    events: [
      {
        name: "Pre-Accreditation Workshop on Authorized Economic Operator Validation for the Asia/Pacific region",
        start: "2022-11-21",
        end: "2022-11-25",
        city: "Bangkok",
        kind: "accreditation",
      },
    ],
  },
  {
    shape: "passive",
    title: "conducted by experts, the city after the date",
    text: `Mongolia Customs strengthens post clearance audit

Ulaanbaatar, Mongolia – 9 August 2019

A National Workshop on Post Clearance Audit for the Customs General Administration of Mongolia was
conducted by two WCO accredited experts from 5 to 9 August 2019 in Ulaanbaatar. The ROCB A/P funded the
workshop through CCF-Korea.`,
    events: [
      {
        name: "National Workshop on Post Clearance Audit for the Customs General Administration of Mongolia",
        start: "2019-08-05",
        end: "2019-08-09",
        city: "Ulaanbaatar",
        country: "Mongolia",
        kind: "national",
      },
    ],
  },
  {
    shape: "passive",
    title: "no headline, the date opens the sentence, 'took place'",
    text: `On 14 and 15 March 2023, a Sub-regional Workshop on Coordinated Border Management for South Asia took
place in Colombo, Sri Lanka. It was delivered by the ROCB A/P with experts from Sri Lanka Customs and the
WCO Secretariat.`,
    events: [
      {
        name: "Sub-regional Workshop on Coordinated Border Management for South Asia",
        start: "2023-03-14",
        end: "2023-03-15",
        city: "Colombo",
        country: "Sri Lanka",
        kind: "sub-regional",
      },
    ],
  },
  {
    shape: "passive",
    title: "a meeting the office hosted is still not a workshop",
    text: `Pacific training coordinators meet in Nadi

The 3rd Regional Meeting of Training Coordinators of Oceania Customs was held at the Fiji Revenue and
Customs Service training room in Nadi, Fiji, from 2 to 4 October 2018. The ROCB A/P hosted the meeting
together with the Oceania Customs Organisation.`,
    events: [
      {
        name: "3rd Regional Meeting of Training Coordinators of Oceania Customs",
        start: "2018-10-02",
        end: "2018-10-04",
        city: "Nadi",
        country: "Fiji",
        kind: "meeting",
      },
    ],
  },
  {
    shape: "passive",
    title: "officers 'were trained at' the event, held in a city named alone",
    text: `Tonga Customs officers trained in risk management

Twenty officers of the Ministry of Revenue and Customs were trained at the WCO National Workshop on Risk
Management held in Nuku'alofa, Tonga from 10 to 13 June 2019. The workshop was financed by CCF-Japan.`,
    events: [
      {
        name: "WCO National Workshop on Risk Management",
        start: "2019-06-10",
        end: "2019-06-13",
        city: "Nuku'alofa",
        country: "Tonga",
        kind: "national",
      },
    ],
  },
  {
    shape: "headline only",
    title: "a study visit named only in the headline, a list of days in the dateline",
    text: `WCO/JICA Benchmarking Study on Post Clearance Audit for Mekong Members to Thailand
7, 8 and 10 May 2019, Bangkok, Thailand
Officials from Cambodia, Lao PDR and Myanmar spent three days with the audit bureau of Thai Customs,
comparing how each selects companies for audit and follows up on findings.`,
    events: [
      {
        name: "WCO/JICA Benchmarking Study on Post Clearance Audit for Mekong Members",
        start: "2019-05-07",
        end: "2019-05-10",
        city: "Bangkok",
        country: "Thailand",
        kind: "mission",
      },
    ],
  },
  {
    shape: "headline only",
    title: "a headline with the host's verb, the body never names the workshop",
    text: `Sri Lanka Customs hosts WCO National Workshop on Time Release Study
Colombo, Sri Lanka, 18-21 February 2020
Experts walked officers through planning a TRS, collecting data at the port and the airport, and
analysing the results. The ROCB A/P paid for the activity through CCF-Korea.`,
    events: [
      {
        name: "WCO National Workshop on Time Release Study",
        start: "2020-02-18",
        end: "2020-02-21",
        city: "Colombo",
        country: "Sri Lanka",
        kind: "national",
      },
    ],
  },
  {
    shape: "headline only",
    title: "the place and the date on lines of their own",
    text: `Sub-regional Workshop on Trade Facilitation Agreement Implementation for Pacific Island Countries
Port Vila, Vanuatu
4-7 June 2018
Customs officers from seven Pacific administrations compared how far they have come with advance rulings
and the release of goods.`,
    events: [
      {
        name: "Sub-regional Workshop on Trade Facilitation Agreement Implementation for Pacific Island Countries",
        start: "2018-06-04",
        end: "2018-06-07",
        city: "Port Vila",
        country: "Vanuatu",
        kind: "sub-regional",
      },
    ],
  },
  {
    shape: "headline only",
    title: "a dialogue in the headline, one day in the dateline",
    text: `ROCB A/P holds Regional Dialogue on Customs-Business Partnership in Seoul
Seoul, Korea, 27 November 2019
Heads of Customs and leaders of trade associations from 20 Members discussed how Customs and business can
build trust.`,
    events: [
      {
        name: "Regional Dialogue on Customs-Business Partnership",
        start: "2019-11-27",
        end: "2019-11-27",
        city: "Seoul",
        country: "Korea",
        kind: "meeting",
      },
    ],
  },
  {
    shape: "headline only",
    title: "a sentence-case headline, a range across two months, a 'programme' that is the same event",
    text: `National workshop on HS classification for Papua New Guinea Customs
28 October - 1 November 2019 | Port Moresby, Papua New Guinea
Twenty-four officers completed the five-day programme, which was funded by the Customs Cooperation Fund
of China.`,
    events: [
      {
        name: "National workshop on HS classification for Papua New Guinea Customs",
        start: "2019-10-28",
        end: "2019-11-01",
        city: "Port Moresby",
        country: "Papua New Guinea",
        kind: "national",
      },
    ],
  },
  {
    shape: "headline only",
    title: "the dates in the headline itself",
    text: `WCO Diagnostic Mission to Timor-Leste, 3-7 April 2017
The mission team met the Director General and senior managers in Dili and went to the port and to the
land border at Batugade.`,
    events: [
      {
        name: "WCO Diagnostic Mission",
        start: "2017-04-03",
        end: "2017-04-07",
        country: "Timor-Leste",
        kind: "mission",
      },
    ],
  },
  {
    shape: "several events",
    title: "a dialogue and the preparatory workshop in the days before it, 'at the same venue'",
    text: `ROCB A/P Newsletter — Issue 14

Regional Dialogue on Partnership for Customs Modernization

The ROCB A/P and the Asian Development Bank co-organized the Regional Dialogue on Partnership for Customs
Modernization in Manila, Philippines, on 6 and 7 December 2018. Some 60 delegates from Customs, development
partners and the private sector attended.

In the days before the dialogue, from 3 to 5 December 2018, a Preparatory Workshop on Customs
Modernization Project Design was held at the same venue for 22 planning officers.`,
    events: [
      {
        name: "Regional Dialogue on Partnership for Customs Modernization",
        start: "2018-12-06",
        end: "2018-12-07",
        city: "Manila",
        country: "Philippines",
        kind: "meeting",
      },
      {
        name: "Preparatory Workshop on Customs Modernization Project Design",
        start: "2018-12-03",
        end: "2018-12-05",
        city: "Manila",
        country: "Philippines",
        kind: "seminar",
      },
    ],
  },
  {
    shape: "several events",
    title: "a newsletter dated by its heading: day-month dates without a year",
    text: `Newsletter of the ROCB A/P, March 2019

Tonga: valuation
From 4-8 March, Tonga Customs hosted a WCO National Workshop on Customs Valuation in Nuku'alofa, delivered
by an accredited expert from Fiji Customs.

Visit of the WCO Director of Capacity Building
On 12 March the WCO Director of Capacity Building called on the ROCB A/P in Bangkok and met the Head of
Office and the staff.`,
    events: [
      {
        name: "WCO National Workshop on Customs Valuation",
        start: "2019-03-04",
        end: "2019-03-08",
        city: "Nuku'alofa",
        kind: "national",
      },
      {
        name: "Visit of the WCO Director of Capacity Building",
        start: "2019-03-12",
        end: "2019-03-12",
        city: "Bangkok",
        kind: "mission",
      },
    ],
  },
  {
    shape: "several events",
    title: "a fiscal-year heading: November is the first year's, February the second's",
    text: `Highlights of FY2016/17

Regional workshops
From 14 to 18 November the ROCB A/P organized a Regional Workshop on Rules of Origin in Kuala Lumpur,
Malaysia. A Regional Workshop on Strategic Planning followed in Shanghai, China, from 20 to 24 February,
hosted by the Shanghai Customs College.`,
    events: [
      {
        name: "Regional Workshop on Rules of Origin",
        start: "2016-11-14",
        end: "2016-11-18",
        city: "Kuala Lumpur",
        country: "Malaysia",
        kind: "regional",
      },
      {
        name: "Regional Workshop on Strategic Planning",
        start: "2017-02-20",
        end: "2017-02-24",
        city: "Shanghai",
        country: "China",
        kind: "regional",
      },
    ],
  },
  {
    shape: "several events",
    title: "a month's round-up: 'early May', a virtual workshop and a partner's meeting",
    text: `The ROCB A/P in May 2022

In early May, staff and guests gathered for the ROCB A/P 18th Anniversary Ceremony at the office in Bangkok.

On 17-19 May 2022, the Office ran a virtual Regional Workshop on Green Customs for 35 officers from 21
Members.

The 13th Meeting of the Heads of Regional Training Centres took place in Seoul, Korea on 25 and 26 May
2022. The ROCB A/P presented its work plan for the year.`,
    events: [
      {
        name: "ROCB A/P 18th Anniversary Ceremony",
        start: "2022-05",
        end: "2022-05",
        city: "Bangkok",
        kind: "ceremony",
      },
      {
        name: "Regional Workshop on Green Customs",
        start: "2022-05-17",
        end: "2022-05-19",
        virtual: true,
        kind: "regional",
      },
      {
        name: "13th Meeting of the Heads of Regional Training Centres",
        start: "2022-05-25",
        end: "2022-05-26",
        city: "Seoul",
        country: "Korea",
        kind: "meeting",
      },
    ],
  },
  {
    shape: "several events",
    title: "two workshops back to back in one paragraph",
    text: `Busy fortnight in the Pacific

The ROCB A/P delivered a National Workshop on Risk Management for Kiribati in Tarawa, Kiribati from 6 to 9
August 2018, and then a National Workshop on Post Clearance Audit for Tuvalu in Funafuti, Tuvalu from 13
to 16 August 2018. Both were funded by CCF-Japan.`,
    events: [
      {
        name: "National Workshop on Risk Management for Kiribati",
        start: "2018-08-06",
        end: "2018-08-09",
        city: "Tarawa",
        country: "Kiribati",
        kind: "national",
      },
      {
        name: "National Workshop on Post Clearance Audit for Tuvalu",
        start: "2018-08-13",
        end: "2018-08-16",
        city: "Funafuti",
        country: "Tuvalu",
        kind: "national",
      },
    ],
  },
  {
    shape: "glued words",
    title: "words glued in the headline and the prose, no name without them",
    text: `RegionalDialogue on Partnership for CustomsModernization
Manila, Philippines, 6-7 December 2018
TheROCB A/P and the Asian DevelopmentBank jointly organized the RegionalDialogue on Partnership for
CustomsModernization, bringing together Customs leaders and developmentpartners from 19 Members.`,
    events: [
      {
        name: "Regional Dialogue on Partnership for Customs Modernization",
        start: "2018-12-06",
        end: "2018-12-07",
        city: "Manila",
        country: "Philippines",
        kind: "meeting",
      },
    ],
  },
  {
    shape: "glued words",
    title: "a glued event word and a glued year",
    text: `WCO National Workshop on RiskManagement for Nepal
The WCO NationalWorkshop on Risk Management for Nepal was held in Kathmandu, Nepal from 3 to 7 September2018
with the support of CCF-Japan.`,
    events: [
      {
        name: "WCO National Workshop on Risk Management for Nepal",
        start: "2018-09-03",
        end: "2018-09-07",
        city: "Kathmandu",
        country: "Nepal",
        kind: "national",
      },
    ],
  },
  {
    shape: "glued words",
    title: "a preposition glued to the next word",
    text: `Sub-regional Workshop onAuthorized EconomicOperator for Pacific Members
ROCB A/P conducted theSub-regional Workshop onAuthorized EconomicOperator for Pacific Members in Apia, Samoa
from14 to 17 August 2017.`,
    events: [
      {
        name: "Sub-regional Workshop on Authorized Economic Operator for Pacific Members",
        start: "2017-08-14",
        end: "2017-08-17",
        city: "Apia",
        country: "Samoa",
        kind: "sub-regional",
      },
    ],
  },
  {
    shape: "glued words",
    title: "a word hyphenated at a line break and a possessive glued to a name",
    text: `Laboratory experts meet in Busan
Busan, Korea, 5-9 June 2017
TheWCO Regional Workshop on Customs Labora-
tories was held at the Korea Customs Service'sCentral CustomsLaboratory.`,
    events: [
      {
        name: "WCO Regional Workshop on Customs Laboratories",
        start: "2017-06-05",
        end: "2017-06-09",
        city: "Busan",
        country: "Korea",
        kind: "regional",
      },
    ],
  },
  {
    shape: "glued words",
    title: "an ordinal and a place glued to the next word",
    text: `The 25thRegional Heads of Customs Administration Conference was held inSingapore on 11-13 April 2023.
Delegates adopted the regional strategy for the next three years.`,
    events: [
      {
        name: "25th Regional Heads of Customs Administration Conference",
        start: "2023-04-11",
        end: "2023-04-13",
        country: "Singapore",
        kind: "conference",
      },
    ],
  },
  {
    shape: "glued words",
    title: "a newsletter page from a PDF: headings in capitals, no blank lines, a page header and footer",
    text: `ROCB A/P NEWSLETTER  Issue 9  Page 2
SUB-REGIONAL WORKSHOP ON PCA FOR SOUTH ASIA
TheROCB A/P organized theSub-regional Workshop on Post Clearance Audit for South Asia inDhaka, Bangladesh
from 12 to 15 March 2018. The workshop, funded by CCF-Japan, gathered 20 auditors from six administrations.
NATIONAL SEMINAR ON HS 2022 FOR SRI LANKA
From 2-4 April, aNational Seminar on HS 2022 was conducted inColombo for 35 officers of Sri Lanka Customs.
ROCB A/P NEWSLETTER  Issue 9  Page 3`,
    events: [
      {
        name: "Sub-regional Workshop on Post Clearance Audit for South Asia",
        start: "2018-03-12",
        end: "2018-03-15",
        city: "Dhaka",
        country: "Bangladesh",
        kind: "sub-regional",
      },
      {
        name: "National Seminar on HS 2022 for Sri Lanka",
        start: "2018-04-02",
        end: "2018-04-04",
        city: "Colombo",
        kind: "seminar",
      },
    ],
  },
  {
    shape: "virtual",
    title: "a webinar with a dateline city: the place is virtual, not the city",
    text: `Customs and the pandemic: Members share their responses

Bangkok, Thailand – 10 June 2020

The WCO Regional Webinar on Customs Response to COVID-19 was held online on 9 June 2020, with 110
participants from 28 Members. The ROCB A/P moderated the discussion.`,
    events: [
      {
        name: "WCO Regional Webinar on Customs Response to COVID-19",
        start: "2020-06-09",
        end: "2020-06-09",
        virtual: true,
        kind: "regional",
      },
    ],
  },
  {
    shape: "virtual",
    title: "'Virtual' in the name, 'via Zoom'",
    text: `The ROCB A/P conducted the Virtual National Workshop on Post Clearance Audit for Bhutan from 15 to 18
February 2021 via Zoom. Twenty-two officers of the Department of Revenue and Customs took part.`,
    events: [
      {
        name: "National Workshop on Post Clearance Audit for Bhutan",
        start: "2021-02-15",
        end: "2021-02-18",
        virtual: true,
        kind: "national",
      },
    ],
  },
  {
    shape: "virtual",
    title: "a meeting convened by video conference",
    text: `Training heads meet again, online

The 2nd Virtual Meeting of Customs Training Heads was convened on 22 September 2021 by video conference,
chaired by the ROCB A/P.`,
    events: [
      {
        name: "2nd Virtual Meeting of Customs Training Heads",
        start: "2021-09-22",
        end: "2021-09-22",
        virtual: true,
        kind: "meeting",
      },
    ],
  },
  {
    shape: "virtual",
    title: "'online' in the headline, the date in it",
    text: `Online Sub-regional Workshop on E-Commerce for South Asia, 6-8 July 2021
Thirty officers from Bangladesh, Bhutan, Nepal and Sri Lanka joined the online workshop, run by the ROCB
A/P with CCF-Korea funding.`,
    events: [
      {
        name: "Sub-regional Workshop on E-Commerce for South Asia",
        start: "2021-07-06",
        end: "2021-07-08",
        virtual: true,
        kind: "sub-regional",
      },
    ],
  },
  {
    shape: "virtual",
    title: "a partner's virtual workshop where the office presented",
    text: `The ROCB A/P presented the WCO's e-commerce tools at the UNESCAP Virtual Workshop on Paperless Trade on
3 November 2020.`,
    events: [
      {
        name: "UNESCAP Virtual Workshop on Paperless Trade",
        start: "2020-11-03",
        end: "2020-11-03",
        virtual: true,
        kind: "other",
      },
    ],
  },
  {
    shape: "partner events",
    title: "the office took part in a development bank's workshop",
    text: `ROCB A/P joins ADB workshop on trade facilitation
Manila, Philippines, 2-3 April 2019
The ROCB A/P took part in the ADB Regional Workshop on Trade Facilitation Reforms, organized by the Asian
Development Bank, and presented the WCO's tools for measuring release times.`,
    events: [
      {
        name: "ADB Regional Workshop on Trade Facilitation Reforms",
        start: "2019-04-02",
        end: "2019-04-03",
        city: "Manila",
        country: "Philippines",
        kind: "other",
      },
    ],
  },
  {
    shape: "partner events",
    title: "a Member's seminar where the Head of Office spoke",
    text: `The Head of the ROCB A/P delivered a presentation at the Seminar on Cross-border E-commerce organized by
the Korea Customs Service in Seoul, Korea on 14 October 2019.`,
    events: [
      {
        name: "Seminar on Cross-border E-commerce",
        start: "2019-10-14",
        end: "2019-10-14",
        city: "Seoul",
        country: "Korea",
        kind: "other",
      },
    ],
  },
  {
    shape: "partner events",
    title: "staff attended a bank's workshop",
    text: `Two officers of the ROCB A/P attended the World Bank Workshop on Border Management held in Jakarta,
Indonesia on 10-12 July 2017.`,
    events: [
      {
        name: "World Bank Workshop on Border Management",
        start: "2017-07-10",
        end: "2017-07-12",
        city: "Jakarta",
        country: "Indonesia",
        kind: "other",
      },
    ],
  },
  {
    shape: "partner events",
    title: "a regional organisation's conference the office took part in",
    text: `OCO conference in Honiara

The ROCB A/P participated in the 20th Oceania Customs Organisation Annual Conference in Honiara, Solomon
Islands, from 18 to 20 June 2018.`,
    events: [
      {
        name: "20th Oceania Customs Organisation Annual Conference",
        start: "2018-06-18",
        end: "2018-06-20",
        city: "Honiara",
        country: "Solomon Islands",
        kind: "conference",
      },
    ],
  },
  {
    shape: "partner events",
    title: "a training run under another body's programme, the office only spoke",
    text: `At the invitation of UNODC, an officer of the ROCB A/P spoke at the Regional Training on Container
Profiling, held in Colombo, Sri Lanka, from 5 to 9 November 2018 under the UNODC-WCO Container Control
Programme.`,
    events: [
      {
        name: "Regional Training on Container Profiling",
        start: "2018-11-05",
        end: "2018-11-09",
        city: "Colombo",
        country: "Sri Lanka",
        kind: "other",
      },
    ],
  },
  {
    shape: "partner events",
    title: "a delegation's study visit to the office",
    text: `Study visit of Myanmar Customs to the ROCB A/P
On 21 January 2020, a delegation led by the Director General of the Myanmar Customs Department visited the
ROCB A/P in Bangkok to learn about its training programmes.`,
    events: [
      {
        name: "Study visit of Myanmar Customs",
        start: "2020-01-21",
        end: "2020-01-21",
        city: "Bangkok",
        kind: "mission",
      },
    ],
  },
  {
    shape: "partner events",
    title: "co-organized with a partner whose acronym leads the name: the office's own",
    text: `The ROCB A/P and JICA co-organized the WCO/JICA Joint Regional Workshop on Post Clearance Audit in
Bangkok, Thailand from 8 to 12 July 2019.`,
    events: [
      {
        name: "WCO/JICA Joint Regional Workshop on Post Clearance Audit",
        start: "2019-07-08",
        end: "2019-07-12",
        city: "Bangkok",
        country: "Thailand",
        kind: "regional",
      },
    ],
  },
  {
    shape: "partner events",
    title: "hosted by another body, paid by a fund the office manages: the office's own",
    text: `With funding from CCF-Japan, the Pacific Islands Forum Secretariat hosted a Regional Workshop on Rules of
Origin for PACER Plus Members in Suva, Fiji, 11-13 March 2019; ROCB A/P staff facilitated the sessions.`,
    events: [
      {
        name: "Regional Workshop on Rules of Origin for PACER Plus Members",
        start: "2019-03-11",
        end: "2019-03-13",
        city: "Suva",
        country: "Fiji",
        kind: "regional",
      },
    ],
  },
  {
    shape: "passive",
    title: "the World Customs Organization with the office, a city without its country",
    text: `From 25 to 29 March 2019, the World Customs Organization (WCO), in close cooperation with the ROCB A/P,
conducted a National Workshop on Risk Management for the General Department of Customs of Cambodia in
Phnom Penh.`,
    events: [
      {
        name: "National Workshop on Risk Management for the General Department of Customs of Cambodia",
        start: "2019-03-25",
        end: "2019-03-29",
        city: "Phnom Penh",
        country: "Cambodia",
        kind: "national",
      },
    ],
  },
  {
    shape: "headline only",
    title: "a headline in capitals after a programme's name",
    text: `WCO MERCATOR PROGRAMME: NATIONAL WORKSHOP ON TFA IMPLEMENTATION FOR MONGOLIA
20-23 May 2019, Ulaanbaatar, Mongolia
Under the Mercator Programme, experts worked with the national committee on trade facilitation.`,
    events: [
      {
        name: "National Workshop on TFA Implementation for Mongolia",
        start: "2019-05-20",
        end: "2019-05-23",
        city: "Ulaanbaatar",
        country: "Mongolia",
        kind: "national",
      },
    ],
  },
  {
    shape: "partner events",
    title: "a Member's celebration the office joined",
    text: `Regional Office celebrates International Customs Day

On 26 January 2020 the ROCB A/P joined Thai Customs for the International Customs Day Celebration in Bangkok.`,
    events: [
      {
        name: "International Customs Day Celebration",
        start: "2020-01-26",
        end: "2020-01-26",
        city: "Bangkok",
        kind: "ceremony",
      },
    ],
  },
  {
    shape: "partner events",
    title: "a global conference outside the region",
    text: `The ROCB A/P participated in the 2nd Global AEO Conference held in Kampala, Uganda from 7 to 9 March 2016.`,
    events: [
      {
        name: "2nd Global AEO Conference",
        start: "2016-03-07",
        end: "2016-03-09",
        city: "Kampala",
        country: "Uganda",
        kind: "conference",
      },
    ],
  },
  {
    shape: "partner events",
    title: "a study visit by a delegation, between two Members",
    text: `A study visit by a delegation of Lao Customs to Korea Customs Service took place in Seoul, Korea from 4 to 8
November 2019 with the support of the ROCB A/P.`,
    events: [
      {
        name: "Study visit by a delegation of Lao Customs",
        start: "2019-11-04",
        end: "2019-11-08",
        city: "Seoul",
        country: "Korea",
        kind: "mission",
      },
    ],
  },
  {
    shape: "named in passing",
    title: "an earlier workshop and the opening ceremony are not events of the article",
    text: `WCO workshop on AEO held in Fiji

Following the success of the Regional Workshop on AEO in 2017, the ROCB A/P organized the National Workshop
on AEO for Fiji from 3 to 6 June 2019 in Suva, Fiji. During the Opening Ceremony, the Comptroller of Customs
delivered welcoming remarks. The Closing Session was chaired by the Head of the ROCB A/P.`,
    events: [
      {
        name: "National Workshop on AEO for Fiji",
        start: "2019-06-03",
        end: "2019-06-06",
        city: "Suva",
        country: "Fiji",
        kind: "national",
      },
    ],
  },
  {
    shape: "named in passing",
    title: "a session of the workshop is part of it",
    text: `The ROCB A/P conducted the National Workshop on Customs Valuation for Tonga in Nuku'alofa, Tonga from 8 to
11 July 2019. The 2nd Session of the workshop was given to the valuation database.`,
    events: [
      {
        name: "National Workshop on Customs Valuation for Tonga",
        start: "2019-07-08",
        end: "2019-07-11",
        city: "Nuku'alofa",
        country: "Tonga",
        kind: "national",
      },
    ],
  },
  {
    shape: "named in passing",
    title: "the dates first planned are not the dates held",
    text: `The National Workshop on Valuation for Samoa, originally planned for 4-8 March 2019, was held from 13 to 17
May 2019 in Apia, Samoa, after the cyclone season.`,
    events: [
      {
        name: "National Workshop on Valuation for Samoa",
        start: "2019-05-13",
        end: "2019-05-17",
        city: "Apia",
        country: "Samoa",
        kind: "national",
      },
    ],
  },
  {
    shape: "named in passing",
    title: "a dateline in capitals opening the paragraph, a council session named in passing",
    text: `BANGKOK, 12 May 2019 – The ROCB A/P organized a regional workshop on intellectual property rights from 6
to 10 May 2019 at its office. Its outcome will be reported to the WCO Council Session in June.`,
    events: [
      {
        name: "Regional workshop on intellectual property rights",
        start: "2019-05-06",
        end: "2019-05-10",
        city: "Bangkok",
        kind: "regional",
      },
    ],
  },
  {
    shape: "named in passing",
    title: "two days named with their weekdays",
    text: `The WCO Secretariat and the ROCB A/P jointly delivered a Regional Workshop on Data Analytics on Monday, 3
June 2019 and Tuesday, 4 June 2019 at the Korea Customs Service Academy in Cheonan, Korea.`,
    events: [
      {
        name: "Regional Workshop on Data Analytics",
        start: "2019-06-03",
        end: "2019-06-04",
        city: "Cheonan",
        country: "Korea",
        kind: "regional",
      },
    ],
  },
];

/** Texts a reader finds no event in: news of the office, notices, greetings. */
export const NOT_EVENTS: Array<[string, string]> = [
  [
    "a new Head of Office",
    `New Head of Office
The ROCB A/P welcomed its new Head of Office, Mr. Tanaka, who took up his post on 1 April 2021 after
serving at the WCO Secretariat in Brussels.`,
  ],
  [
    "a training calendar and a nomination deadline",
    `Training calendar 2020 now available
The ROCB A/P has published its training calendar for 2020. Members are invited to nominate participants by
15 January 2020.`,
  ],
  [
    "a vacancy notice",
    `Vacancy: Programme Officer
The ROCB A/P seeks a Programme Officer to support its capacity building work. Applications close on 30 June
2022.`,
  ],
  [
    "a season's greeting",
    `Season's greetings from the ROCB A/P
We thank all Members for their cooperation in 2019 and look forward to meeting you again in the new year.`,
  ],
  [
    "new training materials",
    `The WCO has published new training materials on e-commerce, available on the CLiKC! platform from 1 March
2021.`,
  ],
  [
    "plans without a date",
    `The ROCB A/P is planning a series of workshops on data analytics for next year and will consult Members on
their needs.`,
  ],
  [
    "a course offered online",
    `New e-learning course on HS classification
An e-learning course on HS classification is available to all Members on the CLiKC! platform from 1 March
2021.`,
  ],
  [
    "a study published",
    `The ROCB A/P published a comparative study on cross-border e-commerce procedures in the region on 5 June
2020.`,
  ],
];

/** Texts that name an event but cannot be recorded as they are: each gets a sentence. */
export const REFUSED: Array<[string, string, RegExp]> = [
  [
    "an event told without its dates",
    `Fiji officers learn valuation
The National Workshop on Customs Valuation for Fiji was held in Suva last week. Twenty officers attended.`,
    /National Workshop on Customs Valuation for Fiji" but not its dates/,
  ],
  [
    "two events, only one of them dated",
    `Pacific news
The ROCB A/P organized the National Workshop on Risk Management for Palau in Koror, Palau from 4 to 8
March 2019. A National Workshop on Post Clearance Audit for Nauru was also held in Yaren.`,
    /National Workshop on Post Clearance Audit for Nauru" but not its dates/,
  ],
];
