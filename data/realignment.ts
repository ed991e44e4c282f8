// The realignment of U.S. forces in Japan that the Security Consultative Committee approved on 1 May
// 2006 ("United States-Japan Roadmap for Realignment Implementation"), as far as an official text or an
// official government description that the deck's editors read confirms it. The moves follow the order
// of the Roadmap's implementation details (its section headings, read in MOFA's provisional Japanese
// translation). These are the editors' words, not the lecturer's; Japanese passages are the editors'
// translation. Left off because nothing read here confirms them, or because the passage read breaks
// off: the shared use of Kadena and Camp Hansen, the Yokota airspace, the costs and the dates of
// completion (see the README's map section).
import type { MapPlace, RealignmentMove } from './types'

// Coordinates, to a hundredth of a degree, from stored reference pages that give the place's own
// coordinates (Wikipedia and its mirrors, airport directories), read on 2026-12-01; Camp Schwab and
// Camp Zukeran take those of the municipality they lie in (Nago, Ginowan). They only place the dots.
export const places: MapPlace[] = [
  // en.wikipedia.org/wiki/Marine_Corps_Air_Station_Futenma: 26.27083°N 127.74806°E
  { id: 'futenma', name: 'Futenma', lat: 26.27, lon: 127.75 },
  // Nago, the city Camp Schwab lies in (de.qaz.wiki/wiki/Nago,_Okinawa): 26.59167°N 127.97750°E
  { id: 'camp-schwab', name: 'Camp Schwab', lat: 26.59, lon: 127.98 },
  // en.wikipedia.org/wiki/Kadena_Airfield (movatter.jp copy): 26.35167°N 127.76944°E
  { id: 'kadena', name: 'Kadena', lat: 26.35, lon: 127.77 },
  // Ginowan, one of the municipalities Camp Zukeran lies in (piglix.com/piglix/Ginowan): 26.28167°N 127.77833°E
  { id: 'camp-zukeran', name: 'Camp Zukeran', lat: 26.28, lon: 127.78 },
  // Camp Kinser, the Makiminato Service Area (de.qwertyu.wiki/wiki/Camp_Kinser): 26.252528°N 127.697396°E
  { id: 'makiminato', name: 'Makiminato', lat: 26.25, lon: 127.70 },
  // Guam (hotbot.com/answers/how-big-is-guam): 13.4443°N 144.7937°E
  { id: 'guam', name: 'Guam', lat: 13.44, lon: 144.79 },
  // en.wikipedia.org/wiki/Camp_Zama (its heliport): 35.51361°N 139.39361°E
  { id: 'camp-zama', name: 'Camp Zama', lat: 35.51, lon: 139.39 },
  // ja.wikipedia.org/wiki/相模総合補給廠 (mobile.seisyun.net copy): 35.580717°N 139.377762°E
  { id: 'sagami', name: 'Sagami General Depot', lat: 35.58, lon: 139.38 },
  // en.wikipedia.org/wiki/Yokota_Air_Base (cloudfront copy): 35.74861°N 139.34861°E
  { id: 'yokota', name: 'Yokota', lat: 35.75, lon: 139.35 },
  // Fuchu Air Base (es.abcdef.wiki/wiki/Fuchū_Air_Base_(Tokyo)): 35.676°N 139.495°E
  { id: 'fuchu', name: 'Fuchu', lat: 35.68, lon: 139.50 },
  // airports-worldwide.com/japan/atsugi_naf_japan.php: 35.45472°N 139.45°E
  { id: 'atsugi', name: 'Atsugi', lat: 35.45, lon: 139.45 },
  // airports-worldwide.com/japan/iwakuni_mcas_japan.php: 34.14389°N 132.23556°E
  { id: 'iwakuni', name: 'Iwakuni', lat: 34.14, lon: 132.24 },
  // ja.wikipedia.org/wiki/車力分屯基地 (wpedia.goo.ne.jp copy): 40.98333°N 140.35861°E
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
]

export const moves: RealignmentMove[] = [
  {
    id: 'futenma-replacement',
    section: '1(a)',
    kind: 'relocation',
    from: 'futenma',
    to: 'camp-schwab',
    places: ['futenma', 'camp-schwab'],
    label: 'Futenma to Camp Schwab: a replacement facility with two runways in a V',
    text: 'Futenma Replacement Facility: two runways in a V shape, from Oura Bay to the south coast of Camp Schwab',
    sources: [{ source: 'okinawa-bureau-roadmap', at: '普天間飛行場代替施設建設' }],
  },
  {
    id: 'guam',
    section: '1(b)',
    kind: 'relocation',
    from: 'okinawa',
    to: 'guam',
    places: ['guam'],
    label: 'About 8,000 III MEF personnel and about 9,000 dependents to Guam',
    text: 'About 8,000 III Marine Expeditionary Force personnel and about 9,000 dependents to move from Okinawa to Guam',
    sources: [
      { source: 'okinawa-bureau-roadmap', at: '海兵隊の兵力削減及びグアムへの移転' },
      { source: 'guam-2009', at: 'preamble' },
    ],
  },
  {
    id: 'land-returns',
    section: '1(c)',
    kind: 'return',
    places: ['kadena', 'camp-zukeran', 'makiminato'],
    label: 'South of Kadena: Camp Zukeran to be returned in part, Makiminato in full',
    text: 'Once those two moves are made, land south of Kadena to be returned: Camp Zukeran in part, Makiminato in full',
    sources: [{ source: 'okinawa-bureau-roadmap', at: '嘉手納飛行場以南の相当規模の土地の返還' }],
  },
  {
    id: 'camp-zama',
    section: '2',
    kind: 'new role',
    places: ['camp-zama', 'sagami'],
    label: 'Camp Zama: a joint task force-capable U.S. Army HQ and the GSDF Central Readiness Force HQ; Sagami: a battle command training center',
    text: 'Camp Zama: U.S. Army Japan headquarters to become joint task force-capable, and the GSDF Central Readiness Force headquarters to be set up there; Sagami General Depot: a battle command training center',
    sources: [{ source: 'white-paper-2006-zama', at: '3 在日米陸軍司令部能力の改善' }],
  },
  {
    id: 'yokota',
    section: '3',
    kind: 'relocation',
    from: 'fuchu',
    to: 'yokota',
    places: ['fuchu', 'yokota'],
    label: 'Fuchu to Yokota: ASDF Air Defense Command; a joint operations coordination center',
    text: 'Yokota: a bilateral and joint operations coordination center, and the ASDF Air Defense Command to move in from Fuchu',
    sources: [{ source: 'white-paper-2007-yokota', at: '(1), (2)' }],
  },
  {
    id: 'carrier-aircraft',
    section: '4',
    kind: 'relocation',
    from: 'atsugi',
    to: 'iwakuni',
    places: ['atsugi', 'iwakuni'],
    label: 'Atsugi to Iwakuni: carrier-based aircraft',
    text: 'Carrier-based aircraft to move from Atsugi to Iwakuni',
    sources: [{ source: 'roadmap-2006-ja', at: 'heading of section 4' }],
  },
  {
    id: 'x-band-radar',
    section: '5',
    kind: 'new role',
    places: ['shariki'],
    label: 'Shariki: a U.S. X-band radar for missile defense',
    text: 'Missile defense: a U.S. X-band radar at the ASDF’s Shariki sub-base, deployed there in June 2006',
    sources: [{ source: 'white-paper-2007-bmd', at: '6 弾道ミサイル防衛（BMD）' }],
  },
  {
    id: 'training-relocation',
    section: '6',
    kind: 'training',
    places: ['chitose', 'misawa', 'hyakuri', 'komatsu', 'tsuiki', 'nyutabaru'],
    label: 'Kadena, Misawa, Iwakuni to six ASDF bases: aircraft training',
    text: 'Training relocation: U.S. aircraft from Kadena, Misawa and Iwakuni to join training at ASDF bases: Chitose, Misawa, Hyakuri, Komatsu, Tsuiki, Nyutabaru',
    sources: [{ source: 'white-paper-2006-training', at: '7 訓練移転' }],
  },
]

export function getPlace(id: string): MapPlace {
  const found = places.find(p => p.id === id)
  if (!found)
    throw new Error(`Unknown map place "${id}". Known: ${places.map(p => p.id).join(', ')}`)
  return found
}
