import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import './globals.css';

export const metadata: Metadata = {
  title: '東京都 AIコンシェルジュ | Tokyo AI Concierge',
  description: 'Ask about shelters, AEDs, toilets, Wi-Fi and facilities in Tokyo, answered from official open data.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#0b5cab' };

/** Rendered in Japanese; the page switches `lang` to the user's language once it runs (use-language.ts). */
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="ja">
      <body>
        <noscript>
          <p className="noscript">このページを使うには JavaScript を有効にしてください。 / Please enable JavaScript to use this page.</p>
        </noscript>
        {children}
      </body>
    </html>
  );
}
