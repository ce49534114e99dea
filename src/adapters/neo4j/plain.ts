/**
 * Neo4j values → plain JSON. Nodes are named by their `key` property (the graph's stable key, the same one
 * graphology and sigma use) and fall back to Neo4j's element id for nodes the loader did not write.
 */
import neo4j, { type Node, type Path, type Relationship } from 'neo4j-driver';
import type { PlainNode, PlainRelationship, QueryGraphEdge, QueryGraphNode } from './types.ts';

/** Everything graph-shaped found in a result, so rows and the drawable graph name nodes the same way. */
export class GraphCollector {
  private readonly nodes = new Map<string, Node>();
  private readonly rels = new Map<string, Relationship>();

  collect(value: unknown): void {
    if (value === null || typeof value !== 'object') return;
    if (neo4j.isNode(value)) this.nodes.set(value.elementId, value);
    else if (neo4j.isRelationship(value)) this.rels.set(value.elementId, value);
    else if (neo4j.isPath(value)) {
      this.nodes.set(value.start.elementId, value.start);
      for (const segment of value.segments) {
        this.rels.set(segment.relationship.elementId, segment.relationship);
        this.nodes.set(segment.end.elementId, segment.end);
      }
    } else if (Array.isArray(value)) value.forEach((v) => this.collect(v));
    else if (isPlainObject(value)) Object.values(value).forEach((v) => this.collect(v));
  }

  /** The id a node has in rows and in the graph: its `key` property, else its element id. */
  idOf(elementId: string): string {
    const key = this.nodes.get(elementId)?.properties.key;
    return typeof key === 'string' ? key : elementId;
  }

  toPlain(value: unknown): unknown {
    if (value === null || value === undefined) return null;
    if (neo4j.isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
    if (typeof value !== 'object') return value;
    if (neo4j.isNode(value)) return this.plainNode(value);
    if (neo4j.isRelationship(value)) return this.plainRelationship(value);
    if (neo4j.isPath(value)) return this.plainPath(value);
    if (neo4j.isPoint(value)) return { srid: this.toPlain(value.srid), x: value.x, y: value.y, z: value.z };
    if (isTemporal(value)) return String(value);
    if (Array.isArray(value)) return value.map((v) => this.toPlain(v));
    if (value instanceof Uint8Array) return Buffer.from(value).toString('base64');
    if (isPlainObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.toPlain(v)]));
    return String(value);
  }

  graph(): { nodes: QueryGraphNode[]; edges: QueryGraphEdge[] } {
    const nodes = [...this.nodes.values()].map((n) => ({ id: this.idOf(n.elementId), ...this.plainNode(n) }));
    const present = new Set(nodes.map((n) => n.id));
    const edges: QueryGraphEdge[] = [];
    for (const r of this.rels.values()) {
      const source = this.idOf(r.startNodeElementId);
      const target = this.idOf(r.endNodeElementId);
      // A relationship returned without its end nodes cannot be drawn; the row still has it.
      if (!present.has(source) || !present.has(target)) continue;
      edges.push({ id: r.elementId, source, target, type: r.type, properties: this.plainProperties(r.properties) });
    }
    return { nodes, edges };
  }

  private plainProperties(properties: Record<string, unknown>): Record<string, unknown> {
    return Object.fromEntries(Object.entries(properties).map(([k, v]) => [k, this.toPlain(v)]));
  }

  private plainNode(n: Node): PlainNode {
    const key = typeof n.properties.key === 'string' ? n.properties.key : undefined;
    return { ...(key ? { key } : {}), labels: [...n.labels], properties: this.plainProperties(n.properties) };
  }

  private plainRelationship(r: Relationship): PlainRelationship {
    return {
      type: r.type,
      start: this.idOf(r.startNodeElementId),
      end: this.idOf(r.endNodeElementId),
      properties: this.plainProperties(r.properties),
    };
  }

  private plainPath(p: Path): { nodes: PlainNode[]; relationships: PlainRelationship[] } {
    return {
      nodes: [p.start, ...p.segments.map((s) => s.end)].map((n) => this.plainNode(n)),
      relationships: p.segments.map((s) => this.plainRelationship(s.relationship)),
    };
  }
}

function isPlainObject(value: object): value is Record<string, unknown> {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function isTemporal(value: object): boolean {
  return (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isDuration(value)
  );
}
