import { describe, expect, it } from 'vitest';
import { loadTokenizer } from '../../src/adapters/tokenizer.ts';

describe('tokenizer: a document’s clauses tagged in one call', () => {
  const tokenizer = loadTokenizer();
  const alone = (text: string) => tokenizer.tagAll([text])[0]!;

  it('segments each clause exactly as it would be segmented alone', () => {
    const clauses = [
      '统筹推进疫情防控和经济社会发展',
      '全面推进乡村振兴',
      '“两不愁三保障”突出问题全部清零',
      '建成高标准农田2100亩',
      'A级景区（2个）',
      '',
      '深入开展农村人居环境整治三年行动',
    ];
    const together = tokenizer.tagAll(clauses);
    expect(together).toHaveLength(clauses.length);
    clauses.forEach((c, i) => {
      expect(together[i]).toEqual(alone(c));
      expect(together[i]!.map((w) => w.word).join('')).toBe(c);
    });
  });

  it('keeps clauses apart even when one holds the joining comma', () => {
    const together = tokenizer.tagAll(['乡村振兴，脱贫攻坚', '疫情防控']);
    expect(together).toHaveLength(2);
    expect(together[0]!.map((w) => w.word).join('')).toBe('乡村振兴，脱贫攻坚');
    expect(together[1]!.map((w) => w.word).join('')).toBe('疫情防控');
  });

  it('gives nothing for no clauses', () => {
    expect(tokenizer.tagAll([])).toEqual([]);
  });
});
