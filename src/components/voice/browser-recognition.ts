import type { Lang } from '../../core/languages.ts';

/** The Web Speech API's recogniser, where the browser has one (Chrome, Edge, Safari: prefixed). */
interface SpeechRecognitionLike {
  lang: string;
  interimResults: boolean;
  continuous: boolean;
  onresult: ((event: { resultIndex: number; results: ArrayLike<{ isFinal: boolean; 0: { transcript: string } }> }) => void) | null;
  onerror: ((event: { error: string }) => void) | null;
  onend: (() => void) | null;
  start(): void;
  abort(): void;
}

type RecognitionConstructor = new () => SpeechRecognitionLike;

/** Tags the browsers' recognisers know (they want a region: zh-CN, not zh-Hans). */
const RECOGNITION_TAGS: Record<Lang, string> = { ja: 'ja-JP', 'ja-easy': 'ja-JP', en: 'en-US', 'zh-Hans': 'zh-CN', 'zh-Hant': 'zh-TW', ko: 'ko-KR' };

function recognitionConstructor(): RecognitionConstructor | undefined {
  const scope = globalThis as unknown as { SpeechRecognition?: RecognitionConstructor; webkitSpeechRecognition?: RecognitionConstructor };
  return scope.SpeechRecognition ?? scope.webkitSpeechRecognition;
}

export function browserRecognitionSupported(): boolean {
  return recognitionConstructor() !== undefined;
}

/**
 * One utterance recognised by the browser itself: for the languages the server cannot recognise offline
 * (docs/voice.md). Interim text as it comes, then the final transcript (empty when nothing was heard).
 * Returns a function that stops it.
 */
export function recogniseInBrowser(lang: Lang, handlers: { interim: (text: string) => void; final: (text: string) => void; failed: (error: string) => void }): () => void {
  const Recognition = recognitionConstructor();
  if (!Recognition) {
    handlers.failed('not-supported');
    return () => undefined;
  }
  const recognition = new Recognition();
  recognition.lang = RECOGNITION_TAGS[lang];
  recognition.interimResults = true;
  recognition.continuous = false;
  let finalText = '';
  let settled = false;
  recognition.onresult = (event) => {
    let interim = '';
    for (let i = event.resultIndex; i < event.results.length; i += 1) {
      const result = event.results[i];
      if (!result) continue;
      if (result.isFinal) finalText += result[0].transcript;
      else interim += result[0].transcript;
    }
    handlers.interim(finalText + interim);
  };
  recognition.onerror = (event) => {
    settled = true;
    handlers.failed(event.error);
  };
  recognition.onend = () => {
    if (!settled) handlers.final(finalText.trim());
    settled = true;
  };
  recognition.start();
  return () => {
    settled = true;
    recognition.abort();
  };
}
