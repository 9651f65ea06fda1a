const EMAIL = /[\w.%+-]+@[\w-]+\.[\w.-]*[a-z]{2,}/gi;
// a run of digits with the separators people type between groups: spaces, dashes, dots, brackets
const NUMBER_RUN = /\+?[\d(][\d ().-]{7,26}\d/g;

/**
 * Text with personal data replaced by placeholders before it is logged, stored in a session, or sent to a
 * model: e-mail addresses, payment card numbers (13-19 digits), My Numbers (12 digits) and phone numbers
 * (10-11 digits starting with 0, or +81).
 */
export function redactPersonalData(text: string): string {
  return text.normalize('NFKC').replace(EMAIL, '[email]').replace(NUMBER_RUN, classifyNumber);
}

function classifyNumber(run: string): string {
  const digits = run.replace(/\D/g, '');
  if (digits.length >= 13 && digits.length <= 19) return '[card-number]';
  if (digits.length === 12) return '[my-number]';
  if (run.startsWith('+81') && digits.length >= 11 && digits.length <= 12) return '[phone]';
  if (digits.startsWith('0') && digits.length >= 10 && digits.length <= 11) return '[phone]';
  return run;
}
