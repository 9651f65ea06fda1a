/** What kind of personal data a placeholder stands for. */
export type PersonalDataKind = 'email' | 'card-number' | 'my-number' | 'phone' | 'address';

// `ー` (katakana long vowel) and dash look-alikes are what Japanese keyboards type between digit groups
const DASH = '[-‐‑‒–—―−－ー]';
// every part bounded, as RFC 5321 bounds them: the logger runs this on every string it writes
// eslint-disable-next-line security/detect-unsafe-regex -- bounded repeats only
const EMAIL = /[\w.%+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){0,8}\.[a-z]{2,24}/gi;
// a run of digits with the separators people type between groups: spaces, dashes, brackets (not dots, so
// decimals and IP addresses in log lines stay readable); not part of a longer word, so the digit groups of a
// UUID (a request id: c8d4eaae-8010-4423-9304-2e6a…) are not read as a card number
const NUMBER_RUN = new RegExp(`(?<![\\w-])\\+?[\\d(](?:[\\d ()]|${DASH}){7,26}\\d(?![\\w-])`, 'g');
// street numbers written the Japanese way: 2丁目8番1号, 2丁目8-1, 123番地, or 2-8-1 right after a town name
const JA_BLOCK = new RegExp(
  `\\d{1,4}丁目(?:\\s?\\d{1,4}(?:番地?|${DASH})(?:\\s?\\d{1,4}号?)?)?|\\d{1,5}番地(?:の\\d{1,4})?|(?<=[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}])\\d{1,4}(?:${DASH}\\d{1,4}){1,3}(?:号)?`,
  'gu',
);
// street numbers written the English way: "2-8-1 Nishi-Shinjuku", "2-8 Kojimachi", "2 Chome-8-1",
// "221B Baker Street"; three short groups are an address whatever follows (a date's year has four digits)
// eslint-disable-next-line security/detect-unsafe-regex -- bounded repeats, no nested quantifiers
const EN_BLOCK = /\b\d{1,3}-\d{1,3}-\d{1,4}\b|\b\d{1,4}-\d{1,4}(?=,?\s+[A-Z][a-z])|\b\d{1,2}\s?-?[Cc]home\b(?:-\d{1,4}){0,2}|\b\d{1,5}[A-Z]?\s+(?:[A-Z][a-z]+\s){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr)\b\.?/g;

/**
 * Text with personal data replaced by placeholders before it is logged, stored in a session, or sent to a
 * model: e-mail addresses, payment card numbers (13-19 digits), My Numbers (12 digits), phone numbers
 * (10-11 digits starting with 0, or + and a country code) and street numbers of addresses (the block and
 * house numbers; the town and ward stay, since they are what a place question needs). Full-width digits and
 * letters count the same as ASCII ones (NFKC first).
 */
export function redactPersonalData(text: string): string {
  return findPersonalData(text).text;
}

/** The redacted text and the kinds of personal data that were found in it (for security events). */
export function findPersonalData(text: string): { text: string; kinds: PersonalDataKind[] } {
  const kinds = new Set<PersonalDataKind>();
  const mark = (kind: PersonalDataKind) => {
    kinds.add(kind);
    return `[${kind}]`;
  };
  let redacted = text.normalize('NFKC');
  // every pattern needs an '@' (e-mail) or a digit (the rest): most strings a log line carries have neither
  if (redacted.includes('@')) redacted = redacted.replace(EMAIL, () => mark('email'));
  if (/\d/.test(redacted)) {
    redacted = redacted
      .replace(NUMBER_RUN, (run) => {
        const kind = classifyNumber(run);
        return kind ? mark(kind) : run;
      })
      .replace(JA_BLOCK, () => mark('address'))
      .replace(EN_BLOCK, () => mark('address'));
  }
  return { text: redacted, kinds: [...kinds] };
}

function classifyNumber(run: string): PersonalDataKind | undefined {
  const digits = run.replace(/\D/g, '');
  if (digits.length >= 13 && digits.length <= 19) return 'card-number';
  if (digits.length === 12 && !run.startsWith('+')) return 'my-number';
  if (run.startsWith('+') && digits.length >= 8 && digits.length <= 15) return 'phone';
  if (digits.startsWith('0') && digits.length >= 10 && digits.length <= 11) return 'phone';
  return undefined;
}
