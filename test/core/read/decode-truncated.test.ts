import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeReport } from '../../../src/core/read/decode.ts';

describe('decodeReport on a truncated GBK file', () => {
  it('says the file looks truncated instead of blaming the encoding', () => {
    const bytes = iconv.encode('柏林镇2023年亮点工作回眸，全镇新增就业300人，完成魔芋示范基地建设', 'gbk');
    expect(() => decodeReport(new Uint8Array(bytes.subarray(0, bytes.length - 1)), 'r.txt')).toThrow(
      /^r\.txt: .*ends inside a character.*truncated/,
    );
    expect(decodeReport(new Uint8Array(bytes), 'r.txt').encoding).toBe('gb18030');
  });
});
