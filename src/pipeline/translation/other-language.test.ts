import { describe, expect, it } from 'vitest';
import { otherLanguageOf } from './other-language.ts';

describe('otherLanguageOf', () => {
  it('tells the languages Tokyo residents write beyond the six, by script or by franc', () => {
    const questions: Record<string, string> = {
      vi: 'Nơi trú ẩn gần ga Oimachi ở đâu?',
      ne: 'ओइमाची स्टेशन नजिकै आश्रयस्थल कहाँ छ?',
      th: 'ที่หลบภัยใกล้สถานีโออิมาจิอยู่ที่ไหน',
      tl: 'Saan ang pinakamalapit na evacuation center sa Shinjuku station?',
      id: 'Di mana tempat penampungan terdekat dari stasiun Shinjuku?',
      pt: 'Onde fica o abrigo mais próximo da estação de Shinjuku?',
      es: '¿Dónde está el refugio más cercano a la estación de Shinjuku?',
      fr: 'Où se trouve le refuge le plus proche de la gare de Shinjuku ?',
    };
    for (const [lang, question] of Object.entries(questions)) expect(otherLanguageOf(question), question).toBe(lang);
  });

  it('leaves English alone, however franc reads it, and short texts undecided', () => {
    for (const question of ['Where is the nearest shelter near Shinjuku station?', 'toilet near Shinjuku', 'AED Shinagawa', 'Shinjuku eki toire', 'Is Kiba Park free?', 'libraries open on Sunday in Koto']) {
      expect(otherLanguageOf(question), question).toBeUndefined();
    }
  });
});
