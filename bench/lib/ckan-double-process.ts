/**
 * The catalogue double (tests/fakes/ckan-double) in a process of its own, so that generating and serving its
 * files does not hold the event loop of the benchmark's client (whose turn times it would inflate). Sends
 * `{ catalogueUrl, hosts, portals }` once listening; stops on `stop`.
 * Args: --rows N
 */
import { STANDARD_TYPES } from '../../src/opendata/discovery/standard-types.ts';
import { startCkanDouble } from '../../tests/fakes/ckan-double/ckan-double.ts';
import { numberOption } from './options.ts';

const double = await startCkanDouble({ types: STANDARD_TYPES.map((type) => type.id), rows: numberOption('rows', 100), eager: true });
process.send?.({ catalogueUrl: double.catalogueUrl, hosts: double.hosts, portals: double.portals });
process.on('message', () => {
  void double.close().then(() => process.exit(0));
});
