import { createReadStream } from "node:fs";
import { createGunzip } from "node:zlib";
import type { Readable } from "node:stream";
import { GUNZIP_CHUNK, READ_CHUNK, SCREEN_BYTES, collectLoaded, tooLarge } from "./collect-input.js";
import { errorReason, failureRule, type SourceContext } from "./source-context.js";
import type { SourceItem } from "./source-item.js";
import { TarSplitter, type TarHeader, type TarSink } from "./tar-splitter.js";
import type { DiskPath } from "./walk-folder.js";
import type { Skip } from "../core/message.js";

/**
 * The regular files of a `.tar` or `.tar.gz` archive, one input each, in
 * archive order, streamed: neither the archive nor its entries touch the disk,
 * and at most one entry is held in memory while it is read. Entry paths are
 * shown as `archive!entry/name`. A truncated or damaged archive yields the
 * entries before the damage and then one `archive-corrupt` failure: the
 * entry's, when the damage is inside one, else the archive's.
 *
 * The decompressed chunks are split in this thread, synchronously, by
 * {@link TarSplitter}; an entry's head is screened as soon as it is in, and
 * the body of an entry skipped (size, screen, `--resume`) is never kept.
 */
export async function* readTar(
  file: DiskPath,
  shown: string,
  gzipped: boolean,
  ctx: SourceContext,
): AsyncGenerator<SourceItem> {
  const { options } = ctx;
  const raw = createReadStream(file, { highWaterMark: READ_CHUNK });
  raw.on("data", (chunk) => options.onBytes?.(chunk.length));
  const source: Readable = gzipped ? raw.pipe(createGunzip({ chunkSize: GUNZIP_CHUNK })) : raw;
  // A read error of the file ends the decompressor too.
  if (gzipped) raw.on("error", (error) => source.destroy(error));
  const entries = new EntryReader(shown, ctx);
  const splitter = new TarSplitter(entries);
  try {
    try {
      for await (const chunk of source) {
        if (!(chunk instanceof Uint8Array)) continue;
        splitter.write(chunk);
        yield* entries.take();
      }
      splitter.finish();
    } catch (error) {
      // Entries complete before the damage are read; the damage stands for
      // the entry it is in, or for the archive between entries.
      yield* entries.take();
      yield entries.damaged(splitter.inEntry, error);
      return;
    }
    yield* entries.take();
  } finally {
    source.destroy();
    raw.destroy();
  }
}

/** Entries up to this size get their whole buffer before the screen (one buffer, no copy). */
const WHOLE_AT_ONCE = 64 * 1024;

/** An entry being read: its path, and what becomes of it. */
interface OpenEntry {
  path: string;
  /** Claimed by an earlier run (`--resume`). */
  done: boolean;
  size: number;
  /** Its skip, once known (the body is then passed over, not kept). */
  skip: Skip | null;
  /** The head being gathered for the screen, then the whole body. */
  bytes: Uint8Array | null;
  /** Bytes of `bytes` filled. */
  filled: number;
  /** Whether the head was screened. */
  screened: boolean;
}

/**
 * The tar splitter's sink: turns its entries into source items, in archive
 * order, as `--resume`, `--max-bytes` and the screen say.
 */
class EntryReader implements TarSink {
  private items: SourceItem[] = [];
  private open: OpenEntry | null = null;

  constructor(
    private readonly shown: string,
    private readonly ctx: SourceContext,
  ) {}

  /** The items complete so far, taken. */
  take(): SourceItem[] {
    const items = this.items;
    this.items = [];
    return items;
  }

  /** The one failure of a damaged archive: the open entry's, or the archive's. */
  damaged(inEntry: boolean, error: unknown): SourceItem {
    const entry = inEntry ? this.open : null;
    this.open = null;
    const path = entry ? entry.path : this.shown;
    const done = entry ? entry.done : this.ctx.claim();
    return done ? { kind: "done", path } : { kind: "failure", path, ruleId: failureRule(error), reason: errorReason(error) };
  }

  entry(header: TarHeader): void {
    if (header.type !== "file" && header.type !== "contiguous-file") {
      // Folders, links and the like are not inputs.
      this.open = null;
      return;
    }
    const { maxBytes } = this.ctx.options;
    const done = this.ctx.claim();
    const { size } = header;
    this.open = {
      path: `${this.shown}!${header.name}`,
      done,
      size,
      skip: !done && size > maxBytes ? tooLarge(size, maxBytes) : null,
      bytes: null,
      filled: 0,
      screened: false,
    };
  }

  data(bytes: Uint8Array): void {
    const open = this.open;
    if (!open || open.done || open.skip) return;
    let at = 0;
    if (!open.screened) {
      // A small entry's buffer is made whole at once; a larger one's once its head passed the screen.
      open.bytes ??= new Uint8Array(open.size <= WHOLE_AT_ONCE ? open.size : SCREEN_BYTES);
      at = this.fill(open, bytes, 0);
      const head = Math.min(open.size, SCREEN_BYTES);
      if (open.filled < head) return;
      open.screened = true;
      const screened = collectLoaded(open.bytes.subarray(0, head), this.ctx.options);
      if ("skip" in screened) {
        open.skip = screened.skip;
        open.bytes = null;
        return;
      }
      if (open.size > open.bytes.byteLength) {
        const whole = new Uint8Array(open.size);
        whole.set(open.bytes);
        open.bytes = whole;
      }
    }
    this.fill(open, bytes, at);
  }

  end(): void {
    const open = this.open;
    this.open = null;
    if (!open) return;
    if (open.done) this.items.push({ kind: "done", path: open.path });
    else if (open.skip) this.items.push({ kind: "skip", path: open.path, ...open.skip });
    else if (open.size === 0) {
      // An empty entry: screened as empty, like any empty input.
      const screened = collectLoaded(new Uint8Array(0), this.ctx.options);
      this.items.push("skip" in screened ? { kind: "skip", path: open.path, ...screened.skip } : { kind: "filing", path: open.path, bytes: screened.bytes });
    } else this.items.push({ kind: "filing", path: open.path, bytes: open.bytes ?? new Uint8Array(0) });
  }

  /** Copies `bytes` from `from` into the entry's buffer, as much as fits; returns where it stopped. */
  private fill(open: OpenEntry, bytes: Uint8Array, from: number): number {
    const target = open.bytes;
    if (!target) return from;
    const n = Math.min(target.byteLength - open.filled, bytes.byteLength - from);
    target.set(bytes.subarray(from, from + n), open.filled);
    open.filled += n;
    return from + n;
  }
}
