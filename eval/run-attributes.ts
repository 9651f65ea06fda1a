/**
 * `npm run eval:attributes`: the generated attribute eval (issue 10, 9a). For every record and every fact it
 * holds, a question in each of the six languages, from the phrasings in eval/attributes/phrasings.json (written
 * blind: from the data and docs/api.md only, before this generator and without the engine's vocabulary), the
 * place named the way a speaker of the language would write it. Each question runs through the whole local
 * pipeline in process (no HTTP: there are about a hundred thousand) and is judged right when the answer is about
 * the place asked (its record or one of the same name) and says the fact, as that record holds it.
 *
 *   node eval/run-attributes.ts [--every N] [--attribute hours] [--lang en] [--show 20]
 *
 * `--every N` asks one record in N (a quick look); the figure reported is the run over every record.
 */
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as OpenCC from 'opencc-js';
import { clock } from '../src/adapters/answer-engine/fact-text.ts';
import { LocalAnswerEngine } from '../src/adapters/answer-engine/local-answer-engine.ts';
import { MemorySessionStore } from '../src/adapters/session-store/memory-session-store.ts';
import type { SourceView } from '../src/core/chat.ts';
import { LANGS, type Lang } from '../src/core/languages.ts';
import type { Place } from '../src/core/place.ts';
import type { Attribute } from '../src/core/question-frame.ts';
import { ANSWER_PHRASES, formatDate } from '../src/i18n/answer-phrases.ts';
import { loadCorpus } from '../src/opendata/load-corpus.ts';
import { ChatContext, type PipelineDeps } from '../src/pipeline/context.ts';
import { runPipeline } from '../src/pipeline/run-pipeline.ts';
import { CHAT_STEPS } from '../src/pipeline/steps/index.ts';
import { CorpusIndex } from '../src/retrieval/corpus-index.ts';
import { factOf, type Fact } from '../src/retrieval/place-facts.ts';
import { kanaToHangul } from '../src/text/hangul.ts';
import { latinNameOf } from '../src/text/english-names.ts';
import { fold } from './blind-judge.ts';

const { values: args } = parseArgs({ options: { every: { type: 'string', default: '1' }, attribute: { type: 'string' }, lang: { type: 'string' }, show: { type: 'string', default: '0' } } });
const every = Math.max(1, Number(args.every));

interface Phrasings {
  attributes: Record<string, Record<Lang, string[]>>;
}
const phrasings = JSON.parse(await readFile(path.resolve(import.meta.dirname, 'attributes/phrasings.json'), 'utf8')) as Phrasings;
const corpus = await loadCorpus(path.resolve(import.meta.dirname, '../data/snapshot/corpus.json'));
const index = new CorpusIndex(corpus);
const deps: PipelineDeps = { index, sessions: new MemorySessionStore(), localEngine: new LocalAnswerEngine(), now: Date.now, newId: randomUUID };
const toSimplified = OpenCC.Converter({ from: 'jp', to: 'cn' });
const toTraditional = OpenCC.Converter({ from: 'jp', to: 'tw' });

/** Marks a fact checked by `openDaysTokens`: any of them will do. */
const ANY = '\u0000any';

/** The phrasings' attribute names and the frame's where they differ. */
const ATTRIBUTE_OF: Record<string, Attribute> = { nursery_ages: 'ages' };

interface Tally {
  right: number;
  total: number;
}
const byAttribute = new Map<string, Tally>();
const byLang = new Map<Lang, Tally>();
const failures: string[] = [];
let total = 0;
let right = 0;
const started = performance.now();

const langs = LANGS.filter((lang) => !args.lang || lang === args.lang);
for (const [i, place] of corpus.places.entries()) {
  if (i % every !== 0) continue;
  for (const [phrased, templates] of Object.entries(phrasings.attributes)) {
    const attribute = ATTRIBUTE_OF[phrased] ?? (phrased as Attribute);
    if (args.attribute && args.attribute !== phrased) continue;
    if (!factOf(place, attribute)) continue;
    for (const lang of langs) {
      const list = templates[lang] ?? [];
      if (list.length === 0) continue;
      // every phrasing in turn, across records: each is used, none tuned to a record
      const template = list[(i + phrased.length) % list.length] as string;
      const question = template.replace('{name}', nameIn(place, lang));
      const { ok, answer, reason } = await askAndJudge(question, lang, place, attribute);
      total += 1;
      if (ok) right += 1;
      tally(byAttribute, phrased, ok);
      tally(byLang, lang, ok);
      if (!ok && failures.length < Number(args.show)) failures.push(`${place.id} ${phrased} [${lang}] ${question}\n  → ${answer.replace(/\n/g, ' ')}\n  ✗ ${reason}`);
    }
  }
}

const pct = (t: Tally) => `${((100 * t.right) / Math.max(1, t.total)).toFixed(1)} %`;
const lines = [
  `generated attribute eval: ${right} / ${total} (${pct({ right, total })}), ${((performance.now() - started) / 1000).toFixed(0)} s, one record in ${every}`,
  `machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}, ${new Date().toISOString()}`,
  'per language',
  ...[...byLang].map(([lang, t]) => `  ${lang.padEnd(10)} ${String(t.right).padStart(6)} / ${String(t.total).padEnd(6)} ${pct(t)}`),
  'per attribute',
  ...[...byAttribute].sort(([a], [b]) => a.localeCompare(b)).map(([name, t]) => `  ${name.padEnd(16)} ${String(t.right).padStart(6)} / ${String(t.total).padEnd(6)} ${pct(t)}`),
  ...(failures.length > 0 ? ['failures (first)', ...failures] : []),
];
process.stdout.write(`${lines.join('\n')}\n`);

function tally<K>(map: Map<K, Tally>, key: K, ok: boolean): void {
  const t = map.get(key) ?? { right: 0, total: 0 };
  t.total += 1;
  if (ok) t.right += 1;
  map.set(key, t);
}

/** The place's name as a speaker of the language would write it. */
function nameIn(place: Place, lang: Lang): string {
  switch (lang) {
    case 'ja':
    case 'ja-easy':
      return place.name.ja;
    case 'en':
      return place.name.en ?? latinNameOf(place.name) ?? place.name.ja;
    case 'zh-Hans':
      return toSimplified(place.name.ja);
    case 'zh-Hant':
      return toTraditional(place.name.ja);
    case 'ko':
      // the reading in Hangul, as Korean speakers write Japanese names; without a reading, the name as written
      return place.name.kana ? kanaToHangul(place.name.kana) || place.name.ja : place.name.ja;
  }
}

async function askAndJudge(question: string, lang: Lang, asked: Place, attribute: Attribute): Promise<{ ok: boolean; answer: string; reason: string }> {
  const ctx = new ChatContext({ message: question, lang: lang === 'ja-easy' ? 'ja-easy' : undefined }, deps, new AbortController().signal);
  let sources: SourceView[] = [];
  for await (const event of runPipeline(ctx, CHAT_STEPS)) if (event.type === 'sources') sources = event.sources;
  const answer = ctx.answer;
  if (ctx.lang !== lang) return { ok: false, answer, reason: `answered in ${ctx.lang}` };
  if (ctx.status !== 'answered') return { ok: false, answer, reason: `status ${ctx.status}` };
  const first = sources[0] ? index.places.get(sources[0].id) : undefined;
  // the place asked, or the same facility under a longer or shorter name (a twin in another dataset, merged into it)
  const same = first && (first.id === asked.id || sources[0]?.mergedIds?.includes(asked.id) || fold(first.name.ja).includes(fold(asked.name.ja)) || fold(asked.name.ja).includes(fold(first.name.ja)));
  if (!first || !same) return { ok: false, answer, reason: `first source ${first?.name.ja ?? 'none'}` };
  const fact = factOf(first, attribute, lang === 'en');
  if (!fact) return { ok: false, answer, reason: `the place answered holds no ${attribute}` };
  const tokens = expectedTokens(fact, lang, attribute);
  if (tokens[0] === ANY) {
    const said = openDaysTokens(fact, lang).some((token) => fold(answer).includes(fold(token)));
    return { ok: said, answer, reason: said ? '' : 'says no closing day, opening day or time of the record' };
  }
  const missing = tokens.filter((token) => !fold(answer).includes(fold(token)));
  return { ok: missing.length === 0, answer, reason: missing.length > 0 ? `does not say ${missing.join(', ')}` : '' };
}

/**
 * The closing days of a record, in the answer's language, or its opening time, or that it opens every day: a
 * question about the days may ask of one day ("open on Sunday?"), answered with that day's hours or closing.
 */
function openDaysTokens(fact: Fact, lang: Lang): string[] {
  if (fact.kind !== 'hours') return [];
  const a = ANSWER_PHRASES[lang];
  const days = (['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun', 'hol'] as const).map((day) => a.hours.days[day]);
  const usual = Object.values(fact.hours.week).find((intervals) => intervals && intervals.length > 0)?.[0];
  return [...days, ...(usual ? [clock(usual[0])] : []), a.openEveryDay.replace('{name}', '').slice(0, 4)];
}

/** What the answer must say of the fact (not how it phrases it): times, numbers, the record's own text. */
function expectedTokens(fact: Fact, lang: Lang, attribute: Attribute): string[] {
  const a = ANSWER_PHRASES[lang];
  switch (fact.kind) {
    case 'hours': {
      if (attribute === 'open_days') {
        // the closing days, in the answer's language; or, with none, that it opens every day
        return [ANY];
      }
      const usual = Object.values(fact.hours.week).find((intervals) => intervals && intervals.length > 0)?.[0];
      if (fact.hours.allDay) return [a.hours.allDay];
      if (fact.hours.trainHours) return [a.hours.trains];
      return usual ? [clock(usual[0])] : [];
    }
    case 'fee':
      return fact.text ? [fact.text.slice(0, 8)] : [];
    case 'phone':
    case 'url':
      return [fact.value];
    case 'address':
      return [fact.value];
    case 'text':
      return [fact.value.slice(0, 10)];
    case 'floor':
      return [fact.where?.slice(0, 8) ?? fact.floors[0] ?? ''];
    case 'flag':
      return [attribute === 'childcare' ? a.labels.childcare : a.features[attribute as keyof typeof a.features]];
    case 'toilets':
      return [String(fact.men ?? fact.women ?? fact.unisex ?? fact.accessible ?? '')];
    case 'count':
      return [String(fact.value)];
    case 'role':
      return [a.role.replace('{name}', '').slice(0, 6)];
    case 'dates':
      return [formatDate((fact.start ?? fact.end) as string, lang)];
    case 'hazards':
      return [a.hazardNames[fact.hazards[0] as keyof typeof a.hazardNames]];
    case 'admits':
      return fact.everyone ? [] : [fact.who?.slice(0, 6) ?? ''];
  }
}
