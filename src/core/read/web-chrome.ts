/**
 * A saved or copied web page brings its page furniture with the article: the breadcrumb, the source and date line,
 * the print and close buttons. They are no sentences of the report, so their lines are dropped (the article's own
 * lines stay):
 *   首页 > 新闻中心 > 乡镇动态   当前位置：首页 » 政务公开   来源：文昌市融媒体中心 发布时间：2024-01-05 浏览次数：
 *   【打印】【关闭】   分享到：   【字体：大 中 小】
 * and the captions of its photos, on lines of their own: （图为保丰村新建成的防渗渠）; a newspaper page's credits line
 * (责任编辑：王 黎  校对：周 敏) likewise. A caption a narrow column wraps goes on to the line that carries its
 * photographer's credit (图为游客在…体验传 / 统酿造技艺。 记者 王芳 摄): that line goes with it, and a credit line of its
 * own (记者 王芳 摄) too, so that neither is read into the next sentence.
 */
import { dropLines } from './drop-lines.ts';
import type { Mapped } from './offset-map.ts';

const CHROME_LINES = [
  // a breadcrumb from the home page: short items joined by > » › (当前位置：首页 > …)
  /^\s*(?:(?:您?当前的?位置|您的位置|您现在的位置|位置)\s*[：:]\s*)?(?:首页|主页|网站首页)(?:\s*[>＞»›]\s*[^\s>＞»›。，\d]{1,12}){1,6}\s*$/,
  // the source, date and view-count line
  /^\s*(?:来源|信息来源|发布时间|发布日期|浏览次数|点击数|访问量)\s*[：:]/,
  // buttons and widgets
  /^\s*(?:【(?:打印(?:本页|此页|文章)?|关闭(?:本页|窗口)?|收藏(?:本页)?|加入收藏|返回(?:顶部|首页)?|回到顶部|字体[：:][^】]*|大|中|小)】\s*)+$/,
  /^\s*(?:分享到|扫一扫|字号)\s*[：:]?\s*$/,
  // the links to the posts before and after this one (上一篇：湄潭县召开…推进会)
  /^\s*(?:上一篇|下一篇|上一条|下一条|上一页|下一页)\s*[：:]/,
  // 分享到： 微信 微博 QQ空间: the sharing widget with its targets
  /^\s*分享到\s*[：:]?(?:\s*(?:微信|微博|QQ空间|QQ|朋友圈|新浪微博|腾讯微博|豆瓣|人人网|抖音)\s*[|｜、]?)+\s*$/,
  // a navigation bar or a footer's links: short items between | (网站首页 | 政务公开 | 政务服务, 关于我们 | 网站地图;
  // not a table's row, whose cells hold figures)
  /^\s*(?:[^|｜\s。，；\d]{2,12}\s*[|｜]\s*){2,}[^|｜\s。，；\d]{2,12}\s*$/,
  // a site's search box, its footer's owner and registration lines, its browser advice
  /^\s*请输入(?:关键字|关键词|搜索内容)[^。]{0,12}$/,
  /^\s*(?:相关链接|友情链接|主办单位|承办单位|主办|承办|版权所有|网站标识码|技术支持|联系电话|地址)\s*[：:][^。]{0,80}$/,
  /(?:ICP备|公网安备)\s*\d/,
  // a footer's links to other sites: 中国政府网 贵州省人民政府网 遵义市人民政府网 (set apart by ideographic spaces)
  /^\s*(?:[\u4e00-\u9fff]{2,14}网[\s\u3000|｜]*){2,}$/,
  /^[^。]{0,30}(?:建议使用|推荐使用)[^。]{0,30}浏览器[^。]{0,20}$/,
  // a post's placeholders and furniture: [图片], — END —, 点击蓝字 关注我们 (👆, ↑ or none before it), 阅读原文 (往期推荐: RECOMMENDED)
  /^\s*\[(?:图|图片|视频|音频|动图)\]\s*$/,
  /^\s*[—\-–]*\s*(?:END|End|end)\s*[—\-–]*\s*$/,
  /^[\s▼▲↑↓\p{Extended_Pictographic}]*(?:阅读原文|点击(?:上方)?蓝字[\s\u3000]*关注我们?|长按(?:识别)?二维码[^。]{0,12}|(?:分享|收藏|点赞|在看)(?:[\s\u3000、|｜]*(?:分享|收藏|点赞|在看))*)[\s▼▲↑↓\p{Extended_Pictographic}]*$/u,
  /^[\s▼▲👇👉]*点击[“"]?阅读原文[”"]?[^。]{0,20}$/u,
  // a post printed from a browser: the page's address and page count, the print date and the post's title
  /^\s*https?:\/\/\S+(?:\s+\d{1,3}\/\d{1,3})?\s*$/,
  /^\s*\d{4}\/\d{1,2}\/\d{1,2}\s+(?:上午|下午)?\d{1,2}:\d{2}(?:\s|$)/,
  // a newspaper's publishing line under its masthead (中共岐山县委主管 岐山县融媒体中心主办) and a page's label
  // (第1版 要闻)
  /^\s*中共[\u4e00-\u9fff]{2,12}委(?:员会)?主管[\s\u3000]*(?:[\u4e00-\u9fff]{2,16}主办)?\s*$/,
  /^\s*第\s*[A-Z]?\d{1,3}\s*版[\s\u3000]*[\u4e00-\u9fff·]{0,8}\s*$/,
  // a photo's caption on a line of its own: （图为…）, 图为…, （摄影 …）
  /^\s*[（(](?:图为|图片为|上图|下图|左图|右图|图[：:]|摄影)[^）)\n]*[）)]\s*$/,
  /^\s*[▲△]?\s*(?:图为|图片为)[^\n]{0,80}$/,
  // where a page's photos came from, on a line of its own: （本版图片由太湖街道提供）, 图片由浦口镇宣传办提供
  /^\s*[（(]?(?:本版|本文|文中)?(?:图片|照片|配图)(?:均)?由[^，。；\n]{2,24}提供[）)]?\s*$/,
  // a newspaper page's credits: 责任编辑：王 黎  校对：周 敏, （本版图片由浦口镇提供） 本版编辑：何静
  /^(?=[^\n]{0,80}$)(?![^\n]*。)[^\n]*(?:^|[\s\u3000（(）)])(?:责任编辑|本版编辑|版面编辑|美术编辑|美编|编辑|校对|审核|版式设计|版式)\s*[：:／/\s\u3000]\s*[\u4e00-\u9fff·]{1,8}/,
];

/** A photographer's credit that ends a caption: 记者 王芳 摄, 王芳 李强 摄, （通讯员 赵丽 摄影）. */
const CREDIT_END =
  /(?:^|[。！）)\s\u3000])[（(]?(?:(?:本报)?(?:记者|通讯员)|摄影)?[\s\u3000]*(?:[\u4e00-\u9fff·]{2,4}[\s\u3000]*){1,3}摄影?[）)]?\s*$|(?:^|[。！\s\u3000（(])(?:摄影|摄|图|图片)[\s\u3000]*[：:／/][\s\u3000]*[\u4e00-\u9fff·]{2,4}(?:[\s\u3000、]+[\u4e00-\u9fff·]{2,4}){0,2}[）)]?\s*$/;
/** ▲兴龙智造中心项目现场（资料图）: a caption that ends on where its photo came from. */
const SOURCE_END = /[（(](?:资料图片?|受访者供图|[\u4e00-\u9fff]{0,12}供图|图片来源[^）)]{0,16})[）)]\s*$/;
/** A credit on a line of its own: nothing but the names and 摄. */
const CREDIT_LINE =
  /^\s*[（(]?(?:(?:本报)?(?:记者|通讯员)|摄影)?[\s\u3000]*(?:[\u4e00-\u9fff·]{2,4}[\s\u3000]+){0,2}[\u4e00-\u9fff·]{2,4}[\s\u3000]*摄影?[）)]?\s*$/;
const CAPTION_START = /^\s*(?:[▲△]|[（(]?(?:图为|图片为))/;
/** A line a triangle opens: a photo's caption when a credit ends it (a post's items are marked the same way). */
const TRIANGLE = /^\s*[▲△]/;

/** A post's list of other posts to read next: the titles under it, up to a blank line, are no part of the post. */
const RECOMMENDED = /^[\s▼▲👇👉]*(?:往期推荐|往期回顾|推荐阅读|相关阅读|延伸阅读)[\s▼▲👇👉]*$/u;

export function isWebChromeLine(line: string): boolean {
  return CHROME_LINES.some((p) => p.test(line)) || RECOMMENDED.test(line) || CREDIT_LINE.test(line);
}

/**
 * ▲黄龙村碧道沿岸绿树成荫，成为周边居民休闲 / 的好去处。 / 通讯员 北宣 摄: a line a triangle opens is a caption when its
 * credit ends it or one of the two lines below (the lines in between short ones of the caption).
 */
function creditedCaption(lines: string[], k: number): boolean {
  for (let j = k; j < Math.min(lines.length, k + 3); j++) {
    if (j > k && CREDIT_LINE.test(lines[j]!)) return true;
    if (CREDIT_END.test(lines[j]!) || SOURCE_END.test(lines[j]!)) return true;
    if (j > k && lines[j]!.length > 40) return false;
  }
  return false;
}

const MAX_RECOMMENDED = 8;

export function dropWebChrome(input: string): Mapped {
  // lines still owed to a caption that has not reached its credit yet (a caption wraps over two or three lines)
  let owed = 0;
  // titles still owed to a list of posts to read next
  let titles = 0;
  const lines = TRIANGLE.test(input) || /\n\s*[▲△]/.test(input) ? input.split('\n') : [];
  let k = -1;
  return dropLines(input, (line, around) => {
    k++;
    if (titles > 0) {
      if (line.trim() !== '' && line.length <= 40 && !/[。；]/.test(line)) {
        titles--;
        return true;
      }
      titles = 0;
    }
    if (RECOMMENDED.test(line)) {
      titles = MAX_RECOMMENDED;
      return true;
    }
    if (owed > 0 && line.trim() !== '') {
      owed--;
      if (CREDIT_END.test(line)) {
        owed = 0;
        return true;
      }
      // the caption's next line, when the credit comes on a line after it (…成为周边居民休闲 / 的好去处。 / 通讯员 北宣 摄)
      if (owed > 0 && line.length <= 40 && (!/[。！？]/.test(line) || CREDIT_LINE.test(around.next ?? ''))) return true;
      owed = 0;
    }
    if (!isWebChromeLine(line) && !(TRIANGLE.test(line) && creditedCaption(lines, k))) return false;
    owed = CAPTION_START.test(line) && !CREDIT_END.test(line) && !/[）)]\s*$/.test(line) ? 2 : 0;
    return true;
  });
}
