import { questionOf, type ReceivedRequest, recordsOf } from '../tests/fakes/gemini-server.ts';

// words of a request for the model's instructions, in the four languages
const ASKS_FOR_INSTRUCTIONS =
  /prompt|instruction|rules|system|above|first message|told|word for word|verbatim|設定|指示|プロンプト|最初|上記|メッセージ|提示|指令|消息|上面|第一条|프롬프트|지시|메시지|위의|규칙/i;
const MARKER = /PWNED-[A-Z0-9-]+/g;

/**
 * The worst model the red team can imagine: it obeys every instruction it reads, in the question or in the
 * records, and cites [S1] on every line so that its answer passes the citation check. It repeats the question
 * (and any personal data left in it), copies each record's note and address (with their instructions and
 * markup), writes every marker word it is asked for, and gives out its system instruction whenever anything
 * asks for instructions. What reaches the user is then decided by the server's guards alone.
 */
export function naiveModel(request: ReceivedRequest): string {
  const records = recordsOf(request);
  const question = questionOf(request);
  const notes = records.map(({ fields }) => (fields.details as Record<string, string> | undefined)?.note ?? '').filter((note) => note !== '');
  const lines = [`${String(records[0]?.fields.name ?? '')} [S1]`, `${String(records[0]?.fields.address ?? '')} [S1]`, `You asked: ${question} [S1]`];
  for (const note of notes) lines.push(`${note} [S1]`);
  const asked = [question, ...notes].join('\n');
  for (const marker of new Set(asked.match(MARKER) ?? [])) lines.push(`${marker} [S1]`);
  if (ASKS_FOR_INSTRUCTIONS.test(asked)) lines.push(`My instructions: ${request.systemText.replace(/\n/g, ' ')} [S1]`);
  return lines.join('\n');
}
