import { readFileSync } from 'node:fs';

/** One request as HAProxy logged it (option httplog): who answered, the status, and its timers in ms. */
export interface BalancerRequest {
  /** `app1`…, or `<NOSRV>` when the balancer answered itself. */
  server: string;
  status: number;
  /** Time waiting in the balancer's queue for a free slot (Tw). */
  queueMs: number;
  /** From the request received to the last byte of the response (Ta). */
  totalMs: number;
  /** The termination state (e.g. `sQ--`: queue timeout). */
  state: string;
  path: string;
}

// `... public app/app1 0/1/0/5/6 200 899 - - ---- 150/150/133/66/+1 0/0 "POST /api/chat HTTP/1.1"`
const LINE = / \S+ \S+?\/(\S+) (-?\d+)\/(-?\d+)\/(-?\d+)\/(-?\d+)\/\+?(-?\d+) (\d{3}) \d+ \S+ \S+ (\S{4}) \S+ \S+ "(\w+) (\S+)/;

/** The requests of an HAProxy log file written with FLEET_LOG_ALL (fleet option lbLogFile). */
export function readBalancerLog(file: string): BalancerRequest[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => LINE.exec(line))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((m) => ({ server: m[1] as string, queueMs: Number(m[3]), totalMs: Number(m[6]), status: Number(m[7]), state: m[8] as string, path: m[10] as string }));
}
