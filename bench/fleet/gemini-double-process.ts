/**
 * The Gemini wire double (tests/fakes/gemini-server.ts) as its own process for the fleet, steered over IPC:
 * `{ behaviour }` sets what every request gets from now on. Prints `listening <url>` when ready.
 */
import { type Behaviour, startGeminiDouble } from '../../tests/fakes/gemini-server.ts';

const double = await startGeminiDouble();
process.stdout.write(`listening ${double.url}\n`);
process.on('message', (message: { behaviour?: Behaviour }) => {
  if (message.behaviour) double.setDefault(message.behaviour);
  process.send?.({ ok: true, requests: double.requests.length });
  double.requests.length = 0; // the fleet runs for long: keep no history
});
process.on('disconnect', () => void double.close().then(() => process.exit(0)));
