// A reader URL outlives the article it was made for: after a browser
// restart the stash is gone, and the reader, opened again from the history
// or a bookmark, reads the page again (the site is granted) instead of
// showing a dead toolbar.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, prepareExtension, launch, openReader, tempProfile, GOV_HOST, READER_URL } from './lib.mjs';

/** @type {Awaited<ReturnType<typeof startServer>>} */ let server;
/** @type {Awaited<ReturnType<typeof launch>>} */ let b;
let profile = '';
let extension = '';

const PORTAL = `http://${GOV_HOST}/art/2025/4/18/portal.html`;
const TITLE = '永州市召开全市农村公路建设推进会';

before(async () => {
  server = await startServer();
  extension = prepareExtension();
  profile = tempProfile();
  b = await launch({ profile, port: server.port, extension });
});
after(async () => { await b?.ctx.close(); await server?.close(); });

test('after a restart, a reader URL reads its page again and Back leads to the page', async () => {
  const { page, result } = await openReader(b.ctx, b.sw, PORTAL);
  assert.equal(result.ok, true, JSON.stringify(result));
  const readerUrl = page.url();
  assert.equal(new URL(readerUrl).searchParams.get('url'), PORTAL);
  // The title survives in storage.local, for a reader that cannot re-read.
  const record = await b.sw.evaluate((id) => chrome.storage.local.get('record:' + id), result.id);
  assert.deepEqual(record[`record:${result.id}`], { title: TITLE, url: PORTAL });

  await b.ctx.close();
  b = await launch({ profile, port: server.port, extension });
  const again = await b.ctx.newPage();
  const fetched = server.state.requests.length;
  await again.goto(readerUrl);
  // A new reader, with a new stash id, made from the page read again.
  await again.waitForURL((u) => READER_URL.test(u.href) && u.href !== readerUrl, { timeout: 15000 });
  await again.waitForSelector('body[data-state="ready"]');
  assert.equal(await again.locator('#title').innerText(), TITLE);
  assert.equal(new URL(again.url()).searchParams.get('url'), PORTAL);
  assert.ok(server.state.requests.slice(fetched).some((r) => r.url.endsWith('/portal.html')), 'the page was not fetched again');
  // The dead reader replaced itself with the page: Back is the page, and
  // it stays the page.
  await again.goBack();
  await again.waitForURL(PORTAL);
  await again.waitForTimeout(1000);
  assert.equal(again.url(), PORTAL);
  await again.close();
});

test('a reader URL whose id was never stashed here (a synced bookmark) is read again too', async () => {
  const page = await b.ctx.newPage();
  const url = `chrome-extension://${b.extId}/extension/reader.html?url=${encodeURIComponent(PORTAL)}#00000000-0000-4000-8000-000000000000`;
  await page.goto(url);
  await page.waitForURL((u) => READER_URL.test(u.href) && !u.href.endsWith('#00000000-0000-4000-8000-000000000000'), { timeout: 15000 });
  await page.waitForSelector('body[data-state="ready"]');
  await page.locator('#original').click();
  await page.waitForURL(PORTAL);
  await page.close();
});
