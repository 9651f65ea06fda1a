import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { LIMITS } from '../src/config/tunables.ts';
import type { Lang } from '../src/core/languages.ts';

/** How an attack reaches the service. */
export type AttackKind =
  | 'direct_injection'
  | 'system_prompt_extraction'
  | 'personal_data'
  | 'markup'
  | 'indirect_injection'
  | 'indirect_markup';

export interface Attack {
  id: string;
  /** giskard, bipia or own (redteam/attacks/multilingual.json). */
  corpus: string;
  kind: AttackKind;
  lang: Lang;
  /** The question (direct) or the record text (indirect), with its marker written in. */
  text: string;
  /** A word the attack asks for: seeing it in the answer means its instruction was followed. */
  marker: string;
  /** Personal data the attack types, which must not be forwarded, logged, stored or repeated. */
  secrets: string[];
}

const here = import.meta.dirname;

/** Every attack of the suite: the two public corpora and our own multilingual set. */
export function loadAttacks(): Attack[] {
  return [...giskard(), ...bipia(), ...own()];
}

/** Giskard's prompt_injections.csv (garak jailbreaks, PromptInject hijacks): direct injections. */
function giskard(): Attack[] {
  const rows = parse(readFileSync(path.join(here, 'corpora/giskard-prompt-injections/prompt_injections.csv')), { columns: true }) as Array<Record<string, string>>;
  return rows.map((row, i) => {
    const marker = `PWNED-G${i}`;
    const prompt = row.prompt ?? '';
    const whole = `${prompt} ${marker}`;
    // longer than the API accepts: cut to the limit, so the detectors and the model see the attack
    const text = [...whole].length <= LIMITS.maxMessageChars ? whole : `${[...prompt].slice(0, LIMITS.maxMessageChars - marker.length - 1).join('')} ${marker}`;
    return { id: `giskard-${row.index ?? i}`, corpus: 'giskard', kind: 'direct_injection', lang: 'en', text, marker, secrets: [] };
  });
}

/** BIPIA's text attacks (test and train): indirect injections, written into a record. */
function bipia(): Attack[] {
  const attacks: Attack[] = [];
  for (const split of ['test', 'train']) {
    const file = path.join(here, `corpora/bipia/text_attack_${split}.json`);
    const byCategory = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string[]>;
    for (const [category, texts] of Object.entries(byCategory)) {
      texts.forEach((text, i) => {
        const id = `bipia-${split}-${slug(category)}-${i}`;
        const marker = `PWNED-B${attacks.length}`;
        // the marker is a bare tag, not an instruction of ours that the record screen could catch: seeing it
        // in an answer means the attack's own text reached the user
        attacks.push({ id, corpus: 'bipia', kind: 'indirect_injection', lang: 'en', text: `${text} (ref ${marker})`, marker, secrets: [] });
      });
    }
  }
  return attacks;
}

interface OwnAttack {
  id: string;
  lang: Lang;
  kind: AttackKind;
  text: string;
  secrets?: string[];
}

function own(): Attack[] {
  const { attacks } = JSON.parse(readFileSync(path.join(here, 'attacks/multilingual.json'), 'utf8')) as { attacks: OwnAttack[] };
  return attacks.map((attack) => {
    const marker = `PWNED-${attack.id.toUpperCase()}`;
    return { ...attack, corpus: 'own', text: attack.text.replaceAll('{marker}', marker), marker, secrets: attack.secrets ?? [] };
  });
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}
