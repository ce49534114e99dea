/** The pure parts around Neo4j: parameters from text, `.env` files, and how `kg query` prints results. */
import { describe, expect, it } from 'vitest';
import neo4j from 'neo4j-driver';
import { configFromEnvironment, parseDotEnv } from '../../src/adapters/neo4j/config.ts';
import { splitStatements } from '../../src/adapters/neo4j/cypher-files.ts';
import { parseParamValue, queryParamDefaults } from '../../src/adapters/neo4j/params.ts';
import { displayWidth, formatCell, formatCsv, formatJson, parseParam } from '../../src/cli/commands/query.ts';
import type { QueryResult } from '../../src/adapters/neo4j/index.ts';

describe('parseParamValue', () => {
  it.each([
    ['2020', neo4j.int(2020)],
    ['-3', neo4j.int(-3)],
    ['6.15', 6.15],
    ['true', true],
    ['null', null],
    ['["a","b"]', ['a', 'b']],
    ['"2020"', '2020'],
    ['白沙镇', '白沙镇'],
    ['[not json', '[not json'],
  ])('reads %s', (raw, expected) => {
    expect(parseParamValue(raw)).toEqual(expected);
  });
});

describe('queryParamDefaults', () => {
  it('reads // @param lines and nothing else', () => {
    const cypher =
      '// Honors of a town.\n// @param town 白沙镇\n//   @param year 2020\nMATCH (t {name: $town}) // @param not here\nRETURN t';
    expect(queryParamDefaults(cypher)).toEqual({ town: '白沙镇', year: neo4j.int(2020) });
  });
});

describe('parseParam (--param)', () => {
  it('accumulates key=value pairs and keeps = inside values', () => {
    expect(parseParam('b=x=y', parseParam('a=1'))).toEqual({ a: neo4j.int(1), b: 'x=y' });
  });
  it('refuses a pair without a key', () => {
    expect(() => parseParam('=1')).toThrow(/not key=value/);
  });
});

describe('parseDotEnv and configFromEnvironment', () => {
  it('reads KEY=value lines with quotes, export and comments', () => {
    const text = '# local\nexport NEO4J_URI=bolt://h:7687\nNEO4J_PASSWORD="p#w d"\nNEO4J_USER=u # me\n';
    expect(parseDotEnv(text)).toEqual({ NEO4J_URI: 'bolt://h:7687', NEO4J_PASSWORD: 'p#w d', NEO4J_USER: 'u' });
  });
  it('builds a config from NEO4J_* variables, user defaulting to neo4j', () => {
    expect(configFromEnvironment({ NEO4J_URI: 'neo4j://x:7687', NEO4J_PASSWORD: 's', NEO4J_DATABASE: 'kg' })).toEqual({
      uri: 'neo4j://x:7687',
      user: 'neo4j',
      password: 's',
      database: 'kg',
    });
  });
});

describe('splitStatements', () => {
  it('splits on ; at line ends and drops comment lines', () => {
    expect(splitStatements('// a\nCREATE INDEX a;\n// b\nCREATE INDEX b\n  OPTIONS {};\n')).toEqual([
      'CREATE INDEX a',
      'CREATE INDEX b\n  OPTIONS {}',
    ]);
  });
});

describe('kg query output', () => {
  const result: QueryResult = {
    columns: ['village', 'n', 'path'],
    rows: [
      [
        { key: 'place:1', labels: ['Entity', 'Place', 'Village'], properties: { name: '复建村' } },
        2,
        {
          nodes: [
            { key: 'place:1', labels: ['Place'], properties: { name: '复建村' } },
            { key: 'place:2', labels: ['Place'], properties: { name: '白沙镇' } },
          ],
          relationships: [{ type: 'PART_OF', start: 'place:1', end: 'place:2', properties: {} }],
        },
      ],
    ],
    graph: { nodes: [], edges: [] },
  };

  it('shows nodes by label and name and paths as chains', () => {
    expect(formatCell(result.rows[0][0])).toBe('(:Place:Village 复建村)');
    expect(formatCell(result.rows[0][2])).toBe('(复建村 -[:PART_OF]-> 白沙镇)');
  });

  it('counts CJK characters as two columns', () => {
    expect(displayWidth('复建村 a')).toBe(8);
  });

  it('writes CSV with JSON for structured cells and JSON records keyed by column', () => {
    const csv = formatCsv({ ...result, columns: ['a', 'b'], rows: [['x,y', [1, 2]]] });
    expect(csv).toBe('a,b\r\n"x,y","[1,2]"\r\n');
    expect(JSON.parse(formatJson({ ...result, columns: ['a'], rows: [[1], [2]] }))).toEqual([{ a: 1 }, { a: 2 }]);
  });
});
