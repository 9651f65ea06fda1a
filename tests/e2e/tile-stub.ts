import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { crc32, deflateSync } from 'node:zlib';

export interface TileStub {
  /** The tile template to give the server as MAP_TILE_URL. */
  tileUrl: string;
  origin: string;
  /** The `{z}/{x}/{y}` of every tile asked for, in order. */
  requested: string[];
  close(): Promise<void>;
}

const TILE_PATH = /^\/tiles\/(\d+)\/(\d+)\/(\d+)\.png$/;

/**
 * A local stand-in for GSI's tile server (地理院タイル), so the map's tests need no network: every tile under
 * /tiles/{z}/{x}/{y}.png is the same 256 × 256 PNG, a pale ground with a grey edge, and each request is recorded.
 */
export async function startTileStub(): Promise<TileStub> {
  const png = tilePng();
  const requested: string[] = [];
  const server: Server = createServer((request, response) => {
    const match = TILE_PATH.exec(new URL(request.url ?? '/', 'http://stub').pathname);
    if (!match) {
      response.writeHead(404).end();
      return;
    }
    requested.push(`${match[1]}/${match[2]}/${match[3]}`);
    response.writeHead(200, { 'content-type': 'image/png', 'content-length': png.length, 'access-control-allow-origin': '*' }).end(png);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    tileUrl: `${origin}/tiles/{z}/{x}/{y}.png`,
    origin,
    requested,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

/** A 256 × 256 RGB PNG (PNG specification: signature, IHDR, one IDAT of filtered rows, IEND). */
function tilePng(): Buffer {
  const size = 256;
  const rows = Buffer.alloc((size * 3 + 1) * size);
  for (let y = 0; y < size; y++) {
    const row = y * (size * 3 + 1); // each row starts with its filter byte, 0 (none)
    for (let x = 0; x < size; x++) {
      const edge = x === 0 || y === 0;
      rows.set(edge ? [190, 196, 204] : [236, 244, 230], row + 1 + x * 3);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits per channel, truecolour, deflate, no filter method, no interlace
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}
