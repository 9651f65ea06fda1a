import type { Lang } from '../../core/languages.ts';

/** What the voice control says, per language (its own table: the page's UI strings belong to the page). */
export interface VoiceStrings {
  /** The microphone button, not pressed: starts listening. */
  speak: string;
  /** The microphone button, pressed: ends the question now and sends it. */
  stopListening: string;
  handsFree: string;
  handsFreeHint: string;
  stopSpeaking: string;
  listening: string;
  thinking: string;
  speaking: string;
  micDenied: string;
  micUnavailable: string;
  heardNothing: string;
  noRecognition: string;
  connectionLost: string;
}

export const VOICE_STRINGS: Record<Lang, VoiceStrings> = {
  ja: {
    speak: '音声で質問',
    stopListening: '話し終えて送信',
    handsFree: 'ハンズフリー',
    handsFreeHint: '答えを読み上げた後、続けて聞き取ります。話し始めると読み上げを止めます。',
    stopSpeaking: '読み上げを止める',
    listening: '聞いています…',
    thinking: '考えています…',
    speaking: '読み上げています…',
    micDenied: 'マイクの使用が許可されていません。ブラウザの設定で許可するか、文字で入力してください。',
    micUnavailable: 'マイクを使えません。文字で入力してください。',
    heardNothing: '声を聞き取れませんでした。もう一度話すか、文字で入力してください。',
    noRecognition: 'この言語の音声認識はここでは使えません。文字で入力してください。',
    connectionLost: '音声の接続が切れました。もう一度お試しください。',
  },
  'ja-easy': {
    speak: 'こえで しつもん',
    stopListening: 'はなしおわった',
    handsFree: 'てを つかわない',
    handsFreeHint: 'こたえを よんだ あと、また ききます。はなすと よむのを やめます。',
    stopSpeaking: 'よむのを やめる',
    listening: 'きいて います…',
    thinking: 'かんがえて います…',
    speaking: 'よんで います…',
    micDenied: 'マイクが つかえません。もじで かいて ください。',
    micUnavailable: 'マイクが つかえません。もじで かいて ください。',
    heardNothing: 'こえが ききとれませんでした。もう いちど はなすか、もじで かいて ください。',
    noRecognition: 'ここでは こえを ききとれません。もじで かいて ください。',
    connectionLost: 'おんせいの せつぞくが きれました。もう いちど して ください。',
  },
  en: {
    speak: 'Ask by voice',
    stopListening: 'Done, send it',
    handsFree: 'Hands-free',
    handsFreeHint: 'After reading an answer aloud, it listens again. Speaking stops the reading.',
    stopSpeaking: 'Stop reading aloud',
    listening: 'Listening…',
    thinking: 'Thinking…',
    speaking: 'Speaking…',
    micDenied: 'Microphone access was refused. Allow it in your browser settings, or type your question.',
    micUnavailable: 'No microphone is available. Please type your question.',
    heardNothing: "I couldn't hear a question. Please speak again or type it.",
    noRecognition: 'Speech recognition is not available for this language here. Please type your question.',
    connectionLost: 'The voice connection was lost. Please try again.',
  },
  'zh-Hans': {
    speak: '语音提问',
    stopListening: '说完了，发送',
    handsFree: '免提',
    handsFreeHint: '朗读回答后会继续聆听。开始说话即可停止朗读。',
    stopSpeaking: '停止朗读',
    listening: '正在聆听…',
    thinking: '正在思考…',
    speaking: '正在朗读…',
    micDenied: '麦克风权限被拒绝。请在浏览器设置中允许，或输入文字。',
    micUnavailable: '无法使用麦克风。请输入文字。',
    heardNothing: '没有听清您的问题。请再说一遍，或输入文字。',
    noRecognition: '此处不支持该语言的语音识别。请输入文字。',
    connectionLost: '语音连接已断开。请重试。',
  },
  'zh-Hant': {
    speak: '語音提問',
    stopListening: '說完了，傳送',
    handsFree: '免持',
    handsFreeHint: '朗讀回答後會繼續聆聽。開始說話即可停止朗讀。',
    stopSpeaking: '停止朗讀',
    listening: '正在聆聽…',
    thinking: '正在思考…',
    speaking: '正在朗讀…',
    micDenied: '麥克風權限被拒絕。請在瀏覽器設定中允許，或輸入文字。',
    micUnavailable: '無法使用麥克風。請輸入文字。',
    heardNothing: '沒有聽清楚您的問題。請再說一次，或輸入文字。',
    noRecognition: '此處不支援該語言的語音辨識。請輸入文字。',
    connectionLost: '語音連線已中斷。請重試。',
  },
  ko: {
    speak: '음성으로 질문',
    stopListening: '다 말했어요, 보내기',
    handsFree: '핸즈프리',
    handsFreeHint: '답변을 읽은 뒤 다시 듣습니다. 말하기 시작하면 읽기를 멈춥니다.',
    stopSpeaking: '읽기 멈추기',
    listening: '듣고 있어요…',
    thinking: '생각하고 있어요…',
    speaking: '읽고 있어요…',
    micDenied: '마이크 사용이 거부되었습니다. 브라우저 설정에서 허용하거나 질문을 입력해 주세요.',
    micUnavailable: '마이크를 사용할 수 없습니다. 질문을 입력해 주세요.',
    heardNothing: '질문을 알아듣지 못했습니다. 다시 말하거나 입력해 주세요.',
    noRecognition: '이 언어의 음성 인식은 여기에서 사용할 수 없습니다. 질문을 입력해 주세요.',
    connectionLost: '음성 연결이 끊어졌습니다. 다시 시도해 주세요.',
  },
};
