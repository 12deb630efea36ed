// Who delivered the report: the speaker line under the title (市人民政府市长 杨兴铭, 自治区主席 韦 韬),
// or the caption that photo pages carry (省长毛伟明作政府工作报告).

const OFFICE = /(?:省长|市长|县长|区长|州长|主席|盟长|旗长|专员|总理)/g;
const NAME = /^(?:[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,8}·[\u4e00-\u9fff·]{1,16})$/;
const CAPTION =
  /(?:省长|市长|县长|区长|州长|主席|总理)(?![在向代作所为对同])([\u4e00-\u9fff]{2,3}?)(?:同志)?(?:作|代表)/;

/** The speaker's name in simplified characters, spaces and stray marks removed; null when not stated. */
export function findSpeaker(header: string): string | null {
  // The lines holding an office, in order, each from after its last office to its end: the search
  // runs over the header once instead of over every line.
  OFFICE.lastIndex = 0;
  let m = OFFICE.exec(header);
  while (m) {
    const lineEnd = header.indexOf('\n', m.index) >>> 0; // past the end when there is no next line
    let last = m.index + m[0].length;
    while ((m = OFFICE.exec(header)) && m.index < lineEnd) last = m.index + m[0].length;
    // Layout puts spaces inside two-character names (龚 正) and mirrors leave '?' for lost characters.
    const rest = header.slice(last, lineEnd).replace(/[\s?？*]/g, '');
    if (NAME.test(rest)) return rest;
  }
  return CAPTION.exec(header)?.[1] ?? null;
}
