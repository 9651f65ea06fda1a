import { existsSync } from 'node:fs';
import { ENGINE_PATHS } from './engine-paths.ts';

/** Which offline engines this machine has, with the data each needs. */
export interface InstalledEngines {
  openJtalk: boolean;
  espeakNg: boolean;
  pocketsphinx: boolean;
}

/**
 * Looks for the offline engines once at start. The development machine and CI have them all (Debian packages);
 * the production image carries only espeak-ng, whose Japanese is not usable, because Open JTalk's dictionary
 * alone (105 MB) would break the image's size budget: there, Google Cloud speaks and recognises, and a language
 * without a local engine answers `speech_unavailable` instead of bad audio (docs/voice.md).
 */
export function findInstalledEngines(paths: typeof ENGINE_PATHS = ENGINE_PATHS): InstalledEngines {
  return {
    openJtalk: existsSync(paths.openJtalk) && existsSync(paths.openJtalkDictionary) && existsSync(paths.openJtalkVoice),
    espeakNg: existsSync(paths.espeakNg),
    pocketsphinx: existsSync(paths.pocketsphinx) && existsSync(`${paths.pocketsphinxModel}/mdef`) && existsSync(paths.pocketsphinxDictionary),
  };
}
