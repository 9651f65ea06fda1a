import { LANG_NAMES, LANGS } from '../core/languages.ts';

/**
 * Languages answered through machine translation (issue 17): those Tokyo's foreign residents speak most after the
 * six answered natively (Vietnamese, Nepali, Tagalog, Thai, Indonesian, Portuguese, Spanish, French). Questions in
 * them are translated to the pivot language and answers translated back (Cloud Translation, ADR 0010); the page
 * offers them in its language menu after the six, marked as machine-translated.
 */
export const TRANSLATION_LANGS = ['vi', 'ne', 'tl', 'th', 'id', 'pt', 'es', 'fr'] as const;
export type TranslationLang = (typeof TRANSLATION_LANGS)[number];

export function isTranslationLang(value: unknown): value is TranslationLang {
  return typeof value === 'string' && (TRANSLATION_LANGS as readonly string[]).includes(value);
}

/**
 * What a language says in its own words where the service cannot speak it natively. Written for this table, short
 * and plain; they are machine-made too (not by Cloud Translation), and the page marks them so: a native speaker
 * should review them (docs/open-items.md).
 */
export interface ForeignLanguageWords {
  /** Its own name, for the language menu. */
  name: string;
  /** Before the list of the six languages, when the question cannot be translated. */
  unsupported: string;
  /** Marks an answer that was machine-translated. */
  machineTranslated: string;
  /** When the answer could not be translated back: `{language}` is the name of the language it is written in. */
  untranslated: string;
}

export const FOREIGN_LANGUAGE_WORDS: Record<TranslationLang, ForeignLanguageWords> = {
  vi: {
    name: 'Tiếng Việt',
    unsupported: 'Xin lỗi, dịch vụ này chỉ trả lời bằng các ngôn ngữ sau:',
    machineTranslated: 'Bản dịch máy',
    untranslated: 'Hiện không thể dịch. Câu trả lời dưới đây bằng {language}.',
  },
  ne: {
    name: 'नेपाली',
    unsupported: 'माफ गर्नुहोस्, यो सेवाले यी भाषाहरूमा मात्र जवाफ दिन्छ:',
    machineTranslated: 'मेसिन अनुवाद',
    untranslated: 'अहिले अनुवाद उपलब्ध छैन। तलको जवाफ {language} मा छ।',
  },
  tl: {
    name: 'Tagalog',
    unsupported: 'Paumanhin, sa mga wikang ito lamang sumasagot ang serbisyong ito:',
    machineTranslated: 'Isinalin ng makina',
    untranslated: 'Hindi available ang pagsasalin ngayon. Nasa {language} ang sagot sa ibaba.',
  },
  th: {
    name: 'ไทย',
    unsupported: 'ขออภัย บริการนี้ตอบได้เฉพาะภาษาต่อไปนี้:',
    machineTranslated: 'แปลโดยเครื่อง',
    untranslated: 'ขณะนี้ไม่สามารถแปลได้ คำตอบด้านล่างเป็น {language}',
  },
  id: {
    name: 'Bahasa Indonesia',
    unsupported: 'Maaf, layanan ini hanya menjawab dalam bahasa berikut:',
    machineTranslated: 'Terjemahan mesin',
    untranslated: 'Terjemahan sedang tidak tersedia. Jawaban di bawah dalam {language}.',
  },
  pt: {
    name: 'Português',
    unsupported: 'Desculpe, este serviço só responde nestes idiomas:',
    machineTranslated: 'Tradução automática',
    untranslated: 'A tradução não está disponível agora. A resposta abaixo está em {language}.',
  },
  es: {
    name: 'Español',
    unsupported: 'Lo sentimos, este servicio solo responde en estos idiomas:',
    machineTranslated: 'Traducción automática',
    untranslated: 'La traducción no está disponible ahora. La respuesta sigue en {language}.',
  },
  fr: {
    name: 'Français',
    unsupported: 'Désolé, ce service ne répond que dans ces langues :',
    machineTranslated: 'Traduction automatique',
    untranslated: "La traduction n'est pas disponible pour le moment. La réponse ci-dessous est en {language}.",
  },
};

/** The six languages by their own names, as the refusal lists them. */
export const NATIVE_LANGUAGE_LIST = LANGS.map((lang) => LANG_NAMES[lang]).join(' · ');

/** Said in English when a language has no entry in the table (the marker is then translated with the answer). */
export const MACHINE_TRANSLATED_EN = 'Machine translation';

/** franc's ISO 639-3 codes (franc-min) of the languages a Latin-script question is tested for, as BCP 47. */
export const FRANC_TO_BCP47: Readonly<Record<string, string>> = {
  vie: 'vi', spa: 'es', por: 'pt', fra: 'fr', ind: 'id', zlm: 'id', tgl: 'tl', ceb: 'tl', deu: 'de', ita: 'it', nld: 'nl',
};

/**
 * English words no other of these languages writes as a word of its own: a question with one is English, whatever
 * franc guesses from a short text ("toilet near Shinjuku" reads as French to it). Short words shared with
 * Spanish, Portuguese, Tagalog or Indonesian (a, de, me, do, in, at, on, sa) are left out.
 */
export const STRONG_ENGLISH_WORDS: ReadonlySet<string> = new Set([
  'the', 'is', 'are', 'was', 'where', "where's", 'wheres', 'what', "what's", 'whats', 'how', 'when', 'which', 'who', 'why', 'can', 'could',
  'would', 'should', 'near', 'nearest', 'nearby', 'closest', 'there', 'this', 'that', 'these', 'those', 'open', 'find', 'show', 'tell',
  'need', 'want', 'please', 'hello', 'thanks', 'thank', 'my', 'you', 'your', 'it', 'its', "it's", 'and', 'for', 'with', 'from', 'any',
  'does', 'did', 'have', 'has', 'today', 'now', 'about', 'around', 'i',
]);
