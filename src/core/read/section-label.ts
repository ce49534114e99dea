/**
 * A section's label and number, as town reviews number their parts: 亮点一, 重点二, 板块三, 关键词四. Shared by the
 * layout reader (such a line is a heading), the segmenter and the program recognizer (the label is no name).
 */
export const SECTION_LABEL = '(?:亮点|重点|特色|板块|关键词)[一二三四五六七八九十\\d]+';
