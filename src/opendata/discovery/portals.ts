/**
 * Municipal portals where a municipality publishes its data instead of (or as well as) the Tokyo catalogue
 * (CKAN_NOTES §2). Only CKAN portals are searched: the discovery asks them the same package_search. 新宿区's
 * files on its own site (`www.city.shinjuku.lg.jp/content/<n>.csv`, `data.odp.jig.jp`) have no search API and
 * are not looked for.
 */
export interface Portal {
  /** The municipality it publishes for. */
  wardCode: string;
  /** The portal's CKAN (its Action API is `<baseUrl>/api/3/action/…`). */
  baseUrl: string;
  /** The organisation filter when the portal serves many municipalities (BODIK), else none. */
  organization?: string;
}

export const PORTALS: readonly Portal[] = [
  // 港区's own CKAN: 2,631 resources in the 2021–22 crawl, files under /dataset/<uuid>/resource/<uuid>/download/
  { wardCode: '131032', baseUrl: 'https://opendata.city.minato.tokyo.jp' },
  // 目黒区 on BODIK, whose organisations are named by the 6-digit code as on BODIK ODCS (odcs.bodik.jp/131105/)
  { wardCode: '131105', baseUrl: 'https://data.bodik.jp', organization: '131105' },
];
