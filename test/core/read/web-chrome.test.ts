import { describe, expect, it } from 'vitest';
import { dropWebChrome, isWebChromeLine } from '../../../src/core/read/web-chrome.ts';
import { expectValidMap } from './map-check.ts';

describe('dropWebChrome', () => {
  it.each([
    '首页 > 新闻中心 > 乡镇动态',
    '当前位置：首页 » 政务公开 » 工作动态',
    '来源：浦口镇融媒体中心 发布时间：2024-01-05 浏览次数：',
    '【打印】【关闭】',
    '分享到：',
    '（图为三铺村新建成的防渗渠）',
    '图为贯古社区长者食堂内，志愿者正在为老人送餐',
    '（本版图片由太湖街道提供）',
    '图片由浦口镇宣传办提供',
    '网站首页 | 政务公开 | 政务服务 | 互动交流 | 走进黄石港',
    '请输入关键字  搜索',
    '分享到：  微信  微博  QQ空间',
    '相关链接：中国政府网 | 湖北省人民政府 | 黄石市人民政府',
    '主办单位：黄石市黄石港区人民政府办公室    承办单位：黄石港区政务服务和大数据管理局',
    '网站标识码：4202020005    鄂ICP备11008219号-1    鄂公网安备 42020202000126号',
    '建议使用1366×768分辨率，IE10以上版本浏览器浏览本站',
    '中国政府网　贵州省人民政府网　遵义市人民政府网',
  ])('drops the page furniture line %s', (line) => {
    expect(isWebChromeLine(line)).toBe(true);
  });

  it.each([
    '浦口镇：航天文旅融合跑出加速度',
    '全年接待游客186.3万人次，同比增长42.6%。',
    '【党建引领】主题教育走深走实',
    '产值从2万吨 > 4万吨',
    '来源于群众的意见建议得到及时回应。',
    '（一）图为浦口镇全景的宣传画册印发5000册。',
    '照片由村民提供的老照片展吸引游客。',
    '地区生产总值 | 亿元 | 12.3 | 6.5',
    '活动由镇政府主办，三铺村承办，吸引游客5000人次。',
  ])('keeps the article line %s', (line) => {
    expect(isWebChromeLine(line)).toBe(false);
  });

  it('removes the lines with their line breaks and keeps the map', () => {
    const input =
      '首页 > 新闻中心 > 乡镇动态\n浦口镇：文旅融合跑出加速度\n来源：浦口镇融媒体中心 发布时间：2024-01-05\n正文第一段。\n【打印】【关闭】';
    const out = dropWebChrome(input);
    expect(out.text).toBe('浦口镇：文旅融合跑出加速度\n正文第一段。\n');
    expectValidMap(input, out);
  });

  it('drops a newspaper page’s credits line, not a sentence about editing', () => {
    for (const line of [
      '（责任编辑：王　黎）',
      '责任编辑：陈思远　　校对：周　敏',
      '（本版图片由浦口镇提供）　　责任编辑：刘畅　美编：何晓',
      '编辑　刘　芳　　校对　王晓燕',
    ])
      expect(isWebChromeLine(line)).toBe(true);
    expect(isWebChromeLine('该镇组织编辑出版《浦口记忆》，发行3000册。')).toBe(false);
  });
});
