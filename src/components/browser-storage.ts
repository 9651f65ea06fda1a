/**
 * localStorage / sessionStorage that never throws: storage is refused in some private modes and by some
 * settings, and the page must still work then (it only forgets sooner).
 */
type Area = 'local' | 'session';

function area(name: Area): Storage | undefined {
  if (typeof window === 'undefined') return undefined;
  try {
    return name === 'local' ? window.localStorage : window.sessionStorage;
  } catch (error) {
    console.warn(`${name}Storage is not available`, error);
    return undefined;
  }
}

export function readItem(name: Area, key: string): string | null {
  try {
    return area(name)?.getItem(key) ?? null;
  } catch (error) {
    console.warn(`could not read ${key}`, error);
    return null;
  }
}

export function writeItem(name: Area, key: string, value: string | null): void {
  try {
    if (value === null) area(name)?.removeItem(key);
    else area(name)?.setItem(key, value);
  } catch (error) {
    console.warn(`could not write ${key}`, error);
  }
}
