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

describe('semantic retrieval and translation settings', () => {
  it('are off or lexical by default: nothing reaches a network', () => {
    const env = load({});
    expect(env.SEMANTIC_RETRIEVAL).toBe('auto');
    expect(env.TRANSLATION).toBe('off');
    expect(env.VECTOR_SEARCH_ENDPOINT_URL).toBeUndefined();
    expect(env.EMBEDDING_MODEL).toBe('gemini-embedding-001');
    expect(env.EMBEDDING_DIMENSIONS).toBe(768);
  });

  it('need Vector Search settings together, and a Gemini key to embed questions for it', () => {
    const vertex = {
      VECTOR_SEARCH_ENDPOINT_URL: 'https://1957880287.asia-northeast1-181224308459.vdb.vertexai.goog',
      VECTOR_SEARCH_INDEX_ENDPOINT: 'projects/tokyo-ai-chat/locations/asia-northeast1/indexEndpoints/3370566089086861312',
      VECTOR_SEARCH_DEPLOYED_INDEX_ID: 'tokyo_places',
    };
    expect(load({ ...vertex, GEMINI_API_KEY: 'key' }).VECTOR_SEARCH_DEPLOYED_INDEX_ID).toBe('tokyo_places');
    expect(() => load({ ...vertex })).toThrow(/GEMINI_API_KEY/);
    expect(() => load({ VECTOR_SEARCH_ENDPOINT_URL: vertex.VECTOR_SEARCH_ENDPOINT_URL, GEMINI_API_KEY: 'key' })).toThrow(/together/);
    expect(() => load({ ...vertex, VECTOR_SEARCH_INDEX_ENDPOINT: 'indexEndpoints/1', GEMINI_API_KEY: 'key' })).toThrow(/VECTOR_SEARCH_INDEX_ENDPOINT/);
  });

  it('need a project for Cloud Translation, and a regional location for its glossary', () => {
    expect(() => load({ TRANSLATION: 'google' })).toThrow(/TRANSLATION_PROJECT/);
    expect(load({ TRANSLATION: 'google', GOOGLE_CLOUD_PROJECT: 'tokyo-ai-chat' }).TRANSLATION_LOCATION).toBe('us-central1');
    expect(() => load({ TRANSLATION: 'google', TRANSLATION_PROJECT: 'tokyo-ai-chat', TRANSLATION_GLOSSARY: 'place-names', TRANSLATION_LOCATION: 'global' })).toThrow(/regional/);
    expect(() => load({ TRANSLATION: 'deepl' })).toThrow(/TRANSLATION/);
    expect(() => load({ EMBEDDING_DEADLINE_MS: '10' })).toThrow(/EMBEDDING_DEADLINE_MS/);
  });
});
