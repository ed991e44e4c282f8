// The lecture's facts, each written once. Source: Masahiro Akiyama's lecture text (Peking University,
// 15 October 2009). Texts are quoted word for word; only a stray space before a full stop and the
// comma in the cover's date ("15 October, 2009") were removed.
import type {
  AllianceDocument,
  Lecture,
  ObjectiveList,
  Outline,
  Section,
  SupportMeasure,
  TreatyArticle,
} from './types'
import { listOf } from './ids'

export const lecture: Lecture = {
  title: 'The Development of The Japan-US Alliance',
  institution: 'Peking University',
  date: '2009-10-15',
  lecturer: 'Masahiro Akiyama',
}

// The lecture's sections. Adding one is one entry here plus its slides in slides.md, the divider's
// `routeAlias` being the new id (see data/deck.ts). Minutes add up to the 90-minute lecture planned in
// the deck's headmatter (see tests/unit/data.test.ts).
export const sections = listOf<Section>('section')([
  { id: 'development', number: 1, title: 'Development of Japan-US Alliance', minutes: 20 },
  { id: 'treaty', number: 2, title: 'Japan-US Security Treaty', minutes: 15 },
  { id: 'guidelines', number: 3, title: 'Guidelines of the Japan-US defense cooperation', minutes: 10 },
  { id: 'surrounding', number: 4, title: 'Situation in Areas Surrounding Japan', minutes: 15 },
  { id: 'scc', number: 5, title: 'The Joint Statement by the Security Consultative Committee (SCC) 2/19 2005', minutes: 20 },
  { id: 'challenges', number: 6, title: 'Challenges of the Japan-US Alliance', minutes: 10 },
])

/** The id of one of the lecture's sections: the ids above, and no other. */
export type SectionId = (typeof sections)[number]['id']

export const documents = listOf<AllianceDocument>('document')([
  {
    id: 'treaty-1951',
    strand: 'Japan-US Security Treaty',
    title: 'Security Treaty Between Japan and the United States of America',
    shortTitle: 'Security Treaty',
    date: '1951-09-08',
    source: 'treaty-1951',
  },
  {
    id: 'treaty-1960',
    strand: 'Japan-US Security Treaty',
    title: 'Treaty of Mutual Cooperation and Security between Japan and the United States of America',
    shortTitle: 'Treaty of Mutual Cooperation and Security',
    date: '1960-01-19',
    source: 'treaty-1960',
  },
  {
    id: 'guidelines-1997',
    strand: 'Japan-US Defense Cooperation',
    title: 'Guidelines for Japan-US Defense Cooperation',
    shortTitle: 'Defense Cooperation Guidelines',
    date: '1997-09-23',
    place: 'New York',
    source: 'guidelines-1997',
  },
  {
    id: 'scc-2005',
    strand: 'Japan-US Security Consultation',
    title: 'The Joint Statement by the Security Consultative Committee (SCC)',
    shortTitle: 'SCC Joint Statement',
    date: '2005-02-19',
    source: 'scc-2005',
  },
  {
    id: 'scc-2006',
    strand: 'Japan-US Security Consultation',
    title: 'United States-Japan Security Consultative Committee Document Joint Statement / United States-Japan Roadmap for Realignment Implementation',
    shortTitle: 'Roadmap for Realignment Implementation',
    date: '2006-05-01',
    source: 'scc-2006',
  },
])

export type DocumentId = (typeof documents)[number]['id']

export const articles = listOf<TreatyArticle>('treaty article')([
  {
    id: 'article-5',
    number: 'V',
    treaty: 'treaty-1960',
    text: 'Each Party recognizes that an armed attack against either Party in the territories under the administration of Japan would be dangerous to its own peace and safety and declares that it would act to meet the common danger in accordance with its constitutional provisions and processes. Any such armed attack and all measures taken as a result thereof shall be immediately reported to the Security Council of the United Nations in accordance with the provisions of Article 51 of the Charter. Such measures shall be terminated when the Security Council has taken the measures necessary to restore and maintain international peace and security.',
  },
  {
    id: 'article-6',
    number: 'VI',
    treaty: 'treaty-1960',
    text: 'For the purpose of contributing to the security of Japan and the maintenance of international peace and security in the Far East, the United States of America is granted the use by its land, air and naval forces of facilities and areas in Japan. The use of these facilities and areas as well as the status of United States armed forces in Japan shall be governed by a separate agreement, replacing the Administrative Agreement under Article III of the Security Treaty between Japan and the United States of America, signed at Tokyo on February 28, 1952, as amended, and by such other arrangements as may be agreed upon.',
  },
])

export type ArticleId = (typeof articles)[number]['id']

export const outlines = listOf<Outline>('outline')([
  {
    id: 'background',
    items: [
      {
        text: 'Historical Background of the Japan-US Alliance',
        children: [
          { text: 'From Security against Japan to for Japan' },
          { text: 'Peace Treaty, Security Treaty and Self Defense Forces' },
        ],
      },
    ],
  },
  {
    id: 'guidelines-areas',
    items: [
      { text: 'Cooperation under normal circumstances' },
      { text: 'Actions in response to an armed attack against Japan' },
      { text: 'Cooperation in Situations in Areas Surrounding Japan that will Have Important Influence on Japan\'s Peace and Security (Situations in Areas Surrounding Japan)' },
    ],
  },
  {
    id: 'surrounding-outline',
    items: [
      { text: '1. When a Situation in Areas Surrounding Japan is Anticipated' },
      {
        text: '2. Responses to Situations in Areas Surrounding Japan',
        children: [
          {
            text: 'Cooperation in Activities Initiated by Either Government',
            children: [
              { text: 'Relief Activities and Measures to Deal with Refugees' },
              { text: 'Search and Rescue' },
              { text: 'Noncombatant Evacuation Operations' },
              { text: 'Activities for Ensuring the Effectiveness of Economic Sanctions for the Maintenance of International Peace and Stability' },
            ],
          },
          { text: 'Japan\'s Support for U.S. Forces Activities' },
          { text: 'Japan-U.S. Operational Cooperation' },
        ],
      },
    ],
  },
  {
    id: 'scc-headings',
    items: [
      { text: 'Working Together on Challenges Facing the World Today' },
      {
        text: 'Common Strategic Objectives',
        children: [
          { text: 'New and emerging threats' },
          { text: 'Also emerging in the Asia-Pacific region' },
          { text: 'North Korea issues' },
        ],
      },
      { text: 'Strengthening of US-Japan Security and Defense Cooperation' },
    ],
  },
  {
    id: 'challenges',
    items: [
      { text: 'The might-be change of Japan-US Alliance reflecting the Japan\'s new administration' },
      { text: 'Roles and missions between Japan and the U.S.' },
      { text: 'Transformation of the US military forces in Japan' },
      { text: 'Afghanistan issues' },
      { text: 'Nuclear abolishment policy and the extended deterrence' },
    ],
  },
])

export type OutlineId = (typeof outlines)[number]['id']

export const supportMeasures = listOf<SupportMeasure>('support measure')([
  {
    id: 'use-of-facilities',
    heading: '(a) Use of Facilities',
    paragraphs: [
      'Based on the Japan-U.S. Security Treaty and its related arrangements, Japan will, in case of need, provide additional facilities and areas in a timely and appropriate manner, and ensure the temporary use by U.S. forces of SDF facilities and civilian airports and ports.',
    ],
  },
  {
    id: 'rear-area-support',
    heading: '(b) Rear Area Support',
    paragraphs: [
      'Japan will provide rear area support to those U.S. forces that are conducting operations for the purpose of achieving the objectives of the Japan-U.S. Security Treaty. The primary aim of this rear area support is to enable U.S. forces to use facilities and conduct operations in an effective manner. By its very nature, Japan\'s rear area support will be provided primarily in Japanese territory. It may also be provided on the high seas and international airspace around Japan which are distinguished from areas where combat operations are being conducted.',
      'In providing rear area support, Japan will make appropriate use of the authority and capacity of the central Government and local governments, as well as private sector capacity. The SDF, as appropriate, will provide such support consistent with their mission for the defense of Japan and the maintenance of public order.',
    ],
  },
])

export type SupportMeasureId = (typeof supportMeasures)[number]['id']

export const objectives = listOf<ObjectiveList>('objective list')([
  {
    id: 'regional',
    heading: 'Regional common strategic objectives',
    items: [
      'Ensure the security of Japan, strengthen peace and stability in the Asia-Pacific region, and maintain the capability to address contingencies affecting the United States and Japan.',
      'Support peaceful unification of the Korean Peninsula.',
      'Seek peaceful resolution of issues related to North Korea, including its nuclear programs, ballistic missile activities, illicit activities, and humanitarian issues such as the abduction of Japanese nationals by North Korea.',
      'Develop a cooperative relationship with China, welcoming the country to play a responsible and constructive role regionally as well as globally.',
      'Encourage the peaceful resolution of issues concerning the Taiwan Strait through dialogue.',
      'Encourage China to improve transparency of its military affairs.',
      'Encourage Russia\'s constructive engagement in the Asia-Pacific region.',
      'Fully normalize Japan-Russia relations through the resolution of the Northern Territories issue.',
      'Promote a peaceful, stable, and vibrant Southeast Asia.',
      'Welcome the development of various forms of regional cooperation, while stressing the importance of open, inclusive, and transparent regional mechanisms.',
      'Discourage destabilizing sales and transfers of arms and military technology.',
      'Maintain the security of maritime traffic.',
    ],
  },
  {
    id: 'global',
    heading: 'Global common strategic objectives',
    items: [
      'Promote fundamental values such as basic human rights, democracy, and the rule of law in the international community.',
      'Further consolidate U.S.-Japan partnership in international peace cooperation activities and development assistance to promote peace, stability, and prosperity worldwide.',
      'Promote the reduction and non-proliferation of weapons of mass destruction (WMD) and their means of delivery, including through improved reliability and effectiveness of the Non-Proliferation Treaty, the International Atomic Energy Agency, and other regimes, and initiatives such as the Proliferation Security Initiative.',
      'Prevent and eradicate terrorism.',
      'Coordinate efforts to improve the effectiveness of the United Nations Security Council by making the best use of the current momentum to realize Japan\'s aspiration to become a permanent member.',
      'Maintain and enhance the stability of the global energy supply.',
    ],
  },
])

export type ObjectiveScope = (typeof objectives)[number]['id']
