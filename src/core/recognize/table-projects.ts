/**
 * Projects listed in a table the extraction flattened into lines, under a column that names them:
 *   社区 项目名称 投资（万元） 进度
 *   亚泰社区 “红色管家”工作室 35 已投用        → project “红色管家”工作室, built
 *   村名 项目名称 投资（万元） / 永发村 永发村大豆玉米带状复合种植示范区 120 → project 永发村大豆玉米带状复合种植示范区
 * The column's header says its cells are works (项目名称, 重点项目, 工程名称); a column of progress (进度) gives each
 * its status. A table of indicators (指标名称) lists no projects.
 */
import type { ProjectStatus } from '../graph/schema.ts';
import type { Sentence } from '../segment/segment.ts';
import { readLineTables } from './table-outcomes.ts';
import type { EntityMention } from './types.ts';

/** A header over a column of works. */
const WORKS_COLUMN = /(?:项目|工程)(?:名称)?$/;
/** A header over each work's progress. */
const PROGRESS_COLUMN = /^(?:建设)?(?:进度|进展|状态|情况|完成情况|推进情况)$/;
/** A cell that names a work: words, not a figure, a dash or a bare count. */
const NAME_CELL = /^(?![\d.%—–－/-]+$)\S{3,40}$/;

export function recognizeTableProjects(
  sentences: Sentence[],
  statusOf: (progress: string) => ProjectStatus | undefined,
): EntityMention[] {
  const out: EntityMention[] = [];
  for (const t of readLineTables(sentences)) {
    const at = t.table.nameAt;
    if (!WORKS_COLUMN.test(t.header[at]!.text)) continue;
    const progressAt = t.header.findIndex((c) => PROGRESS_COLUMN.test(c.text));
    for (const { s, row } of t.rows) {
      const cell = row[at]!;
      if (!NAME_CELL.test(cell.text)) continue;
      const status = progressAt >= 0 ? statusOf(row[progressAt]!.text) : undefined;
      out.push({
        type: 'Project',
        name: cell.text,
        start: s.start + cell.at,
        end: s.start + cell.at + cell.text.length,
        sentence: s.index,
        ...(status ? { status } : {}),
      });
    }
  }
  return out;
}
