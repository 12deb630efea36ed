// Wraps a plain report text as a government-site page (header, navigation, article, footer),
// so that benchmarks and demos run Readability on something shaped like the real thing.
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function pageHtml(title: string, text: string): string {
  const paras = text
    .split(/\n+/)
    .filter((l) => l.trim())
    .map((l) => `<p>${escape(l)}</p>`)
    .join('\n');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escape(title)}</title></head>
<body><div class="header"><a href="/">首页</a> <a href="/zwgk/">政务公开</a> <a href="/hdjl/">互动交流</a></div>
<div class="nav">当前位置：首页 &gt; 政务公开 &gt; 政府工作报告</div>
<div class="article"><h1>${escape(title)}</h1><div class="content">${paras}</div></div>
<div class="footer">主办单位：人民政府办公室 版权所有 网站标识码 ICP备案</div></body></html>`;
}
