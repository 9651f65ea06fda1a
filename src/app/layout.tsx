import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import './globals.css';

export const metadata: Metadata = {
  title: 'Tokyo AI Chat | 東京都 AIコンシェルジュ',
  description: 'Ask about shelters, AEDs, toilets, Wi-Fi and facilities in Tokyo, answered from official open data.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#0b5cab' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="ja">
      <body>{children}</body>
    </html>
  );
}
