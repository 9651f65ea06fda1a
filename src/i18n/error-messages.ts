import type { Lang } from './languages.ts';

export type ErrorCode =
  | 'invalid_json'
  | 'invalid_request'
  | 'message_empty'
  | 'message_too_long'
  | 'invalid_lang'
  | 'invalid_location'
  | 'invalid_session'
  | 'not_found'
  | 'method_not_allowed'
  | 'body_too_large'
  | 'unsupported_media_type'
  | 'rate_limited'
  | 'internal'
  | 'maintenance'
  | 'unavailable';

/** What the user reads when a request fails, per language. Limits are stated where they apply. */
export const ERROR_MESSAGES: Record<Lang, Record<ErrorCode, string>> = {
  ja: {
    invalid_json: 'リクエストの形式が正しくありません（JSON として読めません）。',
    invalid_request: 'リクエストの内容が正しくありません。',
    message_empty: '質問を入力してください。',
    message_too_long: '質問が長すぎます。1,000文字以内で入力してください。',
    invalid_lang: '対応していない言語です。ja、en、zh-Hans、zh-Hant、ko、ja-easy から選んでください。',
    invalid_location: '位置情報が正しくありません（緯度は-90〜90、経度は-180〜180）。',
    invalid_session: 'セッションIDの形式が正しくありません。',
    not_found: 'ページが見つかりません。',
    method_not_allowed: 'この操作には対応していません。',
    body_too_large: 'リクエストが大きすぎます（16KBまで）。',
    unsupported_media_type: 'Content-Type は application/json にしてください。',
    rate_limited: '短い時間に多くの質問が届きました。少し待ってからもう一度お試しください。',
    internal: '申し訳ありません。エラーが発生しました。もう一度お試しください。',
    maintenance: 'ただいまメンテナンス中です。しばらくしてからもう一度お試しください。',
    unavailable: 'ただいまサービスを利用できません。しばらくしてからもう一度お試しください。',
  },
  'ja-easy': {
    invalid_json: 'おくられた データが ただしく ありません。',
    invalid_request: 'おくられた データが ただしく ありません。',
    message_empty: 'しつもんを かいて ください。',
    message_too_long: 'しつもんが ながすぎます。1000もじ までに して ください。',
    invalid_lang: 'この ことばには たいおう して いません。',
    invalid_location: 'いる ばしょの データが ただしく ありません。',
    invalid_session: 'データが ただしく ありません。',
    not_found: 'ページが ありません。',
    method_not_allowed: 'この そうさは できません。',
    body_too_large: 'おくられた データが おおきすぎます。',
    unsupported_media_type: 'おくられた データの かたちが ちがいます。',
    rate_limited: 'しつもんが おおすぎます。すこし まってから もう いちど して ください。',
    internal: 'ごめんなさい。エラーが でました。もう いちど して ください。',
    maintenance: 'いま、メンテナンス（なおす さぎょう）を して います。あとで もう いちど して ください。',
    unavailable: 'いま つかう ことが できません。あとで もう いちど して ください。',
  },
  en: {
    invalid_json: 'The request is not valid JSON.',
    invalid_request: 'The request is not valid.',
    message_empty: 'Please type a question.',
    message_too_long: 'The question is too long. Please keep it within 1,000 characters.',
    invalid_lang: 'Unsupported language. Use one of ja, en, zh-Hans, zh-Hant, ko, ja-easy.',
    invalid_location: 'The location is not valid (latitude -90 to 90, longitude -180 to 180).',
    invalid_session: 'The session ID is not valid.',
    not_found: 'Not found.',
    method_not_allowed: 'This method is not allowed here.',
    body_too_large: 'The request is too large (16 KB at most).',
    unsupported_media_type: 'Send the request as application/json.',
    rate_limited: 'Too many questions in a short time. Please wait a moment and try again.',
    internal: 'Sorry, something went wrong. Please try again.',
    maintenance: 'The service is under maintenance. Please try again later.',
    unavailable: 'The service is unavailable right now. Please try again later.',
  },
  'zh-Hans': {
    invalid_json: '请求格式不正确（无法解析为 JSON）。',
    invalid_request: '请求内容不正确。',
    message_empty: '请输入问题。',
    message_too_long: '问题太长了，请控制在1000个字符以内。',
    invalid_lang: '不支持该语言。请选择 ja、en、zh-Hans、zh-Hant、ko、ja-easy。',
    invalid_location: '位置信息不正确（纬度 -90 至 90，经度 -180 至 180）。',
    invalid_session: '会话ID格式不正确。',
    not_found: '找不到该页面。',
    method_not_allowed: '不支持此操作。',
    body_too_large: '请求太大（最多16KB）。',
    unsupported_media_type: '请以 application/json 格式发送。',
    rate_limited: '短时间内提问过多，请稍候再试。',
    internal: '抱歉，发生了错误。请重试。',
    maintenance: '系统正在维护中，请稍后再试。',
    unavailable: '服务暂时无法使用，请稍后再试。',
  },
  'zh-Hant': {
    invalid_json: '請求格式不正確（無法解析為 JSON）。',
    invalid_request: '請求內容不正確。',
    message_empty: '請輸入問題。',
    message_too_long: '問題太長了，請控制在1000個字元以內。',
    invalid_lang: '不支援該語言。請選擇 ja、en、zh-Hans、zh-Hant、ko、ja-easy。',
    invalid_location: '位置資訊不正確（緯度 -90 至 90，經度 -180 至 180）。',
    invalid_session: '工作階段ID格式不正確。',
    not_found: '找不到該頁面。',
    method_not_allowed: '不支援此操作。',
    body_too_large: '請求太大（最多16KB）。',
    unsupported_media_type: '請以 application/json 格式傳送。',
    rate_limited: '短時間內提問過多，請稍候再試。',
    internal: '抱歉，發生了錯誤。請重試。',
    maintenance: '系統正在維護中，請稍後再試。',
    unavailable: '服務暫時無法使用，請稍後再試。',
  },
  ko: {
    invalid_json: '요청 형식이 올바르지 않습니다(JSON으로 읽을 수 없습니다).',
    invalid_request: '요청 내용이 올바르지 않습니다.',
    message_empty: '질문을 입력해 주세요.',
    message_too_long: '질문이 너무 깁니다. 1,000자 이내로 입력해 주세요.',
    invalid_lang: '지원하지 않는 언어입니다. ja, en, zh-Hans, zh-Hant, ko, ja-easy 중에서 선택해 주세요.',
    invalid_location: '위치 정보가 올바르지 않습니다(위도 -90~90, 경도 -180~180).',
    invalid_session: '세션 ID 형식이 올바르지 않습니다.',
    not_found: '페이지를 찾을 수 없습니다.',
    method_not_allowed: '지원하지 않는 작업입니다.',
    body_too_large: '요청이 너무 큽니다(최대 16KB).',
    unsupported_media_type: 'application/json 형식으로 보내 주세요.',
    rate_limited: '짧은 시간에 질문이 너무 많습니다. 잠시 후 다시 시도해 주세요.',
    internal: '죄송합니다. 오류가 발생했습니다. 다시 시도해 주세요.',
    maintenance: '현재 점검 중입니다. 잠시 후 다시 시도해 주세요.',
    unavailable: '현재 서비스를 이용할 수 없습니다. 잠시 후 다시 시도해 주세요.',
  },
};
