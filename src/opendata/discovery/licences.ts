/**
 * The CKAN `license_id`s whose data the service may show changed (normalised, with attribution), and how each is
 * named. 5,075 of the catalogue's 5,077 datasets are CC-BY-4.0 (CKAN_NOTES §5); NC and ND licences are refused.
 */
const LICENCES: Readonly<Record<string, { license: string; licenseUrl: string }>> = {
  'cc-by-4.0': { license: 'CC BY 4.0', licenseUrl: 'https://creativecommons.org/licenses/by/4.0/deed.ja' },
  'cc-by': { license: 'CC BY 4.0', licenseUrl: 'https://creativecommons.org/licenses/by/4.0/deed.ja' },
  'cc-by-2.1-jp': { license: 'CC BY 2.1 JP', licenseUrl: 'https://creativecommons.org/licenses/by/2.1/jp/' },
  'cc-zero': { license: 'CC0 1.0', licenseUrl: 'https://creativecommons.org/publicdomain/zero/1.0/deed.ja' },
  'cc0-1.0': { license: 'CC0 1.0', licenseUrl: 'https://creativecommons.org/publicdomain/zero/1.0/deed.ja' },
  'odc-pddl': { license: 'ODC PDDL', licenseUrl: 'https://opendatacommons.org/licenses/pddl/' },
};

/** The licence of a dataset by its CKAN id, when the service may use it; undefined when it may not. */
export function usableLicence(licenseId: string | null | undefined): { license: string; licenseUrl: string } | undefined {
  return licenseId ? LICENCES[licenseId.toLowerCase()] : undefined;
}
