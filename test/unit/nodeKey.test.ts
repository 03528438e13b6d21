import fc from 'fast-check';
import { DirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { actorNodeKey, parseNodeKey, unitNodeKey } from '../../src/resolve/nodeKey';
import { escapeUnsafeChars, unescapeUnsafeChars, xmlSafeText } from '../../src/text/safe';

describe('node keys: any string is a safe id (SPEC 3.5, 7.1)', () => {
  it('keeps ordinary ids as they are (Facebook digits, hashes, name-based ids)', () => {
    for (const id of ['100012345678901', '1_2', 'a1b2c3', 'name:Công ty Hải Long']) expect(actorNodeKey(id)).toBe(id);
    expect(unitNodeKey('so-khdt')).toBe('unit:so-khdt');
  });

  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', 'anon:1', 'unit:x', 'actor:y'])(
    'puts %j in the actor: namespace', (id) => {
      expect(actorNodeKey(id)).toBe(`actor:${id}`);
      expect(parseNodeKey(actorNodeKey(id))).toEqual({ type: 'actor', actorId: id });
    });

  it('an actor literally named unit:x and the unit x get different keys; a real anon:1 is no pseudonym', () => {
    expect(actorNodeKey('unit:x')).not.toBe(unitNodeKey('x'));
    expect(parseNodeKey(actorNodeKey('anon:1')).type).toBe('actor');
    expect(parseNodeKey('anon:1')).toEqual({ type: 'pseudonym' });
  });

  it('escapes controls and lone surrogates inside the namespace, injectively', () => {
    expect(actorNodeKey('a\u0000b')).toBe('actor:a\\u{0}b');
    expect(actorNodeKey('\ud800')).toBe('actor:\\u{d800}');
    expect(actorNodeKey('a\\u{0}b')).toBe('a\\u{0}b'); // no unsafe character: kept as it is
    expect(actorNodeKey('a\\u{0}b')).not.toBe(actorNodeKey('a\u0000b'));
  });

  it('fast-check: distinct ids give distinct, well-formed, XML-safe keys that parse back, and graphology takes them all', () => {
    fc.assert(fc.property(
      fc.uniqueArray(fc.oneof(fc.string({ unit: 'binary' }), fc.constantFrom('__proto__', 'toString', 'anon:1', 'unit:u', 'actor:unit:u')), { maxLength: 12 }),
      fc.uniqueArray(fc.string({ unit: 'binary' }), { maxLength: 4 }),
      (actorIds, unitIds) => {
        const keys = [...actorIds.map(actorNodeKey), ...unitIds.map(unitNodeKey)];
        expect(new Set(keys).size).toBe(keys.length);
        actorIds.forEach((id) => expect(parseNodeKey(actorNodeKey(id))).toEqual({ type: 'actor', actorId: id }));
        unitIds.forEach((id) => expect(parseNodeKey(unitNodeKey(id))).toEqual({ type: 'unit', unitId: id }));
        for (const key of keys) {
          expect(key).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/); // no lone surrogate
          expect(xmlSafeText(key)).toBe(key);
        }
        // graphology keeps neighbours in plain objects: every key must work as an endpoint.
        const graph = new DirectedGraph();
        keys.forEach((key) => graph.addNode(key));
        for (const a of keys) for (const b of keys) if (a !== b) graph.addDirectedEdge(a, b);
        expect(graph.size).toBe(keys.length < 2 ? 0 : keys.length * (keys.length - 1));
      },
    ));
  });

  it('escapeUnsafeChars round-trips any string (fast-check)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => {
      expect(unescapeUnsafeChars(escapeUnsafeChars(s))).toBe(s);
    }));
  });
});
