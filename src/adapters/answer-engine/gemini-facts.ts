/**
 * The checkable facts of an answer, and whether the records hold them: URLs, phone numbers (6 digits or
 * more; 110, 119 and #7119 are too short to check and always allowed) and the block numbers of addresses
 * (2-8-1, 2丁目8番1号). Names and sentences are not checked: the numbers are what a model invents.
 */
export interface FactIndex {
  urls: string[];
  digitRuns: string[];
  blocks: string[];
  /** Calendar dates, `YYYY-MM-DD`: an event's dates, a site's designation. */
  dates: string[];
}

// a calendar date as the records write it (2024-06-25) or an answer may (2024/6/25, 2024年6月25日): never a phone number
const DATE = /(?<!\d)(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})日?(?!\d)/g;
const URL = /(?:https?:\/\/|www\.)[^\s<>"'`()（）「」『』、。，；]+/gi;
// digits and dashes, with an optional area code in brackets: "03-3777-1111", "(03) 3777-1111", "0337771111"
const PHONE_LIKE = /\+?(?:\(\d{1,5}\)\s?|\d)[\d-]{4,}\d/g;
// eslint-disable-next-line security/detect-unsafe-regex -- bounded repeats ({1,4}, {1,3}) on one sentence
const BLOCK = /(?<![\d:.,/])\d{1,4}(?:-\d{1,4}){1,3}(?![\d:.,/])/g;

/** NFKC, every dash look-alike as `-`, and 丁目・番地・番・号 as the dashes they stand for. */
export function normaliseFacts(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[‐‑‒–—―−ー－]/g, '-')
    .replace(/(\d)\s*(?:丁目|番地の|番地|番|の)\s*(?=\d)/g, '$1-')
    .replace(/(\d)\s*(?:番地|号)/g, '$1');
}

/** Where the records state facts: phone fields, URL fields (page and map links) and address fields. */
export interface FactSources {
  phones: string[];
  urls: string[];
  addresses: string[];
  /** Dates the records state (`YYYY-MM-DD`). */
  dates?: string[];
}

/**
 * The facts the records state, to check an answer's facts against. Only the fields meant for them count: a
 * phone number written in a record's free text (which an attacker may have put there) is not a phone number
 * the answer may give.
 */
export function indexFacts(sources: FactSources): FactIndex {
  return {
    urls: sources.urls.map((url) => url.normalize('NFKC')),
    digitRuns: sources.phones.flatMap((phone) => factsOf(phone).phones),
    blocks: sources.addresses.flatMap((address) => factsOf(address).blocks),
    dates: (sources.dates ?? []).flatMap((date) => factsOf(date).dates),
  };
}

/** The first fact of `text` that no record states, or undefined when every fact is grounded. */
export function findUngroundedFact(text: string, index: FactIndex): string | undefined {
  const facts = factsOf(text);
  const url = facts.urls.find((u) => !index.urls.some((known) => known.includes(u)));
  if (url) return url;
  const phone = facts.phones.find((digits) => !index.digitRuns.some((known) => known.includes(digits)));
  if (phone) return phone;
  const date = facts.dates.find((day) => !index.dates.includes(day));
  if (date) return date;
  return facts.blocks.find((block) => !index.blocks.some((known) => known === block || known.startsWith(`${block}-`)));
}

function factsOf(text: string): { urls: string[]; phones: string[]; blocks: string[]; dates: string[] } {
  let rest = normaliseFacts(text);
  const urls = [...rest.matchAll(URL)].map(([url]) => url.replace(/[.,;:!?)\]/]+$/, ''));
  rest = rest.replace(URL, ' ');
  const dates: string[] = [];
  rest = rest.replace(DATE, (_whole, y: string, m: string, d: string) => {
    dates.push(`${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`);
    return ' ';
  });
  const phones: string[] = [];
  rest = rest.replace(PHONE_LIKE, (run) => {
    const digits = run.replace(/\D/g, '');
    if (digits.length < 6) return run;
    phones.push(digits);
    return ' ';
  });
  const blocks = [...rest.matchAll(BLOCK)].map(([block]) => block);
  return { urls, phones, blocks, dates };
}
