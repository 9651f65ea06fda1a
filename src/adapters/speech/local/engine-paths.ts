import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../../../..');

/**
 * Where the offline engines and their data are (Debian bookworm packages, see scripts/setup-machine.sh; the
 * Japanese voice ships in the repository, data/voices/README.md).
 */
export const ENGINE_PATHS = {
  openJtalk: '/usr/bin/open_jtalk',
  openJtalkDictionary: '/var/lib/mecab/dic/open-jtalk/naist-jdic',
  openJtalkVoice: path.join(root, 'data/voices/nitech-jp-atr503-m001/nitech_jp_atr503_m001.htsvoice'),
  espeakNg: '/usr/bin/espeak-ng',
  pocketsphinx: '/usr/bin/pocketsphinx_continuous',
  pocketsphinxModel: '/usr/share/pocketsphinx/model/en-us/en-us',
  pocketsphinxDictionary: '/usr/share/pocketsphinx/model/en-us/cmudict-en-us.dict',
  sox: '/usr/bin/sox',
} as const;
