/**
 * Breaks text into lines of at most `width` characters at blanks, keeping
 * its own line breaks (a paragraph break stays an empty line). A word longer
 * than the width is cut. Linear in the text's length.
 */
export function wrapText(text: string, width: number): string[] {
  const limit = Math.max(10, width);
  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    let line = "";
    for (const word of paragraph.split(" ")) {
      if (word === "") continue;
      let rest = word;
      while (rest.length > 0) {
        const room = line === "" ? limit : limit - line.length - 1;
        if (rest.length <= room) {
          line = line === "" ? rest : `${line} ${rest}`;
          rest = "";
        } else if (line !== "") {
          lines.push(line);
          line = "";
        } else {
          lines.push(rest.slice(0, limit));
          rest = rest.slice(limit);
        }
      }
    }
    lines.push(line);
  }
  return lines;
}
