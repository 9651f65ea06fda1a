/** `江東区立清澄二丁目公園`, `杉並区立東原中学校 (体育館)` → the name the same facility has in other lists. */
export function facilityKey(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[(（][^)）\d]*[)）]/g, '') // a qualifier (体育館), not an address (中央区日本橋室町1-1)
    .replace(/\s+/g, '')
    .replace(/^(東京都立|都立|[区市町村]立|\S{1,4}[区市町村]立)/, '');
}
