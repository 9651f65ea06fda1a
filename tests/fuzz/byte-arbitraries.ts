import fc from 'fast-check';

const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));

/** JSON text as bytes: well-formed UTF-8 (JSON.stringify writes lone surrogates as \ud800 escapes). */
export const jsonBytes = (value: unknown): Uint8Array => utf8(JSON.stringify(value) ?? 'null');

/** Strings with what breaks text handling: every plane, control characters, combining marks, escapes of lone surrogates. */
export const nastyString = (maxLength = 200): fc.Arbitrary<string> =>
  fc.oneof(
    fc.string({ maxLength }),
    fc.string({ unit: 'grapheme', maxLength }),
    fc.string({ unit: 'binary', maxLength }),
    fc.constantFrom('\ud800', 'a\udc00b', '\udbff\udbff', '\u0000', '\u202e', '\ufeff', '𠮷野家', 'ｶﾀｶﾅ', '①②', '\u3099'.repeat(50), ''),
  );

/** Bytes that are not UTF-8: a lone continuation byte, an overlong form, a raw surrogate (CESU/WTF-8), a cut sequence. */
export const invalidUtf8 = fc
  .array(fc.constantFrom([0x80], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xed, 0xbf, 0xbf], [0xe3, 0x81], [0xf4, 0x90, 0x80, 0x80], [0xff], [0xfe]), { minLength: 1, maxLength: 6 })
  .map((parts) => new Uint8Array(parts.flat()));

/** A JSON document nested `depth` deep, as arrays or objects, optionally inside an otherwise valid body. */
export const deepJson = fc
  .record({ depth: fc.oneof(fc.integer({ min: 1, max: 8_000 }), fc.integer({ min: 8_000, max: 40_000 })), kind: fc.constantFrom('array', 'object'), field: fc.constantFrom('message', 'location', 'extra', 'text') })
  .map(({ depth, kind, field }) => {
    const open = kind === 'array' ? '[' : '{"a":';
    const close = kind === 'array' ? ']' : '}';
    const nested = `${open.repeat(depth)}1${close.repeat(depth)}`;
    return utf8(`{"${field}":${nested},"message":"hi","text":"hi"}`);
  });

/** A body around and past a limit (16 KiB JSON, 2 MiB audio), sometimes valid JSON, sometimes not. */
export const hugeBody = (limit: number) =>
  fc
  .record({ size: fc.integer({ min: limit - 64, max: limit * 2 }), valid: fc.boolean() })
  .map(({ size, valid }) => (valid ? utf8(`{"message":"${'あ'.repeat(Math.floor(size / 3))}","text":"x"}`) : new Uint8Array(size).fill(0x7b)));

/** A well-formed body cut short at some byte. */
export const truncated = (body: fc.Arbitrary<Uint8Array>) =>
  fc.tuple(body, fc.double({ min: 0, max: 1, noNaN: true })).map(([bytes, share]) => bytes.subarray(0, Math.floor(bytes.length * share)));

/** A valid JSON body with invalid UTF-8 spliced into one of its strings. */
export const withInvalidUtf8 = (fields: string[]) =>
  fc.tuple(fc.constantFrom(...fields), invalidUtf8).map(([field, bad]) => new Uint8Array([...utf8(`{"${field}":"a`), ...bad, ...utf8('b","message":"x","text":"y"}')]));

/** Content types: the right one in its spellings, and wrong ones. */
export const contentTypes = (right: string[]) =>
  fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...right) },
    { weight: 3, arbitrary: fc.constantFrom('', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/jsonx', 'audio/wav', 'application/ld+json', 'text/event-stream', 'application/json; charset=latin1') },
    { weight: 1, arbitrary: fc.string({ maxLength: 60 }).filter((s) => /^[\x21-\x7e ]*$/.test(s)) },
  );

/** Header values a client may send (visible ASCII). */
export const headerValue = fc.oneof(
  fc.constantFrom('en', 'ja-JP,ja;q=0.9', 'ko-KR', 'zh-TW', 'zh-Hans-CN', '*', 'xx', 'en;q=abc', ''),
  fc.string({ maxLength: 80 }).filter((s) => /^[\x20-\x7e]*$/.test(s)),
);
