/** What the recognisers hand to linking and relation extraction. Offsets are clean-text offsets. */
import type { ProjectStatus } from '../graph/schema.ts';

export type NamedType = 'Project' | 'Honor' | 'Program' | 'Organization' | 'Event';

export interface EntityMention {
  type: NamedType;
  name: string;
  start: number;
  end: number;
  sentence: number;
  /** Projects: what the governing verb says about them. */
  status?: ProjectStatus;
  /** Honors: `名列…第41位`. */
  rank?: number;
  /** Honors and events: clean offset of the verb (荣获, 举办); the recipient or host is the subject before it. */
  verbAt?: number;
  /** Events: an explicit host written as `协助X开展`. */
  hostAt?: { start: number; end: number };
  /** Events named before the verb that held them (第三届浦口春茶开采节在保丰村开幕): no host is written. */
  namedBeforeVerb?: boolean;
  /**
   * Organizations named by a level word alone (区委, 镇党委, 县卫健局): the name with the place the document implies
   * (江津区委). The name stays as written; this one is the node's identity, so that two districts' 区委 never merge.
   */
  fullName?: string;
}
