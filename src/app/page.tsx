import { LANG_NAMES } from '../i18n/languages.ts';

export default function Home() {
  return (
    <main>
      <h1>Tokyo AI Chat</h1>
      <p>{Object.values(LANG_NAMES).join(' / ')}</p>
    </main>
  );
}
