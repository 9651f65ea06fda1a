import { describe, expect, it } from 'vitest';
import { ConfigError, loadEnv } from './env.ts';

const load = (variables: Record<string, string>) => loadEnv({ NODE_ENV: 'test', ...variables });

describe('MAP_TILE_URL', () => {
  it("defaults to GSI's standard tiles (地理院タイル)", () => {
    expect(load({}).MAP_TILE_URL).toBe('https://cyberjapandata.gsi.go.jp/xyz/std/{z}/{x}/{y}.png');
  });

  it('takes another http(s) tile template, e.g. a mirror or a local stub', () => {
    expect(load({ MAP_TILE_URL: 'http://127.0.0.1:8080/tiles/{z}/{x}/{y}.png' }).MAP_TILE_URL).toBe('http://127.0.0.1:8080/tiles/{z}/{x}/{y}.png');
  });

  it('stops the start on a value that is not a tile template, naming the variable', () => {
    for (const value of ['https://tiles.example.test/tile.png', 'ftp://tiles.example.test/{z}/{x}/{y}.png', 'not a url']) {
      expect(() => load({ MAP_TILE_URL: value }), value).toThrow(ConfigError);
      expect(() => load({ MAP_TILE_URL: value }), value).toThrow(/MAP_TILE_URL/);
    }
  });
});
