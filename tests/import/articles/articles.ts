/** Made-up news articles in the shapes the office and the WCO publish (none is copied from a real one). */

export const BUSAN = `ROCB A/P and Korea Customs hold regional workshop on customs laboratories

17-19 April 2018, Busan, Korea

The WCO, in cooperation with the ROCB A/P and the Korea Customs Service, organized the WCO Regional Workshop
on Capacity Building of Customs Laboratories from 17 to 19 April 2018 in Busan, Korea. 28 participants from
22 Member administrations attended the workshop, which was held under the financial support of the Customs
Cooperation Fund of Korea (CCF/Korea).

Participants shared their experience of laboratory management.`;

export const SUVA = `National Workshop on Post Clearance Audit (PCA) for Fiji
Suva, Fiji – 10 May 2019
The National Workshop on Post Clearance Audit (PCA) for Fiji Revenue and Customs Service (FRCS) was held at
the FRCS Training Room in Suva on 7, 8 and 10 May 2019. Sixteen officers took part. The workshop was funded by
CCF-Japan.`;

export const WEBINAR = `WCO Regional Webinar on E-Commerce for the Pacific Islands

The ROCB A/P organizedtheWCO Regional Webinar on E-Commerce for the Pacific Islands from 2 to 4 June2020
virtually, under the financial support of the Customs Cooperation Fund of Japan. 45 participants from 12
Member administrations joined the webinar.`;

export const APIA = `Samoa Customs hosts national workshop on Coordinated Border Management

Apia, Samoa, 30 March 2018

The WCO National Workshop on Coordinated Border Management for Samoa was held from 26 to 30 March in Apia.
Twenty-two officials from Samoa Customs and border agencies participated.`;

export const THIMPHU = `Sub-regional Workshop on AEO for Bhutan, Nepal and Maldives held in Thimphu
11-15 March, 2024, Thimphu, Bhutan
Under the sponsorship of CCF/Korea, the ROCB A/P conducted the Sub-regional Workshop on AEO for Bhutan, Nepal
and Maldives. 24 participants from 3 administrations took part.`;

export const CONFERENCE = `19th Regional Heads of Customs Administration Conference

The 19th Regional Heads of Customs Administration Conference was held in Sigatoka, Fiji on 14-18 May 2018.
The ROCB A/P presented its work plan.`;

export const NO_EVENT = [
  `Office news

The ROCB A/P moved to its new premises on 5 May 2018. Staff thanked the Korea Customs Service for its support.`,
  "Customs administrations in the region continue to modernise their procedures.",
  `Message from the Head of Office

Dear colleagues, thank you for your continued support throughout the year.`,
  "",
];

export const NO_DATE = `WCO National Workshop on AEO for Tonga

The ROCB A/P organized the WCO National Workshop on AEO for Tonga in Nuku'alofa. Twenty officers attended.`;

export const TWO_EVENTS = `ROCB A/P newsletter

The ROCB A/P organized the WCO National Workshop on PCA for Fiji from 2 to 6 April 2018 in Suva. The WCO Regional
Workshop on HS Classification was held in Kashiwa, Japan from 10 to 12 May 2018.`;

export const DATE_FIRST = `WCO ROCB A/P conducts National Workshop on Risk Management for Bhutan Customs

05 June 2019

From 3 to 5 June 2019, the WCO Asia/Pacific Regional Office for Capacity Building (ROCB A/P) conducted a National
Workshop on Risk Management for the Department of Revenue and Customs of Bhutan in Thimphu, Bhutan, under the
sponsorship of CCF-Japan. Twenty-five officers attended.`;

export const CAPITALS = `NATIONAL WORKSHOP ON AEO FOR FIJI
The WCO National Workshop on Authorized Economic Operator for Fiji was held in Nadi, Fiji from 11 to 14 February 2019.`;

export const VIRTUAL = `Virtual regional workshop on e-commerce

The ROCB A/P, together with the WCO Secretariat, organized a virtual Regional Workshop on E-Commerce for Asia/Pacific
Members on 23-25 November 2020. 60 participants from 25 Members joined the online sessions.`;

export const QUOTED = `The "Sub-regional Workshop on Coordinated Border Management for the Pacific" was held in Nuku'alofa, Tonga on
9-13 September 2019 with 20 participants from 8 administrations.`;

export const MISSION = `Kick-off of WCO Mercator Programme support to Vietnam
Hanoi, Viet Nam, 12 October 2018
A WCO scoping mission for Vietnam took place in Hanoi from 8 to 12 October 2018.`;
