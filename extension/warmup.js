// Warms the JavaScript engine's compiled code for core.wasm. Browsers
// first run WebAssembly through a quick baseline compiler and recompile a
// function with the optimising one only once it has run enough; for the
// 6 MB core that takes a few pages, and until then an extraction is two to
// five times slower than warm. prewarm() asks the host to extract a made-up
// portal page a few times, off the reader's path, so that the first pages a
// reader opens after startup run optimised code.

/** What a gov portal article page is made of, in small: a style sheet,
 * navigation, a breadcrumb, the title, the info line, the body, a table,
 * related links and the footer. Nothing of it reaches a reader. */
export function samplePage() {
  const para = [
    '为深入贯彻落实省委省政府关于优化营商环境的决策部署，进一步提升政务服务效能，市人民政府办公室研究制定了本实施方案，请结合实际认真贯彻执行。',
    '各县（市、区）人民政府要切实加强组织领导，明确责任分工，细化工作措施，确保各项任务落地见效；市直各有关部门要按照职责分工，密切协同配合。',
    '本方案自印发之日起施行，有效期五年。实施过程中遇到的重要情况和问题，请及时报告市人民政府办公室。联系电话：0746-8223456。',
  ];
  const body = [];
  for (let i = 0; i < 12; i++) body.push(`<p style="text-indent:2em">${i % 4 === 0 ? '<strong>' + '一二三四五六七八九十'[i % 10] + '、工作措施</strong>' : ''}${para[i % 3]}</p>`);
  const rows = [];
  for (let i = 1; i <= 6; i++) rows.push(`<tr><td>${i}</td><td>市发展和改革委员会</td><td>2025年${i}月底前</td><td>牵头单位</td></tr>`);
  const nav = ['首页', '政务公开', '政务服务', '互动交流', '走进永州', '专题专栏'].map((t, i) => `<li><a href="/col${i}/">${t}</a></li>`).join('');
  const related = [];
  for (let i = 1; i <= 8; i++) related.push(`<li><a href="/zwgk/2025/${i}.html">关于印发2025年第${i}批政务服务事项清单的通知</a><span>2025-0${1 + (i % 9)}-1${i % 10}</span></li>`);
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于进一步优化营商环境提升政务服务效能的实施方案_永州市人民政府</title>
<meta name="SiteName" content="永州市人民政府"><meta name="ArticleTitle" content="关于进一步优化营商环境提升政务服务效能的实施方案">
<meta name="PubDate" content="2025-03-12 09:30"><meta name="ContentSource" content="市人民政府办公室">
<style>body{background:#fff;color:#333;font:14px/1.6 sans-serif}.hide{display:none}.nav li{float:left}.sr{position:absolute;left:-9999px}
.footer{font-size:12px;color:#666}#share{visibility:hidden}.art-info span{margin-right:12px}</style>
<script>var _hmt=_hmt||[];var csource="市人民政府办公室";function doZoom(n){document.getElementById('zoom').style.fontSize=n+'px'}</script>
</head><body>
<div class="top"><span>欢迎访问永州市人民政府门户网站</span><a href="/">无障碍</a> | <a href="/">长者模式</a></div>
<div class="header"><a href="/"><img src="/images/logo.png" alt="永州市人民政府"></a><form action="/search"><input name="q"><button>搜索</button></form></div>
<ul class="nav">${nav}</ul>
<!-- 正文开始 -->
<div class="main"><div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/wj/">政策文件</a></div>
<div class="article"><h1>关于进一步优化营商环境提升政务服务效能的实施方案</h1>
<div class="art-info"><span>发布时间：2025-03-12 09:30</span><span>来源：市人民政府办公室</span><span>浏览次数：<i id="hits">1024</i></span>
<span>【字体：<a href="javascript:doZoom(20)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</span></div>
<div id="zoom" class="art-content">${body.join('\n')}
<table border="1"><tr><th>序号</th><th>责任单位</th><th>完成时限</th><th>备注</th></tr>${rows.join('')}</table>
<p style="text-align:right">永州市人民政府办公室</p><p style="text-align:right">2025年3月12日</p></div>
<div class="hide">相关阅读</div><div class="sr">跳过导航</div>
<div class="related"><h3>相关文章</h3><ul>${related.join('')}</ul></div></div></div>
<!-- 正文结束 -->
<div class="footer"><p>主办：永州市人民政府办公室 承办：永州市政务服务和大数据中心</p>
<p>版权所有：永州市人民政府 <a href="https://beian.miit.gov.cn/">湘ICP备05000000号</a> 湘公网安备 43110202000000号 网站标识码：4311000024</p></div>
</body></html>`;
}
