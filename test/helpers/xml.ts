/**
 * A strict XML 1.0 well-formedness check (saxes: a conformant parser that refuses the characters
 * XML forbids, such as controls and lone surrogates), for tests of the GEXF writer.
 */
import { SaxesParser } from 'saxes';

/** The first well-formedness error of a document, or null when it is well-formed XML 1.0. */
export function xmlError(xml: string): string | null {
  const parser = new SaxesParser({ xmlns: true });
  let error: string | null = null;
  parser.on('error', (e) => { error ??= e.message; });
  try {
    parser.write(xml).close();
  } catch (e) {
    error ??= (e as Error).message;
  }
  return error;
}
