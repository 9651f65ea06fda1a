/** A mix of real questions: stations, locations, wards, five scripts (bench/chat-turn.ts, bench/refresh-discovery.ts, bench/capacity-check.ts). */
export const QUESTIONS: Array<{ message: string; location?: { lat: number; lon: number } }> = [
  { message: '大井町駅の近くの避難所は？' },
  { message: 'Where is the nearest evacuation shelter?', location: { lat: 35.6812, lon: 139.7671 } },
  { message: '品川区の避難所を教えて' },
  { message: '新宿站附近的避难所在哪里' },
  { message: '品川구 대피소 어디예요' },
  { message: 'Shelters near Shibuya station' },
  { message: 'ひなんじょ どこ', location: { lat: 35.7101, lon: 139.8107 } },
  { message: '江東区の避難場所' },
];
