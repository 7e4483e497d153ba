/**
 * A correction's text names the paragraphs it rests on as the editors checked them: "capture 004,
 * paragraph 35", "Capture 001 (¶ 4)", "capture 002, paragraphs 3 and 5". For readers, each capture
 * becomes a link to its source record, and each paragraph number after it a link to that
 * paragraph there (`#p-N`) when the record lists it, so the correction can be checked in one tap,
 * as a note can. Pure: the caller says which captures exist and which paragraphs each record lists.
 */

/** What the text may link to: a capture's number (`004`, the start of its file name), its source and listed paragraphs. */
export interface CaptureTarget {
  /** The source record's address. */
  href: string;
  /** Paragraphs the record lists with an `id="p-N"` anchor. */
  anchors: ReadonlySet<number>;
}

/** A run of the text: plain, or linked. */
export type TextPart = { text: string; href?: string | undefined };

// "capture 004" / "Capture 004"; then, until the next capture, "¶ 4", "paragraph 35",
// "paragraphs 3 and 5", "paragraphs 3 to 5", "¶ 26–30": each number is a paragraph of that capture.
const CAPTURE = /\b[Cc]apture (\d{3})\b/g;
const PARAGRAPHS = /(¶\s?|\bparagraphs? )(\d+)((?:\s*(?:–|-|,|\bto\b|\band\b)\s*(?:¶\s?)?\d+)*)/g;
const NUMBER = /\d+/g;

/** Splits `text` into plain and linked parts; text naming no known capture comes back whole. */
export function linkCaptureReferences(
  text: string,
  captures: ReadonlyMap<string, CaptureTarget>,
): TextPart[] {
  const parts: TextPart[] = [];
  const push = (part: TextPart) => {
    if (part.text === '') return;
    const last = parts.at(-1);
    if (last && last.href === undefined && part.href === undefined) last.text += part.text;
    else parts.push(part);
  };
  const mentions = [...text.matchAll(CAPTURE)];
  let at = 0;
  mentions.forEach((mention, i) => {
    const target = captures.get(mention[1]!);
    const start = mention.index;
    const end = start + mention[0].length;
    push({ text: text.slice(at, start) });
    push({ text: mention[0], href: target?.href });
    // Paragraph numbers up to the next capture's mention belong to this one.
    const until = i + 1 < mentions.length ? mentions[i + 1]!.index : text.length;
    const tail = text.slice(end, until);
    let from = 0;
    for (const paragraph of target ? tail.matchAll(PARAGRAPHS) : []) {
      push({ text: tail.slice(from, paragraph.index) });
      // The first number's link takes its word ("paragraph 35", "¶ 4"), so that it reads alone.
      let offset = paragraph.index;
      let first = true;
      for (const number of paragraph[0].matchAll(NUMBER)) {
        const n = Number(number[0]);
        const linkStart = first ? paragraph.index : paragraph.index + number.index;
        first = false;
        push({ text: tail.slice(offset, linkStart) });
        push({
          text: tail.slice(linkStart, paragraph.index + number.index + number[0].length),
          href: target!.anchors.has(n) ? `${target!.href}#p-${n}` : target!.href,
        });
        offset = paragraph.index + number.index + number[0].length;
      }
      from = offset;
    }
    push({ text: tail.slice(from) });
    at = until;
  });
  push({ text: text.slice(at) });
  return parts;
}
