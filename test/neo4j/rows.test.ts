import { describe, expect, it } from 'vitest';
import neo4j from 'neo4j-driver';
import { buildLoadRows, countRows, sentenceKey, supportingDocs, toProps } from '../../src/adapters/neo4j/rows.ts';
import { fixtureGraph, REPORT_A, REPORT_A2, REPORT_B } from './fixtures.ts';

describe('buildLoadRows', () => {
  const rows = buildLoadRows(fixtureGraph(REPORT_A, REPORT_B));

  it('turns every sentence of every document into a Sentence row keyed by document and index', () => {
    expect(rows.documents.map((d) => d.key)).toEqual(['doc:a.txt', 'doc:b.txt']);
    expect(rows.sentences.map((s) => s.key)).toEqual([
      'sentence:a.txt:0',
      'sentence:a.txt:1',
      'sentence:b.txt:0',
      'sentence:b.txt:1',
    ]);
    expect(rows.sentences[1].props.text).toBe('2020年白沙镇荣获全国文明村镇称号。');
    expect(rows.sentences[1].doc).toBe('doc:a.txt');
  });

  it('labels places by level and keeps other entities to their type', () => {
    const byKey = new Map(rows.entities.map((e) => [e.key, e]));
    expect(byKey.get('place:500116108205')?.labels).toEqual(['Place', 'Village']);
    expect(byKey.get('place:500116108000')?.labels).toEqual(['Place', 'Town']);
    expect(byKey.get('honor:全国文明村镇')?.labels).toEqual(['Honor']);
    expect(rows.entities.some((e) => e.labels.includes('Document'))).toBe(false);
  });

  it('records which reports support each entity, including places only the gazetteer chain brings', () => {
    const byKey = new Map(rows.entities.map((e) => [e.key, e]));
    expect(byKey.get('place:500116108000')?.docs).toEqual(['a.txt', 'b.txt']);
    expect(byKey.get('honor:全国文明村镇')?.docs).toEqual(['a.txt']);
    // 江津区 and 重庆市 have no evidence: the towns and villages below them bring them.
    expect(byKey.get('place:500116000000')?.docs).toEqual(['a.txt', 'b.txt']);
  });

  it('derives one MENTIONS row per sentence and entity from the evidence', () => {
    const mention = rows.mentions.find((m) => m.entity === 'honor:全国文明村镇');
    expect(mention?.sentence).toBe(sentenceKey('a.txt', 1));
    expect(REPORT_A.sentences.join('').slice(mention!.start.toNumber(), mention!.end.toNumber())).toBe('全国文明村镇');
  });

  it('keeps the supporting sentence keys on each relationship and separates document MENTIONS', () => {
    const received = rows.relationships.find((r) => r.type === 'RECEIVED');
    expect(received?.sentences).toEqual(['sentence:a.txt:1']);
    expect(received?.props.year).toEqual(neo4j.int(2020));
    const includes = rows.relationships.find((r) => r.type === 'INCLUDES');
    expect(includes?.docs).toEqual(['b.txt']);
    expect(rows.relationships.some((r) => r.type === 'MENTIONS')).toBe(false);
    expect(rows.documentMentions.every((r) => r.type === 'MENTIONS' && r.source.startsWith('doc:'))).toBe(true);
    expect(rows.documentMentions.filter((r) => r.source === 'doc:b.txt').every((r) => r.docs[0] === 'b.txt')).toBe(
      true,
    );
  });

  it('counts every row it will send', () => {
    expect(countRows(rows)).toBe(
      rows.documents.length +
        rows.sentences.length +
        rows.entities.length +
        rows.mentions.length +
        rows.relationships.length +
        rows.documentMentions.length,
    );
  });
});

describe('supportingDocs', () => {
  it('gives an evidence-less PART_OF edge the reports of the place below it, and passes them up the chain', () => {
    const support = supportingDocs(fixtureGraph(REPORT_A2, REPORT_B));
    // 复建村 is only in a.txt (version 2 does not name 白沙镇): its chain is a.txt's, 白沙镇's is both reports'.
    expect(support.edges.get('PART_OF:place:500116108205->place:500116108000')).toEqual(['a.txt']);
    expect(support.edges.get('PART_OF:place:500116108000->place:500116000000')).toEqual(['a.txt', 'b.txt']);
    expect(support.nodes.get('place:500116108000')).toEqual(['a.txt', 'b.txt']);
    expect(support.nodes.get('place:500000000000')).toEqual(['a.txt', 'b.txt']);
  });

  it('gives the same support whether reports are in one graph or in separate ones', () => {
    const together = supportingDocs(fixtureGraph(REPORT_A, REPORT_B));
    const a = supportingDocs(fixtureGraph(REPORT_A));
    const b = supportingDocs(fixtureGraph(REPORT_B));
    for (const [key, docs] of together.edges) {
      expect(docs, key).toEqual([...new Set([...(a.edges.get(key) ?? []), ...(b.edges.get(key) ?? [])])].sort());
    }
  });
});

describe('toProps', () => {
  it('stores whole numbers as Neo4j integers and keeps fractions as floats', () => {
    const props = toProps({ year: 2020, value: 6.15, codes: [1, 2] }, []);
    expect(props.year).toEqual(neo4j.int(2020));
    expect(props.value).toBe(6.15);
    expect(props.codes).toEqual([neo4j.int(1), neo4j.int(2)]);
  });

  it('keeps objects and mixed lists as JSON text, drops nulls and skipped keys', () => {
    const props = toProps({ extra: { a: 1 }, mixed: [1, 'x'], gone: null, evidence: [] }, ['evidence']);
    expect(props).toEqual({ extra: '{"a":1}', mixed: '[1,"x"]' });
  });
});
