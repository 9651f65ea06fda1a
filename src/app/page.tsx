import { Chat } from '../components/chat.tsx';
import { VoiceControl } from '../components/voice/voice-control.tsx';

export default function Home() {
  return <Chat voiceControl={VoiceControl} />;
}
