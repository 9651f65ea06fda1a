import { ENGLISH_ABBREVIATIONS } from '../../i18n/place-terms.ts';

/**
 * The data's own English name made readable: underscores, abbreviations and glued words undone, the owner
 * left out as in the translated names (`Public_toilet_in_Ojima4dai2-Park_KotoCity` → `Public toilet in
 * Ojima 4 No. 2 Park`; `Tachiai E. Sch.` → `Tachiai Elementary School`).
 */
export function tidyDataEnglish(en: string): string {
  let out = en.replace(/_/g, ' ');
  for (const [abbreviation, meaning] of ENGLISH_ABBREVIATIONS) out = out.split(abbreviation).join(meaning);
  return out
    .replace(/\s+[A-Z][a-z]+(City|Ward)$/, '') // the owner, glued (KotoCity): the address names it
    .replace(/([a-z\d])dai(\d+)/g, '$1 No. $2')
    .replace(/-dai(\d+)/g, ' No. $1')
    .replace(/([a-z])(\d)/g, '$1 $2')
    .replace(/(\d)([a-z])/g, '$1 $2')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/-(?=[A-Z])/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const KINDS: Record<string, string> = { city: 'City', town: 'Town', village: 'Village', mura: 'Village', machi: 'Town', ku: 'City' };

/**
 * A municipality's English name as 東京備蓄ナビ writes it, in one form (`City Suginami`, `SETAGAYA CITY`,
 * `Hachioji-City`, `Toshima mura` → Suginami City, Setagaya City, Hachioji City, Toshima Village).
 */
export function tidyMunicipalityEnglish(en: string): string {
  const words = en.split(/[\s-]+/).filter(Boolean);
  const kind = words.find((word) => KINDS[word.toLowerCase()]);
  const proper = words.filter((word) => word !== kind).map((word) => word.charAt(0).toUpperCase() + word.slice(1).toLowerCase());
  return kind ? [...proper, KINDS[kind.toLowerCase()]].join(' ') : proper.join(' ');
}
