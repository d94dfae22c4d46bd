// Browser tests of the search page (GET /) and the drop-in widget (GET /widget.js), in Debian's
// headless Chromium driven by playwright-core. Each run indexes corpus/, starts its own
// `lectern serve` and a host page on another origin, and saves screenshots as artefacts.
//
// Environment: LECTERN (the binary), LECTERN_SOURCE_DIR (the checkout), LECTERN_ARTIFACTS (where
// screenshots go), CHROMIUM (default /usr/bin/chromium).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn, execFileSync } from "node:child_process";
import { mkdtempSync, mkdirSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium } from "playwright-core";

const lectern = process.env.LECTERN;
const sourceDir = process.env.LECTERN_SOURCE_DIR;
const artifacts = process.env.LECTERN_ARTIFACTS ?? path.join(tmpdir(), "lectern-browser-artifacts");
const chromiumPath = process.env.CHROMIUM ?? "/usr/bin/chromium";
assert.ok(lectern && sourceDir, "set LECTERN and LECTERN_SOURCE_DIR");
mkdirSync(artifacts, { recursive: true });

let workDir;
let server;
let serverUrl;
let host;
let hostUrl;
let browser;

function startLectern(db, cors) {
  return new Promise((resolve, reject) => {
    const child = spawn(lectern, ["serve", "--db", db, "--port", "0", "--cors-origin", cors], { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    const timer = setTimeout(() => reject(new Error(`lectern serve did not start: ${out}`)), 20000);
    const look = (chunk) => {
      out += chunk;
      const match = /http:\/\/127\.0\.0\.1:(\d+)/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: `http://127.0.0.1:${match[1]}` });
      }
    };
    child.stdout.on("data", look);
    child.stderr.on("data", look);
    child.on("exit", (code) => reject(new Error(`lectern serve exited with ${code}: ${out}`)));
  });
}

// A site on another origin that embeds the widget and tries to restyle it.
function hostPage(lecternUrl) {
  return `<!doctype html><html><head><meta charset="utf-8"><title>A book blog</title>
<style>
  mark { background: rgb(255, 0, 0) !important; }
  h3, button, input { color: rgb(0, 128, 0) !important; font-size: 40px !important; }
  #books { --lectern-accent: rgb(10, 20, 30); }
</style></head><body>
<h1>My reading blog</h1>
<div id="books" data-lectern="${lecternUrl}"></div>
<script src="${lecternUrl}/widget.js"></script>
</body></html>`;
}

before(async () => {
  workDir = mkdtempSync(path.join(tmpdir(), "lectern-browser-"));
  const db = path.join(workDir, "db");
  execFileSync(lectern, ["index", path.join(sourceDir, "corpus"), "--db", db], { stdio: "ignore" });
  host = createServer((request, response) => {
    response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    response.end(hostPage(serverUrl));
  });
  await new Promise((resolve) => host.listen(0, "127.0.0.1", resolve));
  hostUrl = `http://127.0.0.1:${host.address().port}`;
  const started = await startLectern(db, hostUrl);
  server = started.child;
  serverUrl = started.url;
  browser = await chromium.launch({ executablePath: chromiumPath, args: ["--no-sandbox", "--disable-gpu"] });
});

after(async () => {
  await browser?.close();
  server?.kill("SIGTERM");
  host?.close();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

async function newPage() {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => { if (message.type() === "error") errors.push(message.text()); });
  return { page, errors };
}

async function search(page, query) {
  await page.fill("input[type=search]", query);
  await page.press("input[type=search]", "Enter");
  await page.waitForFunction((q) => new URL(location.href).searchParams.get("q") === q, query);
  await page.waitForSelector(".lx-hit");
}

test("the page shows suggestions as you type and ranked results with highlighted snippets", async () => {
  const { page, errors } = await newPage();
  await page.goto(`${serverUrl}/`);
  await page.type("input[type=search]", "lenin", { delay: 30 });
  await page.waitForSelector(".lx-suggestions:not([hidden]) li");
  const suggestions = await page.locator(".lx-suggestions li").allTextContents();
  assert.ok(suggestions.some((text) => text.toLowerCase().includes("leningrad")), `suggestions: ${suggestions}`);
  await page.press("input[type=search]", "Escape");
  await search(page, "siege of leningrad");
  const first = page.locator(".lx-hit").first();
  assert.match(await first.locator("h3").textContent(), /\S/);
  assert.ok((await page.locator(".lx-snippet mark").count()) > 0, "snippets have highlighted words");
  assert.match(await page.locator(".lx-status").textContent(), /of \d+ reviews/);
  await page.screenshot({ path: path.join(artifacts, "page-results.png"), fullPage: true });
  assert.deepEqual(errors, []);
  await page.close();
});

test("a facet value filters the results and shows as a removable filter", async () => {
  const { page, errors } = await newPage();
  await page.goto(`${serverUrl}/`);
  await search(page, "war");
  const before = await page.locator(".lx-status").textContent();
  const author = page.locator('[data-facet="author"] button').first();
  const name = await author.locator("span").first().textContent();
  await author.click();
  await page.waitForFunction((n) => new URL(location.href).searchParams.getAll("author").includes(n), name);
  await page.waitForSelector(".lx-chip");
  assert.notEqual(await page.locator(".lx-status").textContent(), before);
  for (const meta of await page.locator(".lx-hit .lx-meta").allTextContents()) assert.ok(meta.includes(name), `${meta} names ${name}`);
  assert.equal(await page.locator('[data-facet="author"] button[aria-pressed="true"]').count(), 1);
  await page.locator(".lx-chip").click();
  await page.waitForFunction(() => !new URL(location.href).searchParams.has("author"));
  assert.deepEqual(errors, []);
  await page.close();
});

test("a timeline bar, clicked or dragged across, filters by the period it covers", async () => {
  const { page, errors } = await newPage();
  await page.goto(`${serverUrl}/`);
  await search(page, "war");
  const bars = page.locator(".lx-bar");
  assert.ok((await bars.count()) >= 3, "the timeline has a bar per decade");
  const decade = Number(await bars.nth(1).getAttribute("data-decade"));
  await bars.nth(1).click();
  await page.waitForFunction((p) => new URL(location.href).searchParams.get("period") === p, `${decade}..${decade + 9}`);
  await page.waitForSelector(".lx-hit");
  for (const meta of await page.locator(".lx-hit .lx-meta").allTextContents()) assert.match(meta, /about /);
  await page.screenshot({ path: path.join(artifacts, "page-timeline.png"), fullPage: true });
  // Drag across three bars of a fresh search.
  await page.locator(".lx-chip").click();
  await page.waitForFunction(() => !new URL(location.href).searchParams.has("period"));
  // The unfiltered results are in once the filter's chip has gone.
  await page.waitForFunction(() => document.querySelectorAll(".lx-chip").length === 0 && document.querySelectorAll(".lx-bar").length >= 3);
  const from = await page.locator(".lx-bar").nth(0).boundingBox();
  const to = await page.locator(".lx-bar").nth(2).boundingBox();
  const low = Number(await page.locator(".lx-bar").nth(0).getAttribute("data-decade"));
  const high = Number(await page.locator(".lx-bar").nth(2).getAttribute("data-decade"));
  await page.mouse.move(from.x + from.width / 2, from.y + from.height - 2);
  await page.mouse.down();
  await page.mouse.move(to.x + to.width / 2, to.y + to.height - 2, { steps: 5 });
  await page.mouse.up();
  await page.waitForFunction((p) => new URL(location.href).searchParams.get("period") === p, `${low}..${high + 9}`);
  assert.deepEqual(errors, []);
  await page.close();
});

test("paging moves through the results, and a shared URL reloads the same page", async () => {
  const { page, errors } = await newPage();
  await page.goto(`${serverUrl}/`);
  await search(page, "war");
  const firstPage = await page.locator(".lx-hit h3").allTextContents();
  await page.getByRole("button", { name: "Next page" }).click();
  await page.waitForFunction(() => new URL(location.href).searchParams.get("page") === "2");
  await page.waitForFunction(() => /^11–/.test(document.querySelector(".lx-status").textContent));
  const secondPage = await page.locator(".lx-hit h3").allTextContents();
  assert.notDeepEqual(secondPage, firstPage);
  const shared = page.url();
  const other = await browser.newPage();
  await other.goto(shared);
  await other.waitForSelector(".lx-hit");
  assert.equal(await other.inputValue("input[type=search]"), "war");
  assert.deepEqual(await other.locator(".lx-hit h3").allTextContents(), secondPage);
  await other.close();
  await page.goBack();
  await page.waitForFunction(() => !new URL(location.href).searchParams.has("page"));
  await page.waitForFunction(() => /^1–/.test(document.querySelector(".lx-status").textContent));
  assert.deepEqual(errors, []);
  await page.close();
});

test("a result opens the review view, which a URL can link to, and similar reviews list others", async () => {
  const { page, errors } = await newPage();
  await page.goto(`${serverUrl}/`);
  await search(page, "siege of leningrad");
  const title = (await page.locator(".lx-hit h3").first().textContent()).trim();
  await page.locator(".lx-hit h3 button").first().click();
  await page.waitForFunction(() => new URL(location.href).searchParams.has("doc"));
  await page.waitForSelector(".lx-review:not([hidden]) h2");
  assert.equal((await page.locator(".lx-review h2").textContent()).trim(), title);
  assert.ok((await page.locator(".lx-review-text").textContent()).length > 200, "the review's text is shown");
  await page.screenshot({ path: path.join(artifacts, "page-review.png"), fullPage: true });
  const linked = page.url();
  await page.reload();
  await page.waitForSelector(".lx-review:not([hidden]) h2");
  assert.equal((await page.locator(".lx-review h2").textContent()).trim(), title);
  assert.equal(page.url(), linked);
  await page.getByRole("button", { name: "← Back to results" }).click();
  await page.waitForSelector(".lx-hit");
  await page.getByRole("button", { name: "Similar reviews" }).first().click();
  await page.waitForFunction(() => /similar to/.test(document.querySelector(".lx-status").textContent));
  assert.ok((await page.locator(".lx-hit").count()) > 0);
  assert.deepEqual(errors, []);
  await page.close();
});

test("the widget renders inside another site, in its own Shadow DOM, themed by custom properties", async () => {
  const { page, errors } = await newPage();
  await page.goto(`${hostUrl}/`);
  await page.waitForSelector("#books input[type=search]");
  assert.ok(await page.evaluate(() => document.querySelector("#books").shadowRoot !== null), "the widget uses a shadow root");
  assert.equal(await page.evaluate(() => document.querySelectorAll("input").length), 0, "nothing of the widget is in the host's DOM");
  await page.fill("#books input[type=search]", "stalingrad");
  await page.press("#books input[type=search]", "Enter");
  await page.waitForSelector("#books .lx-hit");
  assert.ok((await page.locator("#books .lx-snippet mark").count()) > 0, "results have highlighted words");
  const mark = await page.locator("#books .lx-snippet mark").first().evaluate((node) => getComputedStyle(node).backgroundColor);
  assert.notEqual(mark, "rgb(255, 0, 0)", "the host's mark style does not leak in");
  const title = await page.locator("#books .lx-hit h3 button").first().evaluate((node) => getComputedStyle(node).fontSize);
  assert.notEqual(title, "40px", "the host's font size does not leak in");
  const accent = await page.locator("#books .lx-form > button").evaluate((node) => getComputedStyle(node).backgroundColor);
  assert.equal(accent, "rgb(10, 20, 30)", "--lectern-accent themes the widget");
  assert.equal(await page.locator("h1").evaluate((node) => getComputedStyle(node).fontFamily).then((f) => f.includes("system-ui")), false,
    "the widget's styles do not leak out");
  await page.screenshot({ path: path.join(artifacts, "widget.png"), fullPage: true });
  assert.deepEqual(errors, []);
  await page.close();
});

test("the page is usable on a phone-sized screen and from the keyboard", async () => {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  await page.goto(`${serverUrl}/`);
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute("type")), "search", "Tab reaches the search box first");
  await page.keyboard.type("war");
  await page.keyboard.press("Enter");
  await page.waitForSelector(".lx-hit");
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 390, `no sideways scrolling on a phone (page is ${width}px wide)`);
  await page.screenshot({ path: path.join(artifacts, "page-phone.png"), fullPage: true });
  await page.close();
});
