/**
 * Time-zone abbreviations as export tools print them after a local time (`2021-07-05 18:02:45 BRT`,
 * CrowdTangle's dashboards): each names one fixed UTC offset. The table holds the abbreviations
 * that are unambiguous in the tools' usage (CrowdTangle prints the dashboard zone's abbreviation,
 * `EST` in winter and `EDT` in summer), so a local time read with one is exact. `IST` is India's
 * (+05:30), `CST` North America's Central (−06:00): CrowdTangle's own spelling. An abbreviation
 * outside the table is not guessed: the caller decides (docs/formats.md §7).
 */

/** Abbreviation → its fixed offset (`±HH:MM`), frozen. */
export const ZONE_ABBREVIATIONS: Readonly<Record<string, string>> = Object.freeze({
  UTC: '+00:00', GMT: '+00:00', Z: '+00:00',
  BRT: '-03:00', BRST: '-02:00', ART: '-03:00',
  EST: '-05:00', EDT: '-04:00', CST: '-06:00', CDT: '-05:00',
  MST: '-07:00', MDT: '-06:00', PST: '-08:00', PDT: '-07:00',
  WET: '+00:00', WEST: '+01:00', CET: '+01:00', CEST: '+02:00', EET: '+02:00', EEST: '+03:00',
  MSK: '+03:00', IST: '+05:30', ICT: '+07:00', WIB: '+07:00',
  SGT: '+08:00', HKT: '+08:00', PHT: '+08:00', JST: '+09:00', KST: '+09:00',
  AEST: '+10:00', AEDT: '+11:00',
});

/**
 * The fixed offset an abbreviation names (`±HH:MM`, for `instantFromLocal`), or `undefined` when it
 * is not in {@link ZONE_ABBREVIATIONS}. Case-sensitive: tools print abbreviations in capitals.
 * @example offsetOfZoneAbbreviation('BRT') // '-03:00'
 * @example offsetOfZoneAbbreviation('ICT') // '+07:00'
 * @example offsetOfZoneAbbreviation('XYZT') // undefined
 */
export function offsetOfZoneAbbreviation(abbreviation: string): string | undefined {
  return Object.hasOwn(ZONE_ABBREVIATIONS, abbreviation) ? ZONE_ABBREVIATIONS[abbreviation] : undefined;
}
