import { Chat } from '../components/chat.tsx';

export default function Home() {
  return <Chat />;
}
