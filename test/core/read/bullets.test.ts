import { describe, expect, it } from 'vitest';
import { dropBullets } from '../../../src/core/read/bullets.ts';
import { expectValidMap } from './map-check.ts';

describe('dropBullets', () => {
  it('drops the bullet shapes that open items, with the spaces after them', () => {
    const input = '● 援疆项目顺利竣工。\n▲ 保丰村肉牛养殖小区开工。\n  ◆◆ 三铺村光伏电站并网。\n■贯古社区服务站建成。';
    const out = dropBullets(input);
    expect(out.text).toBe('援疆项目顺利竣工。\n保丰村肉牛养殖小区开工。\n  三铺村光伏电站并网。\n贯古社区服务站建成。');
    expectValidMap(input, out);
  });

  it('drops pictographs anywhere, with their variation selectors and skin tones', () => {
    const input = '🏆 保丰村获评“省级美丽乡村”。\n一起来回顾这一年吧👇\n点赞👍🏻转发❤️';
    const out = dropBullets(input);
    expect(out.text).toBe('保丰村获评“省级美丽乡村”。\n一起来回顾这一年吧\n点赞转发');
    expectValidMap(input, out);
  });

  it('keeps shapes inside a line (a zero written ○) and text without marks untouched', () => {
    const input = '二○二三年，浦口镇接待游客186.3万人次。\n一、保丰村 · 三铺村';
    const out = dropBullets(input);
    expect(out.text).toBe(input);
    expectValidMap(input, out);
  });
});
