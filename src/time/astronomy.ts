/**
 * The two astronomical quantities a lunisolar calendar needs: the instants of new moons and the
 * Sun's apparent ecliptic longitude.
 *
 * - New moons: Jean Meeus, *Astronomical Algorithms* (2nd ed., 1998), ch. 49 — mean phase plus
 *   the periodic and planetary corrections for the new moon (error of the order of a few seconds
 *   against modern ephemerides over 1900–2100).
 * - Sun: Meeus ch. 25, the low-accuracy theory (geometric longitude with the equation of centre),
 *   corrected for nutation and aberration to the apparent longitude (≈ 0.01°, i.e. minutes of time).
 * - ΔT = TT − UT: the polynomial fits of Espenak & Meeus (NASA, *Five Millennium Canon of Solar
 *   Eclipses*, 2006), used to turn dynamical time into civil (universal) time.
 *
 * Julian Days here are continuous (`JD 2451545.0` = 2000-01-01 12:00 TT); `JDE` is in Terrestrial
 * Time, `JD` in Universal Time.
 */

const DEG = Math.PI / 180;

/** Mean synodic month in days (Meeus 49.1). */
export const SYNODIC_MONTH = 29.530588861;

/** JDE of the mean new moon with lunation number k = 0 (2000-01-06). */
const NEW_MOON_EPOCH = 2451550.09766;

function sinDeg(x: number): number {
  return Math.sin(x * DEG);
}

/**
 * ΔT = TT − UT in seconds for a decimal year (Espenak & Meeus polynomials).
 *
 * @example
 * deltaTSeconds(2000.5); // ≈ 64.0
 */
export function deltaTSeconds(decimalYear: number): number {
  const y = decimalYear;
  if (y < 1700) {
    const u = (y - 1820) / 100;
    return -20 + 32 * u * u;
  }
  if (y < 1800) {
    const t = y - 1700;
    return 8.83 + 0.1603 * t - 0.0059285 * t ** 2 + 0.00013336 * t ** 3 - t ** 4 / 1_174_000;
  }
  if (y < 1860) {
    const t = y - 1800;
    return (
      13.72 -
      0.332447 * t +
      0.0068612 * t ** 2 +
      0.0041116 * t ** 3 -
      0.00037436 * t ** 4 +
      0.0000121272 * t ** 5 -
      0.0000001699 * t ** 6 +
      0.000000000875 * t ** 7
    );
  }
  if (y < 1900) {
    const t = y - 1860;
    return 7.62 + 0.5737 * t - 0.251754 * t ** 2 + 0.01680668 * t ** 3 - 0.0004473624 * t ** 4 + t ** 5 / 233_174;
  }
  if (y < 1920) {
    const t = y - 1900;
    return -2.79 + 1.494119 * t - 0.0598939 * t ** 2 + 0.0061966 * t ** 3 - 0.000197 * t ** 4;
  }
  if (y < 1941) {
    const t = y - 1920;
    return 21.2 + 0.84493 * t - 0.0761 * t ** 2 + 0.0020936 * t ** 3;
  }
  if (y < 1961) {
    const t = y - 1950;
    return 29.07 + 0.407 * t - t ** 2 / 233 + t ** 3 / 2547;
  }
  if (y < 1986) {
    const t = y - 1975;
    return 45.45 + 1.067 * t - t ** 2 / 260 - t ** 3 / 718;
  }
  if (y < 2005) {
    const t = y - 2000;
    return (
      63.86 + 0.3345 * t - 0.060374 * t ** 2 + 0.0017275 * t ** 3 + 0.000651814 * t ** 4 + 0.00002373599 * t ** 5
    );
  }
  if (y < 2050) {
    const t = y - 2000;
    return 62.92 + 0.32217 * t + 0.005589 * t ** 2;
  }
  if (y < 2150) {
    const u = (y - 1820) / 100;
    return -20 + 32 * u * u - 0.5628 * (2150 - y);
  }
  const u = (y - 1820) / 100;
  return -20 + 32 * u * u;
}

/** Decimal year of a Julian Day (close enough for ΔT). */
function decimalYearOfJd(jd: number): number {
  return 2000 + (jd - 2451545.0) / 365.2425;
}

/**
 * Converts a JDE (Terrestrial Time) to a JD in Universal Time.
 *
 * @example
 * jdeToJdUt(2451545.0); // ≈ 2451544.99926
 */
export function jdeToJdUt(jde: number): number {
  return jde - deltaTSeconds(decimalYearOfJd(jde)) / 86_400;
}

/**
 * Converts a JD in Universal Time to a JDE (Terrestrial Time).
 *
 * @example
 * jdUtToJde(2451544.99926); // ≈ 2451545.0
 */
export function jdUtToJde(jd: number): number {
  return jd + deltaTSeconds(decimalYearOfJd(jd)) / 86_400;
}

// Periodic terms of the true new moon (Meeus table 49.A, "New Moon" column): coefficient, then the
// multiples of [E-power, M, M', F, Ω] in the argument. E-power says how many times the term is
// multiplied by the eccentricity factor E.
const NEW_MOON_TERMS: readonly (readonly [number, number, number, number, number, number])[] = [
  [-0.4072, 0, 0, 1, 0, 0],
  [0.17241, 1, 1, 0, 0, 0],
  [0.01608, 0, 0, 2, 0, 0],
  [0.01039, 0, 0, 0, 2, 0],
  [0.00739, 1, -1, 1, 0, 0],
  [-0.00514, 1, 1, 1, 0, 0],
  [0.00208, 2, 2, 0, 0, 0],
  [-0.00111, 0, 0, 1, -2, 0],
  [-0.00057, 0, 0, 1, 2, 0],
  [0.00056, 1, 1, 2, 0, 0],
  [-0.00042, 0, 0, 3, 0, 0],
  [0.00042, 1, 1, 0, 2, 0],
  [0.00038, 1, 1, 0, -2, 0],
  [-0.00024, 1, -1, 2, 0, 0],
  [-0.00017, 0, 0, 0, 0, 1],
  [-0.00007, 0, 2, 1, 0, 0],
  [0.00004, 0, 0, 2, -2, 0],
  [0.00004, 0, 3, 0, 0, 0],
  [0.00003, 0, 1, 1, -2, 0],
  [0.00003, 0, 0, 2, 2, 0],
  [-0.00003, 0, 1, 1, 2, 0],
  [0.00003, 0, -1, 1, 2, 0],
  [-0.00002, 0, -1, 1, -2, 0],
  [-0.00002, 0, 1, 3, 0, 0],
  [0.00002, 0, 0, 4, 0, 0],
];

// Additional corrections for all phases (Meeus, after table 49.A): [coefficient, A0, A1 per k].
// A1's argument also carries −0.009173 T², added separately.
const PLANETARY_TERMS: readonly (readonly [number, number, number])[] = [
  [0.000325, 299.77, 0.107408],
  [0.000165, 251.88, 0.016321],
  [0.000164, 251.83, 26.651886],
  [0.000126, 349.42, 36.412478],
  [0.00011, 84.66, 18.206239],
  [0.000062, 141.74, 53.303771],
  [0.00006, 207.14, 2.453732],
  [0.000056, 154.84, 7.30686],
  [0.000047, 34.52, 27.261239],
  [0.000042, 207.19, 0.121824],
  [0.00004, 291.34, 1.844379],
  [0.000037, 161.72, 24.198154],
  [0.000035, 239.56, 25.513099],
  [0.000023, 331.55, 3.592518],
];

/**
 * JDE (Terrestrial Time) of the true new moon of lunation `k` (k = 0: 2000-01-06; integer k).
 *
 * @example
 * newMoonJde(0); // ≈ 2451550.2603 (2000-01-06 18:14:46 TT)
 */
export function newMoonJde(k: number): number {
  const T = k / 1236.85;
  const T2 = T * T;
  const T3 = T2 * T;
  const T4 = T3 * T;
  let jde = NEW_MOON_EPOCH + SYNODIC_MONTH * k + 0.00015437 * T2 - 0.00000015 * T3 + 0.00000000073 * T4;
  const E = 1 - 0.002516 * T - 0.0000074 * T2;
  const M = 2.5534 + 29.1053567 * k - 0.0000014 * T2 - 0.00000011 * T3;
  const Mp = 201.5643 + 385.81693528 * k + 0.0107582 * T2 + 0.00001238 * T3 - 0.000000058 * T4;
  const F = 160.7108 + 390.67050284 * k - 0.0016118 * T2 - 0.00000227 * T3 + 0.000000011 * T4;
  const Om = 124.7746 - 1.56375588 * k + 0.0020672 * T2 + 0.00000215 * T3;
  let correction = 0;
  for (const [coef, ePow, m, mp, f, om] of NEW_MOON_TERMS) {
    const factor = ePow === 0 ? 1 : ePow === 1 ? E : E * E;
    correction += coef * factor * sinDeg(m * M + mp * Mp + f * F + om * Om);
  }
  let planetary = 0;
  for (let i = 0; i < PLANETARY_TERMS.length; i++) {
    const [coef, a0, a1] = PLANETARY_TERMS[i];
    const arg = a0 + a1 * k + (i === 0 ? -0.009173 * T2 : 0);
    planetary += coef * sinDeg(arg);
  }
  jde += correction + planetary;
  return jde;
}

/**
 * The Sun's apparent geometric longitude in degrees [0, 360) at a JDE (Terrestrial Time).
 *
 * @example
 * sunApparentLongitude(2448908.5); // ≈ 199.906 (Meeus example 25.a, 1992-10-13 0h TD)
 */
export function sunApparentLongitude(jde: number): number {
  const T = (jde - 2451545.0) / 36525;
  const T2 = T * T;
  const L0 = 280.46646 + 36000.76983 * T + 0.0003032 * T2;
  const M = 357.52911 + 35999.05029 * T - 0.0001537 * T2;
  const C =
    (1.914602 - 0.004817 * T - 0.000014 * T2) * sinDeg(M) +
    (0.019993 - 0.000101 * T) * sinDeg(2 * M) +
    0.000289 * sinDeg(3 * M);
  const omega = 125.04 - 1934.136 * T;
  const lambda = L0 + C - 0.00569 - 0.00478 * sinDeg(omega);
  return ((lambda % 360) + 360) % 360;
}
