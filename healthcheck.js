// The container's HEALTHCHECK (Dockerfile: `CMD node healthcheck.js`), after the design's section 3.1.3:
// exit 0 when GET /api/health answers 200 within 5 s, 1 on any other status, an error or the timeout.
// Plain JavaScript with no dependency, so it runs in the runtime image as it is. Changed from the design:
// an ES module (package.json is "type": "module"), 127.0.0.1 rather than localhost (which may resolve to ::1
// while the server listens on IPv4), PORT read from the environment, and one deadline for the whole exchange
// (http's `timeout` only bounds socket inactivity).
import http from 'node:http';

const port = Number(process.env.PORT || 3000);
const timeoutMs = Number(process.env.HEALTHCHECK_TIMEOUT_MS || 5000);

function fail(reason) {
  console.error(`Health check failed: ${reason}`);
  process.exit(1);
}

const request = http.request({ hostname: '127.0.0.1', port, path: '/api/health', method: 'GET', timeout: timeoutMs }, (response) => {
  response.resume();
  if (response.statusCode === 200) process.exit(0);
  fail(`status ${response.statusCode}`);
});
request.on('error', (error) => fail(`request failed: ${error.message}`));
request.on('timeout', () => {
  request.destroy();
  fail(`no answer within ${timeoutMs} ms`);
});
setTimeout(() => fail(`no answer within ${timeoutMs} ms`), timeoutMs).unref();
request.end();
