/**
 * Words that tell a language written in Latin letters: English function words (a question with one of them is
 * English, even when it names a place in romaji), and the scripts of languages the service does not speak.
 */
export const ENGLISH_WORDS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'is', 'are', 'was', 'were', 'be', 'where', 'what', 'whats', "what's", 'how', 'when', 'which', 'who', 'why', 'can', 'could', 'would',
  'should', 'i', 'me', 'my', 'we', 'our', 'you', 'your', 'it', 'its', "it's", 'there', 'here', 'this', 'that', 'these', 'those', 'do', 'does', 'did',
  'near', 'nearest', 'nearby', 'closest', 'in', 'at', 'on', 'of', 'for', 'to', 'from', 'with', 'and', 'or', 'any', 'some', 'all', 'please', 'open',
  'closed', 'find', 'show', 'tell', 'need', 'want', 'get', 'go', 'much', 'many', 'much', 'have', 'has', 'get', 'today', 'now', 'about', 'by', 'is',
  "where's", 'wheres', 'hi', 'hello', 'thanks', 'thank',
]);

/** Scripts of languages the service does not answer in, with the language each most likely is. */
export const FOREIGN_SCRIPTS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\p{Script=Thai}/u, 'th'],
  [/\p{Script=Devanagari}/u, 'ne'],
  [/\p{Script=Arabic}/u, 'ar'],
  [/\p{Script=Cyrillic}/u, 'ru'],
  [/\p{Script=Hebrew}/u, 'he'],
  [/\p{Script=Greek}/u, 'el'],
  [/\p{Script=Bengali}/u, 'bn'],
  [/\p{Script=Tamil}/u, 'ta'],
  [/\p{Script=Sinhala}/u, 'si'],
  [/\p{Script=Myanmar}/u, 'my'],
  [/\p{Script=Khmer}/u, 'km'],
  [/\p{Script=Lao}/u, 'lo'],
  [/\p{Script=Mongolian}/u, 'mn'],
  [/\p{Script=Georgian}/u, 'ka'],
  // Vietnamese letters no other language here writes
  [/[ăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu, 'vi'],
];
