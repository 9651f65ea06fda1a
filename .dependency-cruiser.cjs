/**
 * The import direction of src/ (docs/architecture.md, "Layers"): each folder imports only folders below it, and
 * nothing imports in a circle. `npm run lint` runs it (`depcruise src`); tests/lint/ shows that a violation fails.
 *
 *  10  app                             the page (Next.js)
 *   9  components                      its components: speak HTTP, take only core, config and i18n
 *   8  server, jobs                    HTTP and WebSocket (the only layer that knows HTTP statuses); scheduled jobs
 *   7  pipeline                        the answer pipeline
 *   6  adapters                        ports (importing only core) and their implementations
 *   5  resilience                      breakers, deadlines, fallback reasons
 *   4  guardrails, opendata, retrieval, capacity  side by side: none imports another
 *   3  observability
 *   2  i18n
 *   1  config
 *   0  core; text and geo               shared types; script, text and geographic tools (text and geo take only core)
 */
const { LAYERS } = require('./.dependency-cruiser.layers.cjs');

/** Test files and test helpers may reach any layer (a test of the pipeline builds a server's parts). */
const NOT_TESTS = '\\.(test|contract)\\.tsx?$|^src/retrieval/test-corpus\\.ts$';

const upward = LAYERS.flatMap((folders, rank) => {
  const above = LAYERS.slice(rank + 1).flat();
  const rules = folders.map((folder) => ({
    name: `layer-${folder}`,
    comment: `src/${folder} may import only the folders below it (.dependency-cruiser.cjs lists the layers)`,
    severity: 'error',
    from: { path: `^src/${folder}/`, pathNot: NOT_TESTS },
    to: { path: `^src/(${[...above, ...folders.filter((other) => other !== folder)].join('|')})/` },
  }));
  return rules;
});

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'No import cycles anywhere in src, type-only imports included.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    ...upward,
    {
      name: 'page-speaks-http',
      comment: 'The web client talks to the API like any client: it takes only core, config and i18n from the server side.',
      severity: 'error',
      from: { path: '^src/(app|components)/' },
      to: { path: '^src/', pathNot: '^src/(app|components|core|config|i18n)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '\\.css$' },
  },
};
