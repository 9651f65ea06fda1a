import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { LocalAnswerEngine } from '../adapters/answer-engine/local-answer-engine.ts';
import { MemorySessionStore } from '../adapters/session-store/memory-session-store.ts';
import type { Lang } from '../core/languages.ts';
import { loadCorpus } from '../opendata/load-corpus.ts';
import { CorpusIndex } from '../retrieval/corpus-index.ts';
import { ChatContext, type PipelineDeps } from './context.ts';
import { runPipeline } from './run-pipeline.ts';
import { CHAT_STEPS } from './steps/index.ts';

/**
 * Questions of the kinds the first blind batch (eval/blind/2026-12-06.json, now a development set) found
 * unanswered, asked of the bundled snapshot through the whole pipeline. Each names what a right answer holds.
 */
let deps: PipelineDeps;

beforeAll(async () => {
  const corpus = await loadCorpus('data/snapshot/corpus.json');
  deps = { index: new CorpusIndex(corpus), sessions: new MemorySessionStore(), localEngine: new LocalAnswerEngine(), now: () => Date.parse('2026-12-06T03:00:00Z'), newId: randomUUID };
});

interface Turn {
  status: string;
  answer: string;
  sources: string[];
  lang: Lang;
}

async function ask(messages: readonly string[], lang?: Lang): Promise<Turn> {
  let sessionId: string | undefined;
  let turn: Turn = { status: '', answer: '', sources: [], lang: 'ja' };
  for (const message of messages) {
    const ctx = new ChatContext({ message, sessionId, lang }, deps, new AbortController().signal);
    let sources: string[] = [];
    for await (const event of runPipeline(ctx, CHAT_STEPS)) {
      if (event.type === 'meta') sessionId = event.sessionId;
      if (event.type === 'sources') sources = event.sources.map((source) => source.officialName ?? source.title);
    }
    turn = { status: ctx.status, answer: ctx.answer, sources, lang: ctx.lang };
  }
  return turn;
}

describe('questions people ask, on the bundled data', () => {
  it('asks the same fact of a place named next ("じゃあ浜離宮は？"), found by a part of its name', async () => {
    const fee = await ask(['六義園の入園料っていくら？', 'じゃあ浜離宮は？']);
    expect(fee.sources[0]).toBe('浜離宮恩賜庭園');
    expect(fee.answer).toContain('300円');
    const hours = await ask(['Toyosu library hours?', 'what about Kameido library?']);
    expect(hours.answer).toMatch(/Kameido Library: 09:00–20:00/);
  });

  it('finds a place by a part of its name or the short name people use', async () => {
    expect((await ask(['柴又の山本亭って入るのにお金かかる？'])).answer).toContain('100円');
    expect((await ask(['東大病院のベッド数って？'])).answer).toContain('1226');
    const luke = await ask(["St. Luke's International Hospital phone number?"]);
    expect(luke.answer).toContain('03-3541-5151');
    expect((await ask(['せいろか こくさい びょういんは どこに ありますか。'])).answer).toContain('明石町');
    expect((await ask(['일본적십자사 의료센터 병상 수는?'])).answer).toContain('701');
  });

  it("answers a municipality's website from its office's record, the link standing apart from the words after it", async () => {
    expect((await ask(["what's the official website of Nerima City?"])).answer).toContain('https://www.city.nerima.tokyo.jp/');
    expect((await ask(['小笠原村公所的網站？'])).answer).toContain('https://www.vill.ogasawara.tokyo.jp/');
    expect((await ask(['八王子市役所のホームページのURLは？'])).answer).toMatch(/https:\/\/www\.city\.hachioji\.tokyo\.jp\/ です/);
  });

  it("quotes the publisher's note on the hours when the record has days but no times", async () => {
    const edo = await ask(['is the edo tokyo musuem open on mondays?']);
    expect(edo.answer).toContain('closed on Mondays');
    expect(edo.answer).toContain('9:30~19:30');
    expect((await ask(['恵比寿の写真美術館って木曜なんじまで？'])).answer).toContain('20:00まで');
  });

  it("gives a named place's Wi-Fi network, which is free by what it is", async () => {
    expect((await ask(['都庁って無料Wi-Fi使える？SSID教えて'])).answer).toContain('FREE_Wi-Fi_and_TOKYO');
    const garden = await ask(['清澄庭園有免費WiFi嗎？']);
    expect(garden.answer).toContain('FREE_Wi-Fi_and_TOKYO');
    expect(garden.answer).not.toContain('円');
  });

  it('says when and where an event named alone was', async () => {
    const hockney = await ask(['デイヴィッド・ホックニー展ってどこでやってたっけ']);
    expect(hockney.answer).toContain('東京都現代美術館');
    expect(hockney.answer).toContain('2023年7月15日');
    expect((await ask(['惠比壽映像祭2024是什麼時候？'])).answer).toContain('2024年2月2日');
  });

  it('reads "until 9", half past and the small hours, and lists the places that meet them', async () => {
    const midnight = await ask(['夜中の0時半でも使えるAEDって江東区にある？']);
    expect(midnight.sources.sort()).toEqual(['南砂町駅地下自転車駐車場', '森下駅地下自転車駐車場']);
    const late = await ask(['江東区の図書館教えて', 'その中で夜9時まで開いてるのは？']);
    expect(late.sources.sort()).toEqual(['城東図書館', '東陽図書館', '豊洲図書館']);
    expect((await ask(['江东区哪些图书馆平日开到晚上9点？'])).status).toBe('answered');
  });

  it('filters by lifts and accessible parking, and prefers records that confirm a condition', async () => {
    const lifts = await ask(['江東区の図書館でエレベータあるとこ全部おしえて']);
    expect(lifts.answer).toContain('8か所');
    expect(lifts.sources).not.toContain('東陽図書館');
    expect((await ask(['江東區哪些圖書館有身障者停車位？'])).answer).toContain('4處');
    const tsunami = await ask(['list the tsunami evacuation sites in Chuo City']);
    expect(tsunami.answer).toContain('There are 6 evacuation sites for tsunami');
  });

  it('keeps the Chinese script of the conversation when the question could be either', async () => {
    expect((await ask(['台東區的避難所', '那上野站附近呢？'])).lang).toBe('zh-Hant');
  });

  it('fills every placeholder and reads 東京都 as Tokyo, not 京都', async () => {
    expect((await ask(['evacuation shelter'], 'en')).answer).not.toMatch(/\{\w+\}/);
    expect((await ask(['東京都の人口は？'])).answer).not.toContain('東京都内の情報だけ');
  });

  it('repeats the last answer in the language asked for ("日本語で教えて", "can you answer in English?")', async () => {
    const ja = await ask(['Kameido Library phone number?', '日本語で教えて']);
    expect(ja.lang).toBe('ja');
    expect(ja.answer).toContain('03-3636-6061');
    const en = await ask(['柴又の寅さん記念館は何時まで？', 'can you answer in English?']);
    expect(en.lang).toBe('en');
    expect(en.answer).toMatch(/17:00/);
    const ko = await ask(['亀戸図書館の電話番号は？', '한국어로 다시 알려줘']);
    expect(ko.lang).toBe('ko');
    expect(ko.answer).toContain('03-3636-6061');
  });

  it('says whether a named site serves the hazard asked, with the ones it does', async () => {
    const tsunami = await ask(['舟渡小学校は津波のとき避難できますか']);
    expect(tsunami.answer).toMatch(/指定されていません/);
    expect(tsunami.answer).toContain('地震');
    const typo = await ask(['is Funato Elementary School safe for tsumani?']);
    expect(typo.answer).toMatch(/^No: Funato Elementary School is not designated for tsunami/);
    expect((await ask(['Eifuku Elementary School disaster types'])).sources[0]).toBe('永福小学校');
  });

  it('reads names begun in kana, after a Chinese particle, and facts a description gives under labels', async () => {
    expect((await ask(['かめいど図書館の電話番号おしえて'])).answer).toContain('03-3636-6061');
    expect((await ask(['葛饰区的山本亭门票多少钱？'])).answer).toContain('100円');
    expect((await ask(['八丈島の歴史民俗資料館って入館料いくら？'])).answer).toContain('100円');
    expect((await ask(['핫토리 저택(服部屋敷) 전화번호는?'])).answer).toContain('04996-7-0231');
    expect((await ask(['六義園って何駅が最寄り？'])).answer).toContain('駒込');
  });

  it('answers the floor of a station toilet, and a role asked in Chinese is no injection', async () => {
    expect((await ask(['浜松町駅のJRの多機能トイレって何階？'])).answer).toContain('3F');
    const role = await ask(['北里大學北里研究所病院在災害時扮演什麼角色']);
    expect(role.status).toBe('answered');
    expect(role.answer).toMatch(/災害據點醫院/);
  });

  it('declines facts the data never holds with the contact, and greets who asks what it can do', async () => {
    const email = await ask(['東陽図書館のメールアドレスを知りたい']);
    expect(email.status).toBe('unanswerable_out_of_scope');
    expect(email.answer).toContain('https://www.city.koto.lg.jp/');
    expect((await ask(['hey there! what can you help me with?'])).status).toBe('greeting');
    expect((await ask(['こんにちは！ここって何が聞けるの？'])).status).toBe('greeting');
  });

  it('answers in Chinese a question whose only Chinese is in how it writes a Japanese name', async () => {
    const turn = await ask(['小田急電鐵 新宿驛 多目的トイレ 換尿布']);
    expect(turn.lang).toBe('zh-Hant');
    expect(turn.answer).toContain('嬰幼兒');
    expect((await ask(['北里大学北里研究所病院何床？'])).lang).toBe('ja');
  });

  it('counts every record of a dataset, and in the town a station names', async () => {
    expect((await ask(['江東区のAEDはいくつ？'])).answer).toContain('246');
    const toyosu = await ask(['豊洲ってAEDいくつあるの？']);
    expect(toyosu.answer).toMatch(/江東区豊洲のAEDは、データ上16か所です/);
    expect((await ask(['how many AEDs in Toyosu?'])).answer).toContain('16 AEDs in Toyosu, Koto City');
  });

  it('reads the islands as their municipalities, in Chinese sentences and in kana', async () => {
    const wifi = await ask(['神津岛上哪里有免费WiFi？']);
    expect(wifi.status).toBe('answered');
    expect(wifi.sources).toContain('神津島空港ターミナル');
    expect((await ask(['御藏島有哪些避難所？'])).answer).toMatch(/^御藏島村共有/);
    expect((await ask(['みやけじま の かざん の ハザードマップ は どこ で みられますか'], 'ja-easy')).answer).toContain('vill.miyake.tokyo.jp');
  });

  it('declines ward services, forecasts, rents, translations and places outside Tokyo with a contact', async () => {
    for (const [question, lang, contact] of [
      ['こうとうく の ごみ を だす ひ は いつ ですか', 'ja-easy', 'city.koto.lg.jp'],
      ['明年東京櫻花什麼時候開？', undefined, 'metro.tokyo.lg.jp'],
      ['미나토구 원룸 월세 시세가 어느 정도예요?', undefined, 'city.minato.tokyo.jp'],
      ['请帮我把这段话翻译成日语：我想去医院', undefined, 'metro.tokyo.lg.jp'],
      ['东京迪士尼乐园门票多少钱？', undefined, 'metro.tokyo.lg.jp'],
    ] as const) {
      const turn = await ask([question], lang);
      expect(turn.status, question).toBe('unanswerable_out_of_scope');
      expect(turn.answer, question).toContain(contact);
    }
  });

  it('asks a condition of the one place just answered when the follow-up points at it ("does it…", "거기…", "第一个…")', async () => {
    const everyone = await ask(['Where is the nearest evacuation shelter to Shibuya Station?', 'Does it take everyone?']);
    expect(everyone.sources).toHaveLength(1);
    expect(everyone.answer).toMatch(/^Anyone can evacuate to/);
    const parking = await ask(['東陽図書館の電話番号は？', '거기 주차장 있어요?']);
    expect(parking.answer).toMatch(/주차장이\(가\) 있습니다/);
    // "which of those…" still filters the list
    expect((await ask(['江東区の図書館を教えて', '日曜も開いてるのは？'])).answer).toMatch(/日曜に開いている図書館は/);
  });

  it('says when the data does not cover where the question stands, before the nearest it has', async () => {
    const aed = await ask(['東京駅の近くのAED']);
    expect(aed.answer).toMatch(/^千代田区のAEDのデータは、このサービスにはありません。\nAEDのデータがあるのは江東区です。/);
    expect((await ask(['豊洲駅の近くのAED'])).answer).not.toContain('ありません');
  });

  it('answers which shelter or assembly point serves a chōme or a neighbourhood association', async () => {
    const chome = await ask(['我住在品川区胜岛1丁目，应该去哪个避难所？']);
    expect(chome.sources).toEqual(['鈴ケ森中学校']);
    expect(chome.answer).toMatch(/^胜岛1丁目的避难所是/);
    const association = await ask(['Our neighbourhood association is Gotenyama-chokai (御殿山町会) in Shinagawa. Where is our temporary assembly point?']);
    expect(association.sources).toEqual(['開東閣']);
  });

  it('never offers a place as one for a hazard its record does not list, and says why the nearest fall short', async () => {
    const koto = await ask(['江東区で津波のとき避難できる場所']);
    expect(koto.status).toBe('unanswerable_no_sources');
    expect(koto.answer).toMatch(/データ上「津波に対応した」場所ではありません/);
    expect((await ask(['大田区で津波のときに避難できる場所'])).answer).toMatch(/^大田区の津波に対応した避難所は40か所あります/);
  });

  it('reads station names whose 町 is read ちょう in romaji (Toyocho, Monzen-nakacho, Hamamatsucho)', async () => {
    expect((await ask(['kids center near Toyocho open on saturday'])).answer).toMatch(/to Toyocho Station is/);
    expect((await ask(['toilet with diaper changing near Monzen-nakacho'])).answer).toMatch(/Monzennakacho Station/);
  });

  it('filters hospitals by a critical care centre, and says when one has none', async () => {
    const shinjuku = await ask(['hospitals in Shinjuku with a critical care (tertiary emergency) center?']);
    expect(shinjuku.sources).toEqual(['東京医科大学病院', '国立国際医療研究センター病院', '東京女子医科大学病院']);
    expect((await ask(['大田区の災害拠点病院', '这里面哪家有三次急救？'])).sources).toEqual(['東邦大学医療センター大森病院']);
    expect((await ask(['池上総合病院は救命救急センターがありますか'])).answer).toContain('救命救急センター（三次救急）はありません');
  });

  it('declines a fact of something named that the data does not hold, and asks back when nothing is named', async () => {
    for (const question of ['東京タワーって何時まで登れるの？', 'what time does Tokyo Skytree open today', '築地場外市場幾點開門？']) {
      expect((await ask([question])).status, question).toBe('unanswerable_out_of_scope');
    }
    expect((await ask(['What are the opening hours?'])).status).toBe('clarification_needed');
    expect((await ask(['営業時間は？'])).status).toBe('clarification_needed');
  });

  it('tells Spanish and Indonesian from English lists of nouns', async () => {
    expect((await ask(['¿Dónde está el refugio de evacuación más cercano a la estación de Ueno?'])).answer).toMatch(/日本語 · English/);
    expect((await ask(['Kiba Park opening hours'])).lang).toBe('en');
    expect((await ask(['Ueno Zoo admission fee'])).status).not.toBe('unanswerable_out_of_scope');
  });

  it('measures a kind asked "there" from the one place just answered', async () => {
    const aed = await ask(['清澄庭園の電話番号', 'そこにAEDある？']);
    expect(aed.status).toBe('answered');
    expect(aed.answer).toMatch(/^清澄庭園から一番近いAEDは/);
    expect((await ask(['深川図書館の住所', '거기 화장실 있어요?'])).answer).toMatch(/에서 가장 가까운 공중화장실은/);
  });

  it('finds a name said with a part left out or by the end of its reading, never inside a longer word', async () => {
    expect((await ask(['けいおう だいがく びょういんの でんわばんごうを おしえて'], 'ja-easy')).answer).toContain('03-3353-1211');
    expect((await ask(['慶応大学病院の電話番号'])).sources).toEqual(['慶応義塾大学病院']);
    expect((await ask(['やまもとていは なんじに あきますか'], 'ja-easy')).answer).toMatch(/^葛飾区山本亭.*09:00〜17:00/);
    // ふかがわ こうえん is 深川公園, not 和光園 (わこうえん) read inside it
    const park = await ask(['もんぜんなかちょうの ふかがわ こうえんは どこ？', 'そこに トイレは ありますか'], 'ja-easy');
    expect(park.answer).toMatch(/^江東区立深川公園（こうとうくりつふかがわこうえん）から いちばん ちかい トイレは 江東 区立/);
  });

  it('narrows the last list to a municipality or to the town a station names ("只看町田市的", "그 중에 도요스에 있는 건?")', async () => {
    const machida = await ask(['東京都指定史跡有哪些', '只看町田市的']);
    expect(machida.answer).toMatch(/^町田市共有5處史蹟/);
    const toyosu = await ask(['고토구 재해거점병원 알려줘', '그 중에 도요스에 있는 건?']);
    expect(toyosu.sources).toEqual(['昭和大学江東豊洲病院']);
    expect((await ask(['Koto City libraries', 'only the ones in Toyosu'])).answer).toMatch(/^There is 1 library in Toyosu, Koto City\./);
  });

  it('shows a short list whole, and keeps "やってる" of a hospital from asking for upcoming events', async () => {
    expect((await ask(['江东区星期一开放的儿童馆有哪些'])).sources).toHaveLength(6);
    const tertiary = await ask(['文京区で三次救急やってる災害拠点病院は何か所？']);
    expect(tertiary.answer).toMatch(/データ上3か所です/);
  });

  it('declines collection days, residence procedures, quake forecasts and insurance; a route gets the Tokyo contact', async () => {
    for (const [question, lang, contact] of [
      ['中野区のゴミの収集日っていつ？', undefined, 'city.tokyo-nakano.lg.jp'],
      ['しながわくで すむ ところの てつづきは どこで しますか', 'ja-easy', 'city.shinagawa.tokyo.jp'],
      ['下一次大地震什么时候来', undefined, 'metro.tokyo.lg.jp'],
      ['じしんの ほけんは いくら ですか', 'ja-easy', 'metro.tokyo.lg.jp'],
      ['从羽田机场到新宿怎么去', undefined, 'metro.tokyo.lg.jp'],
      ['how do I get from Haneda to Shinjuku', undefined, 'metro.tokyo.lg.jp'],
    ] as const) {
      const turn = await ask([question], lang);
      expect(turn.status, question).toBe('unanswerable_out_of_scope');
      expect(turn.answer, question).toContain(contact);
    }
    expect((await ask(['五反田駅の近くの避難所', '明日地震くる？'])).status).toBe('unanswerable_out_of_scope');
    // a question about where to flee when one comes is not a forecast
    expect((await ask(['地震が来たらどこに逃げる？ 五反田駅'])).status).toBe('answered');
  });

  it('reads "stn" as a station', async () => {
    expect((await ask(['Tachikawa stn shelter?'])).answer).toMatch(/^The nearest evacuation shelter to Tachikawa Station is/);
  });

  it('finds an exhibition by its title said in English, Hangul or in part, with or without its venue', async () => {
    for (const [question, title] of [
      ['when was the David Hockney exhibition at MOT?', 'デイヴィッド・ホックニー展'],
      ["도쿄도 사진미술관 '메멘토 모리와 사진' 전시 기간", 'メメント・モリと写真'],
      ['東京都美術館的岡本太郎展期間', '特別展 展覧会 岡本太郎'],
      ['도쿄 아트 북 페어 2022 언제였어요?', 'TOKYO ART BOOK FAIR 2022'],
    ] as const) {
      const turn = await ask([question]);
      expect(turn.status, question).toBe('answered');
      expect(turn.sources[0], question).toBe(title);
      expect(turn.answer, question).toMatch(/2022|2023/);
    }
    expect((await ask(['When was the Egon Schiele exhibition at Tokyo Metropolitan Art Museum?', '에곤 실레전 언제까지였어요?'])).answer).toContain('2023년 4월 9일');
  });

  it('reads kinds spaced out in やさしい日本語, counts the toilets of a ward, and keeps Korean spacing', async () => {
    expect((await ask(['はむらし の ひなん ばしょ は いくつ ですか'], 'ja-easy')).answer).toMatch(/13か所/);
    expect((await ask(['こうとうく の こうしゅう トイレ は いくつ ありますか'], 'ja-easy')).answer).toMatch(/^江東区（こうとうく）の トイレは \d+か所です/);
    // (야구 경기 is a baseball game, not 구경, sightseeing)
    expect((await ask(['도쿄돔 야구 경기 일정 알려줘'])).status).toBe('unanswerable_out_of_scope');
  });

  it('finds a name said in Korean as people say it (도라상 기념관), and a place named anew in a follow-up by part of its name', async () => {
    expect((await ask(['도라상 기념관 전화번호'])).answer).toContain('03-3657-3455');
    expect((await ask(['시바마타 도라상 기념관 어디 있어요?', '입장료는 얼마예요?'])).answer).toContain('500円');
    const yamamoto = await ask(['清澄庭園的電話', '另外，山本亭幾點開？']);
    expect(yamamoto.sources).toEqual(['葛飾区山本亭']);
    expect(yamamoto.answer).toContain('09:00');
  });

  it("answers the toilet of the railway company or line named at a station, not its neighbour's", async () => {
    const ginza = await ask(['地铁银座线浅草站的无障碍厕所在几楼？']);
    expect(ginza.sources[0]).toMatch(/^東京地下鉄 浅草駅/);
    expect(ginza.answer).toContain('B2F');
    expect((await ask(['what floor is the wheelchair accessible toilet at JR Kichijoji station'])).answer).toContain('2F');
    // a company with no toilet at that station: the nearest of any
    expect((await ask(['京急の浅草駅のトイレ'])).status).toBe('answered');
  });

  it("lists a ward's wide-area evacuation sites (広域避難場所), those it designates in the next wards included", async () => {
    const shinagawa = await ask(['品川区の広域避難場所ってどこがある？']);
    expect(shinagawa.answer).toMatch(/^品川区の避難場所は10か所あります/);
    expect((await ask(['品川區的廣域避難場所有哪些'])).sources).toContain('JRアパート・品川区役所一帯');
    // where the data designates none, the ward's evacuation sites
    expect((await ask(['新宿区の広域避難場所'])).status).toBe('answered');
  });

  it('keeps to a town no station is named after, when nothing else says where (塩浜, 江東區枝川, 八潮5丁目)', async () => {
    const shiohama = await ask(['しおはま で くるまいす で つかえる トイレ は どこ ですか'], 'ja-easy');
    expect(shiohama.answer).toMatch(/^江東区（こうとうく） 塩浜（しおはま）の くるまいすで つかえる/);
    expect((await ask(['Shiohama toilets'])).answer).toMatch(/in Shiohama, Koto City\./);
    expect((await ask(['住在品川区八潮5丁目的话应该去哪个避难所？'])).sources).toContain('八潮学園');
    // a landmark, a station or a place outside Tokyo is read first
    expect((await ask(['京都清水寺附近的避難所'])).status).toBe('unanswerable_out_of_scope');
  });

  it("counts Tokyo's municipalities, and reads \"worth seeing\" as sightseeing", async () => {
    expect((await ask(['東京都一共有多少个市区町村？'])).answer).toContain('62');
    expect((await ask(['how many municipalities are in Tokyo?'])).answer).toContain('62');
    expect((await ask(['im on hachijojima, whats worth seeing near me'])).answer).toMatch(/tourist spots in Hachijo Town/);
  });

  it('answers in Traditional Chinese a name followed by a bare 電話, in Japanese when spaced or asked 電話番号', async () => {
    expect((await ask(['清澄庭園電話'])).lang).toBe('zh-Hant');
    expect((await ask(['清澄庭園 電話'])).lang).toBe('ja');
    expect((await ask(['清澄庭園電話番号'])).lang).toBe('ja');
  });

  it('answers the way to a named place from its record, not as a transport question', async () => {
    expect((await ask(['How do I get to Morishita Park?'])).answer).toContain('森下駅');
  });

  it('reads what the fifth batch found: particles inside names, heights, station toilets counted, "which of those"', async () => {
    expect((await ask(['柴又山本亭的門票'])).answer).toContain('100円');
    expect((await ask(['하치조후지 높이가 얼마야?'])).answer).toContain('854.3');
    expect((await ask(['かめいど えき に くるまいす の トイレ は いくつ ありますか'], 'ja-easy')).answer).toMatch(/2か所です/);
    expect((await ask(['도쿄역에 휠체어 화장실 몇 개 있어요?'])).answer).toMatch(/11곳입니다/);
    expect((await ask(['有救命救急中心的災害據點醫院有幾家？'])).answer).toContain('26');
    expect((await ask(['なかの えき の ちかく の ひなんじょ を おしえて'], 'ja-easy')).status).toBe('answered');
    expect((await ask(['とうほう だいがく の おおもり びょういん の でんわ'], 'ja-easy')).answer).toContain('03-3762-4151');
    expect((await ask(['とうきょうと ちゅうおう としょかん の でんわ ばんごう は？'], 'ja-easy')).answer).toContain('03-3442-8451');
    const late = await ask(['江東区の図書館教えて', 'その中で夜9時まで開いてるのはどこ？']);
    expect(late.answer).toMatch(/^江東区の21:00まで開いている図書館は3か所あります/);
    const baby = await ask(['public toilets in Koto City', 'which of those have baby changing facilities?']);
    expect(baby.answer).toMatch(/public toilets with baby changing facilities in Koto City/);
    for (const question of ['次の大地震っていつ来るの？', '深川図書館の座席数は何席？', '우에노 동물원에 판다 몇 마리 있어?']) {
      expect((await ask([question])).status, question).toBe('unanswerable_out_of_scope');
    }
  });

  it("lists a venue's events rather than one elsewhere whose title sounds like the question's words, and measures a wide-area site from its nearest record", async () => {
    const photo = await ask(['What exhibitions were held at the Tokyo Photographic Art Museum?']);
    expect(photo.sources).not.toContain('庭園芸術とアール・デコ');
    expect((await ask(['大井町駅から一番近い広域避難場所は？'])).answer).toMatch(/^大井町駅から一番近い避難場所はJRアパート・品川区役所一帯です（北西へ約280m）/);
  });

  it("reads a parking column's no over an accessible-parking note, a site's hazards from all its records, and a month's closing as no weekly one", async () => {
    const parking = await ask(['江東區哪些圖書館有停車場？']);
    expect(parking.sources).not.toContain('江東図書館');
    expect((await ask(['港南図書館って地震のときの避難場所になってる？'])).answer).toMatch(/津波/);
    // "12月の第3火曜日から木曜日まで休館" closes no Thursday
    expect((await ask(['寅さん記念館の休みの日っていつ'])).answer).not.toMatch(/木曜/);
    const korean = await ask(['시바마타 야마모토테이에 대해 알려줘', '입장료는 얼마야?']);
    expect(korean.answer).toContain('100円');
  });

  it('says which weeks of the month a place closes, in every language', async () => {
    expect((await ask(['寅さん記念館の休みの日っていつ'])).answer).toContain('毎月第3火曜は休みです');
    expect((await ask(['When is Toyo Library closed?'])).answer).toContain('the 3rd Friday of each month');
    expect((await ask(['東陽圖書館休館日'])).answer).toContain('每月第3個週五休息');
  });

  it('shows a list whole when a list is asked, names its first places in the text, reads kana names with care, and declines what no record holds', async () => {
    expect((await ask(['江東区の区立図書館の一覧'])).sources).toHaveLength(12);
    const children = await ask(['江东区有哪些儿童馆？']);
    expect(children.sources).toHaveLength(18);
    expect(children.answer.split('、')).toHaveLength(5);
    expect(children.answer).toMatch(/包括.+等。/);
    // a count shows a few, the rest are counted
    expect((await ask(['江東区の図書館はいくつ'])).sources).toHaveLength(5);
    // a list longer than twenty is cut to five, the rest counted; asked whole, twenty are shown
    expect((await ask(['江東区の保育園を教えて'])).sources).toHaveLength(5);
    expect((await ask(['江東区の保育園の一覧'])).sources).toHaveLength(20);
    // a name's end that is only its kind, or begins with the question's particle, names no place
    const parks = await ask(['こうとうく の こうえん で ちゅうしゃじょう が ある ところ'], 'ja-easy');
    expect(parks.answer).toMatch(/ちゅうしゃじょう（駐車場）が ある こうえん（公園）は \d+か所/);
    expect((await ask(['とらさん きねんかんは いくらですか'], 'ja-easy')).answer).toContain('500円');
    const lift = await ask(['こうとうく の ほいくえん を おしえて', 'その なか で エレベーター が ある の は どこ？'], 'ja-easy');
    expect(lift.answer).toMatch(/エレベーターが ある ほいくえん（保育園）は \d+か所/);
    for (const question of ['深川図書館の館長さんの名前は？', '推薦澀谷好玩的夜店', '六義園裡面可以野餐嗎？']) {
      expect((await ask([question])).status, question).toBe('unanswerable_out_of_scope');
    }
  });

  it('keeps to the events of the month or year asked, in every language', async () => {
    const august = await ask(['what exhibitions were on at MOT (Museum of Contemporary Art Tokyo) in August 2023?']);
    expect(august.answer).toMatch(/^The data has 3 events held in August 2023 at/);
    expect(august.sources).toContain('デイヴィッド・ホックニー展');
    expect((await ask(['東京芸術劇場で2023年11月にあった公演は？'])).answer).toMatch(/2023年11月に開催されたイベントは、データに2件/);
    expect((await ask(['2022년 8월 도쿄도 사진미술관 전시'])).sources).toContain('メメント・モリと写真');
  });

  it('says what a count is made of: each publisher\'s data, and the rows of a file left out', async () => {
    const toilets = await ask(['江東区の公衆トイレって全部で何か所？']);
    expect(toilets.answer).toMatch(/237か所/);
    expect(toilets.answer).toMatch(/江東区のデータで191か所、東京都のデータで46か所/);
    const parks = await ask(['How many parks are in Koto City?']);
    expect(parks.answer).toMatch(/By source: 171 in the data of Koto City, 23 in the data of the Tokyo Metropolitan Government\./);
    const points = await ask(['品川区の一時集合場所はいくつある？']);
    expect(points.answer).toMatch(/164か所/);
    expect(points.answer).toMatch(/元のファイルには166件あり、うち2件/);
    expect((await ask(['도쿄 재해거점병원 중에 3차 구급(구명구급센터) 있는 곳은 몇 개예요?'])).answer).toMatch(/26곳/);
  });

  it('finds sights by their kind, which only their names say', async () => {
    const views = await ask(['하치조지마에 전망대 어디 어디 있어요?']);
    expect(views.status).toBe('answered');
    expect([...views.sources].sort()).toEqual(['大坂トンネルの展望', '永郷展望', '登龍峠展望']);
    expect((await ask(['八丈岛有哪些瀑布？'])).sources).toEqual(['裏見ヶ滝']);
    // with another kind asked, a sight word is no condition
    expect((await ask(['八丈島の灯台の近くのトイレ'])).sources.every((name) => !name.includes('灯台') || /トイレ|便所/.test(name))).toBe(true);
  });

  it('reads a name said in English with where it is said apart, or with words a question also uses', async () => {
    const closed = await ask(['Tora-san museum in Shibamata - which day is it closed?']);
    expect(closed.sources).toEqual(['葛飾柴又寅さん記念館']);
    expect(closed.answer).toMatch(/3rd Tuesday/);
    // "Open" in the name asks no hours
    expect((await ask(['phone number for the Edo-Tokyo Open Air Architectural Museum?'])).answer).toMatch(/042-388-3300/);
    // a dog mentioned beside a question for the nearest park is no question about pets
    // (asked with no location: where, not a decline)
    expect((await ask(['closest park? want to take my dog for a walk'])).status).toBe('clarification_needed');
    expect((await ask(['Can I bring my dog to Kiba Park?'])).status).toBe('unanswerable_out_of_scope');
  });

  it('declines a forecast of an earthquake and whether to call an ambulance, not what to do when one comes', async () => {
    for (const question of ['东京下周会不会发生地震', 'じしん は いつ きますか']) expect((await ask([question])).status, question).toBe('unanswerable_out_of_scope');
    expect((await ask(['子どもが熱出したんだけど救急車呼ぶべき？'])).status).toBe('guardrail_declined');
    expect((await ask(['地震が来たら江東区の避難所はどこ？'])).status).toBe('answered');
  });

  it('reads names as people shorten or type them, and the region a hospital list is kept to', async () => {
    expect((await ask(['日本医大病院って救命救急センターある？'])).sources).toContain('日本医科大学付属病院');
    expect((await ask(['东大医院有多少张病床'])).answer).toMatch(/1226/);
    expect((await ask(['都立廣尾醫院是哪一種災害據點醫院？'])).sources).toEqual(['東京都立広尾病院']);
    expect((await ask(['深川图书管几点开门'])).sources).toEqual(['深川図書館']);
    expect((await ask(['how many public libaries does Koto ward have?'])).answer).toMatch(/12 libraries/);
    expect((await ask(['北多摩南部有哪些灾害据点医院'])).sources).toHaveLength(4);
    expect((await ask(['にしたま の さいがい きょてん びょういん は いくつ'], 'ja-easy')).answer).toMatch(/3か所/);
  });

  it('answers when a historic site was designated, an event with its venue, and who a shelter is for', async () => {
    expect((await ask(['when was the Moro site in Itabashi designated?'])).answer).toMatch(/1969-03-27/);
    const event = await ask(['蜷川実花展是在哪裡辦的？什麼時候？']);
    expect(event.answer).toMatch(/2022/);
    expect(event.answer).toMatch(/東京都庭園美術館/);
    expect((await ask(['ひのし の こども ほうかつ しえん センター は だれ の ための ひなんじょ ですか'], 'ja-easy')).answer).toMatch(/妊産婦/);
    const late = await ask(['こうとうく の としょかん を おしえて', 'よる 9じ まで あいている ところ は？'], 'ja-easy');
    expect(late.sources.length).toBeGreaterThan(1);
    expect((await ask(['六義園の入園料はいくら？', '請用中文回答，電話號碼是多少？'])).lang).toBe('zh-Hant');
  });

  it('counts the toilets a station record stands for, and reads a long reading said with another voicing', async () => {
    // (the ingest keeps identical toilets at one spot as one record with a count: 新宿 has 9 records for 11 toilets)
    expect((await ask(['新宿站一共有几个轮椅可用的厕所？'])).answer).toMatch(/11处/);
    const shelter = await ask(['しんじゅく ふくし さぎょうじょ の ひなんじょ は だれ が はいれますか'], 'ja-easy');
    expect(shelter.sources).toEqual(['新宿 福祉作業所（ふくしさぎょうしょ）']);
    expect(shelter.answer).toMatch(/障害者/);
  });

  it('lists the gardens of Tokyo by the kind of park their record gives, and a hospital by its role', async () => {
    const gardens = await ask(['東京都立的庭園有哪些？', '其中哪些有停車場？']);
    expect(gardens.sources).toEqual(['浜離宮恩賜庭園']);
    const all = await ask(['とうきょうと の ていえん は どこ が ありますか'], 'ja-easy');
    expect(all.sources).toHaveLength(9);
    expect(all.sources.some((name) => name.startsWith('六義園'))).toBe(true);
    expect((await ask(['東京有幾家廣域基幹災害據點醫院？'])).answer).toMatch(/2處/);
    expect((await ask(['都立廣尾醫院是哪一種災害據點醫院？'])).answer).toMatch(/廣域基幹/);
  });

  it('opens a day closed only in some weeks, says which, and answers where a place with no floor is', async () => {
    // 森下児童館: 第一・第三・第五日曜日は利用不可 (the days column leaves Sunday out; the 2nd and 4th open)
    const sunday = await ask(['Is Morishita Children\'s Center open on Sunday?']);
    expect(sunday.answer).toMatch(/is open on Sundays/);
    expect(sunday.answer).toMatch(/1st and 3rd and 5th Sunday/);
    expect((await ask(['where exactly is the Shakujii Castle ruins historic site?'])).answer).toMatch(/石神井台/);
  });

  it('puts a parking note\'s number of cars first, and reads the year a place opened from its description', async () => {
    expect((await ask(['葛西臨海公園の駐車場って何台とめられる？'])).answer).toMatch(/駐車台数181台/);
    expect((await ask(['八丈植物公园是哪一年开园的'])).answer).toMatch(/昭和37年/);
  });

  it('reads a school said short in English, and "designated" of a shelter asks nothing of a date', async () => {
    expect((await ask(['phone # for asamadai elementary shelter'])).answer).toMatch(/03-3474-2727|\(03\)3474-2727/);
    const designated = await ask(['How many designated shelters are in Hachioji?']);
    expect(designated.answer).toMatch(/evacuation shelters in Hachioji City/);
  });

  it('finds places whose Japanese names hold characters the Chinese rewriting touches (新小岩, 檜原村)', async () => {
    expect((await ask(['新小岩駅の近くの避難所'])).status).toBe('answered');
    expect((await ask(['檜原村の避難場所'])).status).toBe('answered');
    expect((await ask(['世田谷区の大規模な火事のときの避難場所の数'])).answer).toMatch(/59か所/);
  });

  it('lists the shelters for a group of people, as the records say whom they take', async () => {
    const elderly = await ask(['渋谷区で高齢者を受け入れてくれる避難所ってどこ？']);
    expect(elderly.sources).toContain('美竹の丘・しぶや');
    expect(elderly.sources).not.toContain('神南小学校');
    const narrowed = await ask(['荒川区の福祉避難所を教えて', 'その中で障がいのある人が入れるのはどこ？']);
    expect(narrowed.answer).toMatch(/障害のある人を受け入れる避難所は\d+か所/);
    expect((await ask(['welfare shelters for elderly people in Shibuya?'])).answer).toMatch(/shelters for elderly people in Shibuya City/);
    // a group beside another kind of place is no condition
    expect((await ask(['江東区の高齢者向けのトイレ'])).answer).not.toMatch(/高齢者を受け入れる/);
  });

  it('tells two facts asked at once, declines lockers and dates, and reads a hazard map asked of a ward in kana', async () => {
    const two = await ask(['Tokyo Medical University Hospital in Shinjuku - phone number and how many beds?']);
    expect(two.answer).toMatch(/904/);
    expect(two.answer).toMatch(/03-3342-6111/);
    for (const question of ['东京都美术馆有投币寄存柜吗？', 'ふかがわ としょかんに じしゅうしつは ありますか']) expect((await ask([question])).status, question).toBe('unanswerable_out_of_scope');
    expect((await ask(['Where is Rikugien garden?', 'is it a good spot for a date?'])).status).toBe('unanswerable_out_of_scope');
    expect((await ask(['ちよだくの こうずいの ハザードマップを みたいです'], 'ja-easy')).answer).toMatch(/suigai\/map\.html/);
    expect((await ask(['品川区の第一日野小学校って何の災害のときの避難場所？'])).answer).toMatch(/高潮/);
  });

  it('reads an assembly point said in kana as people say it, and takes no shown name with unread kanji for a generic one', async () => {
    // (with no location: asked where, about assembly points)
    expect((await ask(['いっときしゅうごうばしょは どこ ですか'], 'ja-easy')).answer).toMatch(/しゅうごう ばしょ/);
    // "笄 Elementary School" is shown where 笄 has no reading: "Elementary School" said alone names no school
    expect((await ask(['Elementary School near Kiba Station'])).sources.some((name) => name === '笄小学校')).toBe(false);
  });

  it('lists the gardens asked for in English, all of them when few, for all of Tokyo', async () => {
    const gardens = await ask(['which traditional japanese gardens does the Tokyo Metropolitan Government run?']);
    expect(gardens.sources).toHaveLength(9);
    expect(gardens.sources).toContain('六義園');
  });
});

