// The glossary: the lecture's documents and the others its context names, the bodies, the places on
// the realignment map and the terms a student must know, in English, Japanese and Chinese (simplified).
// Every rendering says whose it is and where it was read: a source of the register (data/sources.ts),
// whose publisher and address are then the ones given there, or a page named here with its publisher.
// The Japanese is the Japanese government's own (its titles and pages); the Chinese is a Chinese
// government body's or the state news agency's, named as such. A rendering that could not be read is
// left out (shown as not found), never made up. English is the lecture's own where the lecture names
// it, otherwise a register source's title, or the deck editors' own (the map's names, a few bodies).
import type { PlaceId, SourceId } from './types'
import { listOf } from './ids'

/** The glossary's own page in the site, beside the reader edition (reader/glossary.html). */
export const GLOSSARY_PAGE = 'glossary.html'

export type GlossaryKind = 'document' | 'body' | 'place' | 'term'

/** Read in a source of the register: its publisher and address are the register's. */
export interface ReadInSource {
  text: string
  source: SourceId
  /** Where in the source, when it is not the title. */
  at?: string
}

/** Read on a page outside the register. */
export interface ReadOnPage {
  text: string
  /** Whose words they are: the body that writes it so (and, for a copy, whose copy was read). */
  by: string
  url: `https://${string}` | `http://${string}`
  /** Where on the page, or how it was read (a reprint). */
  at?: string
}

/** The lecture's own words (tests/fixtures/source.md is the text). */
export interface ReadInLecture {
  text: string
  lecture: true
}

/** The deck editors' own name (the map's), where no official English text was read. */
export interface EditorsName {
  text: string
  editors: true
}

export type Rendering = ReadInSource | ReadOnPage
export type EnglishRendering = Rendering | ReadInLecture | EditorsName

export interface GlossaryTerm {
  id: string
  kind: GlossaryKind
  en: EnglishRendering
  /** Japanese, as the Japanese government writes it; absent where none was read. */
  ja?: Rendering
  /** Chinese (simplified), as a Chinese government body or the state news agency writes it; absent where none was read. */
  zh?: Rendering
  /** The place on the realignment map this names. */
  place?: PlaceId
  /** Other English forms that name it in the slides (for linking terms and naming them in the notes). */
  also?: string[]
}

// Pages read outside the register (each with its publisher).
const MOD_WHITE_PAPER_2000 = 'http://www.clearing.mod.go.jp/hakusho_data/2000/honmon/main/at1203040202.htm'
const MOD_WHITE_PAPER_2005 = 'http://www.clearing.mod.go.jp/hakusho_data/2005/2005/html/17316300.html'
const MOD_WHITE_PAPER_2007 = 'http://www.clearing.mod.go.jp/hakusho_data/2007/2007/html/j3126300.html'
const XINHUA_2012 = 'https://zzrb.zynews.cn/html/2012-04/28/content_365067.htm'
const XINHUA_2012_BY = 'Xinhua News Agency (dispatch from Washington, 26 April 2012)'
const XINHUA_2012_AT = 'read in Zhengzhou Daily’s reprint of the dispatch, 28 April 2012'

export const glossary = listOf<GlossaryTerm>('glossary term')([
  // The five documents of the lecture.
  {
    id: 'treaty-1951',
    kind: 'document',
    en: { text: 'Security Treaty Between Japan and the United States of America', lecture: true },
    ja: { text: '日本国とアメリカ合衆国との間の安全保障条約', source: 'archives-1952', at: '“正式には「日本国とアメリカ合衆国との間の安全保障条約」といいます”' },
  },
  {
    id: 'treaty-1960',
    kind: 'document',
    en: { text: 'Treaty of Mutual Cooperation and Security between Japan and the United States of America', lecture: true },
    ja: { text: '日米安保条約', by: 'Japan Defense Agency, Defense of Japan 2000 (防衛白書), outline of the Act on situations in areas surrounding Japan', url: MOD_WHITE_PAPER_2000, at: '(1) 目的' },
    zh: { text: '日美安保条约', by: 'Ministry of Foreign Affairs of the People’s Republic of China (spokesperson Ma Zhaoxu’s answer to a question), as reported by Xinhua News Agency', url: 'http://www.hycfw.com/Article/58201', at: 'read in a reprint of Xinhua’s report, marked 来源:新华网' },
  },
  {
    id: 'guidelines-1997',
    kind: 'document',
    en: { text: 'Guidelines for Japan-US Defense Cooperation', lecture: true },
    ja: { text: '日米防衛協力のための指針', source: 'white-paper-2003-guidelines' },
    also: ['Guidelines'],
  },
  {
    id: 'scc-2005',
    kind: 'document',
    en: { text: 'The Joint Statement by the Security Consultative Committee (SCC)', lecture: true },
  },
  {
    id: 'roadmap-2006',
    kind: 'document',
    en: { text: 'United States-Japan Roadmap for Realignment Implementation', lecture: true },
    ja: { text: '再編実施のための日米のロードマップ', source: 'roadmap-2006-ja' },
    also: ['Roadmap'],
  },
  // Other documents the context names.
  {
    id: 'peace-treaty',
    kind: 'document',
    en: { text: 'Treaty of Peace with Japan', source: 'peace-treaty-1951' },
    ja: { text: 'サンフランシスコ平和条約', source: 'archives-1952' },
    also: ['Peace Treaty'],
  },
  {
    id: 'act-1999',
    kind: 'document',
    en: { text: 'Act on Measures to Ensure the Peace and Security of Japan in Situations in Areas Surrounding Japan', source: 'act-1999' },
    ja: { text: '周辺事態に際して我が国の平和及び安全を確保するための措置に関する法律', by: 'Japan Defense Agency, Defense of Japan 2005 (防衛白書)', url: MOD_WHITE_PAPER_2005, at: 'note 6 (正式名称)' },
  },
  {
    id: 'scc-2005-10',
    kind: 'document',
    en: { text: 'U.S.-Japan Alliance: Transformation and Realignment for the Future', source: 'scc-2005-10' },
    ja: { text: '日米同盟:未来のための変革と再編', source: 'roadmap-2006-ja', at: '概観' },
  },
  {
    id: 'guam-agreement',
    kind: 'document',
    en: { text: 'Agreement Between the Government of Japan and the Government of the United States of America Concerning the Implementation of the Relocation of III Marine Expeditionary Force Personnel and Their Dependents from Okinawa to Guam', source: 'guam-2009' },
    ja: { text: '第三海兵機動展開部隊の要員及びその家族の沖縄からグアムへの移転の実施に関する日本国政府とアメリカ合衆国政府との間の協定', source: 'guam-protocol-2013', at: 'the title of the protocol that amends it' },
  },
  {
    id: 'replenishment-law',
    kind: 'document',
    en: { text: 'Replenishment Support Special Measures Law', source: 'rssml-2008' },
    ja: { text: '補給支援特別措置法', source: 'replenishment-2010' },
  },
  // Bodies.
  {
    id: 'scc',
    kind: 'body',
    en: { text: 'Security Consultative Committee (SCC)', lecture: true },
    ja: { text: '日米安全保障協議委員会(「2+2」)', source: 'okinawa-bureau-roadmap', at: 'its second paragraph' },
    also: ['Security Consultative Committee', 'SCC', '2+2'],
  },
  {
    id: 'sdf',
    kind: 'body',
    en: { text: 'Self Defense Forces', lecture: true },
    ja: { text: '自衛隊', source: 'roadmap-2006-ja', at: '概観' },
    also: ['Self-Defense Forces', 'SDF'],
  },
  {
    id: 'mod',
    kind: 'body',
    en: { text: 'Ministry of Defense', editors: true },
    ja: { text: '防衛省', by: 'Ministry of Defense of Japan, Defense of Japan 2007 (防衛白書)', url: MOD_WHITE_PAPER_2007, at: '“防衛省・自衛隊”' },
  },
  {
    id: 'jda',
    kind: 'body',
    en: { text: 'Japan Defense Agency', editors: true },
    ja: { text: '防衛庁', source: 'roadmap-2006-ja', at: '“額賀防衛庁長官”' },
  },
  {
    id: 'usfj',
    kind: 'body',
    en: { text: 'United States Forces, Japan', source: 'usfj-1960', at: 'its publisher, “Headquarters, United States Forces, Japan”' },
    ja: { text: '在日米軍', source: 'roadmap-2006-ja', at: '概観' },
    zh: { text: '驻日美军', by: 'Xinhua News Agency (special report, May 2019)', url: 'http://wvvw.xhyb.net.cn/wvvw/guoji/2019/0516/72774.html', at: 'read in a reprint marked 新华社专特稿' },
  },
  {
    id: 'iii-mef',
    kind: 'body',
    en: { text: 'III Marine Expeditionary Force', source: 'guam-2009' },
    ja: { text: '第三海兵機動展開部隊', source: 'guam-protocol-2013' },
    also: ['III MEF'],
  },
  // Places on the map.
  {
    id: 'okinawa',
    kind: 'place',
    en: { text: 'Okinawa', source: 'guam-2009' },
    ja: { text: '沖縄', source: 'roadmap-2006-ja', at: '1. 沖縄における再編' },
    zh: { text: '冲绳', by: XINHUA_2012_BY, url: XINHUA_2012, at: XINHUA_2012_AT },
  },
  {
    id: 'futenma',
    kind: 'place',
    place: 'futenma',
    en: { text: 'Futenma', editors: true },
    ja: { text: '普天間飛行場', source: 'roadmap-2006-ja', at: '(a) 普天間飛行場代替施設' },
    zh: { text: '普天间基地', by: XINHUA_2012_BY, url: XINHUA_2012, at: XINHUA_2012_AT },
  },
  { id: 'camp-schwab', kind: 'place', place: 'camp-schwab', en: { text: 'Camp Schwab', editors: true }, ja: { text: 'キャンプ・シュワブ', source: 'okinawa-bureau-roadmap', at: '普天間飛行場代替施設建設' } },
  { id: 'kadena', kind: 'place', place: 'kadena', en: { text: 'Kadena', editors: true }, ja: { text: '嘉手納飛行場', source: 'okinawa-bureau-roadmap', at: '嘉手納飛行場以南の相当規模の土地の返還' } },
  { id: 'camp-zukeran', kind: 'place', place: 'camp-zukeran', en: { text: 'Camp Zukeran', editors: true }, ja: { text: 'キャンプ瑞慶覧', source: 'okinawa-bureau-roadmap', at: '嘉手納飛行場以南の相当規模の土地の返還' } },
  { id: 'makiminato', kind: 'place', place: 'makiminato', en: { text: 'Makiminato', editors: true }, ja: { text: '牧港補給地区', source: 'okinawa-bureau-roadmap', at: '嘉手納飛行場以南の相当規模の土地の返還' } },
  {
    id: 'guam',
    kind: 'place',
    place: 'guam',
    en: { text: 'Guam', source: 'guam-2009' },
    ja: { text: 'グアム', source: 'roadmap-2006-ja', at: '(b) 兵力削減とグアムへの移転' },
    zh: { text: '关岛', by: XINHUA_2012_BY, url: XINHUA_2012, at: XINHUA_2012_AT },
  },
  { id: 'camp-zama', kind: 'place', place: 'camp-zama', en: { text: 'Camp Zama', editors: true }, ja: { text: 'キャンプ座間', source: 'white-paper-2006-zama', at: 'its first paragraph' } },
  { id: 'sagami', kind: 'place', place: 'sagami', en: { text: 'Sagami General Depot', editors: true }, ja: { text: '相模総合補給廠', source: 'white-paper-2006-zama', at: 'its third paragraph' } },
  { id: 'yokota', kind: 'place', place: 'yokota', en: { text: 'Yokota', editors: true }, ja: { text: '横田飛行場', source: 'roadmap-2006-ja', at: '3. 横田飛行場及び空域' } },
  { id: 'fuchu', kind: 'place', place: 'fuchu', en: { text: 'Fuchu', editors: true }, ja: { text: '府中', source: 'white-paper-2007-yokota', at: '(2)' } },
  { id: 'atsugi', kind: 'place', place: 'atsugi', en: { text: 'Atsugi', editors: true }, ja: { text: '厚木飛行場', source: 'roadmap-2006-ja', at: '4. 厚木飛行場から岩国飛行場への空母艦載機の移駐' } },
  { id: 'iwakuni', kind: 'place', place: 'iwakuni', en: { text: 'Iwakuni', editors: true }, ja: { text: '岩国飛行場', source: 'roadmap-2006-ja', at: '4. 厚木飛行場から岩国飛行場への空母艦載機の移駐' } },
  { id: 'shariki', kind: 'place', place: 'shariki', en: { text: 'Shariki', editors: true }, ja: { text: '車力分屯基地', source: 'white-paper-2007-bmd', at: '“空自車力分屯基地”' } },
  { id: 'chitose', kind: 'place', place: 'chitose', en: { text: 'Chitose', editors: true }, ja: { text: '千歳', source: 'white-paper-2006-training', at: '7 訓練移転' } },
  { id: 'misawa', kind: 'place', place: 'misawa', en: { text: 'Misawa', editors: true }, ja: { text: '三沢', source: 'white-paper-2006-training', at: '7 訓練移転' } },
  { id: 'hyakuri', kind: 'place', place: 'hyakuri', en: { text: 'Hyakuri', editors: true }, ja: { text: '百里', source: 'white-paper-2006-training', at: '7 訓練移転' } },
  { id: 'komatsu', kind: 'place', place: 'komatsu', en: { text: 'Komatsu', editors: true }, ja: { text: '小松', source: 'white-paper-2006-training', at: '7 訓練移転' } },
  { id: 'tsuiki', kind: 'place', place: 'tsuiki', en: { text: 'Tsuiki', editors: true }, ja: { text: '築城', source: 'white-paper-2006-training', at: '7 訓練移転' } },
  { id: 'nyutabaru', kind: 'place', place: 'nyutabaru', en: { text: 'Nyutabaru', editors: true }, ja: { text: '新田原', source: 'white-paper-2006-training', at: '7 訓練移転' } },
  // Terms a student must know.
  {
    id: 'prior-consultation',
    kind: 'term',
    en: { text: 'prior consultation', source: 'notes-1960' },
    ja: { text: '事前協議', by: 'Takahashi Michitoshi, government delegate (政府委員), in the Diet on 8 June 1960 (minutes kept by the National Diet Library)', url: 'https://kokalog.net/viewer.html?meeting_url=https%3A%2F%2Fkokkai.ndl.go.jp%2Ftxt%2F103414961X00319600608&speech_order=18', at: 'in “事前協議に関する交換公文”; read in a viewer of the National Diet Library’s minutes' },
  },
  {
    id: 'situations-surrounding',
    kind: 'term',
    en: { text: 'Situations in Areas Surrounding Japan', lecture: true },
    ja: { text: '周辺事態', by: 'Ministry of Defense of Japan, Defense of Japan 2007 (防衛白書)', url: MOD_WHITE_PAPER_2007, at: '3 周辺事態への対応' },
  },
  {
    id: 'rear-area-support',
    kind: 'term',
    en: { text: 'Rear Area Support', lecture: true },
    ja: { text: '後方地域支援', by: 'Ministry of Defense of Japan, Defense of Japan 2007 (防衛白書)', url: MOD_WHITE_PAPER_2007, at: '3 周辺事態への対応' },
  },
  { id: 'extended-deterrence', kind: 'term', en: { text: 'extended deterrence', lecture: true } },
  {
    id: 'northern-territories',
    kind: 'term',
    en: { text: 'Northern Territories', lecture: true },
    ja: { text: '北方領土', by: 'Cabinet Office, Government of Japan (北方対策本部), page “北方領土問題~今~”', url: 'http://www8.cao.go.jp/hoppo/mondai_ima/all.html', at: '1. 北方領土とは何か?' },
  },
  { id: 'common-strategic-objectives', kind: 'term', en: { text: 'Common Strategic Objectives', lecture: true } },
  {
    id: 'missile-defense',
    kind: 'term',
    en: { text: 'ballistic missile defense', editors: true },
    ja: { text: '弾道ミサイル防衛', source: 'white-paper-2007-bmd' },
    also: ['missile defense'],
  },
  {
    id: 'training-relocation',
    kind: 'term',
    en: { text: 'training relocation', editors: true },
    ja: { text: '訓練移転', source: 'white-paper-2006-training' },
  },
])

/** A term of the glossary: the ids above, and no other. */
export type GlossaryId = (typeof glossary)[number]['id']

/** The English forms a term is found by in the slides: its English, then the others. */
export function englishForms(term: GlossaryTerm): string[] {
  return [term.en.text, ...(term.also ?? [])]
}
