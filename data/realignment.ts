// The realignment of U.S. forces in Japan that the Security Consultative Committee approved on 1 May
// 2006 ("United States-Japan Roadmap for Realignment Implementation"), from the Roadmap's own English
// text (Defense of Japan 2006, Reference 38: see the register's `scc-2006`), in the order of its
// "Key Implementation Details". These are the editors' words, not the lecturer's. What the slide has no
// room for (the package rule, dates, costs, the KC-130s, shared use, the Yokota airspace, PAC-3) is in
// each move's `text`, which the map's description and the reader edition give in full.
import type { MapPlace, RealignmentMove } from './types'
import { listOf } from './ids'

// Coordinates, to a hundredth of a degree, from stored reference pages that give the place's own
// coordinates (Wikipedia and its mirrors, airport directories), read on 2026-12-01; each place is the one
// the Roadmap names (its words in the comment where they differ from the name). They only place the dots.
export const places = listOf<MapPlace>('map place')([
  // en.wikipedia.org/wiki/Marine_Corps_Air_Station_Futenma: 26.27083°N 127.74806°E
  { id: 'futenma', name: 'Futenma', lat: 26.27, lon: 127.75 },
  // The Roadmap's "Henoko-saki and adjacent water areas of Oura and Henoko Bays", in "the Camp Schwab
  // area": Henoko point on the Pacific coast, about 26.53°N 128.04°E (the camp's district is Henoko, Nago,
  // on the east coast: ja.wikipedia.org/wiki/キャンプ・シュワブ, wikippe.e-do-match.com copy). Checked on
  // the Natural Earth 10 m coast the inset is drawn from: the dot lies on the Pacific shore, not at Nago's
  // city hall on the East China Sea, where it was once drawn.
  { id: 'camp-schwab', name: 'Camp Schwab', lat: 26.53, lon: 128.04 },
  // "Kadena Air Base", the point the Roadmap's land returns lie south of
  // (en.wikipedia.org/wiki/Kadena_Airfield, movatter.jp copy): 26.35167°N 127.76944°E
  { id: 'kadena', name: 'Kadena', lat: 26.35, lon: 127.77 },
  // Ginowan, one of the municipalities Camp Zukeran lies in (piglix.com/piglix/Ginowan): 26.28167°N 127.77833°E
  { id: 'camp-zukeran', name: 'Camp Zukeran', lat: 26.28, lon: 127.78 },
  // "Makiminato Service Area", Camp Kinser (de.qwertyu.wiki/wiki/Camp_Kinser): 26.252528°N 127.697396°E
  { id: 'makiminato', name: 'Makiminato', lat: 26.25, lon: 127.70 },
  // Guam (hotbot.com/answers/how-big-is-guam): 13.4443°N 144.7937°E
  { id: 'guam', name: 'Guam', lat: 13.44, lon: 144.79 },
  // en.wikipedia.org/wiki/Camp_Zama (its heliport): 35.51361°N 139.39361°E
  { id: 'camp-zama', name: 'Camp Zama', lat: 35.51, lon: 139.39 },
  // ja.wikipedia.org/wiki/相模総合補給廠 (mobile.seisyun.net copy): 35.580717°N 139.377762°E
  { id: 'sagami', name: 'Sagami General Depot', lat: 35.58, lon: 139.38 },
  // en.wikipedia.org/wiki/Yokota_Air_Base (cloudfront copy): 35.74861°N 139.34861°E
  { id: 'yokota', name: 'Yokota', lat: 35.75, lon: 139.35 },
  // Fuchu, where the Air Defense Command was "currently located" in October 2005 (scc-2005-10, III.2)
  // (es.abcdef.wiki/wiki/Fuchū_Air_Base_(Tokyo)): 35.676°N 139.495°E
  { id: 'fuchu', name: 'Fuchu', lat: 35.68, lon: 139.50 },
  // airports-worldwide.com/japan/atsugi_naf_japan.php: 35.45472°N 139.45°E
  { id: 'atsugi', name: 'Atsugi', lat: 35.45, lon: 139.45 },
  // airports-worldwide.com/japan/iwakuni_mcas_japan.php: 34.14389°N 132.23556°E
  { id: 'iwakuni', name: 'Iwakuni', lat: 34.14, lon: 132.24 },
  // "Air SDF Shariki Base" (ja.wikipedia.org/wiki/車力分屯基地, wpedia.goo.ne.jp copy): 40.98333°N 140.35861°E
  { id: 'shariki', name: 'Shariki', lat: 40.98, lon: 140.36 },
  // en-academic.com/dic.nsf/enwiki/1678516 (Chitose Air Base): 42.79444°N 141.66639°E
  { id: 'chitose', name: 'Chitose', lat: 42.79, lon: 141.67 },
  // de-academic.com/dic.nsf/dewiki/1149928 (Misawa Air Base): 40°42′12″N 141°22′6″E
  { id: 'misawa', name: 'Misawa', lat: 40.70, lon: 141.37 },
  // hmong.in.th/wiki/Hyakuri_Air_Base: 36.18167°N 140.41472°E
  { id: 'hyakuri', name: 'Hyakuri', lat: 36.18, lon: 140.41 },
  // wikizero.com (Aéroport de Komatsu): 36°23′38″N 136°24′27″E
  { id: 'komatsu', name: 'Komatsu', lat: 36.39, lon: 136.41 },
  // jablog.org (Tsuiki Air Base): 33.68500°N 131.04028°E
  { id: 'tsuiki', name: 'Tsuiki', lat: 33.69, lon: 131.04 },
  // pacificwrecks.com/airfield/japan/nyutabaru: 32°5′3″N 131°27′16″E
  { id: 'nyutabaru', name: 'Nyutabaru', lat: 32.08, lon: 131.45 },
])

/** A place on the realignment map: the ids above, and no other. */
export type PlaceId = (typeof places)[number]['id']

export const moves: RealignmentMove[] = [
  {
    id: 'futenma-replacement',
    section: '1(a)',
    kind: 'relocation',
    from: 'futenma',
    to: 'camp-schwab',
    places: ['futenma', 'camp-schwab'],
    label: 'Futenma to Camp Schwab: a replacement facility with two runways in a V, due by 2014',
    text: 'Futenma Replacement Facility (FRF): two runways “aligned in a ‘V’-shape” at Henoko-saki and the adjacent waters of Oura and Henoko Bays, in the Camp Schwab area; construction “targeted for completion by 2014”; the relocation to it to “occur when the facility is fully operationally capable”',
    sources: [{ source: 'scc-2006', at: '1(a)' }],
  },
  {
    id: 'guam',
    section: '1(b)',
    kind: 'relocation',
    from: 'okinawa',
    to: 'guam',
    places: ['guam'],
    label: 'About 8,000 III MEF personnel and 9,000 dependents to Guam by 2014; Japan to pay $6.09 bn of $10.27 bn',
    text: 'About 8,000 III Marine Expeditionary Force personnel and their about 9,000 dependents to move from Okinawa to Guam by 2014, “in a manner that maintains unit integrity”; of the estimated $10.27 billion for facilities and infrastructure on Guam, Japan to provide $6.09 billion (in U.S. fiscal year 2008 dollars), including $2.8 billion in direct cash contributions, the United States the rest; in the agreement of 17 February 2009 Japan undertakes cash contributions of up to $2.8 billion',
    sources: [
      { source: 'scc-2006', at: '1(b)' },
      { source: 'guam-2009', at: 'preamble, Article 1' },
    ],
  },
  {
    id: 'land-returns',
    section: '1(c)',
    kind: 'return',
    places: ['camp-zukeran', 'makiminato'],
    landmarks: ['kadena'],
    label: 'South of Kadena: the return of six facilities to be examined, once moves 1 and 2 are made',
    text: 'After the move to the FRF, the return of Futenma and the move to Guam, the remaining facilities on Okinawa to be consolidated, “thereby enabling the return of significant land areas south of Kadena Air Base”: the total or partial return of six candidate facilities “will be examined” (Camp Kuwae, Camp Zukeran in part, MCAS Futenma, Makiminato Service Area, Naha Port, and Army POL Depot Kuwae Tank Farm No. 1). The package rule: these land returns depend on the move to Guam, and the move to Guam on “tangible progress toward completion of the FRF” and on Japan’s financial contributions. Shared use: Camp Hansen for Ground SDF training, Kadena Air Base for Air SDF training with U.S. forces',
    sources: [{ source: 'scc-2006', at: '1(c), 1(d)' }],
  },
  {
    id: 'camp-zama',
    section: '2',
    kind: 'new role',
    places: ['camp-zama', 'sagami'],
    label: 'Camp Zama: U.S. Army command transformed, GSDF Central Readiness Force HQ; Sagami: a battle command training center',
    text: 'Camp Zama: the U.S. Army command and control structure to be transformed by U.S. fiscal year 2008, and the headquarters of the Ground SDF Central Readiness Force to arrive by Japan fiscal year 2012; Sagami General Depot: a battle command training center and other support facilities, with U.S. funding, and some of its land returned',
    sources: [{ source: 'scc-2006', at: '2' }],
  },
  {
    id: 'yokota',
    section: '3',
    kind: 'relocation',
    from: 'fuchu',
    to: 'yokota',
    places: ['fuchu', 'yokota'],
    label: 'Fuchu to Yokota: ASDF Air Defense Command; a joint operations coordination center',
    text: 'Yokota Air Base: the Air SDF Air Defense Command to move in from Fuchu in Japan fiscal year 2010, and a bilateral, joint operations coordination center; Yokota airspace: portions to be returned to Japanese control by September 2008, and the conditions for the possible return of the whole airspace to be studied',
    sources: [
      { source: 'scc-2006', at: '3' },
      { source: 'scc-2005-10', at: 'III.2 (Fuchu)' },
    ],
  },
  {
    id: 'carrier-aircraft',
    section: '4',
    kind: 'relocation',
    from: 'atsugi',
    to: 'iwakuni',
    places: ['atsugi', 'iwakuni'],
    label: 'Atsugi to Iwakuni: the carrier air wing’s squadrons, by 2014; KC-130s based at Iwakuni',
    text: 'The squadrons of Carrier Air Wing Five (F/A-18, EA-6B, E-2C and C-2 aircraft) to move from Atsugi Air Facility to MCAS Iwakuni, to be completed by 2014; the KC-130 squadron to be based at MCAS Iwakuni, deploying in rotation to Maritime SDF Kanoya Base and Guam',
    sources: [{ source: 'scc-2006', at: '4' }],
  },
  {
    id: 'x-band-radar',
    section: '5',
    kind: 'new role',
    places: ['shariki'],
    label: 'Shariki: a U.S. X-band radar for missile defense',
    text: 'Missile defense: a new U.S. X-band radar at Air SDF Shariki Base, its data shared with Japan, deployed there in June 2006; U.S. Patriot PAC-3 capabilities to be deployed to Japan “within existing U.S. facilities and areas” (the Roadmap names no base for them)',
    sources: [
      { source: 'scc-2006', at: '5' },
      { source: 'white-paper-2007-bmd', at: '6 弾道ミサイル防衛（BMD）' },
    ],
  },
  {
    id: 'training-relocation',
    section: '6',
    kind: 'training',
    places: ['chitose', 'misawa', 'hyakuri', 'komatsu', 'tsuiki', 'nyutabaru'],
    label: 'Kadena, Misawa, Iwakuni to six ASDF bases: aircraft training',
    text: 'Training relocation: at first, aircraft from three U.S. facilities, Kadena, Misawa and Iwakuni, to take part in training from six SDF facilities: Chitose, Misawa, Hyakuri, Komatsu, Tsuiki, Nyutabaru',
    sources: [{ source: 'scc-2006', at: '6' }],
  },
]
