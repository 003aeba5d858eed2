import { createHash } from "node:crypto";

/** One share of a run's inputs: the `index`-th (from 1) of `count`. */
export interface Shard {
  index: number;
  count: number;
}

/**
 * The given paths that belong to `shard` (`extract --shard K/N`), in their
 * order. Each top-level path (a file, a folder, an archive, `-`, as given
 * after glob expansion) goes whole to the shard its stable hash names: the
 * first six bytes of the SHA-256 of its UTF-8 text, modulo N. The share
 * depends on nothing but the path as written, so machines given the same
 * arguments split the inputs the same way, and the N shards together hold
 * every path exactly once.
 */
export function shardPaths(paths: readonly string[], shard: Shard): string[] {
  return paths.filter((path) => shardOf(path, shard.count) === shard.index);
}

/** The shard (from 1) of `count` that a given path belongs to. */
function shardOf(path: string, count: number): number {
  const digest = createHash("sha256").update(path, "utf8").digest();
  return (digest.readUIntBE(0, 6) % count) + 1;
}
