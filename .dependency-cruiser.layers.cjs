/** The layers of src/, bottom first (.dependency-cruiser.cjs explains them; tests/lint checks every folder is here). */
const LAYERS = [
  ['core'],
  ['text', 'geo'],
  ['config'],
  ['i18n'],
  ['observability'],
  ['guardrails', 'opendata', 'retrieval', 'capacity'],
  ['resilience'],
  ['adapters'],
  ['pipeline'],
  ['server', 'jobs'],
  ['components'],
  ['app'],
];

module.exports = { LAYERS };
